import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { failureKindOf } from '../../sdk/errors/failure-kind.js';
import type { KulturEvent } from '../../sdk/index.js';
import { buttonStyles } from '../base/button-styles.js';
import { KulturElement } from '../base/kultur-element.js';
import { requestElement } from '../base/element-loader.js';
import { KulturFeedElement } from '../base/kultur-feed-element.js';
import { FeedTask, type FeedTaskStatus } from '../controllers/feed-task.js';
import { formatAmount, formatWhen, regionDay } from '../format/event-format.js';
import { explainFailure } from '../i18n/explain-failure.js';
import { googleCalendarUrl, locationOf, outlookCalendarUrl } from './calendar-links.js';
import { eventTextsFor, type EventTexts } from './event-texts.js';
import { contrastChecks, styles } from './kultur-event.styles.js';
import { linkify, paragraphsOf } from './linkify-text.js';
import { openStreetMapUrl } from './openstreetmap-link.js';
import { outboundLink } from './outbound-link.js';

/** The custom states `<kultur-event>` shows, for `kultur-event:state(loading)` and the like. */
export const EVENT_STATES = ['loading', 'error', 'loaded'] as const;
export type EventState = (typeof EVENT_STATES)[number];

/** The tag the signup issue registers; rendered in the signup part only once it is defined. */
const SIGNUP_TAG = 'kultur-signup';

/** What the share part has to say after a click. */
type ShareOutcome = { kind: 'none' } | { kind: 'copied' } | { kind: 'copy-failed'; url: string };

/**
 * One event from the Kultur feed in full: what, when, where, who, price, description, accessibility, links to add it
 * to a calendar, sharing, and signup.
 *
 * @customElement kultur-event
 * @summary Shows one cultural event of Kulturregion Storstrøm, by its id.
 *
 * @csspart base - The wrapper around everything (an `article` once loaded).
 * @csspart title - The event's title; a heading whose level `heading-level` sets.
 * @csspart status - The badge for a cancelled, postponed or rescheduled event.
 * @csspart image - The event's image.
 * @csspart when - The row with the date and time.
 * @csspart where - The row with the venue, its map link, or the online address.
 * @csspart description - The description's paragraphs.
 * @csspart signup - The signup section: the signup form, seats left, or the organiser's signup link.
 * @csspart calendar - The links that add the event to a calendar.
 * @csspart share - The share (or copy link) button and its confirmation.
 * @csspart message - The message shown when the event could not be loaded.
 * @csspart retry-button - Tries loading again after an error.
 *
 * @cssproperty --kultur-event-gap - Space between the parts. Falls back to `--kultur-space`.
 * @cssproperty --kultur-event-padding - Padding around the event. Default `0`.
 * @cssproperty --kultur-event-radius - Corner radius of the image, buttons and badges. Falls back to `--kultur-radius`.
 * @cssproperty --kultur-event-background - Background of the event. Default transparent: the page shows through.
 * @cssproperty --kultur-event-border - Border of the error message. Falls back to `--kultur-color-border`.
 * @cssproperty --kultur-event-title-color - Colour of the title. Falls back to `--kultur-color-text`.
 * @cssproperty --kultur-event-title-font-size - Size of the title. Default `1.5em`.
 * @cssproperty --kultur-event-label-color - Colour of the labels (Hvornår, Hvor, …). Falls back to `--kultur-color-text-muted`.
 * @cssproperty --kultur-event-link-color - Colour of links. Falls back to `--kultur-color-accent`.
 * @cssproperty --kultur-event-button-background - Background of buttons. Falls back to `--kultur-color-accent`.
 * @cssproperty --kultur-event-button-color - Text of buttons. Falls back to `--kultur-color-on-accent`.
 * @cssproperty --kultur-event-status-background - Background of the status badge. Falls back to `--kultur-color-danger`.
 * @cssproperty --kultur-event-status-color - Text of the status badge. Default white.
 * @cssproperty --kultur-event-skeleton-color - The loading placeholder's blocks. Falls back to `--kultur-color-border`.
 *
 * @cssstate loading - The event is being fetched; a placeholder of its size is shown.
 * @cssstate error - The event could not be fetched; a message and a retry button are shown.
 * @cssstate loaded - The event is shown.
 */
