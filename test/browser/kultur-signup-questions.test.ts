import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/kultur-signup/kultur-signup.js';
import type { KulturSignupElement } from '../../src/components/kultur-signup/kultur-signup.component.js';
import type { EventInput, QuestionInput, SignupRecord } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

const DAY_MS = 86_400_000;
const run = Math.random().toString(36).slice(2, 8);
let serial = 0;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();
const emailOf = (name: string) => `${name}-${run}-${++serial}@example.dk`;

let baseUrl: string;
let adminToken: string;

/** A hostile label: it must be shown as the characters it is, never as markup. */
const HOSTILE = '<img src=x onerror="window.__pwned=1">Kost?';

const QUESTIONS: QuestionInput[] = [
  { id: 'kost', kind: 'short-text', label: HOSTILE, required: false },
  { id: 'motivation', kind: 'long-text', label: 'Hvad håber du at få ud af dagen?', required: true },
  { id: 'spor', kind: 'one-choice', label: 'Vælg spor', required: true, options: ['Fundraising', 'Frivillige'] },
  {
    id: 'workshops',
    kind: 'several-choices',
    label: 'Eftermiddagens workshops',
    required: false,
    options: ['Ansøgninger', 'Sponsorer', 'Fonde'],
  },
  { id: 'foto', kind: 'yes-no', label: 'Må vi fotografere dig?', required: true },
];

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function publish(): Promise<string> {
  const id = `questions-${run}-${++serial}`;
  const input: EventInput & { id: string } = {
    id,
    title: 'Kursusdag med spørgsmål',
    summary: 'En kursusdag.',
    description: 'Vi lærer.',
    start: inDays(20),
    end: inDays(20.25),
    allDay: false,
    status: 'scheduled',
    municipality: 'naestved',
    venue: { name: 'Grønnegades Kaserne', address: 'Grønnegade 1', postalCode: '4700', city: 'Næstved' },
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: { name: 'Kulturregion Storstrøm' },
    price: 0,
    signup: { mode: 'internal', capacity: 10, waitlist: true, maxSeatsPerSignup: 1, fields: [], questions: QUESTIONS },
  };
  const response = await admin('POST', 'events', input);
  if (response.status !== 201) throw new Error(`publishing answered ${response.status}: ${await response.text()}`);
  return id;
}

const root = (el: KulturSignupElement) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const summaryItems = (el: KulturSignupElement) =>
  [...root(el).querySelectorAll('[part="error-summary"] li')].map((item) => text(item));

