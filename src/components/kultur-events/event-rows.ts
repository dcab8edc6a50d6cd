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

/**
 * An element of `className` with `children`; a string child becomes a text node (never parsed as HTML). Other
 * attributes are set by the caller, one call or property each: in a first visit this code runs cold for every row, and
 * with a loop over an object of attributes instead, 100 rows took about a third longer to build (issue 21).
 */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  made.append(...children);
  return made;
}

/** `made` with the part `part`: the name a page styles it by (`::part`). */
function withPart<E extends Element>(made: E, part: string): E {
  made.setAttribute('part', part);
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
  const spans = words.map((word) => withPart(element('span', 'badge', word), 'badge'));
  return [element('p', 'badges', ...spans)];
}

/** A `<time>` of the instant `iso`, reading `text`. */
function time(iso: string, text: string): HTMLTimeElement {
  const made = element('time', '', text);
  made.dateTime = iso;
  return made;
}

/**
 * The title: a heading holding a link to the event's page, or a button that opens the dialog. The month view's Lit
 * twin is `eventTitle()` in event-title.ts: a change here goes there too.
 */
function title(item: KulturEvent, s: RowSettings): HTMLDivElement {
  let control: HTMLAnchorElement | HTMLButtonElement;
  if (s.url) {
    control = element('a', 'title-control', item.title);
    control.href = s.url;
  } else {
    control = element('button', 'title-control', item.title);
    control.type = 'button';
    control.setAttribute('aria-haspopup', 'dialog');
  }
  control.dataset['eventId'] = item.id;
  const heading = withPart(element('div', 'title', control), 'item-title');
  heading.setAttribute('role', 'heading');
  heading.setAttribute('aria-level', String(s.level));
  heading.id = s.titleId;
  return heading;
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
    return withPart(
      element(
        'li',
        'item',
        time(item.start, formatShortDate(item.start, language)),
        title(item, s),
        element('span', 'compact-place', item.venue?.city ?? t.online),
        ...badges(t, item),
      ),
      'item',
    );
  }
  const place = item.venue ? `${item.venue.name}, ${item.venue.city}` : t.online;
  const municipality = nameOf(item.municipality, language);
  const facts = element(
    'p',
    'facts',
    element('span', 'price', item.price === 0 ? t.free : t.price(formatAmount(item.price, language))),
  );
  if (item.signup?.mode === 'internal' && item.signup.available > 0) {
    facts.append(element('span', 'seats', t.seatsLeft(item.signup.available)));
  }
  facts.append(element('span', 'categories', item.categories.map((id) => nameOf(id, language)).join(', ')));
  const article = element('article', '', title(item, s));
  article.setAttribute('aria-labelledby', s.titleId);
  if (s.layout === 'grid' && item.image) {
    const image = withPart(element('img', 'image'), 'item-image');
    // `loading` before `src`: an image that is not lazy when its src is set starts loading at once.
    image.loading = 'lazy';
    image.src = item.image.url;
    image.alt = item.image.alt;
    article.append(image);
  }
  article.append(
    ...badges(t, item),
    withPart(
      element(
        'p',
        'meta',
        time(item.start, formatWhen(item, language)),
        element('span', 'place', municipality ? `${place} · ${municipality}` : place),
      ),
      'item-meta',
    ),
    element('p', 'summary', item.summary),
    facts,
  );
  return withPart(element('li', 'item', article), 'item');
}
