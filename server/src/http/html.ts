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

/** A page's one inline style: the element for its head, and the CSP source that allows exactly that style. */
export interface InlineStyle {
  element: SafeHtml;
  /** `'sha256-…'`, for `style-src`. */
  source: string;
}

/** Made outside any template, whose formatting would change the text the hash is taken of. */
export function inlineStyle(css: string): InlineStyle {
  return {
    element: new SafeHtml(`<style>${css}</style>`),
    source: `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
  };
}
