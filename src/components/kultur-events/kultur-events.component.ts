import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { failureKindOf } from '../../sdk/errors/failure-kind.js';
import type { EventQuery, KulturEvent } from '../../sdk/index.js';
import { KulturFeedElement } from '../base/kultur-feed-element.js';
import { boneStyles } from '../base/bone-styles.js';
import { buttonStyles } from '../base/button-styles.js';
import { KulturElement } from '../base/kultur-element.js';
import { FeedTask } from '../controllers/feed-task.js';
import { RenderSlices } from '../controllers/render-slices.js';
import { KulturEventsFailedEvent } from '../events/kultur-events-failed-event.js';
import { KulturEventsLoadedEvent } from '../events/kultur-events-loaded-event.js';
import { sharedTextsFor, type SharedTexts } from '../i18n/shared-texts.js';
import { explainFailure } from '../i18n/explain-failure.js';
import { prepareFormats } from '../format/event-format.js';
import { eventDetail, eventDialog, selectsInline } from './event-dialog.js';
import { eventRow } from './event-rows.js';
import { skeletonRows } from './skeleton-rows.js';
import { filtersFromUrl, filtersOf, narrows, urlWithFilters, type EventFilters } from './event-filters.js';
import { listOf, toEventQuery, toIcsQuery } from './events-query.js';
import { filterControls } from './filter-controls.js';
import { listingFailure } from './listing-failure.js';
import { removeJsonLdLater, writeJsonLdLater } from './json-ld-later.js';
import { contrastChecks, styles } from './kultur-events.styles.js';
import { SubscribeSlot } from './subscribe-slot.js';
import { monthCalendar } from './month-layout.js';
import type { KulturEventsMonthElement } from './month-calendar.component.js';

/** How the listing lays events out. */
export const EVENTS_LAYOUTS = ['list', 'grid', 'compact', 'month'] as const;
/** A layout of `<kultur-events>`: `list`, `grid`, `compact` or `month`. */
export type EventsLayout = (typeof EVENTS_LAYOUTS)[number];

/** The filter controls the listing can show, named in its `filters` attribute. */
export const EVENTS_FILTERS = ['municipality', 'category', 'audience', 'date', 'search'] as const;
/** A filter control of `<kultur-events>`, as its `filters` attribute names it. */
export type EventsFilter = (typeof EVENTS_FILTERS)[number];

interface Listing {
  items: KulturEvent[];
  nextCursor: string | null;
  query: EventQuery;
}

let instances = 0;

/**
 * The region's events as a list, a grid of cards, compact lines or a month calendar, with optional filters and paging.
 *
 * `layout="month"` shows a month at a time as a table, Monday first, with every event of the month (the feed's pages
 * fetched until the last); an event that runs several days is on each of its days, marked "fortsat" after the first.
 * The arrow keys move between days, Home and End to the week's ends, Page Up and Page Down between months; Enter on a
 * day, or its "+N flere", lists all its events in a dialog. In a column narrower than 36em it is an agenda of the
 * month's days. `from` picks the first month shown (today's by default); `to` and `limit` do not apply.
 *
 * @customElement kultur-events
 * @summary Lists the cultural events of Kulturregion Storstrøm from the Kultur feed.
 *
 * @event kultur-events-loaded - A page was shown. `detail: { items, added, hasMore, query }`.
 * @event kultur-events-failed - Loading failed. `detail: { error }`.
 * @event kultur-event-select - An event was activated; cancelable. `detail: { event, url }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart filters - The filter form.
 * @csspart field - One labelled filter control.
 * @csspart list - The list of events.
 * @csspart item - One event.
 * @csspart item-title - An event's title (a link with `event-url`, otherwise a button).
 * @csspart item-image - An event's image in the grid layout.
 * @csspart item-meta - Date, place and price of an event.
 * @csspart badge - A status badge: cancelled, postponed, fully booked.
 * @csspart message - The empty or error message.
 * @csspart retry-button - Tries loading again after an error.
 * @csspart clear-button - Clears the filters when nothing matched.
 * @csspart more-button - "Vis flere": loads the next page.
 * @csspart dialog - The dialog that shows one event inline.
 * @csspart subscribe-button - "Abonnér på kalenderen": opens and closes the subscription panel (with `subscribe`).
 * @csspart subscribe-panel - The calendar's subscription links and address for the filters in view.
 * @csspart dialog - The dialog that shows one event inline, and in the month layout a day's events.
 * @csspart calendar - The month layout's table.
 * @csspart agenda - The month layout's list of days, in a narrow column.
 * @csspart day - A day's cell in the month layout.
 * @csspart day-more-button - "+N flere": shows all of a day's events in the month layout.
 * @csspart month-button - The month layout's previous and next month buttons.
 *
 * @cssproperty --kultur-events-gap - Space between events. Falls back to `--kultur-space`.
 * @cssproperty --kultur-events-item-background - Background of an event. Falls back to `--kultur-color-surface`.
 * @cssproperty --kultur-events-item-border - Border colour of an event. Falls back to `--kultur-color-border`.
 * @cssproperty --kultur-events-title-color - Colour of event titles. Falls back to `--kultur-color-accent`.
 * @cssproperty --kultur-events-badge-background - Background of status badges. Falls back to `--kultur-color-danger`.
 * @cssproperty --kultur-events-button-background - Background of buttons. Falls back to `--kultur-color-accent`.
 * @cssproperty --kultur-events-button-color - Text of buttons. Falls back to `--kultur-color-on-accent`.
 *
 * @cssstate loading - Events are being fetched.
 * @cssstate empty - Nothing matched.
 * @cssstate error - The last fetch failed.
 */
