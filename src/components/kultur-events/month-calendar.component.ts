import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { failureKindOf } from '../../sdk/errors/failure-kind.js';
import type { EventQuery, KulturEvent } from '../../sdk/index.js';
import { KulturFeedElement } from '../base/kultur-feed-element.js';
import { buttonStyles } from '../base/button-styles.js';
import { KulturElement } from '../base/kultur-element.js';
import { FeedTask } from '../controllers/feed-task.js';
import { KulturEventsFailedEvent } from '../events/kultur-events-failed-event.js';
import { KulturEventsLoadedEvent } from '../events/kultur-events-loaded-event.js';
import { regionDay } from '../format/event-format.js';
import { explainFailure } from '../i18n/explain-failure.js';
import { sharedTextsFor, type SharedTexts } from '../i18n/shared-texts.js';
import { eventDetail, eventDialog, selectsInline } from './event-dialog.js';
import type { EventFilters } from './event-filters.js';
import { eventTitle, titleControl } from './event-title.js';
import { toEventQuery } from './events-query.js';
import { removeJsonLdLater, writeJsonLdLater } from './json-ld-later.js';
import { contrastChecks, styles } from './kultur-events.styles.js';
import { addDays, addMonths, daysOfMonth, eventsByDay, monthOf, sameDayIn, weekEnds } from './month-days.js';
import { formatMonth, monthName } from './month-format.js';
import { dayDialog, monthAgenda, monthGrid, type MonthView } from './month-grid.js';
import { monthStyles } from './month-styles.js';
import { monthTextsFor, type MonthTexts } from './month-texts.js';

/** Below this width, in the element's own em, the table turns into an agenda: seven columns no longer fit. */
const AGENDA_BELOW_EM = 36;

/** The parts of the calendar's shadow root that the listing exports as its own. */
const PARTS =
  'calendar, agenda, day, day-more-button, month-button, item, item-title, badge, message, retry-button, dialog';

interface MonthListing {
  month: string;
  items: KulturEvent[];
  days: ReturnType<typeof eventsByDay>;
}

let instances = 0;

/**
 * `<kultur-events layout="month">`'s calendar, inside the listing's shadow root: a chunk of its own in the CDN
 * bundle, loaded the first time a page asks for the month layout. It fetches every event of the month it shows (the
 * listing's filters, the feed's pages of 100 until the last), and fires the listing's events, which leave the
 * listing's shadow root as the listing's own. Not for pages to use on its own.
 *
 * @internal
 */
