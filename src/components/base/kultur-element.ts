import { LitElement, css, type PropertyDeclarations } from 'lit';
import { languageOf, type Language } from '../i18n/language.js';
import { loadTexts } from '../i18n/shared-texts.js';

/**
 * The base of every Kultur element: idempotent registration, the shared reset, the language, custom states and the
 * contrast check.
 *
 * Two municipal widgets on one page may each load a copy of the bundle; registering a tag twice must warn, not throw.
 */
export class KulturElement extends LitElement {
  /**
   * The reactive properties, here and in every element: declared in `static properties` rather than with Lit's
   * decorators, whose helpers (tslib's `__decorate`, Lit's and @lit/context's decorator code) and per-property calls
   * cost kultur.js 770 B gzip (issue 21). A state is `{ state: true, attribute: false }`: the second half tells the
   * custom-elements manifest, which does not know `state`, that it is no attribute.
   */
  static override properties: PropertyDeclarations = { lang: {} };

  /** Resets that every shadow root starts from. Sizes are in `em`, never `rem`: host pages set their own root size. */
  static baseStyles = css`
    /*
     * The default theme: at home on a Danish public site and above 4.5:1 contrast on its own. Every role token the
     * page may set (--kultur-color-*, --kultur-font-*, --kultur-radius, --kultur-space) is read here once, into a
     * private variable the component styles use.
     */
    :host {
      --_color-accent: var(--kultur-color-accent, #004d99);
      --_color-on-accent: var(--kultur-color-on-accent, #ffffff);
      --_color-text: var(--kultur-color-text, #1a1a1a);
      --_color-text-muted: var(--kultur-color-text-muted, #4f4f4f);
      --_color-surface: var(--kultur-color-surface, #ffffff);
      --_color-border: var(--kultur-color-border, #767676);
      --_color-danger: var(--kultur-color-danger, #b00020);
      --_color-success: var(--kultur-color-success, #1b6b33);
      --_color-focus: var(--kultur-color-focus, var(--_color-accent));
      --_font-family: var(
        --kultur-font-family,
        'IBM Plex Sans',
        system-ui,
        -apple-system,
        'Segoe UI',
        Roboto,
        'Helvetica Neue',
        Arial,
        sans-serif
      );
      --_radius: var(--kultur-radius, 0.25em);
      --_space: var(--kultur-space, 1em);

      box-sizing: border-box;
      font-family: var(--_font-family);
      font-size: var(--kultur-font-size, 1em);
      color: var(--_color-text);
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
    /* A focus ring everyone can see: 3 px, offset from the control, in the accent colour. */
    :focus-visible {
      outline: 3px solid var(--_color-focus);
      outline-offset: 2px;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
      }
    }
  `;

  /**
   * Registers `tag` for this class unless it is taken; a different class already there gets a warning. On an English
   * page, once the English texts are in (a chunk of their own): until then the page's `:not(:defined)` rules hold the
   * elements' room, so nothing moves when they first render, and no Danish frame shows (Lighthouse's mobile run on the
   * English demo page: a layout shift of 0.14 when they were defined at once and waited to render).
   */
  static define(tag: string, constructor: CustomElementConstructor = this): void {
    const loading = loadTexts(languageOf(document.documentElement));
    if (loading) void loadedOrNot(loading).then(() => KulturElement.#register(tag, constructor));
    else KulturElement.#register(tag, constructor);
  }

  static #register(tag: string, constructor: CustomElementConstructor): void {
    const existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, constructor);
    } else if (existing !== constructor) {
      console.warn(`<${tag}> is already defined by another copy of Kultur; this copy uses the existing one.`);
    }
  }

  /** Language of the element's text: `da` (default) or `en`. Without it, the page's `lang` decides. */
  override lang = '';

  /** Attached when the element first shows a state: an element without states (the provider) needs none. */
  #internals: ElementInternals | undefined;
  #contrastChecked = false;

  /** The language the element speaks: its own `lang`, else the nearest ancestor's, else Danish. */
  protected get language(): Language {
    return languageOf(this);
  }

  /**
   * Renders once the texts of the element's language are in: English is a chunk of its own (shared-texts.ts), and an
   * English page must not show a Danish first frame.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = loadTexts(this.language);
    return loading ? loadedOrNot(loading).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Turns each of `states` on or off as a custom state, for `kultur-events:state(loading)` in the page's CSS. */
  protected setStates(states: Readonly<Record<string, boolean>>): void {
    try {
      this.#internals ??= this.attachInternals();
      for (const [name, on] of Object.entries(states)) {
        if (on) this.#internals.states.add(name);
        else this.#internals.states.delete(name);
      }
    } catch {
      // Browsers without custom states still get every other part of the element.
    }
  }

  /**
   * Once per element, the first time it is called: the colours the page's tokens produced, checked where they are
   * used. `checks` maps a selector in the shadow root to the tokens that colour what it finds (see contrast-guard.ts).
   */
  protected checkContrastOnce(checks: Readonly<Record<string, string>>): void {
    if (this.#contrastChecked) return;
    this.#contrastChecked = true;
    // Its code loads after the first paint: a warning for the webmaster need not be in every visitor's first download.
    void import('./contrast-guard.js').then(({ checkContrast }) => {
      for (const [selector, tokens] of Object.entries(checks)) {
        checkContrast(this.renderRoot.querySelector(selector), tokens);
      }
    });
  }
}

/** Waits for `loading` either way: should the texts' chunk not come (the network failed), the elements speak Danish. */
function loadedOrNot(loading: Promise<void>): Promise<void> {
  return loading.catch(() => undefined);
}
