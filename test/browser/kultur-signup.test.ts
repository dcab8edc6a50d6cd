import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/kultur-signup/kultur-signup.js';
import { SIGNUP_STATES, type KulturSignupElement } from '../../src/components/kultur-signup/kultur-signup.component.js';
import {
  createKulturClient,
  type EventInput,
  type FeedSignupInput,
  type KulturClient,
  type SignupRecord,
  type SignupRequest,
} from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

const FAILING_FEED = '/__kultur/failing/v1/';
const DAY_MS = 86_400_000;

/** Ids and addresses unique to this run, so the file can run twice against one server. */
const run = Math.random().toString(36).slice(2, 8);
let serial = 0;
const uniqueId = (name: string) => `signup-${name}-${run}-${++serial}`;
const emailOf = (name: string) => `${name}-${run}-${++serial}@example.dk`;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

let baseUrl: string;
let adminToken: string;
let sdk: KulturClient;

function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: 'Mobilhistorie for foreninger',
    summary: 'En kursusdag om korte film til sociale medier.',
    description: 'Vi filmer og klipper.',
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
    signup: null,
    ...overrides,
  };
}

function internal(settings: Partial<FeedSignupInput> = {}): FeedSignupInput {
  return { mode: 'internal', capacity: 10, waitlist: true, maxSeatsPerSignup: 1, fields: [], ...settings };
}

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Publishes an event through the admin API; returns its id. */
async function publish(overrides: Partial<EventInput> = {}): Promise<string> {
  const id = uniqueId('event');
  const response = await admin('POST', 'events', { ...eventInput(overrides), id });
  if (response.status !== 201) throw new Error(`publishing answered ${response.status}: ${await response.text()}`);
  return id;
}

/** The organisers' list: confirmed first, then the waitlist. */
async function signupList(eventId: string): Promise<SignupRecord[]> {
  const response = await admin('GET', `events/${eventId}/signups`);
  return ((await response.json()) as { items: SignupRecord[] }).items;
}

interface OutboxMessage {
  kind: string;
  to: string;
  subject: string;
  text: string;
}

/** The demo outbox (the server runs with `--demo-outbox`), newest first. */
async function outbox(to: string): Promise<OutboxMessage[]> {
  const response = await fetch(`${baseUrl}dev/outbox?to=${encodeURIComponent(to)}`);
  return ((await response.json()) as { items: OutboxMessage[] }).items;
}

/** Someone else signs up, through the SDK. */
async function signUpElsewhere(eventId: string, name: string, email = emailOf(name)): Promise<string> {
  await sdk.signups.create(eventId, { name, email, consent: true });
  return email;
}

/** A `fetch` that records each POST's Idempotency-Key and can hold requests of one method back until released. */
function spyFetch(options: { hold?: 'GET' | 'POST'; failPosts?: () => boolean } = {}) {
  const keys: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.method === options.hold) await held;
    if (request.method !== 'POST') return globalThis.fetch(request);
    keys.push(request.headers.get('idempotency-key') ?? '');
    // While the feed is "down", the signup goes to the failing feed, which answers 503 to everything.
    const url = options.failPosts?.() ? `${FAILING_FEED}events/x/signups` : request.url;
    return globalThis.fetch(url, { method: 'POST', headers: request.headers, body: await request.text() });
  };
  return { fetch, keys, release };
}

const root = (el: KulturSignupElement) => el.shadowRoot!;
const control = <T extends HTMLElement = HTMLInputElement>(el: KulturSignupElement, name: string) =>
  root(el).querySelector<T>(`[name="${name}"]`);
const submitButton = (el: KulturSignupElement) => root(el).querySelector<HTMLButtonElement>('[part="submit-button"]')!;
const active = (el: KulturSignupElement) => root(el).activeElement as HTMLElement | null;
/** Whether focus is on what `selector` matches; asserted as a boolean, since a failing DOM comparison hangs the runner. */
function expectFocusOn(el: KulturSignupElement, selector: string): void {
  const now = active(el);
  expect(now?.matches(selector), `focus is on ${now ? now.outerHTML.slice(0, 80) : 'nothing'}`).to.equal(true);
}
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const count = (el: KulturSignupElement, selector: string) => root(el).querySelectorAll(selector).length;
const summaryItems = (el: KulturSignupElement) =>
  [...root(el).querySelectorAll('[part="error-summary"] li')].map((item) => text(item));