export class KulturEventElement extends KulturFeedElement {
  static override properties: PropertyDeclarations = {
    eventId: { attribute: 'event-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    shareUrl: { attribute: 'share-url' },
    shareOutcome: { state: true, attribute: false },
    imageFailed: { state: true, attribute: false },
  };

  static override styles = [KulturElement.baseStyles, buttonStyles, styles];

  readonly #event = new FeedTask<KulturEvent>(this);

  /** The id of the event to show, such as `mobilhistorie-kursus-naestved`. */
  eventId = '';
  /** Level of the title's heading, 1 to 6 (default 2); the section headings inside are one level below. */
  headingLevel = 2;
  /** The link that sharing passes on; default the page's own URL. */
  shareUrl = '';

  private shareOutcome: ShareOutcome = { kind: 'none' };
  private imageFailed = false;
  /** Set while disconnected: the request was aborted and must run again on reconnection. */
  #stale = false;
  /** After "Prøv igen", where focus goes once the outcome is shown: the title, or the retry button again. */
  #focusAfterLoad = false;
  /** The `<kultur-signup>` shown in the signup part, once that element is registered. */
  #signup: HTMLElement | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#stale) this.requestUpdate();
    if (!customElements.get(SIGNUP_TAG)) {
      // The signup form may be registered after this element; show it once it is.
      void customElements.whenDefined(SIGNUP_TAG).then(() => this.requestUpdate());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stale = this.#event.status === 'idle' || this.#event.status === 'loading';
  }

  protected override willUpdate(changed: PropertyValues): void {
    const inputs = ['eventId', 'api', 'client', 'providedClient'];
    // A stale element reloads only once it is back in a page: the aborted run's last update comes while detached.
    if ((this.#stale && this.isConnected) || inputs.some((key) => changed.has(key))) {
      this.#stale = false;
      void this.#load();
    }
  }

  protected override updated(): void {
    const status = this.#status;
    const states: Record<EventState, boolean> = {
      loading: status === 'loading',
      error: status === 'error',
      loaded: status === 'complete',
    };
    this.setStates(states);
    const loaded = this.#event.value;
    if (status === 'complete' && loaded?.signup?.mode === 'internal' && loaded.status !== 'cancelled') {
      // The form's code is a chunk of its own in the CDN bundle: fetch it now that a form is to be shown.
      requestElement(SIGNUP_TAG);
    }
    // On the first event shown: the colours the page's tokens produced, checked where they are used.
    if (status === 'complete') this.checkContrastOnce(contrastChecks);
    if (this.#focusAfterLoad && status !== 'loading') {
      this.#focusAfterLoad = false;
      this.#focusTarget()?.focus();
    }
  }

  private handleRetry(): void {
    this.#focusAfterLoad = true;
    void this.#load();
  }

  private handleImageError(): void {
    // A broken image icon helps nobody; the alt text is still in the feed for the listing's cards.
    this.imageFailed = true;
  }

  private async handleShare(): Promise<void> {
    const event = this.#event.value;
    if (!event) return;
    const url = this.#shareUrl();
    if (this.#canShare()) {
      try {
        await navigator.share({ title: event.title, text: event.summary, url });
      } catch {
        // Cancelled by the person, or refused by the browser: nothing to report.
      }
      return;
    }
    this.shareOutcome = { kind: 'none' };
    try {
      await navigator.clipboard.writeText(url);
      this.shareOutcome = { kind: 'copied' };
    } catch {
      this.shareOutcome = { kind: 'copy-failed', url };
    }
  }

  /** Moves focus to the event's title once it is shown, or to the retry button after an error. */
  override focus(options?: FocusOptions): void {
    const target = this.#focusTarget();
    if (target) target.focus(options);
    else super.focus(options);
  }

  async #load(): Promise<void> {
    const id = this.eventId.trim();
    this.shareOutcome = { kind: 'none' };
    this.imageFailed = false;
    if (!id) {
      this.#stale = false;
      return;
    }
    const client = this.feedClient;
    await this.#event.run((signal) => client.events.get(id, { signal }));
    if (this.#event.status === 'error') this.reportFailure(this.#event.error);
  }

  /** What the element shows: nothing at all without an event-id, whatever an earlier id left behind. */
  get #status(): FeedTaskStatus {
    return this.eventId.trim() ? this.#event.status : 'idle';
  }

  #focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="title"], [part~="retry-button"]');
  }

