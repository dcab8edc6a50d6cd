import { decodeHTML } from 'entities';

const BLOCK = /<\/?(?:p|div|h[1-6]|ul|ol|table|blockquote|section|article|header|footer)\b[^>]*>/gi;
const LINE = /<br\s*\/?>|<\/?(?:tr|dt|dd)\b[^>]*>/gi;
const TAG = /<\/?[a-z][^>]*>/gi;
/** What is left when HTML was escaped twice: tags that only show after the first decoding. */
const STILL_HTML = /<\/?(?:p|br|div|strong|em|b|i|a|span|ul|li)\b[^>]*>/i;

function once(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    // Whitespace in HTML source is one space, as a browser shows it; only the tags below break lines.
    .replace(/\s+/g, ' ')
    // A link keeps its address, which the elements make clickable again: "hjemmesiden (https://…)".
    .replace(/<a\b[^>]*\bhref\s*=\s*["']?(https?:[^"'\s>]+)["']?[^>]*>(.*?)<\/a\s*>/gi, (_, url: string, label) => {
      const shown = String(label).replace(TAG, '').trim();
      return !shown || shown === url ? url : `${shown} (${url})`;
    })
    // A list item starts a line of its own; the one after it, or the list's end, ends it.
    .replace(/<\/li\s*>/gi, '')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(BLOCK, '\n\n')
    .replace(LINE, '\n')
    .replace(TAG, '');
  return decodeHTML(text).replace(/\u00a0/g, ' ');
}

/**
 * Plain text from an HTML fragment, as the feed's `description` wants it: tags dropped, entities decoded, `<br>` a
 * line break, paragraphs and list items on lines of their own, paragraphs split by one blank line.
 */
export function htmlToText(html: string | undefined): string {
  if (!html) return '';
  let text = once(html);
  if (STILL_HTML.test(text)) text = once(text);
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether a text field holds HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*\b[^>]*>/i.test(text) || /&(?:[a-z]+|#\d+);/i.test(text);
}

/** One paragraph of at most `max` characters for `summary`, cut at a word with an ellipsis when longer. */
export function summaryOf(text: string, max = 300): string {
  const first = text
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  if (first.length <= max) return first;
  const cut = first.slice(0, max).lastIndexOf(' ');
  return `${first.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,.;:–-]+$/, '')}…`;
}
