import type Database from 'better-sqlite3';
import type { KulturEvent, Venue } from '@kulturregion/kultur/contract';
import type { StoredEventInput } from '../events/event-store.js';
import type { ComposeMessage } from '../signups/signup-store.js';
import {
  consolePageOf,
  distinctVenues,
  draftInput,
  type Change,
  type ChangeEntry,
  type ConsoleFilter,
  type ConsolePage,
  type DeleteDraftOutcome,
  type NewWorkbenchEvent,
  type PublishOutcome,
  type Scope,
  type SubmitterRow,
  type SummaryRow,
  submitterOf,
  type WorkbenchRecord,
  type WorkbenchStore,
} from '../workbench/workbench-store.js';
import { sqliteColumns } from './sqlite-columns.js';
import { substringConditions } from './sqlite-search.js';

/**
 * How the workbench writes the `events` table: the SQLite storage's own code for publishing (`createEvent`,
 * `replaceEvent`, the waitlist moving up), run inside the workbench's write transaction so that publishing a working
 * copy and removing it are one.
 */
export interface SqlitePublishedEvents {
  /** False when the id is taken. */
  insert(input: StoredEventInput, now: Date): boolean;
  /** False when there is no such event. */
  replace(input: StoredEventInput, now: Date, compose: ComposeMessage | undefined): boolean;
  read(id: string): KulturEvent | undefined;
}

interface DraftRow {
  id: string;
  submitted: number;
  of_published: number;
  data: string;
  updated_at: string;
}

/** Thrown inside a transaction to roll it back when an id is taken. */
class IdTaken extends Error {}

const eventState = (e: string) =>
  `CASE WHEN ${e}.end_ms < @now THEN 'past' WHEN ${e}.status = 'cancelled' THEN 'cancelled' ELSE 'published' END`;

/** The workbench on SQLite (`workbench/workbench-store.ts`); every write takes the database's write lock first. */
export class SqliteWorkbenchStore implements WorkbenchStore {
  readonly #db: Database.Database;
  readonly #events: SqlitePublishedEvents;

  constructor(db: Database.Database, events: SqlitePublishedEvents) {
    this.#db = db;
    this.#events = events;
  }

