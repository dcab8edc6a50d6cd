import type { KulturEvent } from '@kulturregion/kultur/contract';
import { REGION_TIME_ZONE, regionDate } from '../time/region-clock.js';
import { html, inlineStyle, type SafeHtml } from '../http/html.js';
import type { ListingLanguage } from './listing-title.js';

/** What one page of the plain HTML listing shows. Links are relative to `/v1/events.html`. */
export interface ListingPageContent {
  language: ListingLanguage;
  /** Names the listing's filters: "Kultur i Lolland – kurser". */
  title: string;
  events: readonly KulturEvent[];
  /** The next page, when there is one. */
  nextHref?: string;
  /** The first page, when this is a later one. */
  firstHref?: string;
  /** The same listing as an iCalendar subscription. */
  calendarHref: string;
  /** The same page in the other language. */
  otherLanguageHref: string;
}

const locales: Record<ListingLanguage, string> = { da: 'da-DK', en: 'en-GB' };

const da = {
  statuses: { cancelled: 'Aflyst', postponed: 'Udsat', rescheduled: 'Flyttet' },
  where: 'Sted',
  online: 'Online',
  price: 'Pris',
  free: 'Gratis',
  kroner: (amount: string) => `${amount} kr.`,
  organizer: 'Arrangør',
  signup: 'Tilmelding',
  signupHere: 'Tilmeld dig hos arrangøren',
  seatsLeft: (n: number) => (n === 1 ? '1 ledig plads' : `${n} ledige pladser`),
  waitlist: 'Fuldt, men der er venteliste',
  full: 'Fuldt',
  accessibility: 'Tilgængelighed',
  readMore: 'Læs mere',
  about: 'om',
  addToCalendar: 'Føj til kalender',
  empty: 'Der er ingen arrangementer, der passer til udvalget.',
  pages: 'Sider',
  next: 'Næste side',
  first: 'Første side',
  calendar: 'Hent listen som kalender (iCalendar)',
  calendarHint: 'Kopiér linket og abonnér på det i din kalender, så kommer nye arrangementer med af sig selv.',
  otherLanguage: 'English',
  region: 'Kulturregion Storstrøm',
};

const texts: Record<ListingLanguage, typeof da> = {
  da,
  en: {
    statuses: { cancelled: 'Cancelled', postponed: 'Postponed', rescheduled: 'Rescheduled' },
    where: 'Where',
    online: 'Online',
    price: 'Price',
    free: 'Free',
    kroner: (amount: string) => `DKK ${amount}`,
    organizer: 'Organiser',
    signup: 'Signup',
    signupHere: 'Sign up with the organiser',
    seatsLeft: (n: number) => (n === 1 ? '1 seat left' : `${n} seats left`),
    waitlist: 'Full; there is a waitlist',
    full: 'Full',
    accessibility: 'Accessibility',
    readMore: 'Read more',
    about: 'about',
    addToCalendar: 'Add to calendar',
    empty: 'No events match this selection.',
    pages: 'Pages',
    next: 'Next page',
    first: 'First page',
    calendar: 'Get the listing as a calendar (iCalendar)',
    calendarHint: 'Copy the link and subscribe to it in your calendar app to get new events as they are published.',
    otherLanguage: 'Dansk',
    region: 'Kulturregion Storstrøm',
  },
};

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: ListingLanguage, allDay: boolean): Intl.DateTimeFormat {
  const key = `${language}:${allDay}`;
  let format = formats.get(key);
  if (!format) {
    const style: Intl.DateTimeFormatOptions = allDay
      ? { dateStyle: 'full' }
      : { dateStyle: 'full', timeStyle: 'short' };
    format = new Intl.DateTimeFormat(locales[language], { ...style, timeZone: REGION_TIME_ZONE });
    formats.set(key, format);
  }
  return format;
}

/** When, in the region's time; a machine-readable start for the `<time>` element (a day for all-day events). */
function when(event: KulturEvent, language: ListingLanguage): SafeHtml {
  const start = Date.parse(event.start);
  // An all-day event ends at 23:59 or midnight on its last day: a millisecond back finds that day either way.
  const end = event.allDay ? Math.max(start, Date.parse(event.end) - 1) : Date.parse(event.end);
  const format = dateFormat(language, event.allDay);
  const text = end > start ? format.formatRange(start, end) : format.format(start);
  return html`<time datetime="${event.allDay ? regionDate(start) : event.start}">${text}</time>`;
}

function price(event: KulturEvent, language: ListingLanguage): string {
  const t = texts[language];
  if (event.price === 0) return t.free;
  return t.kroner(new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 }).format(event.price));
}

function where(event: KulturEvent, language: ListingLanguage): SafeHtml {
  const { venue, online } = event;
  const place = venue && html`${venue.name}, ${venue.address}, ${venue.postalCode} ${venue.city}`;
  const remote = online && html`${texts[language].online}: <a href="${online.url}">${online.url}</a>`;
  return place && remote ? html`${place}<br />${remote}` : (place ?? remote ?? html``);
}

