import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
// The provider first, as a page should register it: an element that asks for a client before any provider exists
// keeps the one it made itself.
import '../../src/components/kultur-provider/kultur-provider.js';
import '../../src/components/kultur-event/kultur-event.js';
import type { KulturEventElement } from '../../src/components/kultur-event/kultur-event.js';
import type { KulturProviderElement } from '../../src/components/kultur-provider/kultur-provider.js';
import { createKulturClient, type KulturClient } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

const NEARLY_FULL_EVENT_ID = 'mobilhistorie-kursus-naestved';
const CANCELLED_EVENT_ID = 'sommerjazz-paa-havnen-roedvig';

let baseUrl: string;

/** A client on the real feed that records the path of every request it makes. */
function spyClient(): { client: KulturClient; paths: string[] } {
  const paths: string[] = [];
  const client = createKulturClient({
    baseUrl,
    cache: false,
    fetch: (input, init) => {
      paths.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
      return fetch(input, init);
    },
  });
  return { client, paths };
}

async function settled(el: KulturEventElement): Promise<KulturEventElement> {
  await waitUntil(() => el.matches(':state(loaded), :state(error)'), 'the element never settled', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const events = (provider: Element) => [...provider.querySelectorAll('kultur-event')];
const titleOf = (el: Element) => el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim();
const providedTo = (el: Element) => (el as unknown as { providedClient: KulturClient | undefined }).providedClient;

describe('<kultur-provider>', () => {
  before(async () => {
    ({ baseUrl } = await feedServer());
  });

  let after: Array<() => void> = [];
  afterEach(() => {
    fixtureCleanup();
    after.forEach((undo) => undo());
    after = [];
  });

  describe('properties', () => {
    it('shares its client property with every element inside it', async () => {
      const { client, paths } = spyClient();
      const provider = await fixture<KulturProviderElement>(html`
        <kultur-provider .client=${client}>
          <kultur-event event-id=${NEARLY_FULL_EVENT_ID}></kultur-event>
          <section>
            <kultur-event event-id=${CANCELLED_EVENT_ID}></kultur-event>
          </section>
        </kultur-provider>
      `);
      const [first, second] = await Promise.all(events(provider).map(settled));

      expect(paths.sort()).to.deep.equal([`/v1/events/${NEARLY_FULL_EVENT_ID}`, `/v1/events/${CANCELLED_EVENT_ID}`]);
      expect(first!.matches(':state(loaded)')).to.equal(true);
      expect(titleOf(second!)).to.equal('Sommerjazz på havnen i Rødvig');
    });

    it('makes one client from its api attribute, the same one for every element inside', async () => {
      const provider = await fixture<KulturProviderElement>(html`
        <kultur-provider api=${baseUrl}>
          <kultur-event event-id=${NEARLY_FULL_EVENT_ID}></kultur-event>
          <kultur-event event-id=${CANCELLED_EVENT_ID}></kultur-event>
        </kultur-provider>
      `);
      const [first, second] = await Promise.all(events(provider).map(settled));

      expect(providedTo(first!)?.baseUrl).to.equal(baseUrl);
      expect(providedTo(first!) === providedTo(second!), 'one client for both').to.equal(true);
      expect(titleOf(first!)).to.equal('Mobilhistorie: film og klip på én dag');
    });

    it("lets an element's own client property beat the provider's", async () => {
      const shared = spyClient();
      const own = spyClient();
      const provider = await fixture<KulturProviderElement>(html`
        <kultur-provider .client=${shared.client}>
          <kultur-event .client=${own.client} event-id=${NEARLY_FULL_EVENT_ID}></kultur-event>
          <kultur-event event-id=${CANCELLED_EVENT_ID}></kultur-event>
        </kultur-provider>
      `);
      await Promise.all(events(provider).map(settled));

      expect(own.paths).to.deep.equal([`/v1/events/${NEARLY_FULL_EVENT_ID}`]);
      expect(shared.paths).to.deep.equal([`/v1/events/${CANCELLED_EVENT_ID}`]);
    });

    it('gives the elements a new client when its client changes, and they load again', async () => {
      const first = spyClient();
      const second = spyClient();
      const provider = await fixture<KulturProviderElement>(html`
        <kultur-provider .client=${first.client}>
          <kultur-event event-id=${NEARLY_FULL_EVENT_ID}></kultur-event>
        </kultur-provider>
      `);
      const [el] = await Promise.all(events(provider).map(settled));
      provider.client = second.client;
      await waitUntil(() => second.paths.length === 1, 'the element did not load through the new client');
      await settled(el!);
      expect(first.paths).to.have.length(1);
      expect(second.paths).to.deep.equal([`/v1/events/${NEARLY_FULL_EVENT_ID}`]);
    });

    it('passes an outer provider’s client through when it has none of its own', async () => {
      const { client, paths } = spyClient();
      const outer = await fixture<KulturProviderElement>(html`
        <kultur-provider .client=${client}>
          <kultur-provider lang="en">
            <kultur-event event-id=${CANCELLED_EVENT_ID}></kultur-event>
          </kultur-provider>
        </kultur-provider>
      `);
      const [el] = await Promise.all(events(outer).map(settled));
      expect(paths).to.deep.equal([`/v1/events/${CANCELLED_EVENT_ID}`]);
      expect(el!.shadowRoot!.querySelector('[part~="status"]')?.textContent?.trim()).to.match(/^Cancelled: /);
    });

    it('sets the language of the elements inside with lang, as an attribute or a property', async () => {
      const provider = await fixture<KulturProviderElement>(html`
        <kultur-provider api=${baseUrl} lang="en">
          <kultur-event event-id=${CANCELLED_EVENT_ID}></kultur-event>
        </kultur-provider>
      `);
      const [el] = await Promise.all(events(provider).map(settled));
      expect(el!.shadowRoot!.querySelector('[part~="status"]')?.textContent?.trim()).to.match(/^Cancelled: /);

      const english = document.createElement('div');
      english.lang = 'en';
      document.body.append(english);
      after.push(() => english.remove());
      const inner = await fixture<KulturProviderElement>(
        html`<kultur-provider api=${baseUrl}
          ><kultur-event event-id=${CANCELLED_EVENT_ID}></kultur-event
        ></kultur-provider>`,
        { parentNode: english },
      );
      inner.lang = 'da';
      await inner.updateComplete;
      expect(inner.getAttribute('lang')).to.equal('da');
      const [other] = await Promise.all(events(inner).map(settled));
      expect(other!.shadowRoot!.querySelector('[part~="status"]')?.textContent?.trim()).to.match(/^Aflyst: /);

      inner.lang = '';
      await inner.updateComplete;
      // An empty lang attribute would mean "unknown language" to assistive technology; none is written.
      expect(inner.hasAttribute('lang')).to.equal(false);
    });
  });

  describe('parts and styles', () => {
    it('draws no box and leaves the page’s own content unstyled', async () => {
      const wrapper = document.createElement('div');
      wrapper.style.cssText = 'color: rgb(10, 20, 30); font-family: serif';
      document.body.append(wrapper);
      after.push(() => wrapper.remove());
      // Not a fixture rooted in the plain div: that waits for an animation frame, which a hidden page never gets.
      const provider = await fixture<KulturProviderElement>(
        html`<kultur-provider api=${baseUrl}><p>Sidens egen tekst</p></kultur-provider>`,
        { parentNode: wrapper },
      );
      const paragraph = provider.querySelector('p')!;
      expect(getComputedStyle(provider).display).to.equal('contents');
      expect(getComputedStyle(paragraph).color).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(paragraph).fontFamily).to.equal('serif');
      await expect(wrapper).to.be.accessible();
    });
  });
});
