/** The publishing part of storage: creating, replacing and deleting events. */
import type { KulturEvent } from '@kulturregion/kultur/contract';
import type { StoredEventInput } from '../events/event-store.js';
import type { ComposeMessage } from '../signups/signup-store.js';

/** What deleting an event did: erased it, or cancelled it because people had signed up. */
export type DeleteOutcome = { kind: 'deleted' } | { kind: 'cancelled'; event: KulturEvent } | { kind: 'not-found' };

export interface PublishingStore {
  /** Returns undefined when the id is taken. */
  createEvent(input: StoredEventInput, now: Date): Promise<KulturEvent | undefined>;
  /**
   * Returns undefined when there is no such event. When the new capacity frees seats, the waitlist moves up and
   * `compose` writes the messages.
   */
  replaceEvent(input: StoredEventInput, now: Date, compose?: ComposeMessage): Promise<KulturEvent | undefined>;
  /**
   * Erases the event, or cancels it when people have signed up (they are not erased with it, and `compose` writes
   * the messages telling them).
   */
  deleteEvent(id: string, now: Date, compose?: ComposeMessage): Promise<DeleteOutcome>;
}

/** The stored JSON of an event with its status set to cancelled. */
export function cancelledData(data: string): string {
  return JSON.stringify({ ...JSON.parse(data), status: 'cancelled' });
}
