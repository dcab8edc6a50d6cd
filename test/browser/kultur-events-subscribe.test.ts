import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/kultur-events/kultur-events.js';
import type { KulturEventsElement } from '../../src/components/kultur-events/kultur-events.component.js';
import { regionDay } from '../../src/components/format/event-format.js';
import { createKulturClient } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

/**
 * `<kultur-events subscribe>`: the calendar for the filters in view as a webcal link, Google Calendar's subscribe link
 * and an address to copy, in a disclosure that the keyboard opens and Escape closes; the address is the feed's, and it
 * serves the filtered events as iCalendar.
 */

const DAY = 86_400_000;

async function shown(template: ReturnType<typeof html>): Promise<KulturEventsElement> {
  const element = await fixture<KulturEventsElement>(template);
  await waitUntil(
    () => element.matches(':not(:state(loading))') && element.shadowRoot!.querySelector('[part~="subscribe-button"]'),
    'no subscribe button',
    { timeout: 8000 },
  );
  return element;
}

const $ = <T extends Element = HTMLElement>(element: KulturEventsElement, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector)!;
const button = (element: KulturEventsElement) => $<HTMLButtonElement>(element, '[part~="subscribe-button"]');
const panel = (element: KulturEventsElement) => $(element, '[part~="subscribe-panel"]');
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** The three ways the open panel offers, as the visitor's browser would follow them. */
function ways(element: KulturEventsElement): { webcal: string; google: string; address: string } {
  const links = [...panel(element).querySelectorAll('a')];
  return {
    webcal: links[0]!.getAttribute('href')!,
    google: links[1]!.getAttribute('href')!,
    address: panel(element).querySelector('input')!.value,
  };
}

