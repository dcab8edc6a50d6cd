/** A value the feed's query strings carry: lists become comma lists; `undefined` leaves the parameter out. */
type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

/**
 * Encodes a query the way the feed reads it: arrays as comma lists (`municipality=lolland,faxe`), `undefined` and
 * empty lists left out, and parameters in alphabetical order so that equal queries give equal URLs (and share a cache
 * entry). Commas stay literal, which keeps subscription URLs readable. Returns `''` or a string starting with `?`.
 */
export function queryString(query: object): string {
  const parts: string[] = [];
  for (const name of Object.keys(query).sort()) {
    const value = (query as Record<string, QueryValue>)[name];
    if (value === undefined) continue;
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) continue;
    parts.push(`${encodeURIComponent(name)}=${list.map((item) => encodeURIComponent(String(item))).join(',')}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
