import { expect, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../../src/components/kultur-events/kultur-events.js';
import {
  EVENTS_FILTERS,
  type KulturEventsElement,
} from '../../src/components/kultur-events/kultur-events.component.js';
import type { KulturEventsLoadedEvent } from '../../src/components/events/kultur-events-loaded-event.js';
import { AUDIENCES } from '../../src/contract/reference-data.js';
import { AUDIENCE_IDS } from '../../src/contract/schema.js';
import { createKulturClient, type EventQuery } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';
import { listing } from './listing.js';

/** The audience filter of `<kultur-events>`: a labelled select in both languages, sent to the feed, kept in the URL. */

const select = (element: KulturEventsElement) =>
  element.shadowRoot!.querySelector<HTMLSelectElement>('select[name="audience"]')!;
const options = (element: KulturEventsElement) =>
  [...select(element).options].map((option) => [option.value, option.textContent!.trim()]);

/** How many upcoming events the feed has for `query`. */
async function count(query: EventQuery): Promise<number> {
  let events = 0;
  const client = createKulturClient({ baseUrl: (await feedServer()).baseUrl, cache: false });
  for await (const _event of client.events.all(query)) events += 1;
  return events;
}

async function choose(element: KulturEventsElement, value: string): Promise<KulturEventsLoadedEvent['detail']> {
  select(element).value = value;
  const loaded = oneEvent(element, 'kultur-events-loaded');
  select(element).dispatchEvent(new Event('change', { bubbles: true }));
  return ((await loaded) as KulturEventsLoadedEvent).detail;
}

describe('<kultur-events filters="audience">', () => {
  let api: string;
  const start = location.href;

  before(async () => {
    api = (await feedServer()).baseUrl;
  });

  afterEach(() => {
    fixtureCleanup();
    history.replaceState(null, '', start);
  });

  it('is one of the filters, with a name for every audience of the contract', () => {
    expect(EVENTS_FILTERS).to.include('audience');
    expect(AUDIENCES.map((audience) => audience.id)).to.deep.equal([...AUDIENCE_IDS]);
  });

  it('offers the audiences by name in Danish and English, labelled, axe clean', async () => {
    const danish = await listing(html`<kultur-events api=${api} filters="audience" limit="3"></kultur-events>`);
    const label = danish.shadowRoot!.querySelector(`label[for="${select(danish).id}"]`)!;
    expect(label.textContent!.trim()).to.equal('Målgruppe');
    expect(options(danish)).to.deep.equal([
      ['', 'Alle målgrupper'],
      ['kulturaktoerer', 'Kulturaktører'],
      ['borgere', 'Borgere'],
      ['boern-og-unge', 'Børn og unge'],
    ]);
    await expect(danish).to.be.accessible();
    const english = await listing(
      html`<kultur-events api=${api} filters="audience" lang="en" limit="3"></kultur-events>`,
    );
    expect(english.shadowRoot!.querySelector(`label[for="${select(english).id}"]`)!.textContent!.trim()).to.equal(
      'Audience',
    );
    expect(options(english).map(([, name]) => name)).to.deep.equal([
      'All audiences',
      'Cultural actors',
      'Citizens',
      'Children and young people',
    ]);
    await expect(english).to.be.accessible();
  });

  it('filters the listing by the chosen audience, and "all" lifts the filter', async () => {
    const element = await listing(html`<kultur-events api=${api} filters="audience" limit="100"></kultur-events>`);
    const all = element.shadowRoot!.querySelectorAll('.title-control').length;
    for (const audience of AUDIENCE_IDS) {
      const detail = await choose(element, audience);
      expect(detail.query.audience).to.deep.equal([audience]);
      expect(detail.items.length, audience).to.be.greaterThan(0);
      expect(
        detail.items.every((event) => event.audience.includes(audience)),
        audience,
      ).to.equal(true);
      // The filter takes something away: the region's calendar holds events for others too.
      expect(await count({ audience: [audience] }), audience).to.be.lessThan(await count({}));
    }
    const lifted = await choose(element, '');
    expect(lifted.query.audience).to.equal(undefined);
    expect(lifted.items.length).to.equal(all);
  });

  it('starts from the audience attribute, which "all" returns to', async () => {
    const loaded = new Promise<KulturEventsLoadedEvent['detail']>((resolve) =>
      document.addEventListener('kultur-events-loaded', (event) => resolve((event as KulturEventsLoadedEvent).detail), {
        once: true,
      }),
    );
    const element = await listing(
      html`<kultur-events api=${api} filters="audience" audience="kulturaktoerer" limit="5"></kultur-events>`,
    );
    expect((await loaded).query.audience).to.deep.equal(['kulturaktoerer']);
    const detail = await choose(element, 'borgere');
    expect(detail.query.audience).to.deep.equal(['borgere']);
    const back = await choose(element, '');
    expect(back.query.audience).to.deep.equal(['kulturaktoerer']);
  });

  it('keeps the audience in the URL with url-state: a shared link opens filtered, and Back restores', async () => {
    const element = await listing(
      html`<kultur-events api=${api} filters="audience category" url-state limit="5"></kultur-events>`,
    );
    await choose(element, 'boern-og-unge');
    expect(new URL(location.href).searchParams.get('kultur-maalgruppe')).to.equal('boern-og-unge');
    const shared = location.href;

    const back = oneEvent(element, 'kultur-events-loaded');
    history.back();
    expect(((await back) as KulturEventsLoadedEvent).detail.query.audience).to.equal(undefined);
    expect(select(element).value).to.equal('');
    fixtureCleanup();

    history.replaceState(null, '', shared);
    const opened = await listing(
      html`<kultur-events api=${api} filters="audience" url-state limit="5"></kultur-events>`,
    );
    expect(select(opened).value).to.equal('boern-og-unge');
    const titles = [...opened.shadowRoot!.querySelectorAll('.title-control')].length;
    expect(titles).to.be.greaterThan(0);
    const changed = await choose(opened, 'borgere');
    expect(changed.query.audience).to.deep.equal(['borgere']);
    expect(new URL(location.href).searchParams.get('kultur-maalgruppe')).to.equal('borgere');
  });
});
