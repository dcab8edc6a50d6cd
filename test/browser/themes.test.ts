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
