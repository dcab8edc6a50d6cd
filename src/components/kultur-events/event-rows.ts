import { html, nothing, type TemplateResult } from 'lit';
import type { KulturEvent } from '../../sdk/index.js';
import { formatAmount, formatShortDate, formatWhen } from '../format/event-format.js';
import type { Language } from '../i18n/language.js';
import type { SharedTexts } from '../i18n/shared-texts.js';
import type { EventsLayout } from './kultur-events.component.js';
import { nameOf } from './reference-names.js';

/** Cancelled, postponed, rescheduled; or full, with or without a waitlist. */
function badges(t: SharedTexts, item: KulturEvent): TemplateResult | typeof nothing {
  const words: string[] = [];
  if (item.status !== 'scheduled') words.push(t[item.status]);
  if (item.status === 'scheduled' && item.signup?.mode === 'internal' && item.signup.available === 0) {
    words.push(item.signup.waitlist ? t.waitlistOpen : t.fullyBooked);
  }
  return words.length
    ? html`<p class="badges">${words.map((badge) => html`<span part="badge" class="badge">${badge}</span>`)}</p>`
    : nothing;
}

/**
 * The control that opens an event: a link to its page at `url`, or without one a button that opens a dialog; `onSelect`
 * takes the click on either.
 */
export function titleControl(
  item: KulturEvent,
  url: string | undefined,
  onSelect: (event: MouseEvent) => void,
): TemplateResult {
  return url
    ? html`<a class="title-control" href=${url} data-event-id=${item.id} @click=${onSelect}>${item.title}</a>`
    : html`<button
        class="title-control"
        type="button"
        data-event-id=${item.id}
        aria-haspopup="dialog"
        @click=${onSelect}
      >
        ${item.title}
      </button>`;
}

/** An event's title: a heading of `level` holding its titleControl(). */
export function eventTitle(
  item: KulturEvent,
  id: string,
  level: number,
  url: string | undefined,
  onSelect: (event: MouseEvent) => void,
): TemplateResult {
  const control = titleControl(item, url, onSelect);
  return html`<div part="item-title" class="title" role="heading" aria-level=${level} id=${id}>${control}</div>`;
}

/**
 * The row of one event in `layout`: a card in the list and the grid, a line in `compact`. `title` is its eventTitle(),
 * with the id `titleId` that the card is labelled by.
 */
export function eventRow(
  t: SharedTexts,
  language: Language,
  layout: EventsLayout,
  item: KulturEvent,
  titleId: string,
  title: TemplateResult,
): TemplateResult {
  if (layout === 'compact') {
    return html`<li part="item" class="item">
      <time datetime=${item.start}>${formatShortDate(item.start, language)}</time>
      ${title}
      <span class="compact-place">${item.venue?.city ?? t.online}</span>
      ${badges(t, item)}
    </li>`;
  }
  const place = item.venue ? `${item.venue.name}, ${item.venue.city}` : t.online;
  const municipality = nameOf(item.municipality, language);
  const categories = item.categories.map((id) => nameOf(id, language));
  return html`<li part="item" class="item">
    <article aria-labelledby=${titleId}>
      ${title}
      ${
        layout === 'grid' && item.image
          ? html`<img part="item-image" class="image" src=${item.image.url} alt=${item.image.alt} loading="lazy" />`
          : nothing
      }
      ${badges(t, item)}
      <p part="item-meta" class="meta">
        <time datetime=${item.start}>${formatWhen(item, language)}</time>
        <span class="place">${place}${municipality ? html` · ${municipality}` : nothing}</span>
      </p>
      <p class="summary">${item.summary}</p>
      <p class="facts">
        <span class="price">${item.price === 0 ? t.free : t.price(formatAmount(item.price, language))}</span>
        ${
          item.signup?.mode === 'internal' && item.signup.available > 0
            ? html`<span class="seats">${t.seatsLeft(item.signup.available)}</span>`
            : nothing
        }
        <span class="categories">${categories.join(', ')}</span>
      </p>
    </article>
  </li>`;
}

/**
 * The rows while the listing loads. Enough to reach past the fold on a laptop screen (6 rows of about 10em, or 20
 * compact lines of 2.6em): what follows the listing is then off screen while it loads. Each row is built like a typical
 * event's row (a line of title, two of time and place, one of summary, one of facts) from the same elements and
 * classes, so it has that row's height in every theme and the events arriving move nothing (layout shift, issue 7).
 */
export function skeletonRows(t: SharedTexts, layout: EventsLayout, limit: number): TemplateResult {
  const rows = Math.min(limit || 20, layout === 'compact' ? 20 : 6);
  const bone = (size = '') => html`<span class="bone ${size}">&nbsp;</span>`;
  const row =
    layout === 'compact'
      ? html`<li class="item">
          <time>${bone()}</time>
          <div class="title">${bone('long')}</div>
        </li>`
      : html`<li class="item">
          <article>
            <div class="title">${bone()}</div>
            ${layout === 'grid' ? html`<span class="image"></span>` : nothing}
            <p class="meta">${bone('long')}${bone('short')}</p>
            <p class="summary">${bone('long')}</p>
            <p class="facts">${bone('short')}</p>
          </article>
        </li>`;
  return html`
    <p class="visually-hidden">${t.loading}</p>
    <ul class="list skeleton layout-${layout}" aria-hidden="true">
      ${Array.from({ length: rows }, () => row)}
    </ul>
  `;
}
