import { html, nothing, type TemplateResult } from 'lit';

/**
 * The link to the page's privacy text after a form's consent hint, opening in a new window and saying so to screen
 * readers (`opensNewWindow`); nothing when the page gave no usable address (`href`).
 */
export function privacyLink(
  href: string | undefined,
  words: string,
  opensNewWindow: string,
): TemplateResult | typeof nothing {
  return href
    ? html`<a href=${href} target="_blank" rel="noopener"
        >${words}<span class="visually-hidden"> ${opensNewWindow}</span></a
      >`
    : nothing;
}
