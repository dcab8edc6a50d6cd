/**
 * The messages about an event rather than about one signup: it changed, it was cancelled, it is soon, or its
 * organiser wrote to the participants. Each goes to one signup's address, written inside the transaction that causes
 * it (`ComposeMessage`), so a change and its messages are committed together or not at all.
 */
import type { KulturEvent } from '@kulturregion/kultur/contract';

/** What of an event its participants are told about when it changes; other edits (a typo) send nothing. */
export const NOTIFIED_CHANGES = ['time', 'place', 'online'] as const;
export type NotifiedChange = (typeof NOTIFIED_CHANGES)[number];

/** Who an organiser's message goes to. */
export const AUDIENCES = ['confirmed', 'waitlisted', 'all'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The kinds of message this room writes (the outbox's `kind`). */
export const EVENT_NOTICE_KINDS = ['event-changed', 'event-cancelled', 'reminder', 'organiser-message'] as const;
export type EventNoticeKind = (typeof EVENT_NOTICE_KINDS)[number];

/** The address, its standing and its cancel token: never the name or anything else the person wrote. */
interface Addressee {
  email: string;
  status: 'confirmed' | 'waitlisted';
  seats: number;
  cancelToken: string;
}

export type EventNotice = Addressee &
  (
    | { kind: 'event-changed'; event: KulturEvent; before: KulturEvent; changes: NotifiedChange[] }
    | { kind: 'event-cancelled'; event: KulturEvent }
    | { kind: 'reminder'; event: KulturEvent }
    | {
        kind: 'organiser-message';
        event: KulturEvent;
        /** Who sent it: the person's e-mail, or a token's name (`whoOf`). */
        sentBy: string;
        subject: string;
        text: string;
      }
  );

export function isEventNotice(notice: { kind: string }): notice is EventNotice {
  return (EVENT_NOTICE_KINDS as readonly string[]).includes(notice.kind);
}

/** Default reminder: this many days before the start. */
export const DEFAULT_REMINDER_DAYS = 2;
/** The most days before the start a reminder may be set to. */
export const MAX_REMINDER_DAYS = 30;

/** What a replacement did to an event that its participants hear of. */
export type EventTransition = { kind: 'changed'; changes: NotifiedChange[] } | { kind: 'cancelled' } | { kind: 'none' };

function sameVenue(a: KulturEvent['venue'], b: KulturEvent['venue']): boolean {
  if (!a || !b) return a === b;
  return a.name === b.name && a.address === b.address && a.postalCode === b.postalCode && a.city === b.city;
}

/**
 * Compares the published event before and after a replacement. Cancelling is its own message; a change of time, place
 * or online address is told (old and new); anything else (the description, the price, the pictures) is not.
 */
export function transitionOf(before: KulturEvent, after: KulturEvent): EventTransition {
  if (after.status === 'cancelled') return before.status === 'cancelled' ? { kind: 'none' } : { kind: 'cancelled' };
  const changes: NotifiedChange[] = [];
  if (before.start !== after.start || before.end !== after.end || before.allDay !== after.allDay) changes.push('time');
  if (!sameVenue(before.venue, after.venue)) changes.push('place');
  if ((before.online?.url ?? null) !== (after.online?.url ?? null)) changes.push('online');
  return changes.length ? { kind: 'changed', changes } : { kind: 'none' };
}

/** Whether the calendar entry's SEQUENCE rises (RFC 5545: a change of time, place or status). */
export function raisesSequence(transition: EventTransition): boolean {
  return transition.kind !== 'none';
}