  #canShare(): boolean {
    return typeof navigator.share === 'function';
  }

  #shareUrl(): string {
    return this.shareUrl ? new URL(this.shareUrl, document.baseURI).href : location.href;
  }

  get #t(): EventTexts {
    return eventTextsFor(this.language);
  }

  get #level(): number {
    return Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.#t;
    switch (this.#status) {
      case 'loading':
        return this.#renderSkeleton(t);
      case 'error':
        return this.#renderError(t);
      case 'complete':
        return this.#event.value ? this.#renderEvent(t, this.#event.value) : nothing;
      default:
        return nothing;
    }
  }

  #renderSkeleton(t: EventTexts): TemplateResult {
    return html`
      <div part="base" class="base skeleton" aria-busy="true">
        <p class="visually-hidden" role="status">${t.loadingEvent}</p>
        <span class="bone title-bone" aria-hidden="true"></span>
        <span class="bone image-bone" aria-hidden="true"></span>
        <span class="lines" aria-hidden="true">
          <span class="bone"></span>
          <span class="bone"></span>
          <span class="bone short"></span>
        </span>
        <span class="lines" aria-hidden="true">
          <span class="bone"></span>
          <span class="bone"></span>
          <span class="bone"></span>
          <span class="bone short"></span>
        </span>
      </div>
    `;
  }

  #renderError(t: EventTexts): TemplateResult {
    const kind = failureKindOf(this.#event.error);
    const text = kind === 'not-found' ? t[kind] : `${t.failedEvent} ${explainFailure(kind, t)}`.trim();
    return html`
      <div part="base" class="base">
        <div part="message" class="message" role="alert">
          <p>${text}</p>
          <button part="retry-button" class="button" type="button" @click=${this.handleRetry}>${t.retry}</button>
        </div>
      </div>
    `;
  }

  #renderEvent(t: EventTexts, event: KulturEvent): TemplateResult {
    const language = this.language;
    const when = formatWhen(event, language);
    const datetime = event.allDay ? regionDay(new Date(event.start)) : event.start;
    return html`
      <article part="base" class="base" aria-labelledby="title">
        <div part="title" class="title" id="title" role="heading" aria-level=${this.#level} tabindex="-1">
          ${event.title}
        </div>
        ${
          event.status === 'scheduled'
            ? nothing
            : html`<p part="status" class="status">
                ${t[event.status]}${event.cancellationReason ? `: ${event.cancellationReason}` : ''}
              </p>`
        }
        ${
          event.image && !this.imageFailed
            ? html`<img
                part="image"
                class="image"
                src=${event.image.url}
                alt=${event.image.alt}
                @error=${this.handleImageError}
              />`
            : nothing
        }
        <p class="summary">${event.summary}</p>
        <dl class="facts">
          <div part="when">
            <dt>${t.when}</dt>
            <dd>
              <time datetime=${datetime}>${when}</time>
              ${event.allDay ? html`<span>${t.allDay}</span>` : nothing}
            </dd>
          </div>
          <div part="where">
            <dt>${t.where}</dt>
            <dd>${this.#renderWhere(t, event)}</dd>
          </div>
          <div>
            <dt>${t.organizer}</dt>
            <dd>
              ${
                event.organizer.url
                  ? outboundLink(event.organizer.url, event.organizer.name, t.opensNewWindow)
                  : html`<span>${event.organizer.name}</span>`
              }
              ${event.url ? outboundLink(event.url, t.organizerPage, t.opensNewWindow) : nothing}
            </dd>
          </div>
          <div>
            <dt>${t.priceLabel}</dt>
            <dd>${event.price === 0 ? t.free : t.price(formatAmount(event.price, language))}</dd>
          </div>
          ${
            event.accessibility
              ? html`<div>
                  <dt>${t.accessibility}</dt>
                  <dd><span>${event.accessibility}</span></dd>
                </div>`
              : nothing
          }
        </dl>
        ${this.#renderDescription(t, event)} ${this.#renderSignup(t, event)} ${this.#renderCalendar(t, event)}
        ${this.#renderShare(t)}
      </article>
    `;
  }

  #renderWhere(t: EventTexts, event: KulturEvent): TemplateResult {
    const { venue, online } = event;
    return html`
      ${
        venue
          ? html`<span>${venue.name}</span>
              <span>${venue.address}</span>
              <span>${venue.postalCode} ${venue.city}</span>
              ${outboundLink(openStreetMapUrl(venue), t.showOnMap, t.opensNewWindow)}`
          : nothing
      }
      ${online ? html`<span>${t.online}: ${outboundLink(online.url, online.url, t.opensNewWindow)}</span>` : nothing}
    `;
  }

  #renderDescription(t: EventTexts, event: KulturEvent): TemplateResult | typeof nothing {
    const paragraphs = paragraphsOf(event.description);
    if (!paragraphs.length) return nothing;
    return html`<div part="description" class="description">
      ${paragraphs.map((paragraph) => html`<p>${linkify(paragraph, t.opensNewWindow)}</p>`)}
    </div>`;
  }

  /** A heading inside the event; no `<section>` around it, which would make each part a landmark. */
  #renderSectionTitle(text: string): TemplateResult {
    return html`<div class="section-title" role="heading" aria-level=${Math.min(6, this.#level + 1)}>${text}</div>`;
  }

  #renderSignup(t: EventTexts, event: KulturEvent): TemplateResult | typeof nothing {
    const signup = event.signup;
    // Nobody signs up for a cancelled event, not even at the organiser's.
    if (!signup || event.status === 'cancelled') return nothing;
    let content: unknown;
    if (signup.mode === 'external') {
      content = html`<p>${outboundLink(signup.url, t.signUpExternal, t.opensNewWindow)}</p>`;
    } else if (customElements.get(SIGNUP_TAG)) {
      content = this.#signupElement(event.id);
    } else {
      const seats =
        signup.available > 0 ? t.seatsLeft(signup.available) : signup.waitlist ? t.waitlistOpen : t.fullyBooked;
      content = html`<p>${seats}</p>`;
    }
    return html`<div part="signup" class="signup">${this.#renderSectionTitle(t.signUp)} ${content}</div>`;
  }

  /**
   * The signup form, made once and kept so what someone typed survives a re-render. Made with `createElement`
   * because this element does not import the signup component: the signup issue ships it.
   */
  #signupElement(id: string): HTMLElement {
    this.#signup ??= document.createElement(SIGNUP_TAG);
    this.#signup.setAttribute('event-id', id);
    // The same client this element reads with, so `client`, `api` and the provider all carry over.
    (this.#signup as HTMLElement & { client?: unknown }).client = this.feedClient;
    return this.#signup;
  }

  #renderCalendar(t: EventTexts, event: KulturEvent): TemplateResult {
    const text = {
      // A way back to the event from the calendar: the page given to share, else the organiser's, else this one.
      details: [event.summary, this.shareUrl ? this.#shareUrl() : (event.url ?? location.href)].join('\n\n'),
      location: locationOf(event),
    };
    return html`<div part="calendar" class="calendar">
      ${this.#renderSectionTitle(t.addToCalendar)}
      <ul class="links">
        <li><a href=${this.feedClient.events.eventIcsUrl(event.id)}>${t.calendarFile}</a></li>
        <li>${outboundLink(googleCalendarUrl(event, text), t.googleCalendar, t.opensNewWindow)}</li>
        <li>${outboundLink(outlookCalendarUrl(event, text), t.outlookCalendar, t.opensNewWindow)}</li>
      </ul>
    </div>`;
  }

  #renderShare(t: EventTexts): TemplateResult {
    const outcome = this.shareOutcome;
    return html`<div part="share" class="share">
      <button class="button" type="button" @click=${this.handleShare}>
        ${this.#canShare() ? t.share : t.copyLink}
      </button>
      <p role="status">
        ${
          outcome.kind === 'copied'
            ? t.linkCopied
            : outcome.kind === 'copy-failed'
              ? html`${t.copyFailed} <span class="copy-url">${outcome.url}</span>`
              : nothing
        }
      </p>
    </div>`;
  }
}
