import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/console/console-event-editor.js';
import type { ConsoleEventEditorElement } from '../../src/console/console-event-editor.js';
import { EventInputSchema, type EventInput } from '../../src/contract/schema.js';
import { fakeFeed, fill, problem, sessionFor, type FakeRoute } from './fake-feed.js';

/** A detail answer for `input`, as the workbench sends it. */
function detailOf(id: string, input: unknown, state = 'draft') {
  return {
    id,
    state,
    pendingChange: false,
    input: { ...(input as object), id },
    published: null,
    owner: { id: 'p-organiser', email: 'organiser@example.dk' },
    seriesId: null,
    cancellationReason: null,
  };
}

const PICTURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function routes(extra: Record<string, FakeRoute> = {}): Record<string, FakeRoute> {
  return {
    'GET /v1/console/venues': () => ({
      status: 200,
      body: { items: [{ name: 'Maribo Domkirke', address: 'Klostergade 7', postalCode: '4930', city: 'Maribo' }] },
    }),
    'GET /v1/console/places': ({ query }) =>
      query.get('postalCode') === '4930'
        ? { status: 200, body: { postalCode: '4930', town: 'Maribo', municipality: 'lolland' } }
        : problem(404, 'not-found'),
    'POST /v1/images': () => ({
      status: 201,
      body: { id: 'abc123', url: '/v1/images/abc123', width: 1600, height: 900 },
    }),
    'POST /v1/console/events': ({ body }) => ({
      status: 201,
      body: detailOf('orgelkoncert', (body as { input: unknown }).input),
    }),
    'GET /v1/console/events/*/changes': () => ({ status: 200, body: { items: [] } }),
    ...extra,
  };
}

