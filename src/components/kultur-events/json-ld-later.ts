import type { KulturEvent } from '../../sdk/index.js';

type JsonLdScripts = typeof import('./json-ld-scripts.js');

/** The JSON-LD writer, once its chunk has loaded. */
let scripts: JsonLdScripts | undefined;
let loading: Promise<void> | undefined;
/** Per host, the last write asked for before the chunk had loaded: it names every row rendered by then. */
const waiting = new Map<Element, () => void>();

/**
 * {@link import('./json-ld-scripts.js').writeJsonLd}, with its code loaded after the first rows are painted: crawlers
 * read the JSON-LD whenever it comes, while a visitor's first download need not carry it (issue 21). Until the chunk is
 * in, only each host's last call is kept; `writeJsonLd` writes whatever rows that call's `rendered` covers.
 */
export function writeJsonLdLater(
  host: Element,
  items: readonly KulturEvent[] | undefined,
  rendered: number,
  pageOf: (item: KulturEvent) => string | undefined,
): void {
  if (scripts) return scripts.writeJsonLd(host, items, rendered, pageOf);
  // Nothing is written before the chunk is in, so there is nothing to take away either.
  if (!items?.length) return void waiting.delete(host);
  waiting.set(host, () => scripts!.writeJsonLd(host, items, rendered, pageOf));
  loading ??= import('./json-ld-scripts.js').then((loaded) => {
    scripts = loaded;
    for (const write of waiting.values()) write();
    waiting.clear();
  });
}

/** {@link import('./json-ld-scripts.js').removeJsonLd}, or the write still waiting for its chunk dropped. */
export function removeJsonLdLater(host: Element): void {
  if (scripts) scripts.removeJsonLd(host);
  else waiting.delete(host);
}
