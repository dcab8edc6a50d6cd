/**
 * Heading anchors as GitHub makes them, so `feed-api.md#paging` works on GitHub and on the docs site alike:
 * lower case, punctuation dropped, spaces to hyphens, and `-1`, `-2`, … for repeats within one page.
 */
export function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .trim()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
}

/** The anchor of a heading that occurs once. */
export const slug = (text) => slugger()(text);
