import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createKulturClient } from '../../src/sdk/index.js';
import '../../src/components/kultur-events/kultur-events.js';
import {
  EVENTS_LAYOUTS,
  type KulturEventsElement,
} from '../../src/components/kultur-events/kultur-events.component.js';
import type { KulturEventsLoadedEvent } from '../../src/components/events/kultur-events-loaded-event.js';
import { feedServer } from './feed.js';
import { listing } from './listing.js';
import { regionDay } from '../../src/components/format/event-format.js';

const FAILING_FEED = '/__kultur/failing/v1/';

const items = (element: KulturEventsElement) => [...element.shadowRoot!.querySelectorAll('.list:not(.skeleton) > li')];
const titles = (element: KulturEventsElement) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>('.title-control')].map((control) =>
    control.textContent!.trim(),
  );
const status = (element: KulturEventsElement) =>
  element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

describe('<kultur-events>', () => {
  let api: string;
  before(async () => {
    api = (await feedServer()).baseUrl;
  });

  describe('layouts', () => {
    // The month calendar has a file of its own (kultur-events-month.test.ts): it shows a month, not `limit` rows.
    for (const layout of EVENTS_LAYOUTS.filter((layout) => layout !== 'month')) {
      it(`renders the ${layout} layout accessibly`, async () => {
        const element = await listing(html`<kultur-events api=${api} layout=${layout} limit="6"></kultur-events>`);
        expect(items(element)).to.have.length(6);
        const times = element.shadowRoot!.querySelectorAll('time[datetime]');
        expect(times.length).to.equal(6);
        await expect(element).to.be.accessible();
      });
    }

    it('shows the seeded pictures, from the feed itself, with their alt text in the grid', async () => {
      const from = regionDay(new Date());
      // Words only seeded titles have: other test files publish their own "Kursus i mobilhistorie", some with an image
      // that does not exist.
      const q = 'mobilhistorie fortæl';
      const { items } = await createKulturClient({ baseUrl: api }).events.list({ q, from, limit: 4 });
      const pictured = items.filter((event) => event.image);
      expect(pictured.length).to.be.greaterThan(0);
      const element = await listing(
        html`<kultur-events api=${api} layout="grid" q=${q} from=${from} limit="4"></kultur-events>`,
      );
      expect(titles(element)).to.deep.equal(items.map((event) => event.title));
      const images = [...element.shadowRoot!.querySelectorAll('img')];
      expect(images.map((image) => [image.getAttribute('src'), image.alt])).to.deep.equal(
        pictured.map((event) => [event.image!.url, event.image!.alt]),
      );
      for (const image of images) {
        expect(new URL(image.src).origin).to.equal(new URL(api).origin);
        // The cards' images load lazily: each once it is in view.
        image.scrollIntoView();
        await waitUntil(() => image.complete && image.naturalWidth > 0, `${image.src} never loaded`, {
          timeout: 5000,
        });
      }
      await expect(element).to.be.accessible();
    });

    it('lists upcoming events in start order, from today', async () => {
      const element = await listing(html`<kultur-events api=${api} limit="20"></kultur-events>`);
      const starts = [...element.shadowRoot!.querySelectorAll('time')].map((time) => Date.parse(time.dateTime));
      expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
      const { items: loaded } = await createKulturClient({ baseUrl: api }).events.list({
        limit: 20,
        from: regionDay(new Date()),
      });
      expect(titles(element)).to.deep.equal(loaded.map((event) => event.title));
    });

    it('marks cancelled and fully booked events', async () => {
      const element = await listing(
        html`<kultur-events api=${api} q="fundraising maribo" from="2026-01-01"></kultur-events>`,
      );
      expect(element.shadowRoot!.textContent).to.match(/Fuldt booket/);
      const cancelled = await listing(
        html`<kultur-events api=${api} q="sommerjazz rødvig" from="2026-01-01"></kultur-events>`,
      );
      expect([...cancelled.shadowRoot!.querySelectorAll('[part="badge"]')].map((b) => b.textContent)).to.include(
        'Aflyst',
      );
    });
  });

  describe('states', () => {
    it('is loading, with a skeleton, before the first page arrives', async () => {
      // A query no earlier test made, so the SDK's cache cannot answer at once.
      const element = await fixture<KulturEventsElement>(html`<kultur-events api=${api} limit="17"></kultur-events>`);
      expect(element.matches(':state(loading)')).to.equal(true);
      expect(element.shadowRoot!.querySelector('.skeleton')).to.exist;
      await expect(element).to.be.accessible();
      await waitUntil(() => !element.matches(':state(loading)'));
    });

    it('draws its skeleton only once loading takes longer than a moment, holding its room from the start', async () => {
      const client = createKulturClient({ baseUrl: api, fetch: () => new Promise<Response>(() => {}), cache: false });
      const element = await fixture<KulturEventsElement>(html`<kultur-events .client=${client}></kultur-events>`);
      const outline = element.shadowRoot!.querySelector<HTMLElement>('.skeleton')!;
      const reveal = outline
        .getAnimations()
        .find((animation) => (animation as CSSAnimation).animationName === 'reveal');
      expect(reveal, 'no reveal animation on the skeleton').to.exist;
      // Held at the moments around its delay, 0.2 s, rather than raced against the clock.
      reveal!.pause();
      reveal!.currentTime = 0;
      expect(getComputedStyle(outline).visibility).to.equal('hidden');
      // Its room is held while it is hidden: six rows of about 10em.
      expect(outline.getBoundingClientRect().height).to.be.greaterThan(40 * 16);
      reveal!.currentTime = 199;
      expect(getComputedStyle(outline).visibility).to.equal('hidden');
      reveal!.play();
      await waitUntil(() => getComputedStyle(outline).visibility === 'visible', 'the skeleton never showed');
      expect(element.matches(':state(loading)')).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('is empty with a friendly sentence when nothing matches', async () => {
      const element = await listing(html`<kultur-events api=${api} q="zzzyxxnothing"></kultur-events>`);
      expect(element.matches(':state(empty)')).to.equal(true);
      expect(element.shadowRoot!.querySelector('[part="message"]')!.textContent).to.match(
        /ingen kommende arrangementer|ingen arrangementer/,
      );
      await expect(element).to.be.accessible();
    });

    it('offers to clear filters a person chose when nothing matched', async () => {
      const element = await listing(html`<kultur-events api=${api} filters="search" limit="5"></kultur-events>`);
      const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[name="q"]')!;
      input.value = 'zzzyxxnothing';
      element.shadowRoot!.querySelector('form')!.requestSubmit();
      await waitUntil(() => element.matches(':state(empty)'));
      const clear = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-button"]')!;
      await expect(element).to.be.accessible();
      clear.click();
      await waitUntil(() => items(element).length === 5);
    });

    it('explains a failure in plain words, offers a retry, and fires kultur-events-failed', async () => {
      const client = createKulturClient({ baseUrl: FAILING_FEED, retry: 0 });
      const element = document.createElement('kultur-events');
      element.client = client;
      const failed = oneEvent(element, 'kultur-events-failed');
      document.body.append(element);
      const { detail } = await failed;
      expect(detail.error).to.have.property('status', 503);
      await element.updateComplete;
      expect(element.matches(':state(error)')).to.equal(true);
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.match(/Kalenderen kan ikke hentes lige nu/);
      expect(alert.textContent).to.match(/Prøv igen om lidt/);
      await expect(element).to.be.accessible();
      // Retrying against a feed that answers again shows the events.
      element.client = createKulturClient({ baseUrl: api });
      await waitUntil(() => items(element).length > 0);
      expect(element.matches(':state(error)')).to.equal(false);
      element.remove();
    });

    it('keeps the last good listing shown when a reload fails', async () => {
      const element = await listing(html`<kultur-events api=${api} limit="4"></kultur-events>`);
      const before = titles(element);
      element.client = createKulturClient({ baseUrl: FAILING_FEED, retry: 0 });
      await waitUntil(() => element.matches(':state(error)'));
      expect(titles(element)).to.deep.equal(before);
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/senest hentede/);
      expect(element.shadowRoot!.querySelector('[part="retry-button"]')).to.exist;
    });
  });

  describe('paging', () => {
    it('appends the next page with "Vis flere", announces it and moves focus to the first new event', async () => {
      const element = await listing(html`<kultur-events api=${api} limit="5"></kultur-events>`);
      const first = titles(element);
      const loaded = oneEvent(element, 'kultur-events-loaded');
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
      const { detail } = await loaded;
      await element.updateComplete;
      expect(detail.added).to.have.length(5);
      expect(detail.items).to.have.length(10);
      expect(titles(element).slice(0, 5)).to.deep.equal(first);
      expect(items(element)).to.have.length(10);
      expect(status(element)).to.equal('5 arrangementer mere vist, 10 i alt');
      expect(element.shadowRoot!.activeElement?.textContent?.trim()).to.equal(detail.added[0]!.title);
      // Nothing repeats across pages.
      expect(new Set(titles(element).map((_, i) => detail.items[i]!.id)).size).to.equal(10);
    });

    it('renders a long page a slice a task until every event is shown and named in the JSON-LD', async () => {
      // A client that hands over 1,000 events at once: the feed's events, cloned under new ids.
      const served = await createKulturClient({ baseUrl: api }).events.list({ limit: 100 });
      const many = Array.from({ length: 1_000 }, (_, i) => ({
        ...served.items[i % served.items.length]!,
        id: `e${i}`,
      }));
      const fetchMany = async () =>
        new Response(JSON.stringify({ items: many, nextCursor: null }), {
          headers: { 'content-type': 'application/json' },
        });
      const client = createKulturClient({ baseUrl: 'https://feed.invalid/v1/', fetch: fetchMany, cache: false });
      const element = await fixture<KulturEventsElement>(html`<kultur-events .client=${client}></kultur-events>`);
      const { detail } = await oneEvent(element, 'kultur-events-loaded');
      await element.updateComplete;
      expect(detail.items).to.have.length(1_000);
      expect(status(element)).to.equal('Viser 1000 arrangementer');
      // The first slice is on screen; the rest follow in later tasks.
      expect(items(element).length).to.be.within(1, 999);
      await waitUntil(() => items(element).length === 1_000, `${items(element).length} of 1000 rows`, {
        timeout: 10_000,
      });
      const ids = items(element).map((row) => row.querySelector('[data-event-id]')!.getAttribute('data-event-id'));
      expect(ids).to.deep.equal(many.map((event) => event.id));
      // The JSON-LD's code loads after the first rows are painted; then it names every row.
      const named = () =>
        [...element.querySelectorAll('script[type="application/ld+json"]')].flatMap(
          (script) => JSON.parse(script.textContent!) as Array<{ name: string }>,
        );
      await waitUntil(() => named().length === 1_000, 'JSON-LD naming every row');
      expect(named().map((entry) => entry.name)).to.deep.equal(many.map((event) => event.title));
    });
  });

  describe('filters', () => {
    it('sends the chosen municipality and announces the count', async () => {
      const element = await listing(
        html`<kultur-events api=${api} filters="municipality category date search" limit="10"></kultur-events>`,
      );
      await expect(element).to.be.accessible();
      const select = element.shadowRoot!.querySelector<HTMLSelectElement>('select[name="municipality"]')!;
      expect(element.shadowRoot!.querySelector(`label[for="${select.id}"]`)!.textContent).to.equal('Kommune');
      select.value = 'stevns';
      const loaded = oneEvent(element, 'kultur-events-loaded');
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const { detail } = (await loaded) as KulturEventsLoadedEvent;
      expect(detail.query.municipality).to.deep.equal(['stevns']);
      expect(detail.items.length).to.be.greaterThan(0);
      expect(detail.items.every((event) => event.municipality === 'stevns')).to.equal(true);
      await element.updateComplete;
      expect(status(element)).to.equal(`Viser ${detail.items.length} arrangementer`);
    });

    it('keeps filters in the URL with url-state, and Back restores them', async () => {
      const start = location.href;
      const element = await listing(
        html`<kultur-events api=${api} filters="category" url-state limit="5"></kultur-events>`,
      );
      const select = element.shadowRoot!.querySelector<HTMLSelectElement>('select[name="category"]')!;
      select.value = 'koncert';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await oneEvent(element, 'kultur-events-loaded');
      expect(new URL(location.href).searchParams.get('kultur-kategori')).to.equal('koncert');
      const back = oneEvent(element, 'kultur-events-loaded');
      history.back();
      const { detail } = await back;
      expect(detail.query.category).to.equal(undefined);
      expect(location.href).to.equal(start);
    });
  });

  describe('events and keyboard', () => {
    it('opens an event in a dialog with Enter, closes it with Escape and returns focus', async () => {
      const element = await listing(html`<kultur-events api=${api} limit="3"></kultur-events>`);
      const button = element.shadowRoot!.querySelector<HTMLButtonElement>('.title-control')!;
      button.focus();
      const selected = oneEvent(element, 'kultur-event-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await selected;
      expect(detail.event.title).to.equal(button.textContent!.trim());
      await element.updateComplete;
      const dialog = element.shadowRoot!.querySelector('dialog')!;
      await waitUntil(() => dialog.open);
      expect(dialog.querySelector('kultur-event')!.getAttribute('event-id')).to.equal(detail.event.id);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !element.shadowRoot!.querySelector('dialog'));
      expect(element.shadowRoot!.activeElement).to.equal(button);
    });

    it('lets the page prevent the default and show the event its own way', async () => {
      const element = await listing(html`<kultur-events api=${api} limit="3"></kultur-events>`);
      element.addEventListener('kultur-event-select', (event) => event.preventDefault(), { once: true });
      element.shadowRoot!.querySelector<HTMLButtonElement>('.title-control')!.click();
      await aTimeout(50);
      expect(element.shadowRoot!.querySelector('dialog')).to.equal(null);
    });

    it('links titles to event-url, with the id filled in', async () => {
      const element = await listing(
        html`<kultur-events api=${api} limit="3" event-url="/kalender/{id}"></kultur-events>`,
      );
      const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('a.title-control')!;
      const loaded = await createKulturClient({ baseUrl: api }).events.list({
        limit: 3,
        from: regionDay(new Date()),
      });
      expect(link.getAttribute('href')).to.equal(`/kalender/${loaded.items[0]!.id}`);
    });

    it('can be tabbed through: every title is a stop', async () => {
      const element = await listing(html`<kultur-events api=${api} limit="3"></kultur-events>`);
      const controls = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.title-control, [part="more-button"]')];
      controls[0]!.focus();
      for (const control of controls.slice(1)) {
        await sendKeys({ press: 'Tab' });
        expect(element.shadowRoot!.activeElement).to.equal(control);
      }
    });
  });

  describe('embedding', () => {
    it('writes schema.org JSON-LD naming every listed event into the light DOM', async () => {
      const element = await listing(
        html`<kultur-events api=${api} limit="7" event-url="/kalender/{id}"></kultur-events>`,
      );
      // Its code loads after the first rows are painted.
      await waitUntil(() => element.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');
      const script = element.querySelector('script[type="application/ld+json"]')!;
      const graph = JSON.parse(script.textContent!) as Array<Record<string, unknown>>;
      expect(graph.map((entry) => entry.name)).to.deep.equal(titles(element));
      expect(graph[0]).to.include({ '@type': 'Event' });
      expect(String(graph[0]!.url)).to.match(/\/kalender\//);
      // The JSON-LD's code is in (it wrote the one above), so a listing that wrote it would have done so by now.
      const none = await listing(html`<kultur-events api=${api} limit="2" no-json-ld></kultur-events>`);
      expect(none.querySelector('script')).to.equal(null);
    });

    it('takes the page accent colour through --kultur-color-accent', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="--kultur-color-accent: rgb(1, 2, 3)">
          <kultur-events api=${api} limit="2"></kultur-events>
        </div>`,
      );
      const element = wrapper.querySelector('kultur-events')!;
      await waitUntil(() => element.shadowRoot!.querySelector('.title-control'));
      const control = element.shadowRoot!.querySelector('.title-control')!;
      expect(getComputedStyle(control).color).to.equal('rgb(1, 2, 3)');
    });

    it('warns once in the console when the page tokens give too little contrast, and not otherwise', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const fine = await fixture<HTMLDivElement>(
          html`<div><kultur-events api=${api} limit="2"></kultur-events></div>`,
        );
        await waitUntil(() => fine.querySelector('kultur-events')!.shadowRoot!.querySelector('.title-control'));
        expect(warnings).to.deep.equal([]);
        const pale = await fixture<HTMLDivElement>(
          html`<div style="--kultur-color-accent: #8fbde8">
            <kultur-events api=${api} limit="3"></kultur-events><kultur-events api=${api} limit="3"></kultur-events>
          </div>`,
        );
        await waitUntil(() =>
          [...pale.querySelectorAll('kultur-events')].every((list) => list.shadowRoot!.querySelector('.title-control')),
        );
        const about = warnings.filter((warning) => warning.includes('--kultur-color-accent'));
        expect(about.length).to.be.greaterThan(0);
        expect(about[0]).to.match(/contrast of \d\.\d\d:1/);
        // Two listings with the same colours say it once.
        expect(new Set(about).size).to.equal(about.length);
      } finally {
        console.warn = original;
      }
    });

    it('speaks English with lang="en"', async () => {
      const element = await listing(html`<kultur-events api=${api} limit="2" lang="en"></kultur-events>`);
      expect(status(element)).to.equal('Showing 2 events');
      expect(element.shadowRoot!.querySelector('[part="more-button"]')!.textContent!.trim()).to.equal('Show more');
    });
  });
});