async function editor(extra: Record<string, FakeRoute> = {}, role: 'admin' | 'editor' | 'organiser' = 'organiser') {
  const feed = fakeFeed(routes(extra));
  const el = await fixture<ConsoleEventEditorElement>(
    html`<console-event-editor
      .client=${feed.client}
      .session=${sessionFor(role, ['lolland'])}
    ></console-event-editor>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('#f-title'), 'the form is shown');
  return { el, root: el.shadowRoot!, sent: feed.sent };
}

/** Fills every field of the contract the editor has. */
async function fillEverything(el: ConsoleEventEditorElement, root: ShadowRoot): Promise<void> {
  const step = async (selector: string, value: string | boolean) => {
    fill(root, selector, value);
    await el.updateComplete;
  };
  await step('#f-title', 'Orgelkoncert i domkirken');
  await step('#f-summary', 'Aftenkoncert med værker af Bach og Buxtehude.');
  await step('#f-description', 'Første afsnit.\n\nAndet afsnit.');
  await step('#f-categories', false);
  await step('[name=categories][value=koncert]', true);
  await step('#f-status', 'postponed');
  await step('#f-startDate', '2027-03-10');
  await step('#f-startTime', '19:30');
  await step('#f-endDate', '2027-03-11');
  await step('#f-endTime', '21:00');
  await step('#f-venueName', 'Maribo Domkirke');
  await step('#f-venueAddress', 'Klostergade 7');
  await step('#f-venueCity', '');
  await step('#f-venuePostalCode', '4930');
  await waitUntil(() => el.form.municipality === 'lolland', 'the municipality is found from the postal code');
  await el.updateComplete;
  await step('#f-hasOnline', true);
  await step('#f-onlineUrl', 'https://example.dk/stream');
  await step('#f-audience', true);
  await step('[name=audience][value=borgere]', true);
  await step('#f-organizerName', 'Maribo Domkirkes Venner');
  await step('#f-organizerUrl', 'https://example.dk/venner');
  await step('#f-price', '75');
  await step('#f-accessibility', 'Niveaufri adgang og teleslynge.');
  await step('#f-url', 'https://example.dk/orgel');
  const file = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([PICTURE], 'orgel.png', { type: 'image/png' }));
  file.files = transfer.files;
  file.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await waitUntil(() => root.querySelector('#f-imageAlt'), 'the picture is uploaded and asks for its text');
  await step('#f-imageAlt', 'Orglet i Maribo Domkirke set fra skibet');
  await step('[name=signupMode][value=internal]', true);
  await step('#f-capacity', '120');
  await step('#f-waitlist', false);
  await step('#f-maxSeats', '4');
  await step('#f-opensDate', '2027-02-01');
  await step('#f-opensTime', '09:00');
  await step('#f-closesDate', '2027-03-09');
  await step('#f-closesTime', '12:00');
  await step('#f-signupFields', true);
  await step('[name=signupFields][value=comment]', true);
}

describe('<console-event-editor>', () => {
  before(() => setViewport({ width: 320, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('is accessible, and fits a 320 px screen', async () => {
    const { el } = await editor();
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('fills every field and sends an EventInput the contract accepts, in Danish local time', async () => {
    const { el, root, sent } = await editor();
    await fillEverything(el, root);
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => sent.some((request) => request.method === 'POST' && request.path === '/v1/console/events'));
    const body = sent.find((request) => request.path === '/v1/console/events')!.body as { input: EventInput };
    const parsed = EventInputSchema.safeParse(body.input);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
    expect(body.input).to.deep.equal({
      title: 'Orgelkoncert i domkirken',
      summary: 'Aftenkoncert med værker af Bach og Buxtehude.',
      description: 'Første afsnit.\n\nAndet afsnit.',
      start: '2027-03-10T19:30:00+01:00',
      end: '2027-03-11T21:00:00+01:00',
      allDay: false,
      status: 'postponed',
      municipality: 'lolland',
      categories: ['koncert'],
      audience: ['kulturaktoerer', 'borgere'],
      organizer: { name: 'Maribo Domkirkes Venner', url: 'https://example.dk/venner' },
      price: 75,
      venue: { name: 'Maribo Domkirke', address: 'Klostergade 7', postalCode: '4930', city: 'Maribo' },
      online: { url: 'https://example.dk/stream' },
      accessibility: 'Niveaufri adgang og teleslynge.',
      url: 'https://example.dk/orgel',
      image: { url: 'http://feed.test/v1/images/abc123', alt: 'Orglet i Maribo Domkirke set fra skibet' },
      signup: {
        mode: 'internal',
        capacity: 120,
        waitlist: false,
        maxSeatsPerSignup: 4,
        fields: ['phone', 'comment'],
        opensAt: '2027-02-01T09:00:00+01:00',
        closesAt: '2027-03-09T12:00:00+01:00',
      },
    });
    const upload = sent.find((request) => request.path === '/v1/images')!;
    expect(upload.headers.get('content-type')).to.equal('image/png');
    expect(upload.headers.get('x-kultur-csrf')).to.equal(null, 'no session was signed in through this client');
    await expect(el).to.be.accessible();
  });

  it('keeps saying what happened when the app moves it to the address of the event it created', async () => {
    const { el, root, sent } = await editor();
    await fillEverything(el, root);
    const navigated = oneEvent(el, 'console-navigate');
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect((await navigated).detail.route).to.equal('#/events/orgelkoncert');
    // What <console-app> does on that address: the same element, now with the event's id.
    el.eventId = 'orgelkoncert';
    await waitUntil(() => root.querySelector('[role=status]')?.textContent?.trim() === 'Kladden er oprettet.');
    await el.updateComplete;
    expect(root.querySelector('h1')!.textContent).to.equal('Ret: Orgelkoncert i domkirken');
    expect(root.querySelector('[role=status]')!.textContent!.trim()).to.equal('Kladden er oprettet.');
    expect(sent.filter((request) => request.method === 'GET' && request.path === '/v1/console/events/orgelkoncert')).to
      .be.empty;
    // On to a new event ("Nyt arrangement" in the menu): the same element, an empty form, no notes left from this one.
    el.eventId = '';
    await waitUntil(() => root.querySelector('h1')!.textContent === 'Nyt arrangement');
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#f-title')!.value).to.equal('');
    expect(root.querySelector('.notice')?.textContent ?? '').to.equal('');
    expect(root.querySelector('.picture [role=status]')!.textContent!.trim()).to.equal('');
  });

  it('turns an all-day event of several days into the first day 00:00 to the last day 23:59, summer time too', async () => {
    const { el, root } = await editor();
    fill(root, '#f-allDay', true);
    await el.updateComplete;
    fill(root, '#f-startDate', '2027-07-01');
    fill(root, '#f-endDate', '2027-07-03');
    await el.updateComplete;
    expect(root.querySelector('#f-startTime')).to.equal(null);
    const { inputFromForm } = await import('../../src/console/event-form.js');
    const input = inputFromForm(el.form);
    expect([input.start, input.end, input.allDay]).to.deep.equal([
      '2027-07-01T00:00:00+02:00',
      '2027-07-03T23:59:00+02:00',
      true,
    ]);
  });

  it('refuses an empty form with an error summary at the top that takes focus and links to each field', async () => {
    const { el, root, sent } = await editor();
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => root.querySelector('.error-summary'));
    const summary = root.querySelector<HTMLElement>('.error-summary')!;
    expect(root.activeElement).to.equal(summary);
    expect(sent.filter((request) => request.method === 'POST')).to.have.length(0);
    const links = [...summary.querySelectorAll('a')];
    expect(links[0]!.getAttribute('href')).to.equal('#f-title');
    expect(links[0]!.textContent).to.contain('Titel');
    links[0]!.click();
    expect(root.activeElement).to.equal(root.querySelector('#f-title'));
    expect(root.querySelector('#f-title')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it("maps the server's refusal (errors[].path) to the fields, in the summary", async () => {
    const refuse: FakeRoute = () =>
      problem(400, 'invalid-body', [
        { path: 'input.venue.postalCode', message: 'not a postal code of the region' },
        { path: 'input.signup.capacity', message: 'too small' },
      ]);
    const { el, root } = await editor({ 'POST /v1/console/events': refuse });
    await fillEverything(el, root);
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => root.querySelector('.error-summary'), 'the summary is shown');
    await el.updateComplete;
    const summary = root.querySelector<HTMLElement>('.error-summary')!;
    expect(root.activeElement).to.equal(summary);
    const hrefs = [...summary.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal(['#f-venuePostalCode', '#f-capacity']);
    await expect(el).to.be.accessible();
  });

  it('shows only the actions the role may take', async () => {
    const detail = detailOf('lys-over-moen', {
      title: 'Lys over Møn',
      summary: 'Lysvandring.',
      description: '',
      start: '2027-03-10T19:00:00+01:00',
      end: '2027-03-10T21:00:00+01:00',
      allDay: false,
      status: 'scheduled',
      municipality: 'vordingborg',
      online: { url: 'https://example.dk' },
      categories: ['udstilling'],
      audience: ['borgere'],
      organizer: { name: 'Møns Museum' },
      price: 0,
      signup: null,
    });
    const get: FakeRoute = () => ({ status: 200, body: detail });
    const feed = fakeFeed(routes({ 'GET /v1/console/events/*': get }));
    const labels = async (role: 'admin' | 'organiser') => {
      const el = await fixture<ConsoleEventEditorElement>(
        html`<console-event-editor
          .client=${feed.client}
          .session=${sessionFor(role)}
          event-id="lys-over-moen"
        ></console-event-editor>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('#f-title'));
      return [...el.shadowRoot!.querySelectorAll('.actions button')].map((button) => button.textContent!.trim());
    };
    const focused = await fixture<ConsoleEventEditorElement>(
      html`<console-event-editor
        .client=${feed.client}
        .session=${sessionFor('admin')}
        event-id="lys-over-moen"
      ></console-event-editor>`,
    );
    focused.focusHeading();
    await waitUntil(
      () => focused.shadowRoot!.activeElement?.textContent === 'Ret: Lys over Møn',
      "focus moves from the loading heading to the event's",
    );
    expect(await labels('organiser'))
      .to.include('Send til godkendelse')
      .and.not.include('Udgiv');
    expect(await labels('admin'))
      .to.include('Udgiv')
      .and.not.include('Send til godkendelse');
  });

  it('copies an event to another day: the feed copies, the console moves its times and signup window', async () => {
    const original = {
      title: 'Aftenkursus',
      summary: 'Et kursus.',
      description: '',
      start: '2027-03-18T19:00:00+01:00',
      end: '2027-03-18T21:00:00+01:00',
      allDay: false,
      status: 'scheduled',
      municipality: 'lolland',
      online: { url: 'https://example.dk' },
      categories: ['kursus'],
      audience: ['borgere'],
      organizer: { name: 'Lolland Bibliotek' },
      price: 0,
      signup: {
        mode: 'internal',
        capacity: 10,
        waitlist: true,
        maxSeatsPerSignup: 1,
        fields: [],
        closesAt: '2027-03-17T12:00:00+01:00',
      },
    };
    const feed = fakeFeed(
      routes({
        'GET /v1/console/events/*': ({ path }) => ({
          status: 200,
          body: detailOf(path.split('/').pop()!, original, path.endsWith('-2') ? 'draft' : 'published'),
        }),
        'POST /v1/console/events/*/copy': () => ({ status: 201, body: detailOf('aftenkursus-2', original) }),
        'PUT /v1/console/events/*': ({ body }) => ({
          status: 200,
          body: detailOf('aftenkursus-2', (body as { input: unknown }).input),
        }),
      }),
    );
    const el = await fixture<ConsoleEventEditorElement>(
      html`<console-event-editor
        .client=${feed.client}
        .session=${sessionFor('admin')}
        event-id="aftenkursus"
      ></console-event-editor>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('#f-title'));
    [...root.querySelectorAll<HTMLButtonElement>('.actions button')]
      .find((b) => b.textContent!.trim() === 'Kopiér')!
      .click();
    await waitUntil(() => root.querySelector('#f-day'));
    expect(root.activeElement).to.equal(root.querySelector('#f-day'));
    expect(root.querySelector<HTMLInputElement>('#f-day')!.value).to.equal('2027-03-25');
    fill(root, '#f-day', '2027-04-01');
    const navigated = oneEvent(el, 'console-navigate');
    root.querySelector<HTMLButtonElement>('.second-step button[type=submit]')!.click();
    expect((await navigated).detail.route).to.equal('#/events/aftenkursus-2');
    const saved = feed.sent.find((request) => request.method === 'PUT')!;
    expect(saved.path).to.equal('/v1/console/events/aftenkursus-2');
    const input = (saved.body as { input: EventInput }).input;
    // Summer time begins 28 March 2027: the clock times stay, the offsets follow.
    expect([input.start, input.end]).to.deep.equal(['2027-04-01T19:00:00+02:00', '2027-04-01T21:00:00+02:00']);
    expect(input.signup).to.deep.include({ closesAt: '2027-03-31T12:00:00+02:00' });
  });

  it('repeats a saved event as a series of new events: no id of its own goes with it', async () => {
    const saved = {
      title: 'Fortællecafé',
      summary: 'Historier over en kop kaffe.',
      description: '',
      start: '2027-03-04T14:00:00+01:00',
      end: '2027-03-04T16:00:00+01:00',
      allDay: false,
      status: 'scheduled',
      municipality: 'lolland',
      online: { url: 'https://example.dk' },
      categories: ['foredrag'],
      audience: ['borgere'],
      organizer: { name: 'Nakskov Bibliotek' },
      price: 0,
      signup: null,
    };
    const feed = fakeFeed(
      routes({
        'GET /v1/console/events/*': () => ({ status: 200, body: detailOf('fortaellecafe', saved) }),
        'POST /v1/console/series': () => ({ status: 201, body: { seriesId: 's1', items: [] } }),
      }),
    );
    const el = await fixture<ConsoleEventEditorElement>(
      html`<console-event-editor
        .client=${feed.client}
        .session=${sessionFor('admin')}
        event-id="fortaellecafe"
      ></console-event-editor>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('#f-title'));
    [...root.querySelectorAll<HTMLButtonElement>('.actions button')]
      .find((b) => b.textContent!.trim() === 'Gentag som serie')!
      .click();
    await waitUntil(() => root.querySelector('#f-count'));
    fill(root, '#f-count', '3');
    root.querySelector<HTMLButtonElement>('.second-step button[type=submit]')!.click();
    await waitUntil(() => feed.sent.some((request) => request.path === '/v1/console/series'));
    const series = feed.sent.find((request) => request.path === '/v1/console/series')!.body as {
      input: EventInput;
      repeat: unknown;
    };
    expect(series.input.id).to.equal(undefined);
    expect(series.input.title).to.equal('Fortællecafé');
    expect(series.repeat).to.deep.equal({ every: 'week', count: 3 });
  });
});
