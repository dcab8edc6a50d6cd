import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/kultur-submit/kultur-submit.js';
import { SUBMIT_STATES, type KulturSubmitElement } from '../../src/components/kultur-submit/kultur-submit.component.js';
import { createKulturClient } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

/** The feed refuses a form sent sooner than this after its token was fetched (the time trap). */
const TIME_TRAP_MS = 3_100;
const run = Math.random().toString(36).slice(2, 8);
let serial = 0;
const emailOf = (name: string) => `${name}-${run}-${++serial}@example.dk`;

let baseUrl: string;

const root = (el: KulturSubmitElement) => el.shadowRoot!;
const control = (el: KulturSubmitElement, name: string) =>
  root(el).querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const active = (el: KulturSubmitElement) => root(el).activeElement as HTMLElement | null;
const summaryItems = (el: KulturSubmitElement) =>
  [...root(el).querySelectorAll('[part="error-summary"] li')].map((item) => text(item));
const states = (el: KulturSubmitElement) =>
  SUBMIT_STATES.filter((state) => (el as unknown as { matches(s: string): boolean }).matches(`:state(${state})`));

function expectFocusOn(el: KulturSubmitElement, selector: string): void {
  const now = active(el);
  expect(now?.matches(selector), `focus is on ${now ? now.outerHTML.slice(0, 80) : 'nothing'}`).to.equal(true);
}

async function show(attributes: { lang?: string; municipality?: string; fetch?: typeof fetch } = {}) {
  const client = attributes.fetch ? createKulturClient({ baseUrl, fetch: attributes.fetch }) : undefined;
  const el = await fixture<KulturSubmitElement>(
    html`<kultur-submit
      api=${baseUrl}
      lang=${attributes.lang ?? 'da'}
      municipality=${attributes.municipality ?? ''}
      privacy-url="/privatliv"
      .client=${client}
    ></kultur-submit>`,
  );
  await el.updateComplete;
  return el;
}

