import { ContextProvider } from '@lit/context';
import { html, type PropertyValues, type ReactiveElement, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { KulturClient } from '../../sdk/index.js';
import { clientFor } from '../base/client-for.js';
import { KulturFeedElement } from '../base/kultur-feed-element.js';
import { kulturClientContext } from '../context/client-context.js';
import { styles } from './kultur-provider.styles.js';

/** `lang` goes to the attribute, which is what the elements inside read, but an empty value removes it. */
const langAttribute = {
  fromAttribute: (value: string | null) => value ?? '',
  toAttribute: (value: string) => value || null,
};

/**
 * Shares one feed client with every Kultur element inside it, so they read one feed through one cache, and sets
 * their language with its `lang`. It draws nothing itself.
 *
 * The client it shares is its `client` property, else one made from its `api` attribute, else the one an outer
 * `<kultur-provider>` shares. Elements inside still prefer their own `client` property. Register `<kultur-provider>`
 * before the elements it wraps: an element that asked for a client before the provider existed keeps its own.
 *
 * @customElement kultur-provider
 * @summary Shares a Kultur feed client and a language with the elements inside it.
 *
 * @slot - The Kultur elements that share the client, and any other content.
 */
export class KulturProviderElement extends KulturFeedElement {
  static override properties: PropertyDeclarations = { lang: { reflect: true, converter: langAttribute } };

  static override styles = styles;

  /** The language of everything inside: `da` (default) or `en`. Kept as the attribute so elements inside see it. */
  override lang = '';

  /** The client the elements inside read with. */
  readonly #sharing = new ContextProvider(this, { context: kulturClientContext });

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render: elements inside connect right after this one and ask at once.
    this.#share();
  }

  protected override willUpdate(): void {
    this.#share();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The elements inside read the language when they render; a change later must reach those already shown.
    if (changed.has('lang') && changed.get('lang') !== undefined) {
      for (const element of this.querySelectorAll('*')) {
        if (element.localName.startsWith('kultur-') && 'requestUpdate' in element) {
          (element as ReactiveElement).requestUpdate();
        }
      }
    }
  }

  #share(): void {
    // Without a client or an api of its own it passes the outer provider's on (possibly none), never the default
    // feed: that would override the `api` attributes of the elements inside.
    this.#sharing.setValue(this.client ?? (this.api ? clientFor(this.api) : this.providedClient));
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
