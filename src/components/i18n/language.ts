/** The languages the elements speak. Danish first: it is the default everywhere. */
export const LANGUAGES = ['da', 'en'] as const;
/** A language the elements speak: `da` or `en`. */
export type Language = (typeof LANGUAGES)[number];

/**
 * The element's language: its own `lang`, else the nearest ancestor's across shadow roots (the CMS page's
 * `<html lang>`), read as a BCP 47 tag so `en-GB` is English and anything else is Danish.
 */
export function languageOf(element: HTMLElement): Language {
  let tag = element.lang;
  let node: Element | null = element;
  while (!tag && node) {
    node = node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
    tag = node?.getAttribute('lang') ?? '';
  }
  return tag.toLowerCase().startsWith('en') ? 'en' : 'da';
}