async function show(eventId: string, lang = 'da'): Promise<KulturSignupElement> {
  const el = await fixture<KulturSignupElement>(
    html`<kultur-signup api=${baseUrl} event-id=${eventId} lang=${lang}></kultur-signup>`,
  );
  await waitUntil(() => root(el).querySelector('form'), 'no form', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

function type(el: KulturSignupElement, name: string, value: string): void {
  const field = root(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function choose(el: KulturSignupElement, name: string, value: string): void {
  const box = [...root(el).querySelectorAll<HTMLInputElement>(`[name="${name}"]`)].find(
    (each) => each.value === value,
  )!;
  box.checked = true;
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

describe('<kultur-signup> with questions', () => {
  before(async () => {
    ({ baseUrl, adminToken } = await feedServer());
  });

  it('asks each kind with its own control, labels and legends from the organiser as text, and is accessible', async () => {
    const el = await show(await publish());
    const r = root(el);
    const label = r.querySelector('label[for="kultur-signup-answers-kost"]')!;
    expect(text(label)).to.equal(`${HOSTILE} (valgfrit)`);
    expect(label.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(r.querySelector('textarea[name="answers.motivation"]')).to.exist;
    expect(text(r.querySelector('label[for="kultur-signup-answers-motivation"]'))).to.contain('(skal besvares)');
    const legends = [...r.querySelectorAll('fieldset legend')].map(text);
    expect(legends).to.deep.equal([
      'Vælg spor (skal besvares)',
      'Eftermiddagens workshops (valgfrit)',
      'Må vi fotografere dig? (skal besvares)',
    ]);
    expect(r.querySelectorAll('input[type="radio"][name="answers.spor"]').length).to.equal(2);
    expect(r.querySelectorAll('input[type="checkbox"][name="answers.workshops"]').length).to.equal(3);
    const yesNo = [...r.querySelectorAll<HTMLInputElement>('input[type="radio"][name="answers.foto"]')];
    expect(yesNo.map((each) => text(r.querySelector(`label[for="${each.id}"]`)))).to.deep.equal(['Ja', 'Nej']);
    await expect(el).to.be.accessible();
  });

  it('lists unanswered required questions in the error summary by their words, each linking to its field', async () => {
    const el = await show(await publish());
    type(el, 'name', 'Mette Hansen');
    type(el, 'email', emailOf('mangler'));
    root(el).querySelector<HTMLInputElement>('[name="consent"]')!.checked = true;
    root(el).querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    await waitUntil(() => summaryItems(el).length === 3, 'no summary');
    expect(summaryItems(el)).to.deep.equal([
      'Hvad håber du at få ud af dagen?: Besvar spørgsmålet.',
      'Vælg spor: Besvar spørgsmålet.',
      'Må vi fotografere dig?: Besvar spørgsmålet.',
    ]);
    const fieldset = root(el).querySelector('fieldset[aria-describedby="kultur-signup-answers-spor-error"]');
    expect(fieldset, 'the group is described by its message').to.exist;
    root(el).querySelector<HTMLAnchorElement>('[part="error-summary"] li:nth-child(2) a')!.click();
    expect(root(el).activeElement?.id).to.equal('kultur-signup-answers-spor');
    await expect(el).to.be.accessible();
  });

  it('is filled in and sent, by keyboard for the choices, and the organiser finds the answers', async () => {
    const id = await publish();
    const el = await show(id, 'en');
    const email = emailOf('svar');
    type(el, 'name', 'Mette Hansen');
    type(el, 'email', email);
    type(el, 'answers.kost', '  Vegetar ');
    type(el, 'answers.motivation', 'Nye idéer\nog kontakter');
    // The track by keyboard: focus the first radio button, move to the second with the arrow key.
    root(el).querySelector<HTMLInputElement>('#kultur-signup-answers-spor')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    choose(el, 'answers.workshops', 'Fonde');
    choose(el, 'answers.workshops', 'Ansøgninger');
    choose(el, 'answers.foto', 'no');
    expect(text(root(el).querySelector('label[for="kultur-signup-answers-foto-1"]'))).to.equal('No');
    expect(text(root(el).querySelector('fieldset legend'))).to.contain('(required)');
    root(el).querySelector<HTMLInputElement>('[name="consent"]')!.checked = true;
    root(el).querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    await waitUntil(() => el.matches(':state(confirmed)'), 'not confirmed', { timeout: 8000 });
    const list = (await (await admin('GET', `events/${id}/signups`)).json()) as { items: SignupRecord[] };
    const record = list.items.find((each) => each.email === email);
    expect(record?.answers).to.deep.equal({
      kost: 'Vegetar',
      motivation: 'Nye idéer\nog kontakter',
      spor: 'Frivillige',
      workshops: ['Ansøgninger', 'Fonde'],
      foto: false,
    });
  });

  it('says in English what is wrong with an answer, beside the field', async () => {
    const el = await show(await publish(), 'en');
    type(el, 'answers.kost', 'Vegetar\u202E');
    root(el)
      .querySelector<HTMLInputElement>('[name="answers.kost"]')!
      .dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    // The check is asynchronous: the schemas (and zod) are loaded only when the compiled checker refuses.
    await waitUntil(() => root(el).querySelector('#kultur-signup-answers-kost-error'), 'no message');
    expect(text(root(el).querySelector('#kultur-signup-answers-kost-error'))).to.contain(
      'Write it on one line, without line breaks or invisible control characters.',
    );
    expect(root(el).querySelector('[name="answers.kost"]')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
