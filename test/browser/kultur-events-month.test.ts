import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/kultur-events/kultur-events.js';
import '../../src/components/kultur-event/kultur-event.js';
import type { KulturEventsElement } from '../../src/components/kultur-events/kultur-events.component.js';
import type { KulturEventsLoadedEvent } from '../../src/components/events/kultur-events-loaded-event.js';
import { regionDay } from '../../src/components/format/event-format.js';
import type { EventInput } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

/** The six municipal themes of the demo, set only through tokens (demo/themes.css). */
const THEMES = ['faxe', 'guldborgsund', 'lolland', 'naestved', 'stevns', 'vordingborg'];
/** A word only this run's events have, so the file can run twice against one server and no seeded event mixes in. */
const run = `maaned${Math.random().toString(36).slice(2, 8)}`;
/** A busy month far enough ahead that no other test lists its events. */
const MONTH = '2033-03';
/** Days with ten events each: more than a cell shows. */
const BUSY_DAYS = [8, 15, 22];

let api: string;
let adminToken: string;
const published: string[] = [];
/** Every title of the busy month, the festival (30 March to 2 April) included. */
const titles: string[] = [];

function event(id: string, title: string, start: string, end: string, i: number): EventInput {
  return {
    id,
    title,
    summary: 'Et arrangement i månedsvisningens prøve.',
    description: '',
    start,
    end,
    allDay: false,
    status: i % 17 === 0 ? 'cancelled' : 'scheduled',
    municipality: i % 2 ? 'faxe' : 'stevns',
    venue: { name: 'Kulturhuset', address: 'Torvet 1', postalCode: '4690', city: 'Haslev' },
    categories: [i % 2 ? 'foredrag' : 'koncert'],
    audience: ['borgere'],
    organizer: { name: 'Kulturregionen' },
    price: 0,
    signup: null,
  };
}

