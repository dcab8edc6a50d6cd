import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import '../components/kultur-events/kultur-events.js';
import '../components/kultur-event/kultur-event.js';
import { EventInputSchema, type EventInput } from '../contract/schema.js';
import { ConsoleElement } from './console-element.js';
import { consoleStyles } from './console-styles.js';
import { consoleTextsFor } from './console-texts.js';
import { previewClient, previewEvent } from './preview-client.js';

declare global {
  interface HTMLElementTagNameMap {
    'console-preview': ConsolePreviewElement;
  }
}

/**
 * The working copy shown by the real elements the municipalities' sites use: `<kultur-events>` (one card) and
 * `<kultur-event>` (in full), fed from memory, not from the feed.
 *
 * @summary A preview of an event as the public will see it.
 */
export class ConsolePreviewElement extends ConsoleElement {
  static override styles = [
    ConsoleElement.baseStyles,
    consoleStyles,
    css`
      .frame {
        border: 1px dashed var(--_color-border);
        padding: 1em;
        margin: 0 0 1em;
        background: #fff;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The working copy to show. */
  @property({ attribute: false }) input: EventInput | undefined = undefined;
  /** The feed's base URL, for the calendar links the event shows. */
  @property() api = '/v1';

  override render() {
    const t = consoleTextsFor(this.language);
    const parsed = this.input ? EventInputSchema.safeParse(this.input) : undefined;
    if (!parsed?.success)
      return html`<h2>${t.previewTitle}</h2>
        <p>${t.previewInvalid}</p>`;
    const event = previewEvent(parsed.data);
    const client = previewClient(event, new URL(`${this.api.replace(/\/?$/, '/')}`, document.baseURI).href);
    return html`
      <h2>${t.previewTitle}</h2>
      <p>${t.previewIntro}</p>
      <h3>${t.previewList}</h3>
      <div class="frame">
        <kultur-events .client=${client} .noJsonLd=${true} .headingLevel=${4} lang=${this.language}></kultur-events>
      </div>
      <h3>${t.previewEvent}</h3>
      <div class="frame">
        <kultur-event .client=${client} .eventId=${event.id} .headingLevel=${4} lang=${this.language}></kultur-event>
      </div>
      ${nothing}
    `;
  }
}

ConsoleElement.define('console-preview', ConsolePreviewElement);
