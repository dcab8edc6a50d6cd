import type { KulturEvent } from '../../sdk/index.js';
import { formatAmount, formatShortDate, formatWhen } from '../format/event-format.js';
import type { Language } from '../i18n/language.js';
import type { SharedTexts } from '../i18n/shared-texts.js';
import type { EventsLayout } from './kultur-events.component.js';
import { nameOf } from './reference-names.js';

/** What a row depends on besides its event. */
export interface RowSettings {
  t: SharedTexts;
  language: Language;
  layout: EventsLayout;
  /** Level of the title's heading, 2 to 6. */
  level: number;
  /** The id of the event's title, which its card is labelled by. */
  titleId: string;
  /** The event's own page, or undefined: its title is then a button that opens the dialog. */
  url: string | undefined;
}

/** An element with attributes and children; a string child becomes a text node (never parsed as HTML). */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const name in attributes) made.setAttribute(name, attributes[name]!);
  made.append(...children);
  return made;
}

/** Cancelled, postponed, rescheduled; or full, with or without a waitlist. */
function badges(t: SharedTexts, item: KulturEvent): HTMLParagraphElement[] {
  const words: string[] = [];
  if (item.status !== 'scheduled') words.push(t[item.status]);
  if (item.status === 'scheduled' && item.signup?.mode === 'internal' && item.signup.available === 0) {
    words.push(item.signup.waitlist ? t.waitlistOpen : t.fullyBooked);
  }
  if (!words.length) return [];
  const spans = words.map((word) => element('span', { part: 'badge', class: 'badge' }, word));
  return [element('p', { class: 'badges' }, ...spans)];
}

/**
 * The title: a heading holding a link to the event's page, or a button that opens the dialog. The month view's Lit
 * twin is `eventTitle()` in event-title.ts: a change here goes there too.
 */
function title(item: KulturEvent, s: RowSettings): HTMLDivElement {
  const control = s.url
    ? element('a', { class: 'title-control', href: s.url, 'data-event-id': item.id }, item.title)
    : element(
        'button',
        { class: 'title-control', type: 'button', 'data-event-id': item.id, 'aria-haspopup': 'dialog' },
        item.title,
      );
  return element(
    'div',
    { part: 'item-title', class: 'title', role: 'heading', 'aria-level': String(s.level), id: s.titleId },
    control,
  );
}

/**
 * The row of one event: a card in the list and the grid, a line in `compact`. Built with DOM calls rather than a Lit
 * template: a listing's first visit renders its whole page of rows in code the browser has never run, and Lit's
 * templates, parts and directives for 100 rows cost several times the DOM they make there (issue 21's trace). Every
 * text goes in as a text node. A click on its title control is for the listing to take (one listener on the list).
 */
export function eventRow(item: KulturEvent, s: RowSettings): HTMLLIElement {
  const { t, language } = s;
  if (s.layout === 'compact') {
    return element(
      'li',
      { part: 'item', class: 'item' },
      element('time', { datetime: item.start }, formatShortDate(item.start, language)),
      title(item, s),
      element('span', { class: 'compact-place' }, item.venue?.city ?? t.online),
      ...badges(t, item),
    );
  }
  const place = item.venue ? `${item.venue.name}, ${item.venue.city}` : t.online;
  const municipality = nameOf(item.municipality, language);
  const facts = element(
    'p',
    { class: 'facts' },
    element('span', { class: 'price' }, item.price === 0 ? t.free : t.price(formatAmount(item.price, language))),
  );
  if (item.signup?.mode === 'internal' && item.signup.available > 0) {
    facts.append(element('span', { class: 'seats' }, t.seatsLeft(item.signup.available)));
  }
  facts.append(element('span', { class: 'categories' }, item.categories.map((id) => nameOf(id, language)).join(', ')));
  // `loading` before `src`: an image that is not lazy when its src is set starts loading at once.
  const image =
    s.layout === 'grid' && item.image
      ? [
          element('img', {
            part: 'item-image',
            class: 'image',
            loading: 'lazy',
            src: item.image.url,
            alt: item.image.alt,
          }),
        ]
      : [];
  return element(
    'li',
    { part: 'item', class: 'item' },
    element(
      'article',
      { 'aria-labelledby': s.titleId },
      title(item, s),
      ...image,
      ...badges(t, item),
      element(
        'p',
        { part: 'item-meta', class: 'meta' },
        element('time', { datetime: item.start }, formatWhen(item, language)),
        element('span', { class: 'place' }, municipality ? `${place} · ${municipality}` : place),
      ),
      element('p', { class: 'summary' }, item.summary),
      facts,
    ),
  );
}