/** 129 one-day events in March 2033 (ten on each busy day) and one festival that runs into April. */
function busyMonth(): EventInput[] {
  const quiet = Array.from({ length: 31 }, (_, i) => i + 1).filter((day) => !BUSY_DAYS.includes(day));
  const inputs: EventInput[] = [];
  for (let i = 0; i < 129; i++) {
    const day = i < 30 ? BUSY_DAYS[Math.floor(i / 10)]! : quiet[(i - 30) % quiet.length]!;
    const hour = 8 + (i < 30 ? i % 10 : Math.floor((i - 30) / quiet.length));
    const start = `${MONTH}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
    const end = new Date(Date.parse(start) + 3_600_000).toISOString();
    inputs.push(event(`${run}-${i}`, `Prøve ${run} nr. ${i}`, start, end, i));
  }
  inputs.push(event(`${run}-festival`, `Festival ${run}`, '2033-03-30T09:00:00Z', '2033-04-02T15:00:00Z', 1));
  return inputs;
}

async function admin(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${api}${path}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const calendarOf = (element: KulturEventsElement) =>
  element.shadowRoot!.querySelector('kultur-events-month')?.shadowRoot ?? null;
const calendar = (element: KulturEventsElement) => calendarOf(element)!;

/** Renders a month view and waits until its month has loaded. */
async function monthView(template: ReturnType<typeof html>, parentNode?: Element): Promise<KulturEventsElement> {
  const rendered = await fixture<HTMLElement>(template, parentNode ? { parentNode } : {});
  const element = (
    rendered.localName === 'kultur-events' ? rendered : rendered.querySelector('kultur-events')!
  ) as KulturEventsElement;
  await loaded(element);
  return element;
}

async function loaded(element: KulturEventsElement): Promise<void> {
  await waitUntil(() => calendarOf(element)?.querySelector('[aria-busy="false"]'), 'the month never loaded', {
    timeout: 10_000,
  });
}

const caption = (element: KulturEventsElement) =>
  calendar(element).querySelector('caption, .month-title')!.textContent!.trim();
const status = (element: KulturEventsElement) =>
  calendar(element).querySelector('[role="status"]')!.textContent!.trim();
const focusedDay = (element: KulturEventsElement) =>
  (calendar(element).activeElement as HTMLElement | null)?.dataset.day;
const titlesIn = (root: ParentNode) =>
  [...root.querySelectorAll('.title-control')].map((control) => control.textContent!.trim());

/** Opens a day's list with its "+N flere" and waits for the dialog. */
async function openDay(element: KulturEventsElement, more: HTMLButtonElement): Promise<HTMLDialogElement> {
  more.click();
  await waitUntil(() => calendar(element).querySelector<HTMLDialogElement>('dialog.day-dialog')?.open, 'no dialog');
  return calendar(element).querySelector<HTMLDialogElement>('dialog.day-dialog')!;
}

async function closeDay(element: KulturEventsElement): Promise<void> {
  await sendKeys({ press: 'Escape' });
  await waitUntil(() => !calendar(element).querySelector('dialog.day-dialog'), 'the dialog stayed');
}

before(async () => {
  ({ baseUrl: api, adminToken } = await feedServer());
  const inputs = busyMonth();
  for (let n = 0; n < inputs.length; n += 10) {
    await Promise.all(
      inputs.slice(n, n + 10).map(async (input) => {
        const response = await admin('POST', 'events', input);
        if (response.status !== 201) throw new Error(`${input.id}: ${await response.text()}`);
        published.push(input.id!);
        titles.push(input.title);
      }),
    );
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/demo/themes.css';
  const styled = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await styled;
});

after(async () => {
  for (const id of published) await admin('DELETE', `events/${id}`);
});

describe('<kultur-events layout="month">', function () {
  this.timeout(60_000);

  describe('the busy month', () => {
    it('fetches every event of the month in pages of 100 and fires kultur-events-loaded once with all of them', async () => {
      const element = document.createElement('kultur-events');
      Object.assign(element, { api, layout: 'month', from: `${MONTH}-01`, q: run });
      const fired = oneEvent(element, 'kultur-events-loaded');
      document.body.append(element);
      const { detail } = (await fired) as KulturEventsLoadedEvent;
      expect(detail.items).to.have.length(130);
      expect(detail.hasMore).to.equal(false);
      expect(detail.query).to.include({ from: '2033-03-01', to: '2033-03-31', limit: 100, q: run });
      await loaded(element);
      expect(caption(element)).to.equal('Marts 2033');
      expect(status(element)).to.equal('Marts 2033: 130 arrangementer');
      // The JSON-LD names the month's events, in the page where crawlers read it (its code loads after the first paint).
      await waitUntil(() => element.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');
      const named = [...element.querySelectorAll('script[type="application/ld+json"]')].flatMap(
        (script) => JSON.parse(script.textContent!) as Array<{ name: string }>,
      );
      expect(named.map((entry) => entry.name).sort()).to.deep.equal([...titles].sort());
      element.remove();
      expect(element.querySelector('script')).to.equal(null);
    });

    it('reaches every event: each title is in its cell or in its day\'s "+N flere" list', async () => {
      const element = await monthView(
        html`<kultur-events api=${api} layout="month" from="${MONTH}-01" q=${run} style="width: 60em"></kultur-events>`,
      );
      const root = calendar(element);
      const reached = new Set(titlesIn(root.querySelector('table')!));
      const mores = [...root.querySelectorAll<HTMLButtonElement>('[part="day-more-button"]')];
      expect(mores.length).to.be.at.least(BUSY_DAYS.length);
      for (const more of mores) {
        const cell = more.closest('td')!;
        const day = cell.querySelector<HTMLElement>('[data-day]')!.dataset.day!;
        const shown = titlesIn(cell);
        const dialog = await openDay(element, more);
        const all = titlesIn(dialog);
        // The dialog lists the whole day, the cell's first three included, and "+N" counts the rest.
        expect(all.slice(0, shown.length)).to.deep.equal(shown);
        expect(more.textContent!.replace(/\s+/g, ' ').trim()).to.match(new RegExp(`^\\+${all.length - 3} flere`));
        expect(dialog.querySelector('h2')!.textContent).to.match(/^Arrangementer \p{L}+dag \d+\. marts$/u);
        expect(Number(day.slice(8))).to.be.greaterThan(0);
        all.forEach((title) => reached.add(title));
        await closeDay(element);
        expect(root.activeElement === more, 'focus back on "+N flere"').to.equal(true);
      }
      expect([...reached].sort()).to.deep.equal([...titles].sort());
      // A busy day: three in the cell, "+7 flere" for the rest.
      const busy = root.querySelector(`[data-day="${MONTH}-08"]`)!.closest('td')!;
      expect(titlesIn(busy)).to.have.length(3);
      expect(busy.querySelector('[part="day-more-button"]')!.textContent).to.match(/\+7 flere/);
      expect(busy.querySelector('.visually-hidden')!.textContent).to.match(/tirsdag 8\. marts, 10 arrangementer/);
    });

    it('shows an event that runs several days on each of its days in the month, marked "fortsat" after the first', async () => {
      const element = await monthView(
        html`<kultur-events api=${api} layout="month" from="${MONTH}-01" q="Festival ${run}"></kultur-events>`,
      );
      const root = calendar(element);
      const days = [...root.querySelectorAll('.day-event')].map((line) => [
        line.closest('td')!.querySelector<HTMLElement>('[data-day]')!.dataset.day,
        line.querySelector('.when')!.textContent!.trim(),
      ]);
      expect(days).to.deep.equal([
        ['2033-03-30', '11.00'],
        ['2033-03-31', 'fortsat'],
      ]);
      // And into April, still marked as continuing.
      root.querySelectorAll<HTMLButtonElement>('[part="month-button"]')[1]!.click();
      await waitUntil(() => caption(element) === 'April 2033' && root.querySelector('[aria-busy="false"]'));
      await loaded(element);
      const april = [...root.querySelectorAll('.day-event .when')].map((when) => when.textContent!.trim());
      expect(april).to.deep.equal(['fortsat', 'fortsat']);
    });
  });

  describe('semantics and axe', () => {
    for (const theme of THEMES) {
      for (const lang of ['da', 'en']) {
        it(`${theme}, ${lang}: the table, the agenda in a narrow column and a day's list pass axe`, async () => {
          const page = await fixture<HTMLDivElement>(
            html`<div class="theme-${theme}" lang=${lang}>
              <kultur-events
                api=${api}
                layout="month"
                from="${MONTH}-01"
                q=${run}
                filters="municipality category"
                style="width: 60em"
              ></kultur-events>
              <div style="width: 20em">
                <kultur-events api=${api} layout="month" from="${MONTH}-01" q=${run}></kultur-events>
              </div>
            </div>`,
            { parentNode: document.body.appendChild(document.createElement('div')) },
          );
          const [wide, narrow] = [...page.querySelectorAll('kultur-events')];
          await loaded(wide!);
          await loaded(narrow!);
          await waitUntil(() => calendar(narrow!).querySelector('.agenda'), 'never an agenda');
          expect(calendar(wide!).querySelector('table')).to.exist;
          // The theme's tokens reached the calendar: titles are not in the default accent.
          expect(getComputedStyle(calendar(wide!).querySelector('.title-control')!).color).not.to.equal(
            'rgb(0, 77, 153)',
          );
          await expect(page).to.be.accessible();
          const more = calendar(wide!).querySelector<HTMLButtonElement>('[part="day-more-button"]')!;
          await openDay(wide!, more);
          await expect(page).to.be.accessible();
          await closeDay(wide!);
        });
      }
    }

    it('has a caption, weekday headers Monday first with their full names, and no dates of other months', async () => {
      const element = await monthView(
        html`<kultur-events api=${api} layout="month" from="${MONTH}-01" q=${run} lang="en"></kultur-events>`,
      );
      const table = calendar(element).querySelector('table')!;
      expect(table.caption!.textContent!.trim()).to.equal('March 2033');
      const headers = [...table.querySelectorAll('th')];
      expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      expect(headers.map((th) => th.querySelector('.visually-hidden')!.textContent)).to.deep.equal([
        'Monday',
        'Tuesday',
        'Wednesday',
        'Thursday',
        'Friday',
        'Saturday',
        'Sunday',
      ]);
      expect(headers.map((th) => th.querySelector('[aria-hidden="true"]')!.textContent)).to.deep.equal([
        'Mon',
        'Tue',
        'Wed',
        'Thu',
        'Fri',
        'Sat',
        'Sun',
      ]);
      // 1 March 2033 is a Tuesday: one empty cell before it; 31 days, each a button with its date in full.
      const firstRow = table.querySelector('tbody tr')!;
      expect(firstRow.children[0]!.textContent!.trim()).to.equal('');
      expect(firstRow.children[1]!.querySelector('[data-day]')!.getAttribute('data-day')).to.equal('2033-03-01');
      const days = [...table.querySelectorAll<HTMLElement>('[data-day]')];
      expect(days.map((day) => day.dataset.day!.slice(0, 7))).to.deep.equal(Array(31).fill('2033-03'));
      expect(days[7]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('8 Tuesday 8 March, 10 events');
      expect(table.querySelectorAll('[tabindex="0"]').length).to.be.greaterThan(0);
      expect(table.querySelectorAll('.day-button[tabindex="0"]')).to.have.length(1);
    });

    it("marks today with aria-current and opens on today's month without from", async () => {
      const element = await monthView(html`<kultur-events api=${api} layout="month"></kultur-events>`);
      const today = regionDay(new Date());
      const current = [...calendar(element).querySelectorAll<HTMLElement>('[aria-current="date"]')];
      expect(current.map((day) => day.dataset.day)).to.deep.equal([today]);
      expect(current[0]!.getAttribute('tabindex')).to.equal('0');
      expect(getComputedStyle(current[0]!).backgroundColor).to.equal('rgb(0, 77, 153)');
    });
  });

  describe('keyboard', () => {
    it('moves between days with the arrows, Home and End, and between months with Page Up and Page Down', async () => {
      const element = await monthView(
        html`<kultur-events api=${api} layout="month" from="${MONTH}-16" q=${run}></kultur-events>`,
      );
      const root = calendar(element);
      root.querySelector<HTMLElement>('[data-day="2033-03-16"]')!.focus();
      const press = async (key: string, day: string) => {
        await sendKeys({ press: key });
        await waitUntil(() => focusedDay(element) === day, `${key}: ${focusedDay(element)}, not ${day}`);
        // One tab stop: the focused day.
        expect(
          [...root.querySelectorAll<HTMLElement>('.day-button[tabindex="0"]')].map((b) => b.dataset.day),
        ).to.deep.equal([day]);
      };
      await press('ArrowRight', '2033-03-17');
      await press('ArrowDown', '2033-03-24');
      await press('ArrowLeft', '2033-03-23');
      await press('ArrowUp', '2033-03-16');
      // 16 March 2033 is a Wednesday: its week runs from Monday the 14th to Sunday the 20th.
      await press('Home', '2033-03-14');
      await press('End', '2033-03-20');
      await press('PageDown', '2033-04-20');
      expect(caption(element)).to.equal('April 2033');
      await press('PageUp', '2033-03-20');
      expect(caption(element)).to.equal('Marts 2033');
      await waitUntil(() => status(element) === 'Marts 2033: 130 arrangementer', status(element), { timeout: 10_000 });
    });

    it('pages to the next or previous month when the arrows cross its edge, with focus on the day they reach', async () => {
      const element = await monthView(
        html`<kultur-events api=${api} layout="month" from="${MONTH}-01" q=${run}></kultur-events>`,
      );
      const root = calendar(element);
      root.querySelector<HTMLElement>('[data-day="2033-03-01"]')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await waitUntil(() => focusedDay(element) === '2033-02-28', `${focusedDay(element)}`);
      expect(caption(element)).to.equal('Februar 2033');
      await waitUntil(() => status(element) === 'Februar 2033: ingen arrangementer', status(element), {
        timeout: 10_000,
      });
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => focusedDay(element) === '2033-03-07', `${focusedDay(element)}`);
      expect(caption(element)).to.equal('Marts 2033');
      // February has 28 days: Page Up from the 31st of March lands on its last.
      root.querySelector<HTMLElement>('[data-day="2033-03-31"]')!.focus();
      await sendKeys({ press: 'PageUp' });
      await waitUntil(() => focusedDay(element) === '2033-02-28', `${focusedDay(element)}`);
    });

    it("opens a day's events with Enter, then an event, and brings focus back each time", async () => {
      const element = await monthView(
        html`<kultur-events api=${api} layout="month" from="${MONTH}-15" q=${run}></kultur-events>`,
      );
      const root = calendar(element);
      const day = root.querySelector<HTMLElement>('[data-day="2033-03-15"]')!;
      day.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog.day-dialog')?.open, 'no day dialog');
      const dialog = root.querySelector('dialog.day-dialog')!;
      expect(titlesIn(dialog)).to.have.length(10);
      const first = dialog.querySelector<HTMLButtonElement>('.title-control')!;
      first.focus();
      const selected = oneEvent(element, 'kultur-event-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = await selected;
      expect(detail.event.title).to.equal(first.textContent!.trim());
      await waitUntil(() => root.querySelector<HTMLDialogElement>('dialog:not(.day-dialog)')?.open, 'no event');
      expect(root.querySelector('dialog:not(.day-dialog) kultur-event')!.getAttribute('event-id')).to.equal(
        detail.event.id,
      );
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !root.querySelector('dialog:not(.day-dialog)'));
      expect(root.activeElement === first).to.equal(true);
      await closeDay(element);
      expect(root.activeElement === day).to.equal(true);
    });

    it("tabs from the day to that day's events and on out of the calendar", async () => {
      const element = await monthView(
        html`<kultur-events api=${api} layout="month" from="${MONTH}-08" q=${run}></kultur-events>`,
      );
      const root = calendar(element);
      const cell = root.querySelector('[data-day="2033-03-08"]')!.closest('td')!;
      const stops = [...cell.querySelectorAll<HTMLElement>('button, a')];
      expect(stops).to.have.length(5); // the day, three events and "+7 flere"
      stops[0]!.focus();
      for (const stop of stops.slice(1)) {
        await sendKeys({ press: 'Tab' });
        expect(root.activeElement === stop).to.equal(true);
      }
      // Other days' events are not tab stops: the next Tab leaves the calendar.
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement === null).to.equal(true);
    });
  });

  describe('paging, filters and narrow columns', () => {
    it('pages with the month buttons, named with the month, and announces the month shown', async () => {
      const element = await monthView(
        html`<kultur-events api=${api} layout="month" from="${MONTH}-01" q=${run}></kultur-events>`,
      );
      const [previous, next] = [...calendar(element).querySelectorAll<HTMLButtonElement>('[part="month-button"]')];
      expect(previous!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('‹ Forrige måned, februar 2033');
      expect(next!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Næste måned, april 2033 ›');
      const fired = oneEvent(element, 'kultur-events-loaded');
      next!.focus();
      await sendKeys({ press: 'Enter' });
      const { detail } = (await fired) as KulturEventsLoadedEvent;
      expect(detail.query).to.include({ from: '2033-04-01', to: '2033-04-30' });
      expect(detail.items.map((item) => item.title)).to.deep.equal([`Festival ${run}`]);
      await loaded(element);
      expect(status(element)).to.equal('April 2033: 1 arrangement');
      expect(calendar(element).activeElement === next).to.equal(true);
      expect(next!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Næste måned, maj 2033 ›');
    });

    it('applies the filter controls and the attributes to the month', async () => {
      const element = await monthView(
        html`<kultur-events
          api=${api}
          layout="month"
          from="${MONTH}-01"
          q=${run}
          filters="municipality category"
        ></kultur-events>`,
      );
      const select = (name: string) => element.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
      select('municipality').value = 'stevns';
      let fired = oneEvent(element, 'kultur-events-loaded');
      select('municipality').dispatchEvent(new Event('change', { bubbles: true }));
      let { detail } = (await fired) as KulturEventsLoadedEvent;
      expect(detail.query.municipality).to.deep.equal(['stevns']);
      expect(detail.items.length).to.equal(65);
      expect(detail.items.every((item) => item.municipality === 'stevns')).to.equal(true);
      await loaded(element);
      expect(caption(element)).to.equal('Marts 2033');
      expect(element.matches(':state(loading), :state(empty), :state(error)')).to.equal(false);
      select('category').value = 'foredrag';
      fired = oneEvent(element, 'kultur-events-loaded');
      select('category').dispatchEvent(new Event('change', { bubbles: true }));
      ({ detail } = (await fired) as KulturEventsLoadedEvent);
      // Stevns has the even-numbered events, all concerts: none is a talk.
      expect(detail.items).to.have.length(0);
      await loaded(element);
      expect(element.matches(':state(empty)')).to.equal(true);
      expect(calendar(element).querySelector('[part="message"]')!.textContent).to.equal(
        'Der er ingen arrangementer i marts 2033.',
      );
      await expect(element).to.be.accessible();
      // The municipality attribute filters as well.
      const faxe = await monthView(
        html`<kultur-events api=${api} layout="month" from="${MONTH}-01" q=${run} municipality="faxe"></kultur-events>`,
      );
      expect(titlesIn(calendar(faxe)).every((title) => Number(title.split('nr. ')[1] ?? 1) % 2 === 1)).to.equal(true);
    });

    it('is an agenda of days with headings in a narrow column, still paged by month', async () => {
      const element = await monthView(
        html`<div style="width: 320px">
          <kultur-events api=${api} layout="month" from="${MONTH}-01" q=${run}></kultur-events>
        </div>`,
        document.body.appendChild(document.createElement('div')),
      );
      await waitUntil(() => calendar(element).querySelector('.agenda'), 'never an agenda');
      const root = calendar(element);
      expect(root.querySelector('table')).to.equal(null);
      const month = root.querySelector('.month-title')!;
      expect([month.getAttribute('role'), month.getAttribute('aria-level'), month.textContent!.trim()]).to.deep.equal([
        'heading',
        '3',
        'Marts 2033',
      ]);
      const days = [...root.querySelectorAll('.agenda > li')];
      expect(days).to.have.length(31);
      expect(days[7]!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('tirsdag 8. marts');
      expect(days[7]!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
      expect(days[7]!.querySelectorAll('.title-control')).to.have.length(10);
      expect(new Set(titlesIn(root))).to.deep.equal(new Set(titles));
      expect(element.scrollWidth).to.be.at.most(320);
      await expect(element).to.be.accessible();
      root.querySelectorAll<HTMLButtonElement>('[part="month-button"]')[1]!.click();
      await waitUntil(() => root.querySelector('.month-title')!.textContent!.trim() === 'April 2033');
      await loaded(element);
      expect(titlesIn(root)).to.deep.equal([`Festival ${run}`, `Festival ${run}`]);
    });

    it('links titles to event-url, and turns back into a list with layout="list"', async () => {
      const element = await monthView(
        html`<kultur-events
          api=${api}
          layout="month"
          from="${MONTH}-01"
          q=${run}
          event-url="/kalender/{id}"
        ></kultur-events>`,
      );
      const link = calendar(element).querySelector<HTMLAnchorElement>('a.title-control')!;
      expect(link.getAttribute('href')).to.match(new RegExp(`^/kalender/${run}-`));
      const fired = oneEvent(element, 'kultur-events-loaded');
      element.layout = 'list';
      const { detail } = (await fired) as KulturEventsLoadedEvent;
      expect(detail.query.limit).to.equal(20);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('kultur-events-month')).to.equal(null);
      expect(element.shadowRoot!.querySelectorAll('.list > li')).to.have.length(20);
      await waitUntil(() => element.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');
      const named = [...element.querySelectorAll('script[type="application/ld+json"]')].flatMap(
        (script) => JSON.parse(script.textContent!) as unknown[],
      );
      expect(named).to.have.length(20);
    });
  });
});
