import { createHash } from 'node:crypto';
import { EventInputSchema, type EventInput } from '@kulturregion/kultur/contract';
import { slugOf } from '../publishing/slug.js';
import { fieldsOf } from '../http/zod-problems.js';
import type { EventStore, StoredEventInput } from '../events/event-store.js';
import type { PublishingStore } from '../publishing/publishing-store.js';
import type { ComposeMessage } from '../signups/signup-store.js';
import type { ImportLinkStore } from './import-link-store.js';

/** What an import reads and writes. */
export type ImportStore = EventStore & PublishingStore & ImportLinkStore;
import type { SourceRecord } from './import-record.js';

export type ImportOutcome = 'new' | 'updated' | 'unchanged';

export interface ImportedEvent {
  outcome: ImportOutcome;
  label: string;
  externalId: string;
  eventId: string;
  title: string;
  start: string;
  allDay: boolean;
}

export interface UnreadableRecord {
  label: string;
  reason: string;
}

export interface ImportReport {
  source: string;
  dryRun: boolean;
  events: ImportedEvent[];
  unreadable: UnreadableRecord[];
  counts: Record<ImportOutcome | 'unreadable', number>;
}

export interface ImportRun {
  storage: ImportStore;
  records: readonly SourceRecord[];
  source: string;
  now: Date;
  /** Work out and report what would change, writing nothing. */
  dryRun?: boolean;
  /**
   * Writes the messages of waitlisted people who move up when an update raises a capacity. Without it, an update to
   * an event that takes signups through the feed is refused rather than moving people up unannounced.
   */
  compose?: ComposeMessage;
}

/**
 * The event id for a source's record: the source's name as a slug and a digest of source and record id. The same
 * record of the same source always gets the same id, so an interrupted import that made the event but not its link
 * finds the event again.
 */
export function importedEventId(source: string, externalId: string): string {
  const slug = slugOf(source).slice(0, 40).replace(/-+$/, '') || 'import';
  const digest = createHash('sha256').update(`${source}\n${externalId}`).digest('hex').slice(0, 16);
  return `${slug}-${digest}`;
}

function digestOf(input: EventInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

function takesSignups(input: { signup?: EventInput['signup'] } | undefined): boolean {
  return input?.signup?.mode === 'internal';
}

/**
 * Validates each record against `EventInputSchema` and creates, updates or leaves its event, keyed by (source,
 * record id). A record whose content is what the last import stored is unchanged, and nothing is written for it.
 */
export async function importRecords({
  storage,
  records,
  source,
  now,
  dryRun = false,
  compose,
}: ImportRun): Promise<ImportReport> {
  const links = new Map((await storage.listImportLinks(source)).map((link) => [link.externalId, link]));
  const report: ImportReport = {
    source,
    dryRun,
    events: [],
    unreadable: [],
    counts: { new: 0, updated: 0, unchanged: 0, unreadable: 0 },
  };
  const unreadable = (label: string, reason: string) => {
    report.unreadable.push({ label, reason });
    report.counts.unreadable++;
  };
  const firstLabel = new Map<string, string>();

  for (const record of records) {
    if (record.kind === 'unreadable') {
      unreadable(record.label, record.reason);
      continue;
    }
    const earlier = firstLabel.get(record.externalId);
    if (earlier !== undefined) {
      unreadable(record.label, `the source has the same id again (first as ${earlier}); only the first is imported`);
      continue;
    }
    firstLabel.set(record.externalId, record.label);
    const parsed = EventInputSchema.safeParse(record.input);
    if (!parsed.success) {
      unreadable(
        record.label,
        fieldsOf(parsed.error)
          .map((field) => `${field.path}: ${field.message}`)
          .join('; '),
      );
      continue;
    }
    const link = links.get(record.externalId);
    const contentHash = digestOf(parsed.data);
    const event: StoredEventInput = { ...parsed.data, id: link?.eventId ?? importedEventId(source, record.externalId) };
    let outcome: ImportOutcome = 'unchanged';
    if (link?.contentHash !== contentHash) {
      // Without a link the event may still exist: an earlier import stopped between the event and its link.
      const stored = await storage.getEvent(event.id);
      if (stored && !compose && (takesSignups(event) || takesSignups(stored))) {
        unreadable(
          record.label,
          'the event takes signups through the feed, and updating it may move people up from the waitlist: ' +
            'give --public-url so their messages can link to the server',
        );
        continue;
      }
      outcome = stored ? 'updated' : 'new';
      if (!dryRun) {
        outcome = await write(storage, event, Boolean(stored), now, compose);
        await storage.saveImportLink({ source, externalId: record.externalId, eventId: event.id, contentHash }, now);
      }
    }
    report.counts[outcome]++;
    report.events.push({
      outcome,
      label: record.label,
      externalId: record.externalId,
      eventId: event.id,
      title: event.title,
      start: event.start,
      allDay: event.allDay,
    });
  }
  return report;
}

/** Creates or replaces; when the event came or went meanwhile, the other. */
async function write(
  storage: ImportStore,
  event: StoredEventInput,
  exists: boolean,
  now: Date,
  compose: ComposeMessage | undefined,
): Promise<ImportOutcome> {
  if (exists && (await storage.replaceEvent(event, now, compose))) return 'updated';
  if (await storage.createEvent(event, now)) return 'new';
  await storage.replaceEvent(event, now, compose);
  return 'updated';
}