export class KulturEventsElement extends KulturFeedElement {
  static override properties: PropertyDeclarations = {
    municipality: {},
    category: {},
    audience: {},
    from: {},
    to: {},
    q: {},
    limit: { type: Number },
    layout: { reflect: true },
    filters: {},
    eventUrl: { attribute: 'event-url' },
    urlState: { type: Boolean, attribute: 'url-state' },
    noJsonLd: { type: Boolean, attribute: 'no-json-ld' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    subscribe: { type: Boolean },
    chosen: { state: true, attribute: false },
    shown: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    openEvent: { state: true, attribute: false },
  };

  static override styles = [KulturElement.baseStyles, boneStyles, buttonStyles, styles];

  readonly #listing = new FeedTask<Listing>(this);
  readonly #more = new FeedTask<Listing>(this);
  readonly #slices = new RenderSlices(this, () => this.shown?.items.length ?? 0);
  readonly #id = `kultur-events-${++instances}`;
  readonly #subscribeSlot = new SubscribeSlot(this, this.#id);

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Municipality ids, comma-separated: `lolland` or `faxe,stevns`. Empty lists the whole region. */
  municipality = '';
  /** Category ids, comma-separated, such as `kursus,workshop`. */
  category = '';
  /** Audience ids, comma-separated: `kulturaktoerer`, `borgere`, `boern-og-unge`. */
  audience = '';
  /** First day (`YYYY-MM-DD`); events that end before it are left out. Defaults to today. */
  from = '';
  /** Last day (`YYYY-MM-DD`) an event may start on. */
  to = '';
  /** Free text every listed event must contain. */
  q = '';
  /** Events per page, 1 to 100. */
  limit = 20;
  /** `list` (default), `grid` (cards with images), `compact` (one line an event, for sidebars) or `month` (a calendar). */
  layout: EventsLayout = 'list';
  /** Filter controls to show, space-separated: `municipality category audience date search`. None by default. */
  filters = '';
  /** A page for one event, such as `/kalender/{id}`; without it, events open in a dialog. */
  eventUrl = '';
  /** Keep the filters in the page's URL, so a filtered view can be shared and Back works. */
  urlState = false;
  /** Leave out the schema.org JSON-LD for search engines (under Trusted Types it needs the policy `kultur-json-ld`). */
  noJsonLd = false;
  /** Level of the event titles' headings, 2 to 6; fit it to the page's outline. */
  headingLevel = 3;
  /** Offer the calendar for the filters in view as a subscription (Apple Calendar, Outlook, Google, the address). */
  subscribe = false;

  /** What the filter controls hold now; starts from the attributes (and the URL with `url-state`). */
  private chosen: EventFilters = { municipality: '', category: '', audience: '', from: '', to: '', q: '' };
  /** The last listing that loaded: shown while a reload fails, so the page never goes blank. */
  private shown: Listing | undefined = undefined;
  private announcement = '';
  private openEvent: KulturEvent | undefined = undefined;
  #trigger: HTMLElement | undefined;
  #detail: HTMLElementTagNameMap['kultur-event'] | undefined;
  #month: KulturEventsMonthElement | undefined;
  /** Each event's rendered row, kept while the settings it depends on stay: a slice re-renders only what it adds. */
  #rows = new WeakMap<KulturEvent, { key: string; row: HTMLLIElement }>();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handlePopState);
    // Moved in the page: the JSON-LD was removed on the way out; the update writes it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
    removeJsonLdLater(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const queryChanged = (['municipality', 'category', 'audience', 'from', 'to', 'q'] as const).some((key) =>
      changed.has(key),
    );
    if (queryChanged || !this.hasUpdated) {
      this.chosen = this.urlState ? filtersFromUrl(location.search, filtersOf(this)) : filtersOf(this);
    }
    const inputs = [
      'municipality',
      'category',
      'audience',
      'from',
      'to',
      'q',
      'limit',
      'api',
      'client',
      'providedClient',
    ];
    const fromMonth = changed.get('layout') === 'month';
    if (!this.hasUpdated || fromMonth || inputs.some((key) => changed.has(key))) void this.#load();
    // The JSON-LD names each event's page: written again with the new addresses.
    if (changed.has('eventUrl')) removeJsonLdLater(this);
  }

  protected override updated(): void {
    // The month calendar loads, reports its states and writes its JSON-LD itself.
    if (this.layout === 'month') return;
    const status = this.#listing.status;
    this.setStates({
      loading: status === 'loading' || this.#more.status === 'loading',
      error: status === 'error' || this.#more.status === 'error',
      empty: status === 'complete' && this.shown?.items.length === 0,
    });
    // On the first listing: the colours the page's tokens produced, checked where they are used.
    if (this.shown?.items.length) this.checkContrastOnce(contrastChecks);
    const items = this.noJsonLd ? undefined : this.shown?.items;
    writeJsonLdLater(this, items, this.#slices.count, (item) => this.#eventUrlOf(item));
  }

  private handlePopState = (): void => {
    if (!this.urlState) return;
    this.chosen = filtersFromUrl(location.search, filtersOf(this));
    void this.#load();
  };

  private handleFilterChange(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const key = control.name as keyof EventFilters;
    // Search waits for Enter or the button; selects and dates apply at once.
    if (key === 'q' && event.type === 'change') return;
    this.#choose({ ...this.chosen, [key]: control.value || filtersOf(this)[key] });
  }

  private handleSearch(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement | null;
    this.#choose({ ...this.chosen, q: input?.value ?? '' });
  }

  private handleClearFilters(): void {
    this.#choose(filtersOf(this));
  }

  private handleRetry(): void {
    void (this.#more.status === 'error' ? this.#loadMore() : this.#load());
  }

  private handleMore(): void {
    void this.#loadMore();
  }

  /** A click in the list: on an event's title control, that event is selected. */
  private handleListClick(event: MouseEvent): void {
    const control = (event.target as Element).closest<HTMLElement>('.title-control');
    const item = control && this.shown?.items.find((shown) => shown.id === control.dataset['eventId']);
    if (!control || !item || !selectsInline(this, event, item, this.#eventUrlOf(item))) return;
    this.#trigger = control;
    this.openEvent = item;
    void this.updateComplete.then(() => this.dialog?.showModal());
  }

  private handleDialogClose(): void {
    this.openEvent = undefined;
    // Back to where the person was: the title they activated.
    this.#trigger?.focus();
  }

  private handleDialogCloseButton(): void {
    this.dialog?.close();
  }

  /** Reloads the listing from the first page, keeping the filters. */
  reload(): Promise<void> {
    return this.#load();
  }

  #choose(filters: EventFilters): void {
    this.chosen = filters;
    if (this.urlState) history.pushState(history.state, '', urlWithFilters(location.href, filters, filtersOf(this)));
    void this.#load();
  }

  async #load(): Promise<void> {
    if (this.layout === 'month') return;
    const limit = Math.min(100, Math.max(1, Math.trunc(this.limit) || 20));
    const query = toEventQuery(this.chosen, limit);
    const client = this.feedClient;
    // One request: the names of municipalities and categories ship with the element (see reference-names.ts).
    const loading = this.#listing.run(async (signal) => ({
      ...(await client.events.list(query, { signal })),
      query,
    }));
    // The rows' formats, whose first costs tens of ms, made while the answer is on its way rather than after it.
    prepareFormats(this.language, this.layout === 'compact');
    const listing = await loading;
    if (!listing) {
      if (this.#listing.status === 'error') this.#failed(this.#listing.error);
      return;
    }
    this.#slices.restart();
    removeJsonLdLater(this);
    this.shown = listing;
    this.announcement = listing.items.length
      ? this.#t.eventsShown(listing.items.length)
      : narrows(this.chosen, filtersOf(this))
        ? this.#t.empty
        : this.#t.emptyUnfiltered;
    this.dispatchEvent(
      new KulturEventsLoadedEvent({
        items: listing.items,
        added: listing.items,
        hasMore: listing.nextCursor !== null,
        query,
      }),
    );
  }

  async #loadMore(): Promise<void> {
    const before = this.shown;
    if (!before?.nextCursor) return;
    const client = this.feedClient;
    const query = { ...before.query, cursor: before.nextCursor };
    const next = await this.#more.run(async (signal) => ({
      ...before,
      ...(await client.events.list(query, { signal })),
    }));
    if (!next) {
      if (this.#more.status === 'error') this.#failed(this.#more.error);
      return;
    }
    const added = next.items;
    const listing = { ...before, items: [...before.items, ...added], nextCursor: next.nextCursor };
    // The new events start rendering at once, so focus can move to the first of them.
    this.#slices.restart(before.items.length);
    this.shown = listing;
    this.announcement = this.#t.moreShown(added.length, listing.items.length);
    this.dispatchEvent(
      new KulturEventsLoadedEvent({
        items: listing.items,
        added,
        hasMore: next.nextCursor !== null,
        query: before.query,
      }),
    );
    // The button may be gone (last page): continue where the new events start.
    await this.updateComplete;
    const first = added[0];
    if (first) this.renderRoot.querySelector<HTMLElement>(`[data-event-id="${first.id}"]`)?.focus();
  }

  #failed(error: unknown): void {
    const kind = this.reportFailure(error);
    // Said as the alert shows it, for a failure of the first page; for "Vis flere", the reason.
    this.announcement =
      error === this.#listing.error
        ? listingFailure(kind, !!this.shown, this.#t)
        : explainFailure(kind, this.#t) || this.#t.failed;
    this.dispatchEvent(new KulturEventsFailedEvent(error));
  }

  /** The calendar to subscribe to for the filters in view: built by the feed's client, so from `api`, never the page. */
  #calendarAddress = (): string => this.feedClient.events.icsUrl(toIcsQuery(this.chosen));

  #eventUrlOf(event: KulturEvent): string | undefined {
    return this.eventUrl ? this.eventUrl.replaceAll('{id}', encodeURIComponent(event.id)) : undefined;
  }

  get #t(): SharedTexts {
    return sharedTextsFor(this.language);
  }

  override render(): TemplateResult {
    const t = this.#t;
    const listing = this.shown;
    const status = this.#listing.status;
    return html`
      <div part="base" class="base">
        ${this.#renderFilters(t)}
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
        ${this.#subscribeSlot.render(this.subscribe, this.#calendarAddress, this.language)}
        ${
          this.layout === 'month'
            ? this.#renderMonth()
            : status === 'loading' && !listing
              ? skeletonRows(t, this.layout, this.limit)
              : status === 'error'
                ? this.#renderError(t, listing)
                : listing
                  ? this.#renderListing(t, listing, status === 'loading')
                  : nothing
        }
        ${this.openEvent ? this.#renderDialog(t, this.openEvent) : nothing}
      </div>
    `;
  }

  #renderFilters(t: SharedTexts) {
    const shown = new Set(listOf(this.filters));
    if (!EVENTS_FILTERS.some((filter) => shown.has(filter))) return nothing;
    // The controls' changes bubble to the form: one listener for all.
    return html`
      <form
        part="filters"
        class="filters"
        role="search"
        aria-label=${t.filters}
        @change=${this.handleFilterChange}
        @submit=${this.handleSearch}
      >
        ${filterControls(t, this.language, this.chosen, filtersOf(this), shown, this.#id)}
      </form>
    `;
  }

  #renderMonth() {
    const settings = {
      client: this.feedClient,
      filters: this.chosen,
      eventUrl: this.eventUrl,
      headingLevel: this.headingLevel,
      noJsonLd: this.noJsonLd,
      lang: this.language,
    };
    this.#month = monthCalendar(this.#month, settings, (states) => this.setStates(states));
    return this.#month;
  }

  #renderError(t: SharedTexts, listing: Listing | undefined) {
    const message = html`
      <div part="message" class="message error" role="alert">
        <p>${listingFailure(failureKindOf(this.#listing.error), !!listing, t)}</p>
        <button part="retry-button" class="button" type="button" @click=${this.handleRetry}>${t.retry}</button>
      </div>
    `;
    return listing ? html`${message}${this.#renderListing(t, listing, false)}` : message;
  }

  #renderListing(t: SharedTexts, listing: Listing, busy: boolean) {
    if (!listing.items.length) {
      return html`
        <div part="message" class="message">
          <p>${narrows(this.chosen, filtersOf(this)) ? t.empty : t.emptyUnfiltered}</p>
          ${
            narrows(this.chosen, filtersOf(this))
              ? html`<button part="clear-button" class="button" type="button" @click=${this.handleClearFilters}>
                  ${t.clearFilters}
                </button>`
              : nothing
          }
        </div>
      `;
    }
    return html`
      <ol
        part="list"
        class="list layout-${this.layout}"
        aria-label=${t.eventsRegion}
        aria-busy=${busy ? 'true' : 'false'}
        @click=${this.handleListClick}
      >
        ${this.#slices.take(listing.items, (item) => this.#row(t, item))}
      </ol>
      ${
        this.#more.status === 'error'
          ? html`<div part="message" class="message error" role="alert">
              <p>${explainFailure(failureKindOf(this.#more.error), t) || t.failed}</p>
              <button part="retry-button" class="button" type="button" @click=${this.handleRetry}>${t.retry}</button>
            </div>`
          : listing.nextCursor
            ? html`<button
                part="more-button"
                class="button more"
                type="button"
                ?disabled=${this.#more.status === 'loading'}
                aria-busy=${this.#more.status === 'loading' ? 'true' : 'false'}
                @click=${this.handleMore}
              >
                ${t.showMore}
              </button>`
            : nothing
      }
    `;
  }

  /** The row of `item`, from the last render when nothing it depends on has changed. */
  #row(t: SharedTexts, item: KulturEvent): HTMLLIElement {
    const key = `${this.language} ${this.layout} ${this.eventUrl} ${this.headingLevel}`;
    const kept = this.#rows.get(item);
    if (kept?.key === key) return kept.row;
    const row = eventRow(item, {
      t,
      language: this.language,
      layout: this.layout,
      level: Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3)),
      titleId: `${this.#id}-${item.id}`,
      url: this.#eventUrlOf(item),
    });
    this.#rows.set(item, { key, row });
    return row;
  }

  #renderDialog(t: SharedTexts, item: KulturEvent) {
    // The same <kultur-event> on every render while the dialog shows this event, so it is not reloaded.
    this.#detail = eventDetail(this.#detail, item, this.language, this.feedClient);
    return eventDialog(item, this.#detail, t.close, this.handleDialogClose, this.handleDialogCloseButton);
  }
}