/** What a feed's `events.ics` with `query` is, and the matching webcal and Google links. */
function expected(api: string, query: string) {
  const address = `${api}events.ics${query}`;
  const webcal = address.replace(/^http:/, 'webcal:');
  return { webcal, google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`, address };
}

/** The event ids of an iCalendar text, from its UIDs (`<id>@<domain>`). */
const uidsOf = (ics: string) => [...ics.matchAll(/^UID:([^@\r\n]+)@/gm)].map((match) => match[1]!).sort();

describe('<kultur-events subscribe>', () => {
  let api: string;
  let restore: Array<() => void> = [];

  before(async () => {
    api = (await feedServer()).baseUrl;
  });

  afterEach(() => {
    restore.forEach((undo) => undo());
    restore = [];
    fixtureCleanup();
  });

  function stubClipboard(write: (text: string) => Promise<void>): void {
    Object.defineProperty(navigator.clipboard, 'writeText', { value: write, configurable: true, writable: true });
    restore.push(() => delete (navigator.clipboard as { writeText?: unknown }).writeText);
  }

  it('shows no button without the attribute, and fetches no menu', async () => {
    const element = await fixture<KulturEventsElement>(html`<kultur-events api=${api} limit="2"></kultur-events>`);
    await waitUntil(() => element.shadowRoot!.querySelector('.list'), 'never listed', { timeout: 8000 });
    expect(element.shadowRoot!.querySelector('[part~="subscribe-button"]')).to.equal(null);
  });

  it('offers the calendar of the attributes: webcal, Google and the address, closed until asked', async () => {
    const element = await shown(
      html`<kultur-events api=${api} subscribe municipality="lolland" category="kursus" limit="3"></kultur-events>`,
    );
    expect(text(button(element))).to.equal('Abonnér på kalenderen');
    expect(button(element).getAttribute('aria-expanded')).to.equal('false');
    expect(button(element).getAttribute('aria-controls')).to.equal(panel(element).id);
    expect(panel(element).hidden).to.equal(true);
    expect(panel(element).getBoundingClientRect().height).to.equal(0);
    await expect(element).to.be.accessible();

    button(element).click();
    await element.updateComplete;
    expect(button(element).getAttribute('aria-expanded')).to.equal('true');
    expect(panel(element).hidden).to.equal(false);
    expect(panel(element).getBoundingClientRect().height).to.be.greaterThan(0);
    expect(ways(element)).to.deep.equal(expected(api, '?category=kursus&municipality=lolland'));
    const links = [...panel(element).querySelectorAll('a')].map(text);
    expect(links).to.deep.equal(['Apple Kalender eller Outlook', 'Google Kalender (åbner i nyt vindue)']);
    expect(text(panel(element).querySelector('label')!)).to.equal('Adresse til andre kalendere');
    await expect(element).to.be.accessible();
  });

  it('serves the filtered events at the address: an iCalendar with exactly the matching events', async () => {
    const element = await shown(
      html`<kultur-events api=${api} subscribe municipality="naestved" category="kursus"></kultur-events>`,
    );
    button(element).click();
    await element.updateComplete;
    const { address } = ways(element);
    const response = await fetch(address);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('text/calendar; charset=utf-8');
    const ics = await response.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).to.equal(true);
    // The feed's calendar starts a month back; the listing from today.
    const from = regionDay(new Date(Date.now() - 30 * DAY));
    const matching = [];
    const client = createKulturClient({ baseUrl: api, cache: false });
    for await (const event of client.events.all({ municipality: ['naestved'], category: ['kursus'], from })) {
      matching.push(event);
    }
    expect(matching.length).to.be.greaterThan(0);
    expect(uidsOf(ics)).to.deep.equal(matching.map((event) => event.id).sort());
    const everything = uidsOf(await (await fetch(`${api}events.ics`)).text());
    expect(everything.length).to.be.greaterThan(matching.length);
  });

  it("follows the visitor's filters, search included, and leaves the dates out", async () => {
    const element = await shown(
      html`<kultur-events api=${api} subscribe filters="municipality audience date search" limit="5"></kultur-events>`,
    );
    button(element).click();
    await element.updateComplete;
    expect(ways(element)).to.deep.equal(expected(api, ''));

    const municipality = $<HTMLSelectElement>(element, 'select[name="municipality"]');
    municipality.value = 'stevns';
    let loaded = oneEvent(element, 'kultur-events-loaded');
    municipality.dispatchEvent(new Event('change', { bubbles: true }));
    await loaded;
    await element.updateComplete;
    expect(ways(element)).to.deep.equal(expected(api, '?municipality=stevns'));

    const audience = $<HTMLSelectElement>(element, 'select[name="audience"]');
    audience.value = 'borgere';
    loaded = oneEvent(element, 'kultur-events-loaded');
    audience.dispatchEvent(new Event('change', { bubbles: true }));
    await loaded;
    const to = $<HTMLInputElement>(element, 'input[name="to"]');
    to.value = regionDay(new Date(Date.now() + 60 * DAY));
    loaded = oneEvent(element, 'kultur-events-loaded');
    to.dispatchEvent(new Event('change', { bubbles: true }));
    await loaded;
    const search = $<HTMLInputElement>(element, 'input[name="q"]');
    search.value = 'jazz på havnen';
    loaded = oneEvent(element, 'kultur-events-loaded');
    $<HTMLFormElement>(element, 'form').requestSubmit();
    await loaded;
    await element.updateComplete;
    expect(ways(element)).to.deep.equal(
      expected(api, '?audience=borgere&municipality=stevns&q=jazz%20p%C3%A5%20havnen'),
    );
    const ics = await (await fetch(ways(element).address)).text();
    expect(ics).to.contain('BEGIN:VCALENDAR');
  });

  it("builds the address from api alone: the page's URL and its parameters never reach it", async () => {
    const start = location.href;
    history.replaceState(null, '', `${location.pathname}?kultur-kommune=faxe&kultur-til=2099-01-01&side=2#top`);
    restore.push(() => history.replaceState(null, '', start));
    const element = await shown(html`<kultur-events api=${api} subscribe url-state limit="2"></kultur-events>`);
    button(element).click();
    await element.updateComplete;
    expect(ways(element)).to.deep.equal(expected(api, '?municipality=faxe'));
    expect(new URL(ways(element).address).origin).to.equal(new URL(api).origin);
  });

  it('copies the address and says so, visibly and to screen readers', async () => {
    const copied: string[] = [];
    stubClipboard(async (value) => void copied.push(value));
    const element = await shown(
      html`<kultur-events api=${api} subscribe category="koncert" limit="2"></kultur-events>`,
    );
    button(element).click();
    await element.updateComplete;
    const status = panel(element).querySelector('[role="status"]')!;
    expect(text(status)).to.equal('');
    const copy = panel(element).querySelector<HTMLButtonElement>('.copy-row button')!;
    expect(text(copy)).to.equal('Kopiér adressen');
    copy.click();
    await waitUntil(() => text(status) === 'Kopieret', 'never said it copied');
    expect(copied).to.deep.equal([expected(api, '?category=koncert').address]);
    expect(status.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(element).to.be.accessible();
  });

  it('selects the address in its field when the clipboard is refused', async () => {
    stubClipboard(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    const element = await shown(html`<kultur-events api=${api} subscribe limit="2"></kultur-events>`);
    button(element).click();
    await element.updateComplete;
    panel(element).querySelector<HTMLButtonElement>('.copy-row button')!.click();
    const status = panel(element).querySelector('[role="status"]')!;
    await waitUntil(() => text(status).startsWith('Adressen er markeret.'), 'never fell back');
    const input = panel(element).querySelector('input')!;
    expect(input.readOnly).to.equal(true);
    expect(element.shadowRoot!.activeElement).to.equal(input);
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
    await expect(element).to.be.accessible();
  });

  it('opens with the keyboard, walks the panel with Tab, and Escape closes it with focus back on the button', async () => {
    const element = await shown(html`<kultur-events api=${api} subscribe limit="2"></kultur-events>`);
    button(element).focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(button(element).getAttribute('aria-expanded')).to.equal('true');
    const reached: string[] = [];
    for (const _step of [1, 2, 3, 4]) {
      await sendKeys({ press: 'Tab' });
      const active = element.shadowRoot!.activeElement!;
      reached.push(active.localName === 'a' ? text(active) : active.localName);
    }
    expect(reached).to.deep.equal([
      'Apple Kalender eller Outlook',
      'Google Kalender (åbner i nyt vindue)',
      'input',
      'button',
    ]);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(button(element).getAttribute('aria-expanded')).to.equal('false');
    expect(panel(element).hidden).to.equal(true);
    expect(element.shadowRoot!.activeElement).to.equal(button(element));

    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(panel(element).hidden).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(panel(element).hidden).to.equal(true);
    expect(element.shadowRoot!.activeElement).to.equal(button(element));
  });

  it('speaks English with lang="en", axe clean open and closed', async () => {
    const element = await shown(html`<kultur-events api=${api} subscribe lang="en" limit="2"></kultur-events>`);
    expect(text(button(element))).to.equal('Subscribe to the calendar');
    await expect(element).to.be.accessible();
    button(element).click();
    await element.updateComplete;
    expect([...panel(element).querySelectorAll('a')].map(text)).to.deep.equal([
      'Apple Calendar or Outlook',
      'Google Calendar (opens in a new window)',
    ]);
    expect(text(panel(element).querySelector('label')!)).to.equal('Address for other calendars');
    await expect(element).to.be.accessible();
  });
});
