import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/console/console-event-editor.js';
import type { ConsoleEventEditorElement } from '../../src/console/console-event-editor.js';
import { inputFromForm } from '../../src/console/event-form.js';
import { EventInputSchema } from '../../src/contract/schema.js';
import { fakeFeed, sessionFor, type FakeRoute } from './fake-feed.js';

const INPUT = {
  title: 'Fundraising for foreninger',
  summary: 'En kursusdag.',
  description: '',
  start: '2027-03-10T09:00:00+01:00',
  end: '2027-03-10T15:00:00+01:00',
  allDay: false,
  status: 'scheduled',
  municipality: 'lolland',
  online: { url: 'https://example.dk' },
  categories: ['kursus'],
  audience: ['kulturaktoerer'],
  organizer: { name: 'Kulturregion Storstrøm' },
  price: 0,
  signup: {
    mode: 'internal',
    capacity: 20,
    waitlist: true,
    maxSeatsPerSignup: 1,
    fields: [],
    questions: [{ id: 'kost', kind: 'short-text', label: '<b>Kost?</b>', required: false }],
  },
};

async function editor(language = 'da') {
  const detail = {
    id: 'fundraising',
    state: 'draft',
    pendingChange: false,
    input: { ...INPUT, id: 'fundraising' },
    published: null,
    owner: { id: 'p-organiser', email: 'organiser@example.dk' },
    seriesId: null,
    cancellationReason: null,
  };
  const routes: Record<string, FakeRoute> = {
    'GET /v1/console/venues': () => ({ status: 200, body: { items: [] } }),
    'GET /v1/console/events/*/changes': () => ({ status: 200, body: { items: [] } }),
    'GET /v1/console/events/*': () => ({ status: 200, body: detail }),
  };
  const feed = fakeFeed(routes);
  const el = await fixture<ConsoleEventEditorElement>(
    html`<console-event-editor
      .client=${feed.client}
      .session=${sessionFor('organiser', ['lolland'])}
      event-id="fundraising"
      lang=${language}
    ></console-event-editor>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('console-questions'), 'the builder is shown');
  const builder = el.shadowRoot!.querySelector('console-questions')!;
  await builder.updateComplete;
  return { el, builder, root: builder.shadowRoot! };
}

const labels = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLInputElement>('input[id^="q-label-"]')].map((input) => input.value);

describe('the editor’s question builder', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the event’s questions with their words as text, and builds new ones by keyboard', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el, builder, root } = await editor();
    expect(labels(root)).to.deep.equal(['<b>Kost?</b>']);
    expect(root.querySelector('b')).to.equal(null);

    root.querySelector<HTMLButtonElement>('#q-add')!.focus();
    await sendKeys({ press: 'Enter' });
    await builder.updateComplete;
    expect(root.activeElement?.id, 'focus goes to the new question').to.equal('q-label-1');
    await sendKeys({ type: 'Vælg spor' });
    const kind = root.querySelector<HTMLSelectElement>('#q-kind-1')!;
    kind.value = 'one-choice';
    kind.dispatchEvent(new Event('change'));
    await builder.updateComplete;
    root.querySelector<HTMLTextAreaElement>('#q-options-1')!.focus();
    await sendKeys({ type: 'Fundraising' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Frivillige' });
    root.querySelector<HTMLInputElement>('#q-required-1')!.focus();
    await sendKeys({ press: 'Space' });
    await builder.updateComplete;

    // Move the new question to the top by its button; focus follows it.
    root.querySelector<HTMLButtonElement>('#q-up-1')!.focus();
    await sendKeys({ press: 'Enter' });
    await builder.updateComplete;
    expect(labels(root)).to.deep.equal(['Vælg spor', '<b>Kost?</b>']);
    expect(root.activeElement?.id).to.equal('q-down-0');
    await expect(el).to.be.accessible();

    const input = inputFromForm(el.form);
    expect(EventInputSchema.safeParse(input).success, 'the form publishes').to.equal(true);
    expect(input.signup?.mode === 'internal' && input.signup.questions).to.deep.equal([
      { id: 'q2', kind: 'one-choice', label: 'Vælg spor', required: true, options: ['Fundraising', 'Frivillige'] },
      { id: 'kost', kind: 'short-text', label: '<b>Kost?</b>', required: false },
    ]);

    root.querySelector<HTMLButtonElement>('#q-remove-1')!.focus();
    await sendKeys({ press: 'Enter' });
    await builder.updateComplete;
    expect(labels(root)).to.deep.equal(['Vælg spor']);
    expect(root.activeElement?.id).to.equal('q-label-0');
    const after = inputFromForm(el.form);
    expect(after.signup?.mode === 'internal' && after.signup.questions?.map((question) => question.id)).to.deep.equal([
      'q2',
    ]);
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const { root } = await editor('en');
    expect(root.querySelector('legend')!.textContent).to.equal('Own questions');
    expect(root.querySelector('#q-add')!.textContent!.trim()).to.equal('Add a question');
  });
});