function set(el: KulturSubmitElement, name: string, value: string): void {
  const field = control(el, name);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function tick(el: KulturSubmitElement, name: string, value: string): void {
  root(el).querySelector<HTMLInputElement>(`[name="${name}"][value="${value}"]`)!.checked = true;
}

/** Fills every field a person must, as a cultural actor from Lolland would. */
function fill(el: KulturSubmitElement, email: string): void {
  set(el, 'event.title', 'Sommerkoncert i Maribo Domkirke');
  set(el, 'event.summary', 'Kammerkoret synger sommersange.');
  set(el, 'event.description', 'Fri entré.\n\nKaffe bagefter.');
  tick(el, 'event.categories', 'koncert');
  tick(el, 'event.audience', 'borgere');
  set(el, 'start-date', '2031-06-20');
  set(el, 'start-time', '19:00');
  set(el, 'end-time', '21:00');
  set(el, 'event.venue.name', 'Maribo Domkirke');
  set(el, 'event.venue.address', 'Kirkestræde 1');
  set(el, 'event.venue.postalCode', '4930');
  set(el, 'event.venue.city', 'Maribo');
  if (root(el).querySelector('select[name="event.municipality"]')) set(el, 'event.municipality', 'lolland');
  set(el, 'event.organizer.name', 'Maribo Kammerkor');
  set(el, 'submitter.name', 'Birthe Jensen');
  set(el, 'submitter.email', email);
  root(el).querySelector<HTMLInputElement>('[name="consent"]')!.checked = true;
}

const submit = (el: KulturSubmitElement) =>
  root(el).querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();

async function outbox(to: string): Promise<Array<{ kind: string; text: string }>> {
  const response = await fetch(`${baseUrl}dev/outbox?to=${encodeURIComponent(to)}`);
  return ((await response.json()) as { items: Array<{ kind: string; text: string }> }).items;
}

describe('<kultur-submit>', () => {
  before(async () => {
    ({ baseUrl } = await feedServer());
  });

  describe('the form', () => {
    for (const lang of ['da', 'en'] as const) {
      it(`is labelled, says what is required in words, and passes axe (${lang})`, async () => {
        const el = await show({ lang });
        const label = root(el).querySelector(`label[for="kultur-submit-event-title"]`);
        expect(text(label)).to.equal(lang === 'da' ? 'Titel (skal udfyldes)' : 'Title (required)');
        expect(text(root(el).querySelector('label[for="kultur-submit-submitter-phone"]'))).to.contain(
          lang === 'da' ? '(valgfrit)' : '(optional)',
        );
        expect(root(el).querySelector('form')!.getAttribute('aria-label')).to.equal(
          lang === 'da' ? 'Send et arrangement ind' : 'Send in an event',
        );
        await expect(el).to.be.accessible();
      });
    }

    it('hides the honeypot from people and assistive tech, as <kultur-signup> does', async () => {
      const el = await show();
      const trap = control(el, 'website') as HTMLInputElement;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('.honeypot')!.getAttribute('aria-hidden')).to.equal('true');
      expect(trap.closest('.honeypot')!.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('locks the municipality the page names, and offers the choice otherwise', async () => {
      const locked = await show({ municipality: 'lolland' });
      expect(root(locked).querySelector('select[name="event.municipality"]')).to.equal(null);
      expect(text(root(locked).querySelector('.fixed'))).to.contain('Lolland Kommunes kulturkalender');
      const free = await show();
      expect(root(free).querySelectorAll('select[name="event.municipality"] option')).to.have.length(7);
    });

    it('takes its colours from the shared tokens and its own', async () => {
      const el = await show();
      el.style.setProperty('--kultur-color-accent', 'rgb(0, 80, 0)');
      el.style.setProperty('--kultur-submit-error-color', 'rgb(150, 0, 0)');
      const button = root(el).querySelector<HTMLElement>('[part="submit-button"]')!;
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 80, 0)');
    });
  });

  describe('errors', () => {
    for (const lang of ['da', 'en'] as const) {
      it(`shows a summary with links to the fields, focused, and ties each message to its field (${lang})`, async () => {
        const el = await show({ lang });
        submit(el);
        await waitUntil(() => root(el).querySelector('[part="error-summary"]'), 'the error summary');
        await el.updateComplete;
        expectFocusOn(el, '[part="error-summary"]');
        expect(states(el)).to.include('invalid');
        const items = summaryItems(el);
        expect(items[0]).to.equal(lang === 'da' ? 'Titel: Udfyld feltet.' : 'Title: Fill in this field.');
        expect(
          items.some((item) => item.includes(lang === 'da' ? 'Vælg mindst én.' : 'Choose at least one.')),
        ).to.equal(true);
        const title = control(el, 'event.title');
        expect(title.getAttribute('aria-invalid')).to.equal('true');
        expect(title.getAttribute('aria-describedby')).to.equal('kultur-submit-event-title-error');
        expect(text(root(el).querySelector('#kultur-submit-event-title-error'))).to.contain(
          lang === 'da' ? 'Udfyld feltet.' : 'Fill in this field.',
        );
        await expect(el).to.be.accessible();

        root(el)
          .querySelector<HTMLAnchorElement>('[part="error-summary"] a[href="#kultur-submit-submitter-email"]')!
          .click();
        expectFocusOn(el, '[name="submitter.email"]');
      });
    }

    it('checks the end against the start, and a place or an online link', async () => {
      const el = await show();
      fill(el, emailOf('tid'));
      set(el, 'end-time', '18:00');
      set(el, 'event.venue.name', '');
      submit(el);
      await waitUntil(() => summaryItems(el).length === 2, `two problems, got ${summaryItems(el).join(' | ')}`);
      expect(summaryItems(el)).to.deep.equal([
        'Sluttidspunkt: Slutningen skal ligge efter starten.',
        'Stedets navn: Udfyld feltet.',
      ]);
    });

    it('shows the feed’s refusals at the fields they name', async () => {
      // The page's own client sends the e-mail the person typed with a flaw the form cannot see: the feed refuses it.
      const spoil: typeof fetch = async (input, init) => {
        const request = new Request(input, init);
        if (request.method !== 'POST') return fetch(request);
        const body = JSON.parse(await request.text());
        body.submitter.email = 'birthe@@example.dk';
        return fetch(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(body) });
      };
      const el = await show({ fetch: spoil });
      fill(el, emailOf('afvist'));
      await new Promise((resolve) => setTimeout(resolve, TIME_TRAP_MS));
      const failed = oneEvent(el, 'kultur-submit-failed');
      submit(el);
      expect((await failed).detail.error).to.have.property('name', 'KulturHttpError');
      await waitUntil(() => summaryItems(el).length > 0, 'the summary');
      expect(summaryItems(el)).to.deep.equal(['Din e-mail: Skriv e-mailadressen som navn@eksempel.dk.']);
      expect(control(el, 'submitter.email').getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('tells a person who was too quick to wait a moment, keeps what they wrote, and passes axe', async () => {
      const el = await show();
      fill(el, emailOf('hurtig'));
      submit(el);
      await waitUntil(() => root(el).querySelector('.submit-error'), 'the failure');
      await el.updateComplete;
      expectFocusOn(el, '.submit-error');
      expect(text(root(el).querySelector('.submit-error'))).to.contain(
        'Du var meget hurtig. Vent et øjeblik, og send igen.',
      );
      expect(states(el)).to.include('error');
      expect(control(el, 'event.title').value).to.equal('Sommerkoncert i Maribo Domkirke');
      await expect(el).to.be.accessible();

      // The same form, sent again a moment later, goes through: the token only had to age.
      await new Promise((resolve) => setTimeout(resolve, TIME_TRAP_MS));
      const sent = oneEvent(el, 'kultur-submit-submitted');
      submit(el);
      await sent;
    });
  });

  describe('sending', () => {
    for (const lang of ['da', 'en'] as const) {
      it(`sends the event, announces the answer and mails the link (${lang})`, async () => {
        const el = await show({ lang, municipality: 'lolland' });
        const email = emailOf(`sendt-${lang}`);
        fill(el, email);
        await new Promise((resolve) => setTimeout(resolve, TIME_TRAP_MS));
        const sent = oneEvent(el, 'kultur-submit-submitted');
        submit(el);
        const { detail } = await sent;
        expect(detail.title).to.equal('Sommerkoncert i Maribo Domkirke');
        expect(detail.answer.status).to.equal('confirmation-sent');
        await waitUntil(() => root(el).querySelector('.answer-title'), 'the answer');
        await el.updateComplete;
        expectFocusOn(el, '.answer-title');
        expect(states(el)).to.deep.equal(['sent']);
        const status = text(root(el).querySelector('[role="status"]'));
        expect(status).to.contain(
          lang === 'da'
            ? 'Tjek din e-mail: klik på linket for at bekræfte, så sendes arrangementet til godkendelse'
            : 'Check your e-mail: click the link to confirm, and the event goes for approval',
        );
        expect(status).to.contain(email);
        await expect(el).to.be.accessible();
        const [mail] = await outbox(email);
        expect(mail?.kind).to.equal('submission');
        expect(mail?.text).to.contain('/v1/submissions/confirm#code=');
      });
    }

    it('works by keyboard: Tab reaches the first field, the trap is skipped, Enter sends', async () => {
      const el = await show();
      const before = document.createElement('button');
      before.textContent = 'før';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expectFocusOn(el, '[name="event.title"]');
      await sendKeys({ type: 'Koncert' });
      expect(control(el, 'event.title').value).to.equal('Koncert');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector('[part="error-summary"]'), 'Enter sent the form');
      before.remove();
    });
  });
});
