import { CATEGORIES, MUNICIPALITIES } from '../contract/reference-data.js';
import type { EventInput, KulturEvent } from '../contract/schema.js';
import type { KulturClient } from '../sdk/client.js';

/** The id a working copy is shown under before it has one of its own. */
export const PREVIEW_ID = 'forhaandsvisning';

/** The working copy as the feed would serve it: seats all free, changed now. */
export function previewEvent(input: EventInput): KulturEvent {
  const { signup } = input;
  return {
    ...input,
    id: input.id ?? PREVIEW_ID,
    description: input.description,
    signup: signup?.mode === 'internal' ? { ...signup, available: signup.capacity } : signup,
    updatedAt: new Date().toISOString(),
  } as KulturEvent;
}

/**
 * A client that serves one event from memory, for the real `<kultur-events>` and `<kultur-event>` to render the
 * working copy exactly as the feed's sites will, before it is published (their public `client` property takes any
 * object shaped as the SDK's client). Nothing is fetched; signing up from a preview is refused.
 */
export function previewClient(event: KulturEvent, baseUrl: string): KulturClient {
  const page = { items: [event], nextCursor: null };
  return {
    baseUrl,
    events: {
      list: async () => page,
      async *all() {
        yield event;
      },
      get: async () => event,
      icsUrl: () => `${baseUrl}events.ics`,
      eventIcsUrl: (id) => `${baseUrl}events/${encodeURIComponent(id)}.ics`,
    },
    signups: {
      create: () => Promise.reject(new Error('A preview takes no signups.')),
      cancel: () => Promise.reject(new Error('A preview takes no signups.')),
    },
    municipalities: async () => [...MUNICIPALITIES],
    categories: async () => [...CATEGORIES],
  };
}
