import type { KulturEvent } from '@kulturregion/kultur/contract';
import type { StoredEventInput } from '../events/event-store.js';

/** A served event back as the input that publishes it: without `updatedAt` and the signup's counted `available`. */
export function inputOf(event: KulturEvent): StoredEventInput {
  const { updatedAt, signup, ...rest } = event;
  if (signup?.mode !== 'internal') return { ...rest, signup };
  const { available, ...settings } = signup;
  return { ...rest, signup: settings };
}

/** A copy's content: the same event, scheduled again, without an id, a cancellation or its reason. */
export function copiedInput(input: StoredEventInput): Omit<StoredEventInput, 'id'> {
  const { id, cancellationReason, ...rest } = input;
  return { ...rest, status: 'scheduled' };
}
