import { html, SafeHtml, type InlineStyle } from './html.js';

/** The look every page of the feed shares (cancel links, confirmation links): plain, readable, high contrast. */
export const PAGE_CSS = `
body { font: 1.0625rem/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 36rem; margin: 0 auto; padding: 2rem 1.25rem; }
h1 { font-size: 1.5rem; line-height: 1.25; }
button { font: inherit; padding: 0.625rem 1.25rem; border: 2px solid #8a1c1c; border-radius: 0.375rem;
  background: #8a1c1c; color: #fff; cursor: pointer; }
button:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
.en { color: #4a4a4a; border-top: 1px solid #ccc; margin-top: 2rem; padding-top: 1rem; }
`;

/** A whole Danish page around `body`, with its one inline style and, when given, one script from the feed itself. */
export function htmlPage(title: string, body: SafeHtml, style: InlineStyle, script?: string): string {
  return html`<!doctype html>
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${title}</title>
        ${style.element} ${script ? html`<script type="module" src="${script}"></script>` : new SafeHtml('')}
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html> `.value;
}
