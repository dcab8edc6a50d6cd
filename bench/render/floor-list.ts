/**
 * The floor's list: the markup of `<kultur-events>`'s list layout for `items`, written with createElement and
 * textContent, no framework and no validation. Shared by the render bench and the first-visit bench.
 */
import { formatAmount, formatWhen } from '../../src/components/format/event-format.js';
import { sharedTextsFor } from '../../src/components/i18n/shared-texts.js';
import { nameOf } from '../../src/components/kultur-events/reference-names.js';
import type { KulturEvent } from '../../src/sdk/index.js';

/** `<div class="base"><ol class="list layout-list">…</ol></div>`, in Danish as the element's default. */
export function floorList(items: readonly KulturEvent[]): { base: HTMLDivElement; list: HTMLOListElement } {
  const t = sharedTextsFor('da');
  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const made = document.createElement(tag);
    if (className) made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  };
  const base = make('div', 'base');
  const list = make('ol', 'list layout-list');
  list.setAttribute('aria-label', t.eventsRegion);
  for (const item of items) {
    const li = make('li', 'item');
    const article = make('article');
    const heading = make('div', 'title');
    heading.setAttribute('role', 'heading');
    heading.setAttribute('aria-level', '3');
    const button = make('button', 'title-control', item.title);
    button.type = 'button';
    heading.append(button);
    const meta = make('p', 'meta');
    const time = make('time', undefined, formatWhen(item, 'da'));
    time.dateTime = item.start;
    const place = item.venue ? `${item.venue.name}, ${item.venue.city}` : t.online;
    meta.append(time, make('span', 'place', `${place} · ${nameOf(item.municipality, 'da')}`));
    const facts = make('p', 'facts');
    facts.append(
      make('span', 'price', item.price === 0 ? t.free : t.price(formatAmount(item.price, 'da'))),
      make('span', 'categories', item.categories.map((id) => nameOf(id, 'da')).join(', ')),
    );
    article.append(heading, meta, make('p', 'summary', item.summary), facts);
    li.append(article);
    list.append(li);
  }
  base.append(list);
  return { base, list };
}
