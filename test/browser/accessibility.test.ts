import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/kultur-events/kultur-events.js';
import '../../src/components/kultur-event/kultur-event.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  EVENTS_LAYOUTS,
  type KulturEventsElement,
} from '../../src/components/kultur-events/kultur-events.component.js';
import { createKulturClient } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

/** Every element in `root` and in the shadow roots below it. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** Text that overflows a box which clips it: what WCAG 1.4.10 and 1.4.12 forbid. */
function clipped(root: Element): string[] {
  return deepElements(root.shadowRoot!)
    .filter((element) => {
      const style = getComputedStyle(element);
      const clips = /hidden|clip/.test(style.overflowX + style.overflowY);
      const hidden = element.closest('.visually-hidden') || style.position === 'absolute';
      return (
        clips &&
        !hidden &&
        (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
      );
    })
    .map((element) => `<${element.localName} class="${element.className}">`);
}

/** Targets smaller than 24 by 24 CSS pixels (WCAG 2.2 2.5.8, which Danish sites are starting to meet as well). */
function smallTargets(root: Element): string[] {
  return deepElements(root.shadowRoot!)
    .filter((element) => element.matches('button, input:not([type="hidden"]), select, textarea, [part="more-button"]'))
    .filter((element) => !element.closest('.visually-hidden') && element.getAttribute('tabindex') !== '-1')
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.width < 24 || box.height < 24);
    })
    .map((element) => `<${element.localName}> ${element.textContent?.trim().slice(0, 30)}`);
}

/** The text-spacing overrides of WCAG 1.4.12, as a reader's style sheet would set them on the element. */
const textSpacing = 'line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important;';

describe('accessibility beyond axe', () => {
  let api: string;
  before(async () => {
    api = (await feedServer()).baseUrl;
  });

  for (const layout of EVENTS_LAYOUTS) {
    it(`<kultur-events layout="${layout}"> reflows at 320 px with no sideways scrolling or clipped text`, async () => {
      const frame = await fixture<HTMLDivElement>(
        html`<div style="width: 320px; ${textSpacing}">
          <kultur-events
            api=${api}
            layout=${layout}
            limit="8"
            filters="municipality category date search"
            style=${textSpacing}
          ></kultur-events>
        </div>`,
        { parentNode: document.body.appendChild(document.createElement('div')) },
      );
      const element = frame.querySelector('kultur-events')!;
      // The month layout's titles are in its calendar's shadow root, inside the listing's.
      await waitUntil(
        () => deepElements(element.shadowRoot!).some((child) => child.matches('.title-control')),
        'never loaded',
        {
          timeout: 8000,
        },
      );
      expect(element.scrollWidth, 'scrolls sideways').to.be.at.most(320);
      for (const child of deepElements(element.shadowRoot!)) {
        expect(child.getBoundingClientRect().right, `<${child.localName}> sticks out`).to.be.at.most(
          frame.getBoundingClientRect().right + 1,
        );
      }
      expect(clipped(element)).to.deep.equal([]);
      expect(smallTargets(element)).to.deep.equal([]);
    });
  }

  it('<kultur-event> reflows at 320 px and keeps targets at least 24 px', async () => {
    const { items } = await (await fetch(`${api}events?limit=1&q=mobilhistorie`)).json();
    const frame = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <kultur-event api=${api} event-id=${items[0].id} style=${textSpacing}></kultur-event>
      </div>`,
      { parentNode: document.body.appendChild(document.createElement('div')) },
    );
    const element = frame.querySelector('kultur-event')!;
    await waitUntil(() => element.matches(':state(loaded)'), 'never loaded', { timeout: 8000 });
    expect(element.scrollWidth).to.be.at.most(320);
    expect(clipped(element)).to.deep.equal([]);
    expect(smallTargets(element)).to.deep.equal([]);
  });

  it('keeps the focus ring visible: 3 px in the accent colour', async () => {
    const element = await fixture(html`<kultur-events api=${api} limit="2"></kultur-events>`, {
      parentNode: document.body.appendChild(document.createElement('div')),
    });
    await waitUntil(() => element.shadowRoot!.querySelector('.title-control'));
    const control = element.shadowRoot!.querySelector<HTMLElement>('.title-control')!;
    // :focus-visible follows keyboard use: a key pressed first, so an earlier test file's clicks in this tab do not
    // make the focus look like a pointer's.
    await sendKeys({ press: 'Shift' });
    control.focus();
    const style = getComputedStyle(control);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
    expect(style.outlineColor).to.equal('rgb(0, 77, 153)');
  });

  it('respects prefers-reduced-motion: the skeleton shows at once and still, and pulses only for those who allow motion', async () => {
    // A feed that never answers keeps the skeleton on screen.
    const client = createKulturClient({ baseUrl: api, fetch: () => new Promise<Response>(() => {}), cache: false });
    const element = await fixture<KulturEventsElement>(html`<kultur-events .client=${client}></kultur-events>`, {
      parentNode: document.body.appendChild(document.createElement('div')),
    });
    const outline = element.shadowRoot!.querySelector('.skeleton')!;
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(outline).animationName).to.equal('none');
      expect(getComputedStyle(outline).visibility).to.equal('visible');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(outline).animationName).to.equal('reveal, pulse');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
