/**
 * The workbench's part of storage: working copies (drafts, and changes waiting for approval), who owns an event, the
 * series it belongs to, and its change log. Unpublished work lives in its own table (`event_drafts`), never in
 * `events`, so the public reads (`/v1/events`, the iCalendar and HTML listings) cannot show it whatever they ask.
 */
import type { KulturEvent, MunicipalityId, Submitter, Venue } from '@kulturregion/kultur/contract';
import type { CursorPosition, StoredEventInput } from '../events/event-store.js';
import type { SearchTerm } from '../events/search-terms.js';
import type { ComposeMessage } from '../signups/signup-store.js';
import type { ConsoleState } from './console-state.js';

/** A working copy: a draft never published, or a change to a published event. */
export interface WorkingCopy {
  input: StoredEventInput;
  /** Sent for approval (`pending`); a working copy of an organiser's published event always is. */
  submitted: boolean;
  updatedAt: string;
}

/** The person who created an event; tokens own nothing. */
export interface EventOwner {
  id: string;
  email: string;
}

/** Everything the workbench knows of one event. */
export interface WorkbenchRecord {
  id: string;
  draft: WorkingCopy | null;
  /** What the public sees, or null for an event never published. */
  published: KulturEvent | null;
  owner: EventOwner | null;
  seriesId: string | null;
  /** Who sent the event in without an account (`submissions/`), with the address they confirmed; null otherwise. */
  submitter: Submitter | null;
}

