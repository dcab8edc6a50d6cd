import { html, type TemplateResult } from 'lit';
import type { KulturEvent } from '../../sdk/index.js';

/**
 * The control that opens an event: a link to its page at `url`, or without one a button that opens a dialog; `onSelect`
 * takes the click on either. For the month view, which renders it again with every update and keeps the focus on it;
 * the listing's rows build the same markup with DOM calls (`title()` in event-rows.ts): a change here goes there too.
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