function signup(event: KulturEvent, language: ListingLanguage): SafeHtml | undefined {
  const t = texts[language];
  const { signup: settings } = event;
  if (!settings || event.status === 'cancelled') return undefined;
  if (settings.mode === 'external') return html`<a href="${settings.url}">${t.signupHere}</a>`;
  if (settings.available > 0) return html`${t.seatsLeft(settings.available)}`;
  return html`${settings.waitlist ? t.waitlist : t.full}`;
}

/** A term and its description, left out when there is nothing to say. */
function fact(term: string, description: SafeHtml | string | undefined): SafeHtml {
  return description
    ? html`<div>
        <dt>${term}</dt>
        <dd>${description}</dd>
      </div>`
    : html``;
}

/** A link with short visible text and, for screen readers' link lists, which lose the context, the rest hidden. */
function eventLink(href: string, text: string, hidden: string): SafeHtml {
  return html`<a href="${href}">${text}<span class="visually-hidden">${hidden}</span></a>`;
}

function eventItem(event: KulturEvent, language: ListingLanguage): SafeHtml {
  const t = texts[language];
  const status = event.status === 'scheduled' ? undefined : t.statuses[event.status];
  const headingId = `event-${event.id}`;
  return html`<li>
    <article aria-labelledby="${headingId}">
      <h2 id="${headingId}">${status ? html`<span class="status">${status}:</span> ` : ''}${event.title}</h2>
      <p class="when">${when(event, language)}</p>
      ${event.cancellationReason ? html`<p class="status">${event.cancellationReason}</p>` : ''}
      <p>${event.summary}</p>
      <dl>
        ${fact(t.where, where(event, language))} ${fact(t.price, price(event, language))}
        ${fact(
          t.organizer,
          event.organizer.url
            ? html`<a href="${event.organizer.url}">${event.organizer.name}</a>`
            : html`${event.organizer.name}`,
        )}
        ${fact(t.signup, signup(event, language))} ${fact(t.accessibility, event.accessibility)}
      </dl>
      <p class="links">
        ${event.url ? eventLink(event.url, t.readMore, ` ${t.about} ${event.title}`) : ''}
        ${eventLink(`events/${event.id}.ics`, t.addToCalendar, `: ${event.title}`)}
      </p>
    </article>
  </li>`;
}

const style = inlineStyle(`
body { font: 100%/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; }
h2 { font-size: 1.25rem; line-height: 1.3; margin: 0 0 0.25rem; }
a { color: #0b4f8a; }
a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
ol { list-style: none; margin: 0; padding: 0; }
li { border-top: 1px solid #c8c8c8; padding: 1.25rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.75rem 0; }
dl div { display: contents; }
dt { font-weight: 600; }
dd { margin: 0; }
.when { font-weight: 600; margin: 0; }
.status { color: #a3161a; }
.links a { margin-right: 1.25rem; }
.meta { color: #4a4a4a; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
nav { border-top: 1px solid #c8c8c8; padding-top: 1rem; }
nav a { margin-right: 1.25rem; }
`);

/**
 * The page's one style is inline and allowed by its hash; nothing may load or run. Any site may frame the page: it
 * has no form and no state for a framing page to trick anyone into changing.
 */
const contentSecurityPolicy = [
  "default-src 'none'",
  `style-src ${style.source}`,
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

/** Headers for the listing: public and cacheable like the feed's reads, and meant for search engines too. */
export function listingHeaders(language: ListingLanguage, cacheControl: string): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-language': language,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    // The links lead to organisers' pages: they learn the feed's origin, never the filters in the address.
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cache-control': cacheControl,
  };
}

/** The plain HTML listing: no script, every text from the feed escaped by the `html` tag. */
export function eventsHtmlPage(page: ListingPageContent): string {
  const t = texts[page.language];
  const other = page.language === 'da' ? 'en' : 'da';
  const list = page.events.length
    ? html`<ol>
        ${page.events.map((event) => eventItem(event, page.language))}
      </ol>`
    : html`<p>${t.empty}</p>`;
  const pages =
    page.nextHref || page.firstHref
      ? html`<nav aria-label="${t.pages}">
          ${page.firstHref ? html`<a href="${page.firstHref}">${t.first}</a>` : ''}
          ${page.nextHref ? html`<a href="${page.nextHref}" rel="next">${t.next}</a>` : ''}
        </nav>`
      : '';
  return html`<!doctype html>
    <html lang="${page.language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title} | ${t.region}</title>
        <link rel="alternate" type="text/calendar" href="${page.calendarHref}" title="${page.title}" />
        <link rel="alternate" hreflang="${other}" href="${page.otherLanguageHref}" />
        ${style.element}
      </head>
      <body>
        <main>
          <h1>${page.title}</h1>
          <p class="meta">
            <a href="${page.otherLanguageHref}" hreflang="${other}" lang="${other}">${t.otherLanguage}</a>
          </p>
          ${list} ${pages}
          <p class="meta"><a href="${page.calendarHref}">${t.calendar}</a>. ${t.calendarHint}</p>
        </main>
      </body>
    </html> `.value;
}
