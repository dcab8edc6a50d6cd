import { nothing, type LitElement } from 'lit';
import type { Language } from '../i18n/language.js';
import type { SubscribeMenu } from './subscribe-menu.js';

/**
 * Where the listing's subscribe menu goes: it renders nothing until the menu's chunk has arrived, fetched the first
 * time a listing asks for it, so a page without `subscribe` never downloads it.
 */
export class SubscribeSlot {
  readonly #host: LitElement;
  readonly #idPrefix: string;
  /** The menu once loaded; the loading while it loads. */
  #menu: SubscribeMenu | Promise<void> | undefined;

  constructor(host: LitElement, idPrefix: string) {
    this.#host = host;
    this.#idPrefix = idPrefix;
  }

  /** The menu for the calendar address `address()` gives, once loaded; `address` is asked only when it is shown. */
  render(shown: boolean, address: () => string, language: Language): unknown {
    const menu = this.#menu;
    if (!shown) return nothing;
    if (menu && 'render' in menu) return menu.render(address(), language);
    this.#menu ??= import('./subscribe-menu.js').then(
      ({ SubscribeMenu }) => {
        this.#menu = new SubscribeMenu(this.#host, this.#idPrefix);
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        // The browser's error names the chunk it could not fetch; the next render asks again.
        this.#menu = undefined;
        console.error(error);
      },
    );
    return nothing;
  }
}