export class KulturEventsMonthElement extends KulturFeedElement {
  static override properties: PropertyDeclarations = {
    filters: { attribute: false },
    eventUrl: { attribute: 'event-url' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noJsonLd: { type: Boolean, attribute: 'no-json-ld' },
    reportStates: { attribute: false },
    month: { state: true, attribute: false },
    active: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    narrow: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    openDay: { state: true, attribute: false },
    openEvent: { state: true, attribute: false },
  };

  static override styles = [KulturElement.baseStyles, buttonStyles, styles, monthStyles];

  readonly #task = new FeedTask<MonthListing>(this);
  readonly #id = `kultur-month-${++instances}`;
  #resize: ResizeObserver | undefined;

  /** The listing's filters now (its attributes, or what its filter controls chose); `from` picks the first month. */
  filters: EventFilters = {
    municipality: '',
    category: '',
    audience: '',
    from: '',
    to: '',
    q: '',
  };
  eventUrl = '';
  headingLevel = 3;
  noJsonLd = false;
  /** Called with the listing's custom states: `loading`, `error`, `empty` belong to `<kultur-events>`. */
  reportStates: (states: Record<string, boolean>) => void = () => {};

  /** The month shown, `YYYY-MM`. */
  private month = '';
  /** The day with the calendar's one tab stop. */
  private active = '';
  private shown: MonthListing | undefined = undefined;
  private narrow = false;
  private announcement = '';
  private openDay: string | undefined = undefined;
  private openEvent: KulturEvent | undefined = undefined;
  #dayTrigger: HTMLElement | undefined;
  #eventTrigger: HTMLElement | undefined;
  #detail: HTMLElementTagNameMap['kultur-event'] | undefined;
  /** The day to focus once the month it is in has rendered (arrow keys across a month's edge). */
  #focusDay: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Its parts are the listing's: styled as `kultur-events::part(day)`.
    this.setAttribute('exportparts', PARTS);
    this.#resize = new ResizeObserver(([entry]) => {
      const em = parseFloat(getComputedStyle(this).fontSize) || 16;
      const width = entry?.contentRect.width ?? 0;
      // Zero: not laid out (hidden); keep what it was.
      if (width) this.narrow = width < AGENDA_BELOW_EM * em;
    });
    if (this.hasUpdated) this.#observeWidth();
    // Moved in the page: the listing removed the JSON-LD on the way out; the update writes it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    const host = this.#listing;
    if (host) removeJsonLdLater(host);
  }

  protected override firstUpdated(): void {
    this.#observeWidth();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const before = changed.get('filters') as EventFilters | undefined;
    if (!this.month || (changed.has('filters') && before?.from !== this.filters.from)) {
      const from = this.filters.from || regionDay(new Date());
      this.month = monthOf(from);
      this.active = from;
    }
    const inputs = ['month', 'filters', 'client'];
    if (!this.hasUpdated || inputs.some((key) => changed.has(key))) void this.#load();
  }

  protected override updated(): void {
    const status = this.#task.status;
    this.reportStates({
      loading: status === 'loading',
      error: status === 'error',
      empty: status === 'complete' && this.shown?.items.length === 0,
    });
    if (this.shown?.items.length) this.checkContrastOnce(contrastChecks);
    const host = this.#listing;
    const items = this.noJsonLd ? undefined : this.shown?.items;
    if (host) writeJsonLdLater(host, items, items?.length ?? 0, (item) => this.#eventUrlOf(item));
    // One tab stop in the table: the active day, then its events. The event controls are the listing's own
    // (titleControl), which know no tab order; the calendar sets theirs here.
    for (const control of this.renderRoot.querySelectorAll<HTMLElement>('.day-event .title-control')) {
      control.tabIndex = control.closest('td')?.querySelector('.day-button')?.getAttribute('tabindex') === '0' ? 0 : -1;
    }
    if (this.#focusDay) {
      this.renderRoot.querySelector<HTMLElement>(`[data-day="${this.#focusDay}"]`)?.focus();
      this.#focusDay = undefined;
    }
  }

  private handleKeyDown(event: KeyboardEvent): void {
    const day = (event.target as HTMLElement).closest<HTMLElement>('[data-day]')?.dataset.day;
    if (!day || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, -7),
      ArrowDown: () => addDays(day, 7),
      Home: () => weekEnds(day).start,
      End: () => weekEnds(day).end,
      PageUp: () => sameDayIn(addMonths(monthOf(day), -1), day),
      PageDown: () => sameDayIn(addMonths(monthOf(day), 1), day),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const target = move();
    this.month = monthOf(target);
    this.active = target;
    this.#focusDay = target;
  }

  private handleFocusIn(event: FocusEvent): void {
    // A click or Tab into another day's events moves the tab stop there too.
    const cell = (event.target as HTMLElement).closest('td');
    const day = cell?.querySelector<HTMLElement>('[data-day]')?.dataset.day;
    if (day) this.active = day;
  }

  private handleMonthButton(months: number): void {
    const month = addMonths(this.month, months);
    const today = regionDay(new Date());
    this.month = month;
    this.active = monthOf(today) === month ? today : sameDayIn(month, this.active || `${month}-01`);
  }

  private handleOpenDay(day: string, event: MouseEvent): void {
    this.#dayTrigger = event.currentTarget as HTMLElement;
    this.active = day;
    this.openDay = day;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLDialogElement>('.day-dialog')?.showModal());
  }

  private handleDayClose(): void {
    this.openDay = undefined;
    this.#dayTrigger?.focus();
  }

  private handleDayCloseButton(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('.day-dialog')?.close();
  }

  private handleSelect(event: MouseEvent, item: KulturEvent): void {
    if (!selectsInline(this, event, item, this.#eventUrlOf(item))) return;
    this.#eventTrigger = event.currentTarget as HTMLElement;
    this.openEvent = item;
    void this.updateComplete.then(() => this.#eventDialog()?.showModal());
  }

  private handleEventClose(): void {
    this.openEvent = undefined;
    this.#eventTrigger?.focus();
  }

  private handleEventCloseButton(): void {
    this.#eventDialog()?.close();
  }

  private handleRetry(): void {
    void this.#load();
  }

  /**
   * Watches the width of the sizer, a box of no height across the calendar: its size never follows what the calendar
   * shows, so turning into an agenda cannot make the observer report again in the same frame (a ResizeObserver loop).
   */
  #observeWidth(): void {
    const sizer = this.renderRoot.querySelector('.sizer');
    if (sizer) this.#resize?.observe(sizer);
  }

  /** The `<kultur-events>` this calendar is inside: its events and JSON-LD are the listing's. */
  get #listing(): Element | undefined {
    return (this.getRootNode() as Partial<ShadowRoot>).host;
  }

  #eventDialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog:not(.day-dialog)');
  }

  async #load(): Promise<void> {
    const month = this.month;
    const { first, last } = daysOfMonth(month);
    // The month's days, whatever `to` the listing has; the feed's largest page, as many as the month needs.
    const query: EventQuery = toEventQuery({ ...this.filters, from: first, to: last }, 100);
    const client = this.feedClient;
    const listing = await this.#task.run(async (signal) => {
      const items: KulturEvent[] = [];
      for await (const item of client.events.all(query, { signal })) items.push(item);
      return { month, items, days: eventsByDay(items, month) };
    });
    if (!listing) {
      if (this.#task.status === 'error') {
        this.announcement = explainFailure(this.reportFailure(this.#task.error), this.#t) || this.#t.failed;
        this.dispatchEvent(new KulturEventsFailedEvent(this.#task.error));
      }
      return;
    }
    const host = this.#listing;
    if (host) removeJsonLdLater(host);
    this.shown = listing;
    this.announcement = this.#m.monthShown(formatMonth(month, this.language), listing.items.length);
    this.dispatchEvent(
      new KulturEventsLoadedEvent({ items: listing.items, added: listing.items, hasMore: false, query }),
    );
  }

  #eventUrlOf(event: KulturEvent): string | undefined {
    return this.eventUrl ? this.eventUrl.replaceAll('{id}', encodeURIComponent(event.id)) : undefined;
  }

  get #t(): SharedTexts {
    return sharedTextsFor(this.language);
  }

  get #m(): MonthTexts {
    return monthTextsFor(this.language);
  }

  #view(): MonthView {
    const shown = this.shown?.month === this.month ? this.shown : undefined;
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    return {
      t: this.#t,
      m: this.#m,
      language: this.language,
      month: this.month,
      today: regionDay(new Date()),
      active: monthOf(this.active) === this.month ? this.active : `${this.month}-01`,
      days: shown?.days,
      busy: this.#task.status === 'loading',
      level,
      id: this.#id,
      control: (item) => titleControl(item, this.#eventUrlOf(item), (event) => this.handleSelect(event, item)),
      title: (item, titleLevel, where) =>
        eventTitle(item, `${this.#id}-${where}-${item.id}`, titleLevel, this.#eventUrlOf(item), (event) =>
          this.handleSelect(event, item),
        ),
      onKeyDown: (event) => this.handleKeyDown(event),
      onFocusIn: (event) => this.handleFocusIn(event),
      onOpenDay: (day, event) => this.handleOpenDay(day, event),
    };
  }

  override render(): TemplateResult {
    const t = this.#t;
    const m = this.#m;
    const view = this.#view();
    const name = (month: string) => monthName(month, this.language);
    const failed = this.#task.status === 'error';
    return html`
      <div class="month">
        <div class="sizer"></div>
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
        <div class="month-nav">
          <button part="month-button" class="button" type="button" @click=${() => this.handleMonthButton(-1)}>
            <span aria-hidden="true">‹</span> ${m.previousMonth}<span class="visually-hidden"
              >, ${name(addMonths(this.month, -1))}</span
            >
          </button>
          <button part="month-button" class="button" type="button" @click=${() => this.handleMonthButton(1)}>
            ${m.nextMonth}<span class="visually-hidden">, ${name(addMonths(this.month, 1))}</span>
            <span aria-hidden="true">›</span>
          </button>
        </div>
        ${
          failed
            ? html`<div part="message" class="message error" role="alert">
                <p>${t.failed} ${explainFailure(failureKindOf(this.#task.error), t)}</p>
                <button part="retry-button" class="button" type="button" @click=${this.handleRetry}>${t.retry}</button>
              </div>`
            : view.days?.size === 0
              ? html`<p part="message" class="message">${m.monthEmpty(name(this.month))}</p>`
              : nothing
        }
        ${this.narrow ? monthAgenda(view) : monthGrid(view)}
        ${
          this.openDay
            ? dayDialog(
                view,
                this.openDay,
                () => this.handleDayClose(),
                () => this.handleDayCloseButton(),
              )
            : nothing
        }
        ${this.openEvent ? this.#renderEventDialog(t, this.openEvent) : nothing}
      </div>
    `;
  }

  #renderEventDialog(t: SharedTexts, item: KulturEvent) {
    this.#detail = eventDetail(this.#detail, item, this.language, this.feedClient);
    return eventDialog(
      item,
      this.#detail,
      t.close,
      () => this.handleEventClose(),
      () => this.handleEventCloseButton(),
    );
  }
}
