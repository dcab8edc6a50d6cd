import type { TemplateResult } from 'lit';
import { outboundLink } from './outbound-link.js';

/** `http://` or `https://` up to the next space or character that cannot be part of a URL in running text. */
const urlCandidate = /\bhttps?:\/\/[^\s<>"]+/gi;
/** Punctuation that ends a sentence after a URL rather than belonging to it. */
const trailingPunctuation = '.,;:!?\'"»”’';
const closers: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** The feed's plain text as paragraphs: split on blank lines, trimmed, empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** Drops the sentence's punctuation from the end of a URL; keeps a closing bracket the URL itself opened. */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const last = url.at(-1) ?? '';
    const opener = closers[last];
    if (opener !== undefined) {
      if (count(url, opener) >= count(url, last)) break;
    } else if (!trailingPunctuation.includes(last) || last === '') {
      break;
    }
    url = url.slice(0, -1);
  }
  return url;
}

function isWebUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Plain text with its http(s) URLs as links. The result is strings and Lit templates, never markup: Lit renders the
 * strings as text nodes, so `<script>` in the feed stays the nine characters it is.
 */
export function linkify(text: string, opensNewWindow: string): Array<string | TemplateResult> {
  const parts: Array<string | TemplateResult> = [];
  let rest = 0;
  for (const match of text.matchAll(urlCandidate)) {
    const url = trimUrl(match[0]);
    if (!isWebUrl(url)) continue;
    if (match.index > rest) parts.push(text.slice(rest, match.index));
    parts.push(outboundLink(url, url, opensNewWindow));
    rest = match.index + url.length;
  }
  if (rest < text.length) parts.push(text.slice(rest));
  return parts;
}
