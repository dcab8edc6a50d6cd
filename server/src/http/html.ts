import { createHash } from 'node:crypto';

/** HTML that is already safe to insert: made only by the `html` tag, which escapes every value put into it. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]!);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** A template tag that escapes every interpolated value, so text from the database can never become markup. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, i) => out + render(values[i - 1]) + part));
}

const style = `
body { font: 1.0625rem/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 36rem; margin: 0 auto; padding: 2rem 1.25rem; }
h1 { font-size: 1.5rem; line-height: 1.25; }
button { font: inherit; padding: 0.625rem 1.25rem; border: 2px solid #8a1c1c; border-radius: 0.375rem;
  background: #8a1c1c; color: #fff; cursor: pointer; }
button:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
.en { color: #4a4a4a; border-top: 1px solid #ccc; margin-top: 2rem; padding-top: 1rem; }
`;

/** Kept out of the template, whose formatting would change the text the hash is taken of. */
const styleElement = new SafeHtml(`<style>${style}</style>`);

/** The page's only style is inline and allowed by its hash; nothing else may load, run, frame it or post elsewhere. */
const contentSecurityPolicy = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * Headers for a server-rendered page. The address holds a cancel token: no referrer leaves with it, no cache keeps
 * the page, and no search engine lists it.
 */
export const pageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': contentSecurityPolicy,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  // frame-ancestors 'none' says the same to browsers that read CSP; this is for those that do not.
  'x-frame-options': 'DENY',
  'x-robots-tag': 'noindex, nofollow',
  'cache-control': 'no-store',
} as const;

/** A whole Danish page around `body`. */
export function htmlPage(title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${title}</title>
        ${styleElement}
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html> `.value;
}