/** What the change log records; every entry says who and when. */
export const CHANGE_ACTIONS = [
  'created',
  'saved',
  'submitted',
  'published',
  'approved',
  'rejected',
  'cancelled',
  'copied',
  'deleted',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** A change to record, in the transaction that makes it: `who` is a person's e-mail or a token's name. */
export interface ChangeEntry {
  who: string;
  action: ChangeAction;
  /**
   * A person's own words where the step takes them (the reason of `rejected` and `cancelled`), or the id copied from
   * (`copied`); otherwise null: the console says each action in its reader's language.
   */
  summary: string | null;
}

/** A change as the log lists it. */
export interface Change extends ChangeEntry {
  at: string;
}

/** A new event for the workbench: a draft, or published at once (a series an editor publishes). */
export interface NewWorkbenchEvent {
  input: StoredEventInput;
  owner: EventOwner | null;
  seriesId: string | null;
  /** A draft sent for approval at once: an event a cultural actor sent in and confirmed. */
  submitted?: boolean;
  /** Who sent it in (`submissions/`). */
  submitter?: Submitter;
}

/** Whose events a list may hold: all, an editor's municipalities, or an organiser's own. */
export type Scope =
  | { kind: 'all' }
  | { kind: 'municipalities'; municipalities: readonly MunicipalityId[] }
  | { kind: 'owner'; ownerId: string };

/** A console list's filters, after the route has read them and narrowed them to what the actor may see. */
export interface ConsoleFilter {
  state?: ConsoleState;
  /** Any of these; already narrowed to an editor's own. */
  municipality?: readonly string[];
  /** Only the events this person owns (an organiser's lists). */
  ownerId?: string;
  category?: readonly string[];
  /** Keep events that end at or after this instant (epoch ms). */
  endsFrom?: number;
  /** Keep events that start before this instant (epoch ms). */
  startsBefore?: number;
  /** The words of `q`, as the public listing reads them (`searchTermsOf`); an empty list matches nothing. */
  search?: readonly SearchTerm[];
  /** The instant that tells `published` from `past`. */
  nowMs: number;
  limit: number;
  /** Resume after this position: in (start, id) order, or the reverse for `past`, which lists the newest first. */
  after?: CursorPosition;
}

/** One line of the console's lists. */
export interface ConsoleEventSummary {
  id: string;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
  municipality: MunicipalityId;
  categories: string[];
  state: ConsoleState;
  /** A published event with a working copy the public does not see yet. */
  pendingChange: boolean;
  ownerEmail: string | null;
  /** Who sent the event in without an account, with the address they confirmed; null for the console's own events. */
  submitter: { name: string; email: string } | null;
  updatedAt: string;
}

export interface ConsolePage {
  items: ConsoleEventSummary[];
  next: CursorPosition | null;
}

export type PublishOutcome =
  | { kind: 'published'; event: KulturEvent }
  /** There is no working copy (any more) to publish. */
  | { kind: 'not-found' }
  /** A never-published draft's id was taken meanwhile by an event published through the API. */
  | { kind: 'id-taken' };

export type DeleteDraftOutcome = 'deleted' | 'published' | 'not-found';

export interface WorkbenchStore {
  findEvent(id: string): Promise<WorkbenchRecord | undefined>;
  /**
   * Keeps new events with their owner and series, all or none, in one transaction: as drafts, or published when
   * `publish` is set. False (and nothing kept) when an id is taken by a draft or an event.
   */
  createEvents(
    events: readonly NewWorkbenchEvent[],
    change: ChangeEntry,
    now: Date,
    publish: boolean,
  ): Promise<boolean>;
  /** Writes an event's working copy, making one for a published event. */
  saveDraft(input: StoredEventInput, submitted: boolean, change: ChangeEntry, now: Date): Promise<void>;
  /** Sends the working copy for approval, or back to its author; false when there is none. */
  setSubmitted(id: string, submitted: boolean, change: ChangeEntry, now: Date): Promise<boolean>;
  /** Publishes the working copy: the `events` row is made or replaced and the copy removed, in one transaction. */
  publishDraft(id: string, change: ChangeEntry, now: Date, compose?: ComposeMessage): Promise<PublishOutcome>;
  /**
   * Replaces a published event with `input` (an editor's edit, a cancellation) and drops its working copy unless
   * `keepDraft`; undefined when the event is not published.
   */
  republish(
    input: StoredEventInput,
    change: ChangeEntry,
    now: Date,
    options?: { compose?: ComposeMessage; keepDraft?: boolean },
  ): Promise<KulturEvent | undefined>;
  /** Erases a draft never published; an event that is published is left alone. */
  deleteDraft(id: string, change: ChangeEntry, now: Date): Promise<DeleteDraftOutcome>;
  listEvents(filter: ConsoleFilter): Promise<ConsolePage>;
  /** The log, newest first. */
  listChanges(id: string): Promise<Change[]>;
  /** The venues of the events (and drafts) in scope, each once. */
  listVenues(scope: Scope): Promise<Venue[]>;
}

/** The workbench_events columns of who sent an event in, as both storages select them. */
export interface SubmitterRow {
  submitter_name: string | null;
  submitter_email: string | null;
  submitter_phone: string | null;
}

/** The sender of a submitted event, from its row; null for an event made in the console (or swept). */
export function submitterOf(row: SubmitterRow | undefined): Submitter | null {
  if (!row?.submitter_name || !row.submitter_email) return null;
  return {
    name: row.submitter_name,
    email: row.submitter_email,
    ...(row.submitter_phone ? { phone: row.submitter_phone } : {}),
  };
}

/** A summary row as both storages select it. */
export interface SummaryRow {
  id: string;
  start_ms: number;
  data: string;
  updated_at: string;
  state: ConsoleState;
  pending_change: number | boolean;
  owner_email: string | null;
  submitter_name: string | null;
  submitter_email: string | null;
}

export function toSummary(row: SummaryRow): ConsoleEventSummary {
  const data = JSON.parse(row.data) as StoredEventInput;
  return {
    id: row.id,
    title: data.title,
    start: data.start,
    end: data.end,
    allDay: data.allDay,
    municipality: data.municipality,
    categories: [...data.categories],
    state: row.state,
    pendingChange: Boolean(row.pending_change),
    ownerEmail: row.owner_email,
    submitter:
      row.submitter_name && row.submitter_email ? { name: row.submitter_name, email: row.submitter_email } : null,
    updatedAt: row.updated_at,
  };
}

/** A page from `limit + 1` rows: the extra row tells that another page exists. */
export function consolePageOf(rows: SummaryRow[], limit: number): ConsolePage {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    next: rows.length > limit && last ? { startMs: Number(last.start_ms), id: last.id } : null,
  };
}

/** A draft row's stored JSON (the input without its id) back as input. */
export function draftInput(id: string, data: string): StoredEventInput {
  return { id, ...(JSON.parse(data) as Omit<StoredEventInput, 'id'>) };
}

/** Each venue once (the same name, address and postal code is one venue), in order of name. */
export function distinctVenues(venues: Venue[]): Venue[] {
  const seen = new Map<string, Venue>();
  for (const venue of venues) {
    const key = [venue.name, venue.address, venue.postalCode].map((part) => part.toLocaleLowerCase('da')).join('|');
    if (!seen.has(key)) seen.set(key, venue);
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
