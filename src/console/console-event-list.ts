import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CATEGORIES, MUNICIPALITIES } from '../contract/reference-data.js';
import {
  CONSOLE_EVENT_STATES,
  type ConsoleEventQuery,
  type ConsoleEventState,
  type ConsoleEventSummary,
} from '../sdk/publishing/index.js';
import { formatWhen } from '../components/format/event-format.js';
import { ConsoleElement } from './console-element.js';
import { submittedBy } from './submitted-by.js';
import { consoleStyles } from './console-styles.js';
import { consoleTextsFor, type ConsoleTexts } from './console-texts.js';
import { css } from 'lit';

declare global {
  interface HTMLElementTagNameMap {
    'console-event-list': ConsoleEventListElement;
  }
}

/**
 * The console's lists of events: by state (drafts, waiting, published, cancelled, past) with filters and search, or
 * the approval queue (`queue`: the waiting events and the published ones with a change waiting).
 *
 * @summary A list of the events the signed-in person may see.
 */
export class ConsoleEventListElement extends ConsoleElement {
  static override styles = [
    ConsoleElement.baseStyles,
    consoleStyles,
    css`
      .tabs {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em;
        padding: 0;
        margin: 0 0 1em;
        list-style: none;
      }
      .tabs a {
        display: inline-block;
        padding: 0.4em 0.75em;
        border: 2px solid var(--_color-accent);
        border-radius: var(--_radius);
        text-decoration: none;
      }
      .tabs a[aria-current='page'] {
        background: var(--_color-accent);
        color: var(--_color-on-accent);
      }
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1em;
        align-items: flex-end;
        max-width: none;
      }
      .filters .field {
        flex: 1 1 12em;
      }
      .events li {
        border-bottom: 1px solid var(--_color-border);
        padding: 0.75em 0;
      }
      .events a {
        font-weight: 600;
        font-size: 1.1em;
      }
      .meta {
        color: var(--_color-text-muted);
        margin: 0.25em 0 0;
      }
    `,
  ];

  /** Which list: `events` (by state, with filters) or `queue` (everything awaiting approval). */
  @property() mode: 'events' | 'queue' = 'events';
  /** The state shown in the events list. */
  @property() state: ConsoleEventState = 'published';

  @state() private items: ConsoleEventSummary[] = [];
  @state() private nextCursor: string | null = null;
  @state() private status: 'loading' | 'ready' | 'error' = 'loading';
  @state() private filters: Pick<ConsoleEventQuery, 'municipality' | 'category' | 'from' | 'to' | 'q'> = {};
  #abort: AbortController | undefined;

  private get t(): ConsoleTexts {
    return consoleTextsFor(this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('mode') || changed.has('state') || changed.has('client')) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  /** Loads the first page again (after a change elsewhere). */
  async load(append = false): Promise<void> {
    if (!this.client) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    if (!append) this.status = 'loading';
    try {
      const cursor = append ? (this.nextCursor ?? undefined) : undefined;
      // The queue is the `pending` state: new events sent for approval, and changes sent for approval on published ones.
      const query = this.mode === 'queue' ? { state: 'pending' as const } : { state: this.state, ...this.filters };
      const page = await this.client.workbench.list({ ...query, cursor, limit: 50 }, { signal: abort.signal });
      this.items = append ? [...this.items, ...page.items] : page.items;
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
      this.announce(this.t.listCount(this.items.length, this.nextCursor !== null));
    } catch (error) {
      if (abort.signal.aborted) return;
      this.status = 'error';
    }
  }

  private handleFilter(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => (data.get(name) as string | null)?.trim() || undefined;
    this.filters = {
      municipality: value('municipality') as ConsoleEventQuery['municipality'],
      category: value('category') as ConsoleEventQuery['category'],
      from: value('from'),
      to: value('to'),
      q: value('q'),
    };
    void this.load();
  }

  private async handleMore(): Promise<void> {
    const before = this.items.length;
    await this.load(true);
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.events a')[before]?.focus();
  }

  private renderFilters(t: ConsoleTexts) {
    const language = this.language;
    return html`<form class="filters" role="search" aria-label=${t.filters} @submit=${this.handleFilter}>
      <div class="field">
        <label for="municipality">${t.municipality}</label>
        <select id="municipality" name="municipality">
          <option value="">${t.allMunicipalities}</option>
          ${MUNICIPALITIES.map(
            (m) =>
              html`<option value=${m.id} ?selected=${this.filters.municipality === m.id}>${m.name[language]}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="category">${t.category}</label>
        <select id="category" name="category">
          <option value="">${t.allCategories}</option>
          ${CATEGORIES.map(
            (c) => html`<option value=${c.id} ?selected=${this.filters.category === c.id}>${c.name[language]}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="from">${t.fromDay}</label>
        <input id="from" name="from" type="date" .value=${this.filters.from ?? ''} />
      </div>
      <div class="field">
        <label for="to">${t.toDay}</label>
        <input id="to" name="to" type="date" .value=${this.filters.to ?? ''} />
      </div>
      <div class="field">
        <label for="q">${t.search}</label>
        <span class="hint" id="q-hint">${t.searchHint}</span>
        <input id="q" name="q" type="search" aria-describedby="q-hint" .value=${this.filters.q ?? ''} />
      </div>
      <div class="field"><button type="submit">${t.applyFilters}</button></div>
    </form>`;
  }

  private renderItem(item: ConsoleEventSummary, t: ConsoleTexts) {
    const municipality =
      MUNICIPALITIES.find((m) => m.id === item.municipality)?.name[this.language] ?? item.municipality;
    return html`<li>
      <a href="#/events/${encodeURIComponent(item.id)}">${item.title}</a>
      <p class="meta">
        ${formatWhen(item, this.language)} · ${municipality} · <span class="badge">${t.stateOne[item.state]}</span>
        ${item.pendingChange ? html` · <span class="badge">${t.pendingChange}</span>` : nothing}
        ${item.ownerEmail ? html`<br />${t.owner}: ${item.ownerEmail}` : nothing}
        ${item.submitter ? html`<br />${submittedBy(t, item.submitter)}` : nothing}
      </p>
    </li>`;
  }

  override render() {
    const t = this.t;
    const queue = this.mode === 'queue';
    return html`
      <h1 tabindex="-1">${queue ? t.queueTitle : t.listTitle}</h1>
      ${
        queue
          ? html`<p>${t.queueIntro}</p>`
          : html`<nav aria-label=${t.stateTabs}>
                <ul class="tabs">
                  ${CONSOLE_EVENT_STATES.map(
                    (state) =>
                      html`<li>
                        <a href="#/events?state=${state}" aria-current=${state === this.state ? 'page' : 'false'}
                          >${t.states[state]}</a
                        >
                      </li>`,
                  )}
                </ul>
              </nav>
              ${this.renderFilters(t)}`
      }
      ${
        this.status === 'loading'
          ? html`<p>${t.loading}</p>`
          : this.status === 'error'
            ? html`<p class="error">${t.loadFailed}</p>
                <button type="button" @click=${() => this.load()}>${t.retry}</button>`
            : this.items.length === 0
              ? html`<p>${queue ? t.queueEmpty : t.empty}</p>`
              : html`<ul class="plain events">
                    ${this.items.map((item) => this.renderItem(item, t))}
                  </ul>
                  ${
                    this.nextCursor
                      ? html`<button type="button" class="secondary" @click=${this.handleMore}>${t.more}</button>`
                      : nothing
                  }`
      }
    `;
  }
}

ConsoleElement.define('console-event-list', ConsoleEventListElement);
