import { css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { AUDIENCE_IDS } from '../contract/schema.js';
import { CATEGORIES, MUNICIPALITIES } from '../contract/reference-data.js';
import type { NumbersQuery, Numbers, NumbersRow } from '../sdk/publishing/index.js';
import { ConsoleElement } from './console-element.js';
import { consoleStyles } from './console-styles.js';
import { consoleTextsFor } from './console-texts.js';
import { participantTextsFor, type ParticipantTexts } from './participant-texts.js';
import { regionWallClock } from '../components/format/region-time.js';

declare global {
  interface HTMLElementTagNameMap {
    'console-numbers': ConsoleNumbersElement;
  }
}

const COLUMNS = [
  'events',
  'cancelledEvents',
  'signups',
  'seats',
  'attended',
  'noShows',
  'waitlisted',
  'cancellations',
] as const satisfies readonly (keyof NumbersRow)[];
type Column = (typeof COLUMNS)[number];

/**
 * The numbers for the culture agreement's status reports: a period and filters, the totals, a chart per month
 * (horizontal bars made of plain elements, each with its number as text, so a screen reader reads a list of values and
 * nothing is drawn on a canvas; the widths are set through the CSSOM, which the page's strict style policy allows), tables per month, municipality, category and audience, and a link to the same as CSV.
 *
 * @summary The numbers the region reports.
 */
export class ConsoleNumbersElement extends ConsoleElement {
  static override styles = [
    ConsoleElement.baseStyles,
    consoleStyles,
    css`
      .scroll {
        overflow-x: auto;
        max-width: 100%;
        margin: 0 0 1.5em;
      }
      .scroll:focus-visible {
        outline: 3px solid var(--_color-focus);
      }
      table {
        min-width: 40em;
      }
      th[scope='col'],
      td.n {
        text-align: right;
      }
      th[scope='col']:first-child {
        text-align: left;
      }
      caption {
        text-align: left;
        font-weight: 600;
        padding: 0.25em 0;
      }
      .chart {
        list-style: none;
        padding: 0;
        margin: 0;
        max-width: 40em;
      }
      .chart li {
        display: grid;
        grid-template-columns: minmax(6em, 9em) 1fr;
        gap: 0.25em 0.5em;
        align-items: center;
        margin: 0.25em 0;
      }
      .track {
        display: flex;
        align-items: center;
        gap: 0.4em;
        min-width: 0;
      }
      .bar {
        height: 1.25em;
        background: var(--_color-accent);
        border-radius: 0 var(--_radius) var(--_radius) 0;
        min-width: 2px;
        border: 1px solid transparent;
      }
      .value {
        font-variant-numeric: tabular-nums;
        font-weight: 600;
      }
      figure {
        margin: 0 0 1.5em;
      }
      figcaption {
        font-weight: 600;
        margin: 0 0 0.5em;
      }
    `,
  ];

  @state() private numbers: Numbers | undefined;
  @state() private query: NumbersQuery = {};
  @state() private loadState: 'loading' | 'ready' | 'error' = 'loading';
  @state() private measure: Column = 'seats';

  private get t(): ParticipantTexts {
    return participantTextsFor(this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') && this.client) void this.load();
  }

  protected override updated(): void {
    // Set through the CSSOM: the console's policy (style-src 'self') refuses style attributes, not this.
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('.bar[data-share]')) {
      bar.style.width = `${Number(bar.dataset.share) * 85}%`;
    }
  }

  /** Loads the numbers for the query. */
  async load(): Promise<void> {
    this.loadState = 'loading';
    try {
      this.numbers = await this.client!.numbers.get(this.query);
      this.loadState = 'ready';
    } catch {
      this.loadState = 'error';
    }
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => ((data.get(name) as string | null) ?? '').trim() || undefined;
    const list = <T extends string>(name: string) => (value(name) ? [value(name) as T] : undefined);
    this.query = {
      from: value('from'),
      to: value('to'),
      municipality: list('municipality'),
      category: list('category'),
      audience: list('audience'),
    };
    await this.load();
    if (this.numbers) this.announce(this.t.numbersLoaded(this.numbers.from, this.numbers.to));
  }

  private nameOf(kind: 'municipality' | 'category' | 'audience', id: string): string {
    const t = this.t;
    if (kind === 'audience') return t.audiences[id] ?? id;
    const list = kind === 'municipality' ? MUNICIPALITIES : CATEGORIES;
    return list.find((item) => item.id === id)?.name[this.language] ?? id;
  }

  private table(caption: string, first: string, rows: { label: string; row: NumbersRow }[], totals?: NumbersRow) {
    const t = this.t;
    const cells = (row: NumbersRow) => COLUMNS.map((column) => html`<td class="n">${row[column]}</td>`);
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${t.scrollTable(caption)}>
      <table>
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${first}</th>
            ${COLUMNS.map((column) => html`<th scope="col">${t.columns[column]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ label, row }) =>
              html`<tr>
                <th scope="row">${label}</th>
                ${cells(row)}
              </tr>`,
          )}
        </tbody>
        ${
          totals
            ? html`<tfoot>
                <tr>
                  <th scope="row">${t.totals}</th>
                  ${cells(totals)}
                </tr>
              </tfoot>`
            : nothing
        }
      </table>
    </div>`;
  }

  private chart(numbers: Numbers) {
    const t = this.t;
    const measure = this.measure;
    const largest = Math.max(1, ...numbers.byMonth.map((row) => row[measure]));
    return html`<h2>${t.chartTitle}</h2>
      <div class="field">
        <label for="measure">${t.chartMeasure}</label>
        <select id="measure" @change=${(e: Event) => (this.measure = (e.target as HTMLSelectElement).value as Column)}>
          ${COLUMNS.map(
            (column) => html`<option value=${column} ?selected=${column === measure}>${t.columns[column]}</option>`,
          )}
        </select>
      </div>
      <figure>
        <figcaption id="chart-caption">${t.chartCaption(t.columns[measure])}</figcaption>
        <ul class="chart" aria-labelledby="chart-caption">
          ${numbers.byMonth.map(
            (row) =>
              html`<li>
                <span>${t.monthName(row.month)}</span>
                <span class="track">
                  <span class="bar" aria-hidden="true" data-share=${row[measure] / largest}></span>
                  <span class="value">${row[measure]}</span>
                </span>
              </li>`,
          )}
        </ul>
      </figure>`;
  }

  override render() {
    const t = this.t;
    const shared = consoleTextsFor(this.language);
    const numbers = this.numbers;
    const year = regionWallClock(new Date()).date.slice(0, 4);
    const q = this.query;
    return html`
      <h1 tabindex="-1">${t.numbersTitle}</h1>
      <p>${t.numbersIntro}</p>
      <form novalidate @submit=${this.handleSubmit}>
        <fieldset>
          <legend>${t.numbersFilters}</legend>
          <div class="row">
            <div class="field">
              <label for="from">${t.from}</label>
              <input id="from" name="from" type="date" .value=${q.from ?? numbers?.from ?? `${year}-01-01`} />
            </div>
            <div class="field">
              <label for="to">${t.to}</label>
              <input id="to" name="to" type="date" .value=${q.to ?? numbers?.to ?? `${year}-12-31`} />
            </div>
          </div>
          <div class="field">
            <label for="municipality">${t.municipality}</label>
            <select id="municipality" name="municipality">
              <option value="">${t.allMunicipalities}</option>
              ${MUNICIPALITIES.map(
                (m) =>
                  html`<option value=${m.id} ?selected=${q.municipality?.[0] === m.id}>
                    ${m.name[this.language]}
                  </option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="category">${t.category}</label>
            <select id="category" name="category">
              <option value="">${t.allCategories}</option>
              ${CATEGORIES.map(
                (c) =>
                  html`<option value=${c.id} ?selected=${q.category?.[0] === c.id}>${c.name[this.language]}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="audience">${t.audience}</label>
            <select id="audience" name="audience">
              <option value="">${t.allAudiences}</option>
              ${AUDIENCE_IDS.map(
                (id) => html`<option value=${id} ?selected=${q.audience?.[0] === id}>${t.audiences[id]}</option>`,
              )}
            </select>
          </div>
          <button type="submit">${t.show}</button>
        </fieldset>
      </form>
      ${
        this.loadState === 'error'
          ? html`<p class="error">${shared.loadFailed}</p>
              <button type="button" @click=${() => this.load()}>${shared.retry}</button>`
          : !numbers || this.loadState === 'loading'
            ? html`<p>${shared.loading}</p>`
            : html`
                <p><a href=${this.client!.numbers.csvUrl(this.query)} download>${t.numbersCsv}</a></p>
                ${this.chart(numbers)}
                <h2>${t.byMonth}</h2>
                ${this.table(
                  t.byMonth,
                  t.byMonth,
                  numbers.byMonth.map((row) => ({ label: t.monthName(row.month), row })),
                  numbers.totals,
                )}
                <p class="hint">${t.noShowsNote}</p>
                <h2>${t.byMunicipality}</h2>
                ${this.table(
                  t.byMunicipality,
                  t.municipality,
                  numbers.byMunicipality.map((row) => ({ label: this.nameOf('municipality', row.municipality), row })),
                )}
                <h2>${t.byCategory}</h2>
                <p class="hint">${t.overlapNote}</p>
                ${this.table(
                  t.byCategory,
                  t.category,
                  numbers.byCategory.map((row) => ({ label: this.nameOf('category', row.category), row })),
                )}
                <h2>${t.byAudience}</h2>
                ${this.table(
                  t.byAudience,
                  t.audience,
                  numbers.byAudience.map((row) => ({ label: this.nameOf('audience', row.audience), row })),
                )}
              `
      }
    `;
  }
}

ConsoleElement.define('console-numbers', ConsoleNumbersElement);
