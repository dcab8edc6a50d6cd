import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KulturEvent } from '../../sdk/index.js';
import type { Language } from '../i18n/language.js';
import type { SharedTexts } from '../i18n/shared-texts.js';
import { eventsByDay, weeksOf, type DayEvent } from './month-days.js';
import { dayNumber, formatDay, formatMonth, formatTime, weekdayNames } from './month-format.js';
import type { MonthTexts } from './month-texts.js';

/** Events a day's cell lists; the rest are behind its "+N flere". */
export const EVENTS_IN_CELL = 3;

/** What the month view's templates need from the element: its words, its state and its handlers. */
export interface MonthView {
  t: SharedTexts;
  m: MonthTexts;
  language: Language;
  /** `YYYY-MM` */
  month: string;
  today: string;
  /** The day that holds the calendar's one tab stop. */
  active: string;
  days: ReturnType<typeof eventsByDay> | undefined;
  busy: boolean;
  /** Level of the month's heading in the agenda; days and events are a level and two below it. */
  level: number;
  /** Ids for `aria-describedby` and dialog titles. */
  id: string;
  /** An event's titleControl(). */
  control(item: KulturEvent): TemplateResult;
  /** An event's eventTitle() as a heading of `level`; `where` (a day, the dialog) keeps its id unique. */
  title(item: KulturEvent, level: number, where: string): TemplateResult;
  onKeyDown(event: KeyboardEvent): void;
  onFocusIn(event: FocusEvent): void;
  onOpenDay(day: string, event: MouseEvent): void;
}

const levelOf = (level: number) => Math.min(6, level);

/** When an event on `day` happens, said short: its time, "Hele dagen", or "fortsat" on the days after its first. */
function when(v: MonthView, { event, continued }: DayEvent): TemplateResult {
  if (continued) return html`<span class="when">${v.m.continued}</span>`;
  const time = event.allDay ? v.t.allDay : formatTime(event.start, v.language);
  return html`<time class="when" datetime=${event.start}>${time}</time>`;
}

/** Cancelled, postponed or rescheduled, in the words of the listing's badges. */
function status(v: MonthView, event: KulturEvent) {
  return event.status === 'scheduled' ? nothing : html`<span part="badge" class="badge">${v.t[event.status]}</span>`;
}

function dayCell(v: MonthView, day: string): TemplateResult {
  const events = v.days?.get(day) ?? [];
  const tabIndex = day === v.active ? 0 : -1;
  const today = day === v.today;
  const shown = events.slice(0, EVENTS_IN_CELL);
  const rest = events.length - shown.length;
  const name = formatDay(day, v.language);
  return html`<td part="day" class="day${today ? ' today' : ''}">
    <button
      class="day-button"
      type="button"
      data-day=${day}
      tabindex=${tabIndex}
      aria-current=${ifDefined(today ? 'date' : undefined)}
      aria-haspopup="dialog"
      @click=${(event: MouseEvent) => v.onOpenDay(day, event)}
    >
      <span aria-hidden="true">${dayNumber(day)}</span>
      <span class="visually-hidden">${name}, ${v.days ? v.m.eventsOnDay(events.length) : v.t.loading}</span>
    </button>
    ${
      shown.length
        ? html`<ul class="day-events">
            ${shown.map(
              (entry) =>
                html`<li class="day-event">${when(v, entry)} ${status(v, entry.event)} ${v.control(entry.event)}</li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      rest > 0
        ? html`<button
            part="day-more-button"
            class="day-more"
            type="button"
            tabindex=${tabIndex}
            aria-haspopup="dialog"
            @click=${(event: MouseEvent) => v.onOpenDay(day, event)}
          >
            ${v.m.more(rest)}<span class="visually-hidden"> ${v.m.moreOn(name)}</span>
          </button>`
        : nothing
    }
  </td>`;
}

/**
 * The month as a table: the month in its caption, a column a weekday (Monday first), a cell a day with its first
 * events and "+N flere" for the rest. Places before the 1st and after the last day are empty cells, so a screen
 * reader meets no dates of other months. The days hold one tab stop between them (the active day, with its events);
 * the arrow keys move it (see the element's handleKeyDown).
 */
export function monthGrid(v: MonthView): TemplateResult {
  const names = weekdayNames(v.language);
  return html`
    <p id="${v.id}-keys" class="visually-hidden">${v.m.keys}</p>
    <table
      part="calendar"
      class="calendar"
      aria-describedby="${v.id}-keys"
      aria-busy=${v.busy ? 'true' : 'false'}
      @keydown=${v.onKeyDown}
      @focusin=${v.onFocusIn}
    >
      <caption class="month-title">
        ${formatMonth(v.month, v.language)}
      </caption>
      <thead>
        <tr>
          ${names.map(
            (name) =>
              html`<th scope="col">
                <span aria-hidden="true">${name.short}</span><span class="visually-hidden">${name.long}</span>
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${weeksOf(v.month).map(
          (week) =>
            html`<tr>
              ${week.map((day) => (day ? dayCell(v, day) : html`<td class="outside"></td>`))}
            </tr>`,
        )}
      </tbody>
    </table>
  `;
}

/** One event in a day's list (the agenda, the day's dialog): when, the title as a heading, where. */
function dayEventItem(v: MonthView, entry: DayEvent, level: number, where: string): TemplateResult {
  const { event } = entry;
  return html`<li part="item" class="item">
    ${when(v, entry)} ${v.title(event, level, where)}
    <span class="compact-place">${event.venue?.city ?? v.t.online}</span>
    ${status(v, event)}
  </li>`;
}

/** The days of the month that have events, each a heading over its events: the calendar in a narrow column. */
export function monthAgenda(v: MonthView): TemplateResult {
  const days = [...(v.days?.entries() ?? [])].sort(([a], [b]) => (a < b ? -1 : 1));
  return html`
    <div class="month-title" role="heading" aria-level=${levelOf(v.level)}>${formatMonth(v.month, v.language)}</div>
    <ol
      part="agenda"
      class="agenda"
      aria-label=${formatMonth(v.month, v.language)}
      aria-busy=${v.busy ? 'true' : 'false'}
    >
      ${days.map(
        ([day, events]) =>
          html`<li
            class="agenda-day${day === v.today ? ' today' : ''}"
            aria-current=${ifDefined(day === v.today ? 'date' : undefined)}
          >
            <div class="agenda-date" role="heading" aria-level=${levelOf(v.level + 1)}>
              ${formatDay(day, v.language)}
            </div>
            <ul class="list layout-compact">
              ${events.map((entry) => dayEventItem(v, entry, levelOf(v.level + 2), day))}
            </ul>
          </li>`,
      )}
    </ol>
  `;
}

/** The dialog with every event of `day`: what a day's "+N flere", or Enter on the day, opens. */
export function dayDialog(v: MonthView, day: string, onClose: () => void, onCloseButton: () => void): TemplateResult {
  const events = v.days?.get(day) ?? [];
  return html`
    <dialog part="dialog" class="dialog day-dialog" aria-labelledby="${v.id}-day" @close=${onClose}>
      <button class="button close" type="button" @click=${onCloseButton}>${v.t.close}</button>
      <h2 id="${v.id}-day" class="dialog-title">${v.m.dayTitle(formatDay(day, v.language))}</h2>
      ${
        events.length
          ? html`<ul class="list layout-compact">
              ${events.map((entry) => dayEventItem(v, entry, 3, 'dialog'))}
            </ul>`
          : html`<p>${v.m.noneOnDay}</p>`
      }
    </dialog>
  `;
}
