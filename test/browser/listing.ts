import { fixture, waitUntil, type html } from '@open-wc/testing';
import type { KulturEventsElement } from '../../src/components/kultur-events/kultur-events.component.js';

/** Renders a listing and waits for its first page (or its message). */
export async function listing(template: ReturnType<typeof html>): Promise<KulturEventsElement> {
  const element = await fixture<KulturEventsElement>(template);
  await waitUntil(
    () => element.matches(':not(:state(loading))') && element.shadowRoot!.querySelector('.list, .message'),
    'never loaded',
    { timeout: 8000 },
  );
  return element;
}
