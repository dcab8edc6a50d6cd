/**
 * A page's link setting (`privacy-url`) when it is a web address, resolved against the page: the page's own setting,
 * but a `javascript:` URL never becomes a link.
 */
export function webAddress(setting: string): string | undefined {
  if (!setting) return undefined;
  try {
    const url = new URL(setting, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
