import type { FeedSignup, KulturEvent, SignupProblemKind } from '../../sdk/index.js';

/** Why the form is not shown. */
export type ClosedReason = 'cancelled' | 'no-signup' | 'external' | 'not-open' | 'past' | 'full' | 'not-found';

/** Whether an event takes signups here now: with seats left, onto the waitlist, or not at all and why. */
export type Availability =
  | { kind: 'open'; signup: FeedSignup }
  | { kind: 'full'; signup: FeedSignup }
  | { kind: 'closed'; reason: ClosedReason; at?: string | undefined; url?: string | undefined };

/**
 * What the feed would decide for a signup made at `now`, from the event as loaded: the window runs from `opensAt` to
 * `closesAt`, and at the latest to the start. The feed has the last word; this only chooses what to show.
 */
export function availabilityOf(event: KulturEvent, now: number): Availability {
  const { signup } = event;
  if (event.status === 'cancelled') return { kind: 'closed', reason: 'cancelled' };
  if (!signup) return { kind: 'closed', reason: 'no-signup' };
  if (signup.mode === 'external') return { kind: 'closed', reason: 'external', url: signup.url };
  if (signup.opensAt && now < Date.parse(signup.opensAt))
    return { kind: 'closed', reason: 'not-open', at: signup.opensAt };
  const deadline =
    signup.closesAt && Date.parse(signup.closesAt) < Date.parse(event.start) ? signup.closesAt : event.start;
  if (now >= Date.parse(deadline)) return { kind: 'closed', reason: 'past', at: deadline };
  if (signup.available > 0) return { kind: 'open', signup };
  return signup.waitlist ? { kind: 'full', signup } : { kind: 'closed', reason: 'full' };
}

/**
 * The form closed by a refusal of the feed for `reason`, with the date its message names: when signup opens, or the
 * deadline that passed, as the event (fetched again after the refusal) says.
 */
export function closedByRefusal(event: KulturEvent, reason: ClosedReason): Availability {
  const signup = event.signup?.mode === 'internal' ? event.signup : undefined;
  const at = reason === 'not-open' ? signup?.opensAt : reason === 'past' ? signup?.closesAt : undefined;
  return { kind: 'closed', reason, at };
}

/** The feed's refusals that mean the form no longer applies, and why. */
const closedBy: Partial<Record<SignupProblemKind, ClosedReason>> = {
  'not-found': 'not-found',
  'no-signup': 'no-signup',
  'signup-not-open': 'not-open',
  'signup-closed': 'past',
  'signup-full': 'full',
};

/** The reason a refusal of kind `kind` closes the form for, if it does. */
export function closedReasonOf(kind: string | undefined): ClosedReason | undefined {
  return kind === undefined ? undefined : closedBy[kind as SignupProblemKind];
}
