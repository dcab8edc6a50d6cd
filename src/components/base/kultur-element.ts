import { LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';
import { languageOf, type Language } from '../i18n/language.js';

/**
 * The base of every Kultur element: idempotent registration, the shared reset, and the language.
 *
 * Two municipal widgets on one page may each load a copy of the bundle; registering a tag twice must warn, not throw.
 */
export class KulturElement extends LitElement {
  /** Resets that every shadow root starts from. Sizes are in `em`, never `rem`: host pages set their own root size. */
  static baseStyles = css`
    :host {
      box-sizing: border-box;
      font-family: var(--kultur-font-family, inherit);
      font-size: var(--kultur-font-size, 1em);
      color: var(--kultur-color-text, #1d1d1f);
      line-height: 1.5;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    .visually-hidden {
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      height: 1px;
      overflow: hidden;
      position: absolute;
      white-space: nowrap;
      width: 1px;
    }
    :focus-visible {
      outline: 0.15em solid var(--kultur-color-focus, var(--kultur-color-accent, #0b5cad));
      outline-offset: 0.15em;
    }
  `;

  /** Registers `tag` for this class unless it is taken; a different class already there gets a warning. */
  static define(tag: string, constructor: CustomElementConstructor = this): void {
    const existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, constructor);
    } else if (existing !== constructor) {
      console.warn(`<${tag}> is already defined by another copy of Kultur; this copy uses the existing one.`);
    }
  }

  /** Language of the element's text: `da` (default) or `en`. Without it, the page's `lang` decides. */
  @property() override lang = '';

  /** The language the element speaks: its own `lang`, else the nearest ancestor's, else Danish. */
  protected get language(): Language {
    return languageOf(this);
  }
}
