import { html, nothing, type TemplateResult } from 'lit';
import type { SharedTexts } from '../i18n/shared-texts.js';
import type { EventsLayout } from './kultur-events.component.js';

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
