/**
 * Elements a bundle leaves out of its first download, loaded when a page first needs them. The CDN bundle provides
 * loaders for `<kultur-event>` and `<kultur-signup>`; the npm `define` entry registers everything up front, so there a
 * request finds the element defined and does nothing.
 */
const loaders = new Map<string, () => Promise<unknown>>();

/** Says how to load `tag` when it is first needed. */
export function provideLoader(tag: string, load: () => Promise<unknown>): void {
  if (!customElements.get(tag)) loaders.set(tag, load);
}

/** Loads `tag` unless it is defined or loading; a failed load may be asked for again. */
export function requestElement(tag: string): void {
  const load = loaders.get(tag);
  if (!load || customElements.get(tag)) return;
  loaders.delete(tag);
  load().catch((error: unknown) => {
    loaders.set(tag, load);
    console.error(
      `Kultur: the code for <${tag}> could not be loaded; check that the bundle's folder is complete.`,
      error,
    );
  });
}

/**
 * Loads each of `tags` as soon as the page's own HTML holds one, now or later (a CMS may add content after load).
 * Elements inside our shadow roots are requested by the element that creates them.
 */
export function loadWhenInPage(tags: readonly string[]): void {
  const waiting = new Set(tags.filter((tag) => !customElements.get(tag)));
  const look = () => {
    for (const tag of waiting) {
      if (document.querySelector(tag)) {
        waiting.delete(tag);
        requestElement(tag);
      }
    }
    if (!waiting.size) observer.disconnect();
  };
  const observer = new MutationObserver(look);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  look();
}
