import { expect, waitUntil } from '@open-wc/testing';
import { feedServer } from './feed.js';

/**
 * A page in English (`<html lang="en">`): the English texts are a chunk of their own, and the elements are defined
 * only once it is in, so their first frame is English and the page's `:not(:defined)` rules hold their room until
 * then. This file sets the page's language before it loads the elements (a test page of its own, a module graph of its
 * own).
 */
describe('an English page', () => {
  before(() => {
    document.documentElement.lang = 'en';
  });
  after(() => {
    document.documentElement.removeAttribute('lang');
  });

  it('defines the elements once the English texts are in, and their first frame is English', async () => {
    const { baseUrl } = await feedServer();
    const style = document.createElement('style');
    style.textContent = 'kultur-events:not(:defined) { display: block; min-height: 30em; }';
    document.head.append(style);
    const element = document.createElement('kultur-events');
    element.setAttribute('api', baseUrl);
    element.setAttribute('limit', '3');
    document.body.append(element);
    try {
      await import('../../src/components/kultur-events/kultur-events.js');
      // Loaded, but not yet defined: the English chunk is still on its way, and the room is held.
      expect(customElements.get('kultur-events') === undefined, 'defined before its texts were in').to.equal(true);
      expect(element.getBoundingClientRect().height).to.be.greaterThan(100);

      // Every frame from the first one, in English.
      const seen: string[] = [];
      await customElements.whenDefined('kultur-events');
      const upgraded = element as HTMLElement & { updateComplete: Promise<boolean> };
      await upgraded.updateComplete;
      seen.push(element.shadowRoot!.textContent!);
      await waitUntil(() => element.shadowRoot!.querySelector('.list:not(.skeleton) > li'), 'no events', {
        timeout: 8000,
      });
      seen.push(element.shadowRoot!.textContent!);
      expect(seen[0]).to.include('Loading events');
      expect(seen.join(' ')).not.to.match(/Henter|Viser|arrangement/);
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/^Showing \d+ events?$/);
    } finally {
      element.remove();
      style.remove();
    }
  });
});
