import type { KulturEvent } from '../../sdk/index.js';
import { eventJsonLd } from './json-ld.js';
import { jsonLdText } from './json-ld-text.js';

const OURS = ':scope > script[type="application/ld+json"][data-kultur]';

/** How many events of its listing the JSON-LD in each host names: those rendered so far. */
const named = new WeakMap<Element, number>();

/**
 * Adds a `<script type="application/ld+json">` naming `items` to `host`'s light DOM, where crawlers read it (a shadow
 * root is invisible to them). A listing adds one as each slice of rows renders, so the cost of JSON-LD grows with the
 * slice, never with the whole list; search engines read every such script on a page. Does nothing where the page's
 * CSP refuses the `kultur-json-ld` policy (jsonLdText has said so once). `pageOf` gives an event's page, if it has one.
 */
function appendJsonLd(
  host: Element,
  items: readonly KulturEvent[],
  pageOf: (item: KulturEvent) => string | undefined,
): void {
  const graph = items.map((item) => {
    // Made absolute: crawlers read the JSON-LD apart from the page's base.
    const page = pageOf(item);
    return eventJsonLd(item, page ? new URL(page, document.baseURI).href : undefined);
  });
  // Text, never markup: "</script>" inside a title stays text, and JSON-LD never runs. On a page that enforces
  // Trusted Types the text comes from our named policy.
  const text = jsonLdText(JSON.stringify(graph).replaceAll('<', '\\u003c'));
  if (text === undefined) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.kultur = '';
  // A TrustedScript is what the property takes under Trusted Types; TypeScript's DOM types only know strings.
  script.textContent = text as string;
  host.append(script);
}

/**
 * Keeps the JSON-LD in `host` in step with its listing's rows: names the events of `items` rendered since the last call
 * (the first `rendered` are), so its cost follows the slices and it names the whole page once every row is rendered.
 * Without `items` (none shown, or `no-json-ld`) it removes what it wrote.
 */
export function writeJsonLd(
  host: Element,
  items: readonly KulturEvent[] | undefined,
  rendered: number,
  pageOf: (item: KulturEvent) => string | undefined,
): void {
  const written = named.get(host) ?? 0;
  if (!items) {
    if (written) removeJsonLd(host);
    return;
  }
  const upTo = Math.min(rendered, items.length);
  if (upTo <= written) return;
  appendJsonLd(host, items.slice(written, upTo), pageOf);
  named.set(host, upTo);
}

/** Removes the JSON-LD scripts {@link writeJsonLd} added to `host`: a new listing, or new pages, is named afresh. */
export function removeJsonLd(host: Element): void {
  for (const script of host.querySelectorAll(OURS)) script.remove();
  named.delete(host);
}
