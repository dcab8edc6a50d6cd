import { expect } from '@open-wc/testing';
import type { AxeResults, Result } from 'axe-core';
import { CANCELLED_EVENT_ID } from '../../server/src/seed/seed-events.js';
import { feedServer } from './feed.js';

/** axe-core's browser build, served by the test runner from the project's own node_modules. */
const AXE_SCRIPT = '/node_modules/axe-core/axe.min.js';

type AxeWindow = Window & { axe: { run(context: Document, options: object): Promise<AxeResults> } };

/**
 * Shows the server's HTML as a whole document in a same-origin frame (`srcdoc`) of a desktop size, so axe checks the
 * page-level rules too (language, title, landmarks, headings) and the real colours of the page's own style.
 */
async function showPage(html: string, width = 1024): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Listing under test';
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Runs axe inside the frame, on its whole document, with every rule axe has on by default (best practices too). */
async function violationsIn(frame: HTMLIFrameElement): Promise<Result[]> {
  const page = frame.contentDocument!;
  const script = page.createElement('script');
  script.src = new URL(AXE_SCRIPT, location.origin).href;
  await new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${AXE_SCRIPT}`)), { once: true });
    page.head.append(script);
  });
  const results = await (frame.contentWindow as AxeWindow).axe.run(page, { resultTypes: ['violations'] });
  return results.violations;
}

function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((node) => `  ${node.html}`).join('\n')}`)
    .join('\n');
}

describe('GET /v1/events.html in Chromium', () => {
  let baseUrl: string;
  const frames: HTMLIFrameElement[] = [];

  before(async () => {
    baseUrl = (await feedServer()).baseUrl;
  });
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  async function fetchPage(query: string): Promise<string> {
    const response = await fetch(`${baseUrl}events.html${query}`);
    expect(response.status, await response.clone().text()).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('text/html; charset=utf-8');
    return response.text();
  }

  async function assertAccessible(query: string, width?: number): Promise<Document> {
    const frame = await showPage(await fetchPage(query), width);
    frames.push(frame);
    const violations = await violationsIn(frame);
    expect(violations, describeViolations(violations)).to.deep.equal([]);
    return frame.contentDocument!;
  }

  for (const [what, query] of [
    ['the default Danish listing of the seeded region', ''],
    ['the English listing', '?lang=en'],
    ['a filtered listing', '?municipality=lolland&category=kursus'],
    ['a listing with a cancelled event', `?q=${CANCELLED_EVENT_ID.split('-')[0]}`],
    ['an empty listing', '?q=ingen-arrangementer-hedder-sadan'],
  ] as const) {
    it(`passes axe: ${what}`, async () => {
      const page = await assertAccessible(query);
      expect(page.documentElement.lang).to.be.oneOf(['da', 'en']);
      expect(page.title).to.match(/Kulturregion Storstrøm$/);
      expect(page.querySelectorAll('h1')).to.have.length(1);
      expect(page.querySelectorAll('script:not([src$="axe.min.js"])')).to.have.length(0);
      if (what.includes('cancelled')) expect(page.querySelector('h2 .status')?.textContent).to.equal('Aflyst:');
      if (what.includes('empty')) expect(page.querySelector('ol')).to.equal(null);
    });
  }

  it('passes axe on a later page, with both paging links, and on a phone-sized screen', async () => {
    const first = new DOMParser().parseFromString(await fetchPage('?limit=5'), 'text/html');
    const next = first.querySelector<HTMLAnchorElement>('a[rel="next"]')!.getAttribute('href')!;
    expect(next).to.match(/^events\.html\?limit=5&cursor=/);
    const page = await assertAccessible(next.slice('events.html'.length), 360);
    expect(page.querySelectorAll('nav a')).to.have.length(2);
    expect(page.querySelectorAll('ol > li')).to.have.length(5);
  });

  it('lists each event with a machine-readable time and a named calendar link', async () => {
    const page = new DOMParser().parseFromString(await fetchPage('?limit=10'), 'text/html');
    const items = [...page.querySelectorAll('ol > li')];
    expect(items).to.have.length(10);
    for (const item of items) {
      const time = item.querySelector('time')!;
      expect(Number.isNaN(Date.parse(time.dateTime))).to.equal(false);
      const heading = item.querySelector('h2')!.textContent!;
      const calendar = [...item.querySelectorAll('a')].find((a) => a.getAttribute('href')!.endsWith('.ics'))!;
      expect(calendar.textContent).to.contain(heading.replace(/^(Aflyst|Udsat|Flyttet): /, ''));
    }
  });
});
