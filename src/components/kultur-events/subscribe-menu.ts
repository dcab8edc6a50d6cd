import { adoptStyles, html, nothing, type LitElement, type TemplateResult } from 'lit';
import { outboundLink } from '../kultur-event/outbound-link.js';
import type { Language } from '../i18n/language.js';
import { subscribeAddresses } from './subscribe-addresses.js';
import { subscribeStyles } from './subscribe-menu.styles.js';
import { subscribeTextsFor } from './subscribe-texts.js';

/** What the copy button last did, for which address: a new address (the filters changed) says nothing yet. */
type Copy = { outcome: 'copied' | 'selected'; address: string } | undefined;

/**
 * The listing's "Abonnér på kalenderen": a disclosure button and the panel it opens, with the calendar address for the
 * filters in view as a `webcal:` link (Apple Calendar, Outlook), Google Calendar's subscribe link, and the address to
 * copy. Escape closes the panel and returns focus to the button. Loaded as a chunk of its own the first time a listing
 * with `subscribe` renders; it brings its styles and adds them to the listing's shadow root.
 */
export class SubscribeMenu {
  readonly #host: LitElement;
  readonly #id: string;
  #open = false;
  #copy: Copy = undefined;

  /** `idPrefix` starts the ids of the menu's parts, as a page may hold several listings. */
  constructor(host: LitElement, idPrefix: string) {
    this.#host = host;
    this.#id = `${idPrefix}-subscribe`;
    const shadow = host.renderRoot;
    if (shadow instanceof ShadowRoot) {
      // Lit's own adoption (with its fallback and nonce), the element's styles first.
      adoptStyles(shadow, [...(host.constructor as typeof LitElement).elementStyles, subscribeStyles]);
    }
  }

  #handleToggle = (): void => {
    this.#open = !this.#open;
    this.#host.requestUpdate();
  };

  #handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#open) return;
    // The listing may sit in a dialog of the page: this Escape is the menu's.
    event.stopPropagation();
    event.preventDefault();
    this.#open = false;
    this.#host.requestUpdate();
    this.#button()?.focus();
  };

  #handleCopy = async (event: Event): Promise<void> => {
    const row = (event.currentTarget as HTMLElement).closest('.copy-row');
    const input = row?.querySelector('input');
    if (!input) return;
    const address = input.value;
    this.#copy = undefined;
    this.#host.requestUpdate();
    try {
      await navigator.clipboard.writeText(address);
      this.#copy = { outcome: 'copied', address };
    } catch {
      // No clipboard, or the browser refused it: the address selected, ready for the keyboard's copy.
      input.focus();
      input.select();
      this.#copy = { outcome: 'selected', address };
    }
    this.#host.requestUpdate();
  };

  #button(): HTMLButtonElement | null {
    return this.#host.renderRoot.querySelector<HTMLButtonElement>('[part~="subscribe-button"]');
  }

  /** The menu for the calendar `address` (`client.events.icsUrl()` for the filters in view), in `language`. */
  render(address: string, language: Language): TemplateResult | typeof nothing {
    const ways = subscribeAddresses(address);
    if (!ways) return nothing;
    const t = subscribeTextsFor(language);
    const copy = this.#copy?.address === address ? this.#copy.outcome : undefined;
    return html`<div class="subscribe" @keydown=${this.#handleKeydown}>
      <button
        part="subscribe-button"
        class="button"
        type="button"
        aria-expanded=${this.#open ? 'true' : 'false'}
        aria-controls=${this.#id}
        @click=${this.#handleToggle}
      >
        ${t.subscribe}
      </button>
      <div part="subscribe-panel" class="subscribe-panel" id=${this.#id} ?hidden=${!this.#open}>
        <p>${t.intro}</p>
        <ul>
          <li><a href=${ways.webcal}>${t.appleOutlook}</a></li>
          <li>${outboundLink(ways.google, t.google, t.opensNewWindow)}</li>
        </ul>
        <div class="field">
          <label for=${`${this.#id}-address`}>${t.address}</label>
          <span class="copy-row">
            <input id=${`${this.#id}-address`} type="url" readonly .value=${ways.https} />
            <button class="button" type="button" @click=${this.#handleCopy}>${t.copy}</button>
          </span>
        </div>
        <p class="copy-status" role="status">${copy === 'copied' ? t.copied : copy === 'selected' ? t.selected : ''}</p>
      </div>
    </div>`;
  }
}
