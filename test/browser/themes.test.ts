import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createKulturClient } from '../../src/sdk/index.js';
import '../../src/components/kultur-events/kultur-events.js';
import '../../src/components/kultur-event/kultur-event.js';
import '../../src/components/kultur-signup/kultur-signup.js';
import { feedServer } from './feed.js';

/** The six municipal themes of the demo, set only through tokens (demo/themes.css). */
const THEMES = ['faxe', 'guldborgsund', 'lolland', 'naestved', 'stevns', 'vordingborg'];
const LANGUAGE_CODES = ['da', 'en'];
const FAILING_FEED = '/__kultur/failing/v1/';

before(async () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/demo/themes.css';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
});

/** Waits until the element left its loading state. */
async function settled(element: Element) {
  await waitUntil(() => !element.matches(':state(loading)') && element.shadowRoot?.childElementCount, 'never settled', {
    timeout: 8000,
  });
}

describe('every element, in every theme and both languages, passes axe', () => {
  let api: string;
  let openEventId: string;
  before(async () => {
    api = (await feedServer()).baseUrl;
    const { items } = await (await fetch(`${api}events?q=mobilhistorie&limit=1`)).json();
    openEventId = items[0].id;
  });

  for (const theme of THEMES) {
    for (const lang of LANGUAGE_CODES) {
      it(`${theme}, ${lang}: listing (loaded, empty, error), one event, and the signup form`, async () => {
        const page = await fixture<HTMLDivElement>(
          html`<div class="theme-${theme}" lang=${lang}>
            <kultur-events api=${api} limit="4" filters="municipality category date search"></kultur-events>
            <kultur-events api=${api} q="zzzyxxnothing"></kultur-events>
            <kultur-events .client=${createKulturClient({ baseUrl: FAILING_FEED, retry: 0 })}></kultur-events>
            <kultur-event api=${api} event-id=${openEventId}></kultur-event>
            <kultur-signup api=${api} event-id=${openEventId}></kultur-signup>
          </div>`,
          { parentNode: document.body.appendChild(document.createElement('div')) },
        );
        const elements = [...page.children];
        for (const element of elements) await settled(element);
        const [loaded, empty, failed] = elements;
        expect(loaded!.matches(':state(loading), :state(empty), :state(error)')).to.equal(false);
        expect(empty!.matches(':state(empty)')).to.equal(true);
        expect(failed!.matches(':state(error)')).to.equal(true);
        // The theme's tokens reached the shadow DOM: titles are not in the default accent.
        const title = loaded!.shadowRoot!.querySelector('.title-control')!;
        expect(getComputedStyle(title).color).not.to.equal('rgb(0, 77, 153)');
        for (const element of elements) await expect(element).to.be.accessible();
      });
    }
  }
});

describe('the listing keeps its height when the events arrive', () => {
  let short: unknown;
  before(async () => {
    const { items } = await (await fetch(`${(await feedServer()).baseUrl}events?limit=1`)).json();
    // An event with a line of each: title, time, place, summary and facts, as most events are.
    short = {
      ...items[0],
      title: 'Koncert',
      summary: 'En aften med musik.',
      categories: items[0].categories.slice(0, 1),
      venue: items[0].venue && { ...items[0].venue, name: 'Biblioteket', city: 'Maribo' },
      status: 'scheduled',
      signup: null,
    };
  });

  /** A client that keeps the skeleton on screen, or answers with the one short event. */
  const clientOf = (answer: boolean) =>
    createKulturClient({
      baseUrl: 'https://feed.invalid/v1/',
      cache: false,
      retry: 0,
      fetch: () =>
        answer
          ? Promise.resolve(
              new Response(JSON.stringify({ items: [short], nextCursor: null }), {
                headers: { 'content-type': 'application/json' },
              }),
            )
          : new Promise<Response>(() => {}),
    });

  for (const theme of THEMES) {
    for (const layout of ['list', 'compact']) {
      it(`${theme}, ${layout}: a skeleton row is as tall as an event's row`, async () => {
        const page = await fixture<HTMLDivElement>(
          html`<div class="theme-${theme}" style="width: 40em">
            <kultur-events .client=${clientOf(false)} layout=${layout}></kultur-events>
            <kultur-events .client=${clientOf(true)} layout=${layout}></kultur-events>
          </div>`,
          { parentNode: document.body.appendChild(document.createElement('div')) },
        );
        const [waiting, loaded] = [...page.querySelectorAll('kultur-events')];
        await settled(loaded!);
        const rowHeight = (element: Element, list: string) =>
          element.shadowRoot!.querySelector(`${list} > li`)!.getBoundingClientRect().height;
        expect(rowHeight(loaded!, '.list:not(.skeleton)')).to.be.closeTo(rowHeight(waiting!, '.skeleton'), 0.5);
      });
    }
  }
});
