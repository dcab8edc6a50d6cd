import type { KulturEvent } from '../../sdk/index.js';
import { eventJsonLd } from './json-ld.js';
import { jsonLdText } from './json-ld-text.js';

const OURS = ':scope > script[type="application/ld+json"][data-kultur]';

/**
 * Adds a `<script type="application/ld+json">` naming `items` to `host`'s light DOM, where crawlers read it (a shadow
 * root is invisible to them). A listing adds one as each slice of rows renders, so the cost of JSON-LD grows with the
 * slice, never with the whole list; search engines read every such script on a page. Does nothing where the page's
 * CSP refuses the `kultur-json-ld` policy (jsonLdText has said so once).
 */
export function appendJsonLd(
  host: Element,
  items: readonly KulturEvent[],
  urlOf: (item: KulturEvent) => string | undefined,
): void {
  const graph = items.map((item) => eventJsonLd(item, urlOf(item)));
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

/** Removes the JSON-LD scripts {@link appendJsonLd} added to `host`. */
export function removeJsonLd(host: Element): void {
  for (const script of host.querySelectorAll(OURS)) script.remove();
}
