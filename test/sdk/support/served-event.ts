import type { KulturEvent } from '../../../src/contract/schema.js';
import { eventInput } from '../../server/support/event-fixture.js';

/** A valid event as the feed serves it, for hand-made answers; tests override what they are about. */
export function servedEvent(id: string, overrides: Record<string, unknown> = {}): KulturEvent {
  return { ...eventInput(), id, signup: null, updatedAt: '2027-01-01T12:00:00+01:00', ...overrides } as KulturEvent;
}
