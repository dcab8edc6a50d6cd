import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Change } from '../sdk/publishing/index.js';
import { ConsoleElement } from './console-element.js';
import { consoleStyles } from './console-styles.js';
import { consoleTextsFor } from './console-texts.js';

declare global {
  interface HTMLElementTagNameMap {
    'console-change-log': ConsoleChangeLogElement;
  }
}

/**
 * An event's change log, newest first: when, who, what.
 *
 * @summary The change log of one event.
 */
export class ConsoleChangeLogElement extends ConsoleElement {
  static override styles = [ConsoleElement.baseStyles, consoleStyles];

  /** The event whose log is shown. */
  @property({ attribute: 'event-id' }) eventId = '';

  @state() private items: Change[] | undefined;
  @state() private failed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('eventId') || changed.has('client')) void this.load();
  }

  /** Loads the log again (after an action on the event). */
  async load(): Promise<void> {
    if (!this.client || !this.eventId) return;
    try {
      this.items = await this.client.workbench.changes(this.eventId);
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  override render() {
    const t = consoleTextsFor(this.language);
    const when = new Intl.DateTimeFormat(this.language === 'en' ? 'en-GB' : 'da-DK', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Copenhagen',
    });
    return html`<h2>${t.changesTitle}</h2>
      ${
        this.failed
          ? html`<p class="error">${t.loadFailed}</p>`
          : !this.items
            ? html`<p>${t.loading}</p>`
            : this.items.length === 0
              ? html`<p>${t.changesEmpty}</p>`
              : html`<table>
                  <thead>
                    <tr>
                      <th scope="col">${t.changeWhen}</th>
                      <th scope="col">${t.changeWho}</th>
                      <th scope="col">${t.changeWhat}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this.items.map(
                      (item) =>
                        html`<tr>
                          <td>${when.format(new Date(item.at))}</td>
                          <td>${item.who}</td>
                          <td>
                            ${t.changeActions[item.action] ?? item.action}${item.summary ? `: ${item.summary}` : ''}
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`
      }`;
  }
}

ConsoleElement.define('console-change-log', ConsoleChangeLogElement);