/** Renders the form for an event and waits until it shows the form, a closed message or an error. */
async function show(
  eventId: string,
  attributes: { lang?: string; fields?: string; client?: KulturClient; retentionDays?: number } = {},
): Promise<KulturSignupElement> {
  const el = await fixture<KulturSignupElement>(
    html`<kultur-signup
      api=${baseUrl}
      event-id=${eventId}
      privacy-url="/privatliv"
      lang=${attributes.lang ?? 'da'}
      fields=${attributes.fields ?? ''}
      retention-days=${attributes.retentionDays ?? 30}
      .client=${attributes.client}
    ></kultur-signup>`,
  );
  await settled(el);
  return el;
}

async function settled(el: KulturSignupElement): Promise<void> {
  await waitUntil(
    () => !el.matches(':state(loading)') && root(el).querySelector('form, .closed, .error'),
    'never settled',
    {
      timeout: 8000,
    },
  );
  await el.updateComplete;
}

/** Types into the form the way autofill does: values set, input events fired. */
function fill(el: KulturSignupElement, values: Record<string, string>, consent = true): void {
  for (const [name, value] of Object.entries(values)) {
    const field = control<HTMLInputElement | HTMLSelectElement>(el, name)!;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  control(el, 'consent')!.checked = consent;
}

async function submitted(el: KulturSignupElement): Promise<void> {
  submitButton(el).click();
  await waitUntil(() => el.matches(':state(confirmed), :state(waitlisted)'), 'no answer', { timeout: 8000 });
  await el.updateComplete;
}

describe('<kultur-signup>', () => {
  before(async () => {
    ({ baseUrl, adminToken } = await feedServer());
    sdk = createKulturClient({ baseUrl, cache: false });
  });

  describe('signing up', () => {
    it('can be filled in and sent by keyboard alone, and moves focus to the confirmation', async () => {
      const id = await publish({ signup: internal({ fields: ['phone', 'organization'] }) });
      const email = emailOf('keyboard');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button type="button">Før formularen</button>
          <kultur-signup api=${baseUrl} event-id=${id} privacy-url="/privatliv"></kultur-signup>
        </div>`,
      );
      const el = wrapper.querySelector('kultur-signup')!;
      await settled(el);
      wrapper.querySelector('button')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(active(el)?.getAttribute('name')).to.equal('name');
      await sendKeys({ type: 'Mette Hansen' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.getAttribute('name')).to.equal('email');
      await sendKeys({ type: email });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '12 34 56 78' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Næstved Teaterforening' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.getAttribute('name')).to.equal('consent');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.getAttribute('href')).to.match(/\/privatliv$/);
      await sendKeys({ press: 'Tab' });
      expectFocusOn(el, '[part="submit-button"]');
      // Tabbing past the fields found nothing to complain about.
      expect(count(el, '[part="field-error"]')).to.equal(0);
      await sendKeys({ press: 'Enter' });

      await waitUntil(() => el.matches(':state(confirmed)'), 'not confirmed', { timeout: 8000 });
      await el.updateComplete;
      expectFocusOn(el, '[part="answer-title"]');
      expect(text(active(el))).to.equal('Du er tilmeldt');
      expect(active(el)?.getAttribute('role')).to.equal('heading');
      const answer = text(root(el).querySelector('.answer'));
      expect(answer).to.contain(`Vi har sendt en bekræftelse til ${email}`);
      expect(answer).to.contain('Brug linket i e-mailen til at afmelde dig');
      await expect(el).to.be.accessible();

      const [record] = await signupList(id);
      expect(record).to.include({
        status: 'confirmed',
        name: 'Mette Hansen',
        email,
        phone: '12 34 56 78',
        organization: 'Næstved Teaterforening',
        seats: 1,
      });
    });

    it('explains the waitlist of a full event and answers with the place on it', async () => {
      const id = await publish({ signup: internal({ capacity: 1 }) });
      await signUpElsewhere(id, 'First');
      const el = await show(id);
      expect(el.matches(':state(full)')).to.equal(true);
      expect(el.matches(':state(open)')).to.equal(false);
      expect(text(root(el).querySelector('.availability'))).to.match(
        /fuldt booket, men du kan skrive dig på ventelisten/,
      );
      expect(text(submitButton(el))).to.equal('Skriv mig på ventelisten');
      await expect(el).to.be.accessible();

      fill(el, { name: 'Second', email: emailOf('second') });
      await submitted(el);
      expect(el.matches(':state(waitlisted)')).to.equal(true);
      expect(text(active(el))).to.equal('Du er nummer 1 på ventelisten');
      expect(text(root(el).querySelector('.answer'))).to.contain('Du har ikke en plads endnu');
      await expect(el).to.be.accessible();
    });

    it('the whole journey: the message in the outbox, a cancel link that asks first, and the waitlist moving up', async () => {
      const id = await publish({ signup: internal({ capacity: 1 }) });
      const first = emailOf('first');
      const second = emailOf('second');
      const one = await show(id);
      fill(one, { name: 'Første Person', email: first });
      await submitted(one);
      const two = await show(id);
      fill(two, { name: 'Anden Person', email: second });
      await submitted(two);
      expect(two.matches(':state(waitlisted)')).to.equal(true);

      const [confirmation] = await outbox(first);
      expect(confirmation).to.include({ kind: 'confirmed', to: first });
      const link = /https?:\/\/\S+\/v1\/signups\/\S+/.exec(confirmation!.text)?.[0];
      expect(link, confirmation!.text).to.be.a('string');

      // Mail scanners open links: the page asks, and nothing changes.
      const page = await fetch(link!);
      expect(page.status).to.equal(200);
      expect(await page.text()).to.match(/<form method="post"/);
      expect((await signupList(id)).map((r) => `${r.status}:${r.email}`)).to.deep.equal([
        `confirmed:${first}`,
        `waitlisted:${second}`,
      ]);

      // The page's form cancels.
      const cancelled = await fetch(link!, { method: 'POST' });
      expect(cancelled.status).to.equal(200);
      expect((await signupList(id)).map((r) => `${r.status}:${r.email}`)).to.deep.equal([`confirmed:${second}`]);
      expect((await outbox(second)).map((message) => message.kind)).to.deep.equal(['moved-up', 'waitlisted']);
    });

    it('asks for seats when more than one is allowed, and sends the number chosen', async () => {
      const id = await publish({ signup: internal({ maxSeatsPerSignup: 3 }) });
      const el = await show(id);
      const seats = control<HTMLSelectElement>(el, 'seats')!;
      expect([...seats.options].map((option) => option.value)).to.deep.equal(['1', '2', '3']);
      fill(el, { name: 'Gruppe', email: emailOf('group'), seats: '2' });
      await submitted(el);
      expect(text(root(el).querySelector('.answer'))).to.contain('Du har fået 2 pladser');
      expect((await signupList(id))[0]!.seats).to.equal(2);
    });
  });

  describe('properties', () => {
    it('asks the fields the event asks for, with autocomplete tokens, and marks the optional ones', async () => {
      const id = await publish({ signup: internal({ fields: ['phone', 'organization', 'municipality', 'comment'] }) });
      const el = await show(id);
      const tokens = ['name', 'email', 'phone', 'organization', 'municipality'].map((name) =>
        control(el, name)!.getAttribute('autocomplete'),
      );
      expect(tokens).to.deep.equal(['name', 'email', 'tel', 'organization', 'address-level2']);
      expect(control(el, 'email')!.type).to.equal('email');
      expect(control(el, 'phone')!.type).to.equal('tel');
      expect(control(el, 'comment')!.localName).to.equal('textarea');
      expect(count(el, '[name="seats"]')).to.equal(0);
      const municipality = control<HTMLSelectElement>(el, 'municipality')!;
      expect([...municipality.options].map((option) => option.value)).to.deep.equal([
        '',
        'Faxe',
        'Guldborgsund',
        'Lolland',
        'Næstved',
        'Stevns',
        'Vordingborg',
        'Anden kommune',
      ]);
      // Every control has its label in the same shadow root.
      for (const field of root(el).querySelectorAll<HTMLInputElement>('[part="input"]')) {
        expect(field.labels?.length, field.name).to.equal(1);
      }
      expect(text(control(el, 'phone')!.labels![0])).to.equal('Telefon (valgfrit)');
      expect(text(control(el, 'name')!.labels![0])).to.equal('Navn');
      await expect(el).to.be.accessible();
    });

    it('fields narrows what the event asks for: only what it names, or none, never more than the event', async () => {
      const id = await publish({ signup: internal({ fields: ['phone', 'comment'] }) });
      const comment = await show(id, { fields: 'comment' });
      expect(control(comment, 'comment')).to.exist;
      expect(count(comment, '[name="phone"]')).to.equal(0);
      // The feed keeps only what the event asks for, so a field it does not ask for is never shown.
      const more = await show(id, { fields: 'comment organization' });
      expect(count(more, '[name="organization"]')).to.equal(0);
      expect(control(more, 'comment')).to.exist;
      const none = await show(id, { fields: 'none' });
      expect(
        [...root(none).querySelectorAll('[part="input"]')].map((field) => field.getAttribute('name')),
      ).to.deep.equal(['name', 'email', 'consent']);
    });

    it('states the retention by the consent box, with the privacy link; retention-days changes the number', async () => {
      const id = await publish({ signup: internal() });
      const el = await show(id);
      const consent = control(el, 'consent')!;
      const hint = root(el).getElementById(consent.getAttribute('aria-describedby')!)!;
      expect(text(hint)).to.contain('Dine oplysninger slettes 30 dage efter arrangementet');
      const link = hint.querySelector('a')!;
      expect(link.href).to.equal(new URL('/privatliv', location.href).href);
      expect(text(link)).to.equal('Læs, hvordan vi behandler dine oplysninger (åbner i nyt vindue)');
      const fortnight = await show(id, { retentionDays: 14 });
      expect(text(root(fortnight).querySelector('.consent .hint'))).to.contain('slettes 14 dage efter');
    });

    it('has a honeypot people never meet: hidden, out of the tab order, and refused if filled', async () => {
      const id = await publish({ signup: internal() });
      const spy = spyFetch();
      const el = await show(id, { client: createKulturClient({ baseUrl, fetch: spy.fetch }) });
      const website = control(el, 'website')!;
      expect(website.tabIndex).to.equal(-1);
      expect(website.getAttribute('autocomplete')).to.equal('off');
      expect(website.closest('[aria-hidden="true"]')).to.exist;
      expect(website.closest('.honeypot')!.getBoundingClientRect().width).to.be.at.most(1);
      fill(el, { name: 'Robot', email: emailOf('robot'), website: 'http://spam.example' });
      submitButton(el).click();
      await waitUntil(() => summaryItems(el).length > 0);
      expect(summaryItems(el)).to.deep.equal(['Formularen kunne ikke sendes. Genindlæs siden, og prøv igen.']);
      expect(spy.keys).to.have.length(0);
    });

    it('speaks English with lang="en"', async () => {
      const id = await publish({ signup: internal({ fields: ['municipality'] }) });
      const el = await show(id, { lang: 'en' });
      expect(text(control(el, 'name')!.labels![0])).to.equal('Name');
      expect(text(control(el, 'municipality')!.labels![0])).to.equal('Municipality (optional)');
      expect(text(root(el).querySelector('.consent .hint'))).to.contain(
        'Your details are deleted 30 days after the event',
      );
      expect(text(submitButton(el))).to.equal('Sign up');
      submitButton(el).click();
      await waitUntil(() => summaryItems(el).length > 0);
      expect(summaryItems(el)).to.deep.equal([
        'Enter your name.',
        'Enter your e-mail address.',
        'Tick the box to give your consent. Without it we cannot take your signup.',
      ]);
      fill(el, { name: 'Jane Doe', email: emailOf('jane'), municipality: 'Lolland' });
      await submitted(el);
      expect(text(active(el))).to.equal('You are signed up');
      await expect(el).to.be.accessible();
      expect((await signupList(id))[0]!.municipality).to.equal('Lolland');
    });
  });

  describe('validation', () => {
    it('on an empty send: a summary that links to each field, with focus on it', async () => {
      const id = await publish({ signup: internal() });
      const el = await show(id);
      submitButton(el).click();
      await waitUntil(() => el.matches(':state(invalid)'));
      await el.updateComplete;
      const summary = root(el).querySelector<HTMLElement>('[part="error-summary"]')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expectFocusOn(el, '[part="error-summary"]');
      expect(summaryItems(el)).to.deep.equal([
        'Skriv dit navn.',
        'Skriv din e-mailadresse.',
        'Sæt kryds for at give samtykke. Uden det kan vi ikke tage imod din tilmelding.',
      ]);
      for (const name of ['name', 'email', 'consent']) {
        const field = control(el, name)!;
        expect(field.getAttribute('aria-invalid'), name).to.equal('true');
        const described = field.getAttribute('aria-describedby')!.split(' ');
        const messages = described.map((ref) => text(root(el).getElementById(ref)));
        expect(
          messages.some((message) => message.startsWith('Fejl:')),
          name,
        ).to.equal(true);
      }
      await expect(el).to.be.accessible();

      // A link in the summary takes focus to its field.
      summary.querySelectorAll('a')[1]!.click();
      expectFocusOn(el, '[name="email"]');
    });

    it('checks an e-mail address when it is left, and clears the message once it is right', async () => {
      const id = await publish({ signup: internal() });
      const el = await show(id);
      control(el, 'email')!.focus();
      await sendKeys({ type: 'mette@' });
      await sendKeys({ press: 'Tab' });
      const email = control(el, 'email')!;
      // The check is asynchronous: the schemas (and zod) are loaded to word what the compiled checker refuses.
      await waitUntil(() => email.getAttribute('aria-invalid') === 'true', 'the address was not checked');
      await el.updateComplete;
      const error = root(el).getElementById(email.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
      expect(text(error)).to.equal('Fejl: Skriv e-mailadressen som navn@eksempel.dk.');
      expect(count(el, '[part="error-summary"]')).to.equal(0);
      expect(el.matches(':state(invalid)')).to.equal(true);
      await expect(el).to.be.accessible();

      email.focus();
      await sendKeys({ type: 'example.dk' });
      await waitUntil(() => email.getAttribute('aria-invalid') === 'false', 'the message stayed');
      await el.updateComplete;
      expect(count(el, '[part="field-error"]')).to.equal(0);
    });

    it("shows the feed's field errors in its own words", async () => {
      const input = eventInput({ signup: internal({ maxSeatsPerSignup: 3 }) });
      const id = await publish(input);
      const el = await show(id);
      // The secretariat lowers the limit after the form was loaded.
      const changed = await admin('PUT', `events/${id}`, { ...input, signup: internal({ maxSeatsPerSignup: 2 }) });
      expect(changed.status).to.equal(200);
      const failed = oneEvent(el, 'kultur-signup-failed');
      fill(el, { name: 'Gruppe', email: emailOf('group'), seats: '3' });
      submitButton(el).click();
      const { detail } = await failed;
      expect(detail.error).to.have.property('status', 400);
      await waitUntil(() => summaryItems(el)[0] === 'Du kan højst tilmelde 2 pladser ad gangen.', 'no seats message');
      expectFocusOn(el, '[part="error-summary"]');
      expect(control<HTMLSelectElement>(el, 'seats')!.options).to.have.length(2);
      expect(control(el, 'name')!.value).to.equal('Gruppe');
    });

    it('answers an address that is signed up already as any other, and points to the mail', async () => {
      const id = await publish({ signup: internal() });
      const email = await signUpElsewhere(id, 'Mette');
      const el = await show(id);
      fill(el, { name: 'Mette igen', email });
      submitButton(el).click();
      await waitUntil(() => el.matches(':state(confirmed)'), 'answered as a new signup');
      expect(text(root(el).querySelector('[part="answer-title"] + p'))).to.match(
        /Var adressen allerede tilmeldt, står det i mailen\./,
      );
      expect(summaryItems(el)).to.deep.equal([]);
    });

    it('says which field holds a line break or a text-direction character, before sending', async () => {
      const id = await publish({ signup: internal({ fields: ['comment'] }) });
      const spy = spyFetch();
      const el = await show(id, { client: createKulturClient({ baseUrl, fetch: spy.fetch }) });
      fill(el, { name: 'Mette\u202EHansen', email: emailOf('bidi'), comment: 'Linje et\nLinje to\u202E' });
      submitButton(el).click();
      await waitUntil(() => summaryItems(el).length === 2, 'two problems');
      expect(summaryItems(el)).to.deep.equal([
        'Skriv det på én linje uden linjeskift eller usynlige styretegn.',
        'Fjern de usynlige styretegn fra teksten. Linjeskift må gerne være der.',
      ]);
      expect(spy.keys, 'nothing was sent').to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('is loading, accessibly, until the event arrives', async () => {
      const id = await publish({ signup: internal() });
      const spy = spyFetch({ hold: 'GET' });
      const el = await fixture<KulturSignupElement>(
        html`<kultur-signup
          event-id=${id}
          .client=${createKulturClient({ baseUrl, fetch: spy.fetch })}
        ></kultur-signup>`,
      );
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(text(root(el).querySelector('[part="message"]'))).to.equal('Henter tilmeldingen …');
      await expect(el).to.be.accessible();
      spy.release();
      await settled(el);
      expect(el.matches(':state(open)')).to.equal(true);
      expect(text(root(el).querySelector('.availability'))).to.equal('10 ledige pladser');
      await expect(el).to.be.accessible();
    });

    it('is submitting, one request at a time, with the button disabled and busy', async () => {
      const id = await publish({ signup: internal() });
      const spy = spyFetch({ hold: 'POST' });
      const el = await show(id, { client: createKulturClient({ baseUrl, fetch: spy.fetch }) });
      fill(el, { name: 'Tålmodig', email: emailOf('patient') });
      submitButton(el).click();
      await waitUntil(() => el.matches(':state(submitting)'));
      await el.updateComplete;
      expect(submitButton(el).disabled).to.equal(true);
      expect(submitButton(el).getAttribute('aria-busy')).to.equal('true');
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('Sender din tilmelding …');
      root(el).querySelector('form')!.requestSubmit();
      await expect(el).to.be.accessible();
      spy.release();
      await waitUntil(() => el.matches(':state(confirmed)'));
      expect(spy.keys).to.have.length(1);
      expect(await signupList(id)).to.have.length(1);
    });

    it('explains a failed send in plain words; retrying keeps the input and the same key', async () => {
      const id = await publish({ signup: internal() });
      let down = true;
      const spy = spyFetch({ failPosts: () => down });
      const el = await show(id, { client: createKulturClient({ baseUrl, fetch: spy.fetch, retry: 0 }) });
      const failed = oneEvent(el, 'kultur-signup-failed');
      fill(el, { name: 'Vedholdende', email: emailOf('persistent') });
      submitButton(el).click();
      expect((await failed).detail.error).to.have.property('status', 503);
      await waitUntil(() => el.matches(':state(error)'));
      await el.updateComplete;
      const alert = root(el).querySelector<HTMLElement>('.submit-error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.contain('Din tilmelding blev ikke sendt. Kalenderen har problemer lige nu.');
      expect(text(alert)).to.contain('Det, du har skrevet, er gemt');
      expectFocusOn(el, '.submit-error');
      expect(control(el, 'name')!.value).to.equal('Vedholdende');
      expect(control(el, 'consent')!.checked).to.equal(true);
      await expect(el).to.be.accessible();

      down = false;
      root(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await waitUntil(() => el.matches(':state(confirmed)'), 'the retry was not confirmed', { timeout: 8000 });
      expect(el.matches(':state(error)')).to.equal(false);
      expect(spy.keys).to.have.length(2);
      expect(spy.keys[1]).to.equal(spy.keys[0]);
    });

    it('makes a new key when the signup was changed after a failure', async () => {
      const id = await publish({ signup: internal() });
      const spy = spyFetch({ failPosts: () => true });
      const el = await show(id, { client: createKulturClient({ baseUrl, fetch: spy.fetch, retry: 0 }) });
      fill(el, { name: 'Først', email: emailOf('changed') });
      submitButton(el).click();
      await waitUntil(() => el.matches(':state(error)'));
      fill(el, { name: 'Rettet' });
      submitButton(el).click();
      await waitUntil(() => spy.keys.length === 2 && el.matches(':state(error)') && !el.matches(':state(submitting)'));
      expect(spy.keys[1]).not.to.equal(spy.keys[0]);
    });

    it('explains in plain words when the event cannot be loaded, with a retry', async () => {
      const el = await show('any-event', { client: createKulturClient({ baseUrl: FAILING_FEED, retry: 0 }) });
      expect(el.matches(':state(error)')).to.equal(true);
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(text(alert)).to.equal(
        'Tilmeldingen kunne ikke hentes. Kalenderen har problemer lige nu. Prøv igen om lidt. Prøv igen',
      );
      expect(alert.querySelector('[part="retry-button"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    const closedCases: Array<[string, () => Promise<string>, RegExp]> = [
      [
        'not open yet',
        () => publish({ signup: internal({ opensAt: inDays(5) }) }),
        /^Tilmeldingen er ikke åbnet endnu\. Den åbner [a-zæøå]+dag den \d+\. [a-z]+ \d{4}/,
      ],
      [
        'past the deadline',
        () => publish({ signup: internal({ closesAt: inDays(-1) }) }),
        /^Tilmeldingen er lukket\. Fristen var /,
      ],
      [
        'a cancelled event',
        () => publish({ status: 'cancelled', signup: internal() }),
        /^Arrangementet er aflyst, så der er lukket for tilmelding\.$/,
      ],
      ['an event without signup', () => publish({ signup: null }), /^Der er ingen tilmelding til dette arrangement\.$/],
      [
        'signup with the organiser',
        () => publish({ signup: { mode: 'external', url: 'https://billetter.example.dk/kursus' } }),
        /^Tilmeldingen foregår hos arrangøren\. Tilmeld dig hos arrangøren \(åbner i nyt vindue\)$/,
      ],
      [
        'full without a waitlist',
        async () => {
          const id = await publish({ signup: internal({ capacity: 1, waitlist: false }) });
          await signUpElsewhere(id, 'Only');
          return id;
        },
        /^Arrangementet er fuldt booket, og der er ingen venteliste\.$/,
      ],
    ];
    for (const [name, make, message] of closedCases) {
      it(`is closed, and says why: ${name}`, async () => {
        const el = await show(await make());
        expect(el.matches(':state(closed)')).to.equal(true);
        expect(count(el, 'form')).to.equal(0);
        expect(text(root(el).querySelector('[part="message"]'))).to.match(message);
        await expect(el).to.be.accessible();
      });
    }

    it('closes, with focus on why, when the feed refuses because signup closed since loading', async () => {
      const input = eventInput({ signup: internal() });
      const id = await publish(input);
      const el = await show(id);
      await admin('PUT', `events/${id}`, { ...input, signup: internal({ closesAt: inDays(-1) }) });
      fill(el, { name: 'For sent', email: emailOf('late') });
      submitButton(el).click();
      await waitUntil(() => el.matches(':state(closed)'));
      await el.updateComplete;
      expectFocusOn(el, '.closed');
      await waitUntil(() => /Fristen var/.test(text(root(el).querySelector('.closed'))), 'no deadline named');
    });

    it('is open and nothing else once a form with seats left is ready', async () => {
      const id = await publish({ signup: internal() });
      const el = await show(id);
      const on = SIGNUP_STATES.filter((state) => el.matches(`:state(${state})`));
      expect(on).to.deep.equal(['open']);
    });
  });

  describe('events', () => {
    it('fires kultur-signup-submit, then kultur-signup-submitted, bubbling and composed', async () => {
      const id = await publish({ signup: internal() });
      const el = await show(id);
      const seen: Event[] = [];
      const record = (event: Event) => seen.push(event);
      const types = ['kultur-signup-submit', 'kultur-signup-submitted', 'kultur-signup-failed'];
      for (const type of types) document.body.addEventListener(type, record);
      try {
        const email = emailOf('events');
        fill(el, { name: 'Begivenhed', email });
        await submitted(el);
        expect(seen.map((event) => event.type)).to.deep.equal(['kultur-signup-submit', 'kultur-signup-submitted']);
        expect(seen.every((event) => event.bubbles && event.composed)).to.equal(true);
        const [submit, done] = seen as [
          GlobalEventHandlersEventMap['kultur-signup-submit'],
          GlobalEventHandlersEventMap['kultur-signup-submitted'],
        ];
        expect(submit.cancelable).to.equal(true);
        expect(submit.detail).to.deep.equal({
          eventId: id,
          input: { name: 'Begivenhed', email, consent: true } satisfies SignupRequest,
        });
        expect(done.detail.eventId).to.equal(id);
        expect(done.detail.signup.status).to.equal('confirmed');
        // The cancel link goes to the address alone, never to the page that sent the signup.
        expect(done.detail.signup).to.not.have.property('cancelToken');
      } finally {
        for (const type of types) document.body.removeEventListener(type, record);
      }
    });

    it('sends nothing when kultur-signup-submit is prevented', async () => {
      const id = await publish({ signup: internal() });
      const spy = spyFetch();
      const el = await show(id, { client: createKulturClient({ baseUrl, fetch: spy.fetch }) });
      el.addEventListener('kultur-signup-submit', (event) => event.preventDefault());
      fill(el, { name: 'Forhindret', email: emailOf('prevented') });
      const submit = oneEvent(el, 'kultur-signup-submit');
      submitButton(el).click();
      expect((await submit).defaultPrevented).to.equal(true);
      await el.updateComplete;
      expect(el.matches(':state(submitting)')).to.equal(false);
      expect(spy.keys).to.have.length(0);
      expect(await signupList(id)).to.have.length(0);
    });
  });

  describe('parts and tokens', () => {
    it('exposes its parts', async () => {
      const id = await publish({ signup: internal() });
      const el = await show(id);
      for (const part of ['base', 'form', 'field', 'label', 'hint', 'input', 'submit-button']) {
        expect(root(el).querySelector(`[part~="${part}"]`), part).to.exist;
      }
      submitButton(el).click();
      await waitUntil(() => root(el).querySelector('[part~="error-summary"]'));
      expect(root(el).querySelector('[part~="field-error"]')).to.exist;
    });

    it('takes --kultur-signup-* tokens, falling back to the global ones', async () => {
      const id = await publish({ signup: internal() });
      const el = await show(id);
      el.style.setProperty('--kultur-color-accent', 'rgb(4, 5, 6)');
      expect(getComputedStyle(submitButton(el)).backgroundColor).to.equal('rgb(4, 5, 6)');
      el.style.setProperty('--kultur-signup-button-background', 'rgb(1, 2, 3)');
      expect(getComputedStyle(submitButton(el)).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(parseFloat(getComputedStyle(submitButton(el)).minHeight)).to.be.at.least(24);
      expect(control(el, 'consent')!.getBoundingClientRect().height).to.be.at.least(24);
    });
  });
});