  async findEvent(id: string): Promise<WorkbenchRecord | undefined> {
    return this.#db.transaction((): WorkbenchRecord | undefined => {
      const draft = this.#draft(id);
      const published = this.#events.read(id) ?? null;
      if (!draft && !published) return undefined;
      const meta = this.#db
        .prepare<
          [string],
          SubmitterRow & { owner_id: string | null; owner_email: string | null; series_id: string | null }
        >(
          `SELECT owner_id, owner_email, series_id, submitter_name, submitter_email, submitter_phone
           FROM workbench_events WHERE event_id = ?`,
        )
        .get(id);
      return {
        id,
        draft: draft
          ? { input: draftInput(id, draft.data), submitted: draft.submitted === 1, updatedAt: draft.updated_at }
          : null,
        published,
        owner: meta?.owner_id ? { id: meta.owner_id, email: meta.owner_email ?? '' } : null,
        seriesId: meta?.series_id ?? null,
        submitter: submitterOf(meta),
      };
    })();
  }

  async createEvents(
    events: readonly NewWorkbenchEvent[],
    change: ChangeEntry,
    now: Date,
    publish: boolean,
  ): Promise<boolean> {
    try {
      this.#db
        .transaction(() => {
          for (const { input, owner, seriesId, submitted = false, submitter } of events) {
            if (this.#draft(input.id)) throw new IdTaken();
            if (publish) {
              if (!this.#events.insert(input, now)) throw new IdTaken();
            } else {
              if (this.#events.read(input.id)) throw new IdTaken();
              this.#writeDraft(input, submitted, false, now);
            }
            this.#db
              .prepare(
                `INSERT INTO workbench_events (event_id, owner_id, owner_email, series_id, created_at, submitter_name,
                   submitter_email, submitter_phone)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                 ON CONFLICT (event_id) DO UPDATE SET owner_id = excluded.owner_id, owner_email = excluded.owner_email,
                   series_id = excluded.series_id, created_at = excluded.created_at,
                   submitter_name = excluded.submitter_name, submitter_email = excluded.submitter_email,
                   submitter_phone = excluded.submitter_phone`,
              )
              .run(
                input.id,
                owner?.id ?? null,
                owner?.email ?? null,
                seriesId,
                now.toISOString(),
                submitter?.name ?? null,
                submitter?.email ?? null,
                submitter?.phone ?? null,
              );
            this.#record(input.id, change, now);
          }
        })
        .immediate();
      return true;
    } catch (error) {
      if (error instanceof IdTaken) return false;
      throw error;
    }
  }

  async saveDraft(input: StoredEventInput, submitted: boolean, change: ChangeEntry, now: Date): Promise<void> {
    this.#db
      .transaction(() => {
        this.#writeDraft(input, submitted, this.#events.read(input.id) !== undefined, now);
        this.#record(input.id, change, now);
      })
      .immediate();
  }

  async setSubmitted(id: string, submitted: boolean, change: ChangeEntry, now: Date): Promise<boolean> {
    return this.#db
      .transaction(() => {
        const result = this.#db
          .prepare('UPDATE event_drafts SET submitted = ?, updated_at = ? WHERE id = ?')
          .run(submitted ? 1 : 0, now.toISOString(), id);
        if (result.changes === 0) return false;
        this.#record(id, change, now);
        return true;
      })
      .immediate();
  }

  async publishDraft(id: string, change: ChangeEntry, now: Date, compose?: ComposeMessage): Promise<PublishOutcome> {
    const outcome = this.#db
      .transaction((): PublishOutcome['kind'] => {
        const draft = this.#draft(id);
        if (!draft) return 'not-found';
        const input = draftInput(id, draft.data);
        const exists = this.#events.read(id) !== undefined;
        // A draft never published whose id an API client took meanwhile must not overwrite that event.
        if (exists && !draft.of_published) return 'id-taken';
        if (exists) this.#events.replace(input, now, compose);
        else if (!this.#events.insert(input, now)) return 'id-taken';
        this.#db.prepare('DELETE FROM event_drafts WHERE id = ?').run(id);
        this.#record(id, change, now);
        return 'published';
      })
      .immediate();
    return outcome === 'published' ? { kind: outcome, event: this.#events.read(id)! } : { kind: outcome };
  }

  async republish(
    input: StoredEventInput,
    change: ChangeEntry,
    now: Date,
    { compose, keepDraft = false }: { compose?: ComposeMessage; keepDraft?: boolean } = {},
  ): Promise<KulturEvent | undefined> {
    const replaced = this.#db
      .transaction(() => {
        if (!this.#events.replace(input, now, compose)) return false;
        if (!keepDraft) this.#db.prepare('DELETE FROM event_drafts WHERE id = ?').run(input.id);
        this.#record(input.id, change, now);
        return true;
      })
      .immediate();
    return replaced ? this.#events.read(input.id) : undefined;
  }

  async deleteDraft(id: string, change: ChangeEntry, now: Date): Promise<DeleteDraftOutcome> {
    return this.#db
      .transaction((): DeleteDraftOutcome => {
        if (this.#events.read(id)) return 'published';
        if (this.#db.prepare('DELETE FROM event_drafts WHERE id = ?').run(id).changes === 0) return 'not-found';
        this.#db.prepare('DELETE FROM workbench_events WHERE event_id = ?').run(id);
        this.#record(id, change, now);
        return 'deleted';
      })
      .immediate();
  }

  async listEvents(filter: ConsoleFilter): Promise<ConsolePage> {
    const { state } = filter;
    const newestFirst = state === 'past';
    const order = newestFirst ? 'DESC' : 'ASC';
    const rows = filter.limit + 1;
    const named = { now: filter.nowMs };
    const arms: Array<{ sql: string; params: unknown[] }> = [];
    if (state === undefined || state === 'draft' || state === 'pending') {
      const [where, params] = conditions('d', filter);
      where.unshift(
        state === 'draft'
          ? 'd.submitted = 0 AND e.id IS NULL'
          : state === 'pending'
            ? 'd.submitted = 1'
            : 'e.id IS NULL',
      );
      arms.push({
        sql: `SELECT d.id, d.start_ms, d.data, d.updated_at,
            CASE WHEN e.id IS NOT NULL THEN ${eventState('e')} WHEN d.submitted = 1 THEN 'pending' ELSE 'draft' END
              AS state,
            (e.id IS NOT NULL AND d.submitted = 1) AS pending_change,
            w.owner_email, w.submitter_name, w.submitter_email
          FROM event_drafts d LEFT JOIN events e ON e.id = d.id LEFT JOIN workbench_events w ON w.event_id = d.id
          WHERE ${where.join(' AND ')}
          ORDER BY d.start_ms ${order}, d.id ${order} LIMIT ${rows}`,
        params,
      });
    }
    if (state === undefined || state === 'published' || state === 'cancelled' || state === 'past') {
      const [where, params] = conditions('e', filter);
      if (state === 'past') where.unshift('e.end_ms < @now');
      if (state === 'published' || state === 'cancelled') {
        where.unshift(
          `e.status ${state === 'cancelled' ? '=' : '<>'} 'cancelled'`,
          // As the public listing: the longest event's length bounds the start, so the index skips the past.
          'e.end_ms >= @now AND e.start_ms >= @now - (SELECT coalesce(max(end_ms - start_ms), 0) FROM events)',
        );
      }
      arms.push({
        sql: `SELECT e.id, e.start_ms, e.data, e.updated_at, ${eventState('e')} AS state,
            EXISTS (SELECT 1 FROM event_drafts d WHERE d.id = e.id AND d.submitted = 1) AS pending_change,
            w.owner_email, w.submitter_name, w.submitter_email
          FROM events e LEFT JOIN workbench_events w ON w.event_id = e.id
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY e.start_ms ${order}, e.id ${order} LIMIT ${rows}`,
        params,
      });
    }
    const sql =
      arms.length === 1
        ? arms[0]!.sql
        : `${arms.map((arm) => `SELECT * FROM (${arm.sql})`).join(' UNION ALL ')}
           ORDER BY start_ms ${order}, id ${order} LIMIT ${rows}`;
    const params = arms.flatMap((arm) => arm.params);
    return consolePageOf(this.#db.prepare<unknown[], SummaryRow>(sql).all(named, ...params), filter.limit);
  }

  async listChanges(id: string): Promise<Change[]> {
    return this.#db
      .prepare<[string], Change>(
        'SELECT at, who, action, summary FROM event_changes WHERE event_id = ? ORDER BY id DESC',
      )
      .all(id);
  }

  async listVenues(scope: Scope): Promise<Venue[]> {
    const arm = (table: string) => {
      const where = [`json_extract(x.data, '$.venue') IS NOT NULL`];
      const params: unknown[] = [];
      if (scope.kind === 'municipalities') {
        where.push(`x.municipality IN (${scope.municipalities.map(() => '?').join(', ') || 'NULL'})`);
        params.push(...scope.municipalities);
      }
      if (scope.kind === 'owner') {
        where.push('EXISTS (SELECT 1 FROM workbench_events w WHERE w.event_id = x.id AND w.owner_id = ?)');
        params.push(scope.ownerId);
      }
      return {
        sql: `SELECT json_extract(x.data, '$.venue') AS venue FROM ${table} x WHERE ${where.join(' AND ')}`,
        params,
      };
    };
    const events = arm('events');
    const drafts = arm('event_drafts');
    const rows = this.#db
      .prepare<unknown[], { venue: string }>(`${events.sql} UNION ${drafts.sql}`)
      .all(...events.params, ...drafts.params);
    return distinctVenues(rows.map((row) => JSON.parse(row.venue) as Venue));
  }

  #draft(id: string): DraftRow | undefined {
    return this.#db
      .prepare<[string], DraftRow>(
        'SELECT id, submitted, of_published, data, updated_at FROM event_drafts WHERE id = ?',
      )
      .get(id);
  }

  /** Inserts or replaces a working copy. Runs inside the caller's write transaction. */
  #writeDraft(input: StoredEventInput, submitted: boolean, ofPublished: boolean, now: Date): void {
    this.#db
      .prepare(
        `INSERT INTO event_drafts (id, submitted, of_published, municipality, start_ms, end_ms, status, categories,
           audience, search_text, data, created_at, updated_at)
         VALUES (@id, @submitted, @ofPublished, @municipality, @startMs, @endMs, @status, @categories, @audience,
           @searchText, @data, @stamp, @stamp)
         ON CONFLICT (id) DO UPDATE SET submitted = excluded.submitted, of_published = excluded.of_published,
           municipality = excluded.municipality, start_ms = excluded.start_ms, end_ms = excluded.end_ms,
           status = excluded.status, categories = excluded.categories, audience = excluded.audience,
           search_text = excluded.search_text, data = excluded.data, updated_at = excluded.updated_at`,
      )
      .run({
        ...sqliteColumns(input),
        submitted: submitted ? 1 : 0,
        ofPublished: ofPublished ? 1 : 0,
        stamp: now.toISOString(),
      });
  }

  /** Adds an entry to the change log. Runs inside the caller's write transaction. */
  #record(id: string, { who, action, summary }: ChangeEntry, now: Date): void {
    this.#db
      .prepare('INSERT INTO event_changes (event_id, at, who, action, summary) VALUES (?, ?, ?, ?, ?)')
      .run(id, now.toISOString(), who, action, summary);
  }
}

/** The filters every list shares, on the table aliased `x` (`d` drafts, `e` events), as SQL and its parameters. */
function conditions(x: string, filter: ConsoleFilter): [string[], unknown[]] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.municipality) {
    where.push(`${x}.municipality IN (${filter.municipality.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...filter.municipality);
  }
  if (filter.ownerId !== undefined) {
    where.push('w.owner_id = ?');
    params.push(filter.ownerId);
  }
  if (filter.category?.length) {
    where.push(
      `EXISTS (SELECT 1 FROM json_each(${x}.categories) WHERE value IN (${filter.category.map(() => '?').join(', ')}))`,
    );
    params.push(...filter.category);
  }
  if (filter.endsFrom !== undefined) {
    where.push(`${x}.end_ms >= ?`);
    params.push(filter.endsFrom);
  }
  if (filter.startsBefore !== undefined) {
    where.push(`${x}.start_ms < ?`);
    params.push(filter.startsBefore);
  }
  if (filter.search) substringConditions(`${x}.search_text`, filter.search, where, params);
  if (filter.after) {
    where.push(`(${x}.start_ms, ${x}.id) ${filter.state === 'past' ? '<' : '>'} (?, ?)`);
    params.push(filter.after.startMs, filter.after.id);
  }
  return [where, params];
}
