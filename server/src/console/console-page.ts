import { createHash } from 'node:crypto';
import { html } from '../http/html.js';

/**
 * What the console page may load: its own script and stylesheet, pictures from the feed (and `data:` for a picture
 * being chosen), calls to the feed. Nothing from another origin; no inline script or style. Lit renders through its
 * Trusted Types policy, `lit-html` (the name Lit gives it; no other policy may be made).
 */
export const CONSOLE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The page's own styles: the frame around the elements, which style themselves inside their shadow roots. */
export const CONSOLE_CSS = `:root{color-scheme:light;font-family:'IBM Plex Sans',system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.5;color:#1a1a1a;background:#f4f4f2}
body{margin:0;min-width:320px}
console-app{display:block}
noscript p{margin:2em;max-width:40em}
`;

/** A short hash of the stylesheet, for its `?v=`. */
export const CONSOLE_CSS_VERSION = createHash('sha256').update(CONSOLE_CSS).digest('hex').slice(0, 12);

/** The console's one page: the app element, its script and stylesheet by their versioned addresses. */
export function consolePage({ lang, scriptVersion }: { lang: 'da' | 'en'; scriptVersion: string }): string {
  const title = lang === 'en' ? 'Kultur console' : 'Kultur-konsol';
  const noScript =
    lang === 'en'
      ? 'The console needs JavaScript. Turn it on for this site, and load the page again.'
      : 'Konsollen kræver JavaScript. Slå det til for dette websted, og indlæs siden igen.';
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <!-- No icon of its own: an empty one spares the browser a request for /favicon.ico, which has none. -->
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="console.css?v=${CONSOLE_CSS_VERSION}" />
        <script type="module" src="console.js?v=${scriptVersion}"></script>
      </head>
      <body>
        <console-app api="/v1"></console-app>
        <noscript><p>${noScript}</p></noscript>
      </body>
    </html> `.value;
}
