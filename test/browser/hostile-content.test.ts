import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KulturEventElement } from '../../src/components/kultur-event/kultur-event.component.js';
import type { KulturEventsElement } from '../../src/components/kultur-events/kultur-events.component.js';
import type { KulturSignupElement } from '../../src/components/kultur-signup/kultur-signup.component.js';
import { EVENTS_LAYOUTS } from '../../src/components/kultur-events/kultur-events.component.js';
import { paragraphsOf } from '../../src/components/kultur-event/linkify-text.js';
import { createKulturClient, type EventInput, type KulturEvent } from '../../src/sdk/index.js';
import {
  auditTree,
  deepElements,
  deepLinks,
  isSafeAddress,
  watchForInjection,
  type Watch,
} from '../fixtures/dom-audit.js';
import { hostileEvent } from '../fixtures/hostile-event.js';
import { TRIPWIRE, XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { feedServer } from './feed.js';

/** Ids unique to this run, so the file can run twice against one server. */
const run = Math.random().toString(36).slice(2, 8);
const DAY = 86_400_000;
/** Two hostile events a day from here: far enough ahead that no other test lists them. */
const FIRST_DAY = Date.UTC(2031, 1, 1, 9);
const LAST_DAY = FIRST_DAY + Math.ceil(XSS_PAYLOADS.length / 2) * DAY;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const window = { from: day(FIRST_DAY), to: day(LAST_DAY) };

let baseUrl: string;
let adminToken: string;
let watch: Watch;
/** The hostile events as the feed serves them, in start order. */
let served: KulturEvent[] = [];

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The hostile event of payload `n`, its image on this page's own origin so that nothing is fetched from outside. */
function input(n: number): EventInput {
  return hostileEvent(XSS_PAYLOADS[n]!.text, {
    id: `fjendtlig-${run}-${n}`,
    start: new Date(FIRST_DAY + Math.floor(n / 2) * DAY + (n % 2) * 3_600_000),
    signup: (['internal', 'external', 'none'] as const)[n % 3]!,
    seed: n,
    imageUrl: `${location.origin}/test/fixtures/poster.svg?n=${n}&x="><img src=x onerror=window.${TRIPWIRE}=1>`,
  });
}

/** Text as the element shows it, without what it adds for screen readers only. */
function visibleText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

/** Nothing injected, no script run, only web and mail links, under `root` and on the whole page so far. */
function expectInert(root: ParentNode): void {
  expect(auditTree(root), 'elements, handlers or addresses that came from the feed').to.deep.equal([]);
  const unsafe = deepLinks(root).filter((href) => !isSafeAddress(href));
  expect(unsafe, 'links that are not http, https or mailto').to.deep.equal([]);
  expect(watch.findings, 'what the tripwire and the observers caught').to.deep.equal([]);
}

async function settledListing(element: KulturEventsElement, count: number): Promise<void> {
  const rows = () => element.shadowRoot!.querySelectorAll('.list:not(.skeleton) > li').length;
  for (;;) {
    await waitUntil(() => element.matches(':not(:state(loading))') && rows() > 0, 'the listing never loaded', {
      timeout: 10_000,
    });
    const more = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]');
    if (!more) break;
    more.click();
    await waitUntil(() => !element.shadowRoot!.querySelector('[part="more-button"][disabled]'), 'more', {
      timeout: 10_000,
    });
  }
  // Long listings are rendered a slice a task.
  await waitUntil(() => rows() === count, `${rows()} of ${count} rows`, { timeout: 10_000 });
}

