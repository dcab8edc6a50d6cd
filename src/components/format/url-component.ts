/**
 * `encodeURIComponent` for text from the feed. A lone surrogate (half of an emoji, cut by a careless editor) makes
 * `encodeURIComponent` throw, which would stop the whole element from rendering; it becomes U+FFFD instead, as it
 * would in any UTF-8 page.
 */
export function urlComponent(text: string): string {
  return encodeURIComponent(
    text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );
}
