/**
 * What differs when an organiser adds a participant by hand (a phone call) rather than a person signing up on the
 * web: the signup window does not apply (an organiser may add someone after signups close, even at the door), but a
 * cancelled or ended event takes nobody, the event's seat limit per signup holds, and only the fields it asks for are
 * kept. Seat or waitlist is decided by `placementOf` exactly as for a web signup, under the same lock.
 */
import { SIGNUP_FIELDS } from '@kulturregion/kultur/contract';
import type { OpenEvent } from '../signups/signup-rules.js';
import type { NewSignup } from '../signups/signup-store.js';
import type { AddOutcome } from './participant-store.js';

/** Why the event refuses a participant added by hand, before seats are counted; undefined when it does not. */
export function handRefusalOf(open: OpenEvent, signup: NewSignup, now: Date): AddOutcome | undefined {
  const { event, settings } = open;
  const notAsked = SIGNUP_FIELDS.filter((field) => signup[field] !== undefined && !settings.fields.includes(field));
  if (notAsked.length) return { kind: 'not-asked', fields: notAsked };
  if (event.status === 'cancelled') return { kind: 'event-cancelled' };
  if (now.getTime() >= Date.parse(event.end)) return { kind: 'ended' };
  if (signup.seats > settings.maxSeatsPerSignup) return { kind: 'too-many-seats', max: settings.maxSeatsPerSignup };
  return undefined;
}

/** Seats still free at the event: never below 0 (a lowered capacity may leave more confirmed than it holds). */
export function freeSeatsOf(open: OpenEvent): number {
  return Math.max(0, open.settings.capacity - open.row.confirmed_seats);
}