describe('hostile feed content in the elements', function () {
  this.timeout(60_000);

  before(async () => {
    ({ baseUrl, adminToken } = await feedServer());
    const refused: number[] = [];
    for (let n = 0; n < XSS_PAYLOADS.length; n += 8) {
      await Promise.all(
        XSS_PAYLOADS.slice(n, n + 8).map(async (_, i) => {
          const response = await admin('POST', 'events', input(n + i));
          if (response.status === 400) refused.push(n + i);
          else if (response.status !== 201) throw new Error(`payload ${n + i}: ${await response.text()}`);
        }),
      );
    }
    // Only the NUL character is refused (PostgreSQL cannot store it); everything else must be taken.
    expect(refused.map((n) => XSS_PAYLOADS[n]!.text.includes('\u0000'))).to.deep.equal(refused.map(() => true));
    const client = createKulturClient({ baseUrl, cache: false });
    served = [];
    for await (const event of client.events.all({ ...window, limit: 100 })) {
      if (event.id.includes(run)) served.push(event);
    }
    expect(served).to.have.length(XSS_PAYLOADS.length - refused.length);
    watch = watchForInjection();
  });

  after(async () => {
    watch?.stop();
    for (const event of served) await admin('DELETE', `events/${event.id}`);
  });

  for (const layout of EVENTS_LAYOUTS) {
    it(`lists every payload as text in the ${layout} layout`, async () => {
      const element = await fixture<KulturEventsElement>(
        html`<kultur-events
          api=${baseUrl}
          from=${window.from}
          to=${window.to}
          limit="100"
          layout=${layout}
        ></kultur-events>`,
      );
      // The month layout shows the window's first month (February 2031), two events a day, all in their cells.
      const month = layout === 'month';
      const shown = month ? served.filter((event) => event.start < '2031-03-01') : served;
      const calendar = () => element.shadowRoot!.querySelector('kultur-events-month')?.shadowRoot;
      if (month) {
        await waitUntil(() => calendar()?.querySelector('[aria-busy="false"]'), 'the month never loaded', {
          timeout: 10_000,
        });
      } else {
        await settledListing(element, served.length);
      }
      const root = month ? calendar()! : element.shadowRoot!;
      const titles = [...root.querySelectorAll('.title-control')].map((title) => title.textContent!.trim());
      expect(titles).to.deep.equal(shown.map((event) => event.title));
      if (layout === 'list') {
        const summaries = [...root.querySelectorAll('.summary')].map((summary) => summary.textContent);
        expect(summaries).to.deep.equal(served.map((event) => event.summary));
        const places = [...root.querySelectorAll('.place')].map((place) => place.textContent!);
        places.forEach((place, i) =>
          expect(place.startsWith(`${served[i]!.venue!.name}, ${served[i]!.venue!.city}`)).to.equal(true),
        );
      }
      if (layout === 'grid') {
        const images = [...root.querySelectorAll<HTMLImageElement>('img')];
        expect(images.map((image) => image.alt)).to.deep.equal(served.map((event) => event.image!.alt));
        expect(images.map((image) => image.getAttribute('src'))).to.deep.equal(served.map((e) => e.image!.url));
        expect(images.every((image) => image.getAttribute('part') === 'item-image')).to.equal(true);
      }
      // The JSON-LD is data in the light DOM, whatever the titles hold: a script of it for each slice of rows, and
      // no other script.
      // Its code loads after the first rows are painted.
      await waitUntil(
        () => element.querySelectorAll('script').length > 0 && jsonLdNames(element).length === shown.length,
        'JSON-LD naming every row',
      );
      const scripts = [...element.querySelectorAll('script')];
      expect(scripts.every((script) => script.matches('[type="application/ld+json"][data-kultur]'))).to.equal(true);
      const named = scripts.flatMap((script) => JSON.parse(script.textContent!) as Array<{ name: string }>);
      expect(named.map((item) => item.name)).to.deep.equal(shown.map((event) => event.title));
      expectInert(element);
    });
  }

  it('shows every payload in full as text in <kultur-event>, with its signup form', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        ${served.map((event) => html`<kultur-event api=${baseUrl} event-id=${event.id}></kultur-event>`)}
      </div>`,
    );
    const elements = [...container.querySelectorAll<KulturEventElement>('kultur-event')];
    await waitUntil(() => elements.every((element) => element.matches(':state(loaded)')), 'not all loaded', {
      timeout: 20_000,
    });
    const signups = () => [...deepElements(container)].filter((e) => e.localName === 'kultur-signup');
    const internal = served.filter((event) => event.signup?.mode === 'internal');
    await waitUntil(
      () =>
        signups().length === internal.length && signups().every((signup) => signup.shadowRoot?.querySelector('form')),
      'not all signup forms shown',
      { timeout: 20_000 },
    );
    elements.forEach((element, i) => {
      const event = served[i]!;
      const root = element.shadowRoot!;
      const part = (name: string) => root.querySelector(`[part~="${name}"]`)!;
      expect(part('title').textContent!.trim()).to.equal(event.title);
      expect(root.querySelector('.summary')!.textContent).to.equal(event.summary);
      const where = visibleText(part('where'));
      for (const text of [event.venue!.name, event.venue!.address, event.venue!.city, event.online!.url]) {
        expect(where.includes(text), `where shows ${JSON.stringify(text.slice(0, 40))}`).to.equal(true);
      }
      const facts = visibleText(root.querySelector('.facts')!);
      expect(facts.includes(event.organizer.name) && facts.includes(event.accessibility!)).to.equal(true);
      const paragraphs = [...part('description').querySelectorAll('p')].map((p) => visibleText(p));
      expect(paragraphs).to.deep.equal(paragraphsOf(event.description));
      const image = part('image') as HTMLImageElement;
      expect([image.alt, image.getAttribute('src')]).to.deep.equal([event.image!.alt, event.image!.url]);
    });
    for (const [i, signup] of signups().entries()) {
      const form = signup.shadowRoot!.querySelector('form')!;
      expect(form.getAttribute('aria-label')!.endsWith(internal[i]!.title)).to.equal(true);
    }
    expectInert(container);
  });

  it('opens hostile events from the listing in its dialog', async () => {
    const element = await fixture<KulturEventsElement>(
      html`<kultur-events api=${baseUrl} from=${window.from} to=${window.to} limit="12"></kultur-events>`,
    );
    await settledListing(element, served.length);
    for (const [i, control] of [...element.shadowRoot!.querySelectorAll<HTMLElement>('.title-control')].entries()) {
      if (i >= 12) break;
      control.click();
      await element.updateComplete;
      const dialog = element.shadowRoot!.querySelector('dialog')!;
      const detail = () => dialog.querySelector<KulturEventElement>('kultur-event')!;
      await waitUntil(() => dialog.open && detail()?.matches(':state(loaded)'), `the dialog never showed event ${i}`, {
        timeout: 8000,
      });
      expect(dialog.getAttribute('aria-label')).to.equal(served[i]!.title);
      expect(detail().shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(served[i]!.title);
      expectInert(element);
      dialog.close();
      // The close event comes in a task of its own; the next click must come after it.
      await waitUntil(() => !element.shadowRoot!.querySelector('dialog'), 'the dialog stayed');
    }
  });

  it('keeps what a person types inert: the answer, and the cancel page the feed sends them', async () => {
    const event = served.find((candidate) => candidate.signup?.mode === 'internal')!;
    const element = await fixture<KulturSignupElement>(
      html`<kultur-signup api=${baseUrl} event-id=${event.id}></kultur-signup>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelector('form'), 'no form', { timeout: 8000 });
    const email = `fjendtlig-${run}@example.dk`;
    const typed = {
      name: `<img src=x onerror=window.${TRIPWIRE}=1> "Karen" </script>`,
      email,
      organization: `<svg onload=window.${TRIPWIRE}=1>`,
      comment: `javascript:window.${TRIPWIRE}=1 <script>window.${TRIPWIRE}=1</script>`,
    };
    for (const [name, value] of Object.entries(typed)) {
      const field = element.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    element.shadowRoot!.querySelector<HTMLInputElement>('[name="consent"]')!.checked = true;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    await waitUntil(() => element.matches(':state(confirmed), :state(waitlisted)'), 'no answer', { timeout: 8000 });
    expectInert(element);

    // The confirmation's cancel link opens a page the server writes around the hostile event; it shows no name, since
    // whoever signed the address up wrote it (server/src/signups/cancel-pages.ts).
    const outbox = await (await fetch(`${baseUrl}dev/outbox?to=${encodeURIComponent(email)}`)).json();
    const link = /https?:\/\/\S+\/v1\/signups\/\S+/.exec(outbox.items[0].text)![0];
    const page = new DOMParser().parseFromString(await (await fetch(link)).text(), 'text/html');
    expect(page.body.textContent).not.to.include('Karen');
    expect(auditTree(page.body)).to.deep.equal([]);
    expect([...page.querySelectorAll('script, img, svg, iframe')].length).to.equal(0);
    expect(page.querySelectorAll('style')).to.have.length(1);
  });

  it('keeps every payload inert in the no-script listing, events.html', async () => {
    const page = new DOMParser().parseFromString(
      await (await fetch(`${baseUrl}events.html?from=${window.from}&to=${window.to}&limit=100`)).text(),
      'text/html',
    );
    const titles = [...page.querySelectorAll('li h2, li h3')].map((title) => title.textContent!.trim());
    expect(titles.length).to.be.greaterThan(50);
    expect(auditTree(page.body)).to.deep.equal([]);
    expect([...page.querySelectorAll('script, img, svg, math, iframe, object, embed, template')].length).to.equal(0);
    expect([...page.querySelectorAll('a')].every((a) => isSafeAddress(a.getAttribute('href')!))).to.equal(true);
  });

  it('makes no unsafe link even from a feed that breaks the contract', async () => {
    // A compromised or buggy feed, past the server's validation: the SDK's own schema still refuses these events.
    const good = served[0]!;
    const bad = (id: string, changes: Record<string, unknown>) => ({ ...good, id, ...changes });
    const items = [
      good,
      bad('a', { url: `javascript:window.${TRIPWIRE}=1` }),
      bad('b', { organizer: { name: 'x', url: 'data:text/html,<script>1</script>' } }),
      bad('c', { image: { url: `javascript:window.${TRIPWIRE}=1`, alt: '' } }),
      bad('d', { online: { url: 'vbscript:msgbox(1)' } }),
      bad('e', { signup: { mode: 'external', url: `javascript:window.${TRIPWIRE}=1` } }),
    ];
    const feed: typeof fetch = async (request) => {
      const url = new URL(request instanceof Request ? request.url : String(request));
      const body = url.pathname.endsWith('/events')
        ? { items, nextCursor: null }
        : url.pathname.includes('/events/')
          ? (items.find((item) => url.pathname.endsWith(`/${item.id}`)) ?? bad('z', { url: 'javascript:1' }))
          : { items: [] };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    };
    const client = createKulturClient({ baseUrl: 'https://feed.invalid/v1/', fetch: feed, cache: false });
    const warn = console.warn;
    console.warn = () => {};
    try {
      const container = await fixture<HTMLElement>(
        html`<div>
          <kultur-events .client=${client} layout="grid"></kultur-events>
          <kultur-event .client=${client} event-id="a"></kultur-event>
          <kultur-event .client=${client} event-id=${good.id}></kultur-event>
        </div>`,
      );
      const [listing, broken, fine] = [
        container.querySelector<KulturEventsElement>('kultur-events')!,
        ...container.querySelectorAll<KulturEventElement>('kultur-event'),
      ] as [KulturEventsElement, KulturEventElement, KulturEventElement];
      await waitUntil(
        () =>
          listing.shadowRoot!.querySelector('.title-control') &&
          broken.matches(':state(error)') &&
          fine.matches(':state(loaded)'),
        'not settled',
      );
      expect(listing.shadowRoot!.querySelectorAll('.title-control')).to.have.length(1);
      expectInert(container);
    } finally {
      console.warn = warn;
    }
  });

  it('ran no script and injected nothing in any of it', () => {
    expect(watch.findings).to.deep.equal([]);
    expect((window as unknown as Record<string, unknown>)[TRIPWIRE]).to.equal(undefined);
  });
});

/** The names the JSON-LD scripts in `element` give, in order. */
function jsonLdNames(element: Element): string[] {
  return [...element.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) =>
    (JSON.parse(script.textContent!) as Array<{ name: string }>).map((item) => item.name),
  );
}
