import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DELIVERY_STATES, isKulturError, type DeliveryState, type MailLogEntry } from '../sdk/publishing/index.js';
import { ConsoleElement } from './console-element.js';
import { consoleStyles } from './console-styles.js';
import { consoleTextsFor } from './console-texts.js';
import { messageTextsFor, type MessageTexts } from './message-texts.js';

declare global {
  interface HTMLElementTagNameMap {
    'console-mail-log': ConsoleMailLogElement;
  }
}

/** The feed's page size for the mail log: a full page may have more behind it. */
const PAGE = 100;

/**
 * The mail log: each message with its delivery state (queued, sent, or failed with the mail server's reason), and a
 * button that sends a failed one again. With `event-id`, the mails of one event (a part of the event's messages
 * page, under an `h2`); without, every mail of the system (the administrators' page, under an `h1`).
 *
 * @summary The mail log, with retry.
 */
export class ConsoleMailLogElement extends ConsoleElement {
  static override styles = [
    ConsoleElement.baseStyles,
    consoleStyles,
    css`
      .log > li {
        border-bottom: 1px solid var(--_color-border);
        padding: 0.6em 0;
      }
      .log p {
        margin: 0.2em 0;
      }
      .subject {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .meta {
        font-size: 0.9em;
        overflow-wrap: anywhere;
      }
      .failed {
        color: var(--_color-danger);
        font-weight: 600;
      }
    `,
  ];

  /** The event whose mails are shown; empty for the whole log. */
  @property({ attribute: 'event-id' }) eventId = '';

  @state() private items: MailLogEntry[] | undefined;
  @state() private failed = false;
  @state() private filter: DeliveryState | '' = '';
  @state() private more = false;
  @state() private message = '';

  private get t(): MessageTexts {
    return messageTextsFor(this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('eventId') || changed.has('client')) void this.load();
  }

  /** Loads the first page again. */
  async load(): Promise<void> {
    if (!this.client) return;
    try {
      const items = await this.#page();
      this.items = items;
      this.more = items.length === PAGE;
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  #page(before?: number): Promise<MailLogEntry[]> {
    const query = { ...(this.filter ? { state: this.filter } : {}), ...(before ? { before } : {}) };
    return this.client!.messages.log(this.eventId || null, query);
  }

  private async handleMore(): Promise<void> {
    const last = this.items?.at(-1);
    if (!last) return;
    try {
      const next = await this.#page(last.id);
      this.items = [...this.items!, ...next];
      this.more = next.length === PAGE;
      this.announce(this.t.count(this.items.length));
    } catch {
      this.announce(consoleTextsFor(this.language).loadFailed);
    }
  }

  private handleFilter(event: Event): void {
    this.filter = (event.target as HTMLSelectElement).value as DeliveryState | '';
    void this.load();
  }

  private async handleRetry(mail: MailLogEntry): Promise<void> {
    try {
      await this.client!.messages.retry(mail.id);
      this.message = this.t.retried(mail.to);
      await this.load();
    } catch (error) {
      this.message =
        isKulturError(error, 'KulturHttpError') && error.status === 409
          ? this.t.notFailed
          : consoleTextsFor(this.language).loadFailed;
    }
    this.announce(this.message);
    this.renderRoot.querySelector<HTMLElement>('#log-heading')?.focus();
  }

  override render() {
    const t = this.t;
    const common = consoleTextsFor(this.language);
    const when = new Intl.DateTimeFormat(this.language === 'en' ? 'en-GB' : 'da-DK', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Copenhagen',
    });
    const heading = this.eventId
      ? html`<h2 id="log-heading" tabindex="-1">${t.logTitle}</h2>`
      : html`<h1 id="log-heading" tabindex="-1">${t.logTitle}</h1>`;
    return html`
      ${heading}
      <p>${this.eventId ? t.logIntro : t.logIntroAll}</p>
      <div role="status" class=${this.message ? 'notice' : ''}>${this.message}</div>
      <div class="field">
        <label for="log-state">${t.stateFilter}</label>
        <select id="log-state" @change=${this.handleFilter}>
          <option value="" ?selected=${this.filter === ''}>${t.allStates}</option>
          ${DELIVERY_STATES.map(
            (value) => html`<option value=${value} ?selected=${this.filter === value}>${t.states[value]}</option>`,
          )}
        </select>
      </div>
      ${
        this.failed
          ? html`<p class="error">${common.loadFailed}</p>
              <button type="button" @click=${() => this.load()}>${common.retry}</button>`
          : !this.items
            ? html`<p>${common.loading}</p>`
            : this.items.length === 0
              ? html`<p>${t.logEmpty}</p>`
              : html`<ul class="plain log" aria-labelledby="log-heading">
                    ${this.items.map(
                      (mail) =>
                        html`<li>
                          <p class="subject">${mail.subject}</p>
                          <p class="meta">
                            ${t.to}: ${mail.to} · ${t.kinds[mail.kind] ?? mail.kind} · ${t.created}:
                            ${when.format(new Date(mail.createdAt))}
                          </p>
                          <p>
                            <span class="badge ${mail.state === 'failed' ? 'failed' : ''}"
                              >${t.states[mail.state]}</span
                            >
                            ${mail.state === 'sent' && mail.sentAt ? when.format(new Date(mail.sentAt)) : nothing}
                          </p>
                          ${
                            mail.state === 'failed'
                              ? html`<p>${t.reason(mail.lastError ?? '')}</p>
                                  <p>${mail.willRetry ? t.willRetry : t.gaveUp}</p>
                                  <button
                                    type="button"
                                    aria-label=${t.retryLabel(mail.to, mail.subject)}
                                    @click=${() => this.handleRetry(mail)}
                                  >
                                    ${t.retry}
                                  </button>`
                              : nothing
                          }
                        </li>`,
                    )}
                  </ul>
                  ${
                    this.more
                      ? html`<button type="button" class="secondary" @click=${this.handleMore}>${t.more}</button>`
                      : nothing
                  }`
      }
    `;
  }
}

ConsoleElement.define('console-mail-log', ConsoleMailLogElement);
