import type pg from 'pg';
import type { KulturEvent, Venue } from '@kulturregion/kultur/contract';
import { eventColumns, type StoredEventInput } from '../events/event-store.js';
import { substringConditions } from './postgres-search.js';
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

type Client = pg.PoolClient;
/** Anything that runs a query: the pool, or one connection inside a transaction. */
type Queryable = Pick<pg.Pool, 'query'>;

/**
 * How the workbench writes the `events` table: the PostgreSQL storage's own transaction (with its lock timeout) and
 * its code for publishing (`createEvent`, `replaceEvent`, the waitlist moving up), so that publishing a working copy
 * and removing it are one transaction.
 */
export interface PostgresPublishedEvents {
  transaction<T>(work: (client: Client) => Promise<T>): Promise<T>;
  /** False when the id is taken. */
  insert(db: Queryable, input: StoredEventInput, now: Date): Promise<boolean>;
  /** False when there is no such event. */
  replace(client: Client, input: StoredEventInput, now: Date, compose: ComposeMessage | undefined): Promise<boolean>;
  read(db: Queryable, id: string): Promise<KulturEvent | undefined>;
}

interface DraftRow {
  id: string;
  submitted: boolean;
  of_published: boolean;
  data: string;
  updated_at: string;
}

/** Thrown inside a transaction to roll it back when an id is taken. */
class IdTaken extends Error {}

/** The workbench on PostgreSQL (`workbench/workbench-store.ts`). */
export class PostgresWorkbenchStore implements WorkbenchStore {
  readonly #pool: pg.Pool;
  readonly #events: PostgresPublishedEvents;

  constructor(pool: pg.Pool, events: PostgresPublishedEvents) {
    this.#pool = pool;
    this.#events = events;
  }

  async findEvent(id: string): Promise<WorkbenchRecord | undefined> {
    const [draft, published, meta] = await Promise.all([
      draftRow(this.#pool, id),
      this.#events.read(this.#pool, id),
      this.#pool.query<
        SubmitterRow & { owner_id: string | null; owner_email: string | null; series_id: string | null }
      >(
        `SELECT owner_id, owner_email, series_id, submitter_name, submitter_email, submitter_phone
         FROM workbench_events WHERE event_id = $1`,
        [id],
      ),
    ]);
    if (!draft && !published) return undefined;
    const row = meta.rows[0];
    return {
      id,
      draft: draft
        ? { input: draftInput(id, draft.data), submitted: draft.submitted, updatedAt: draft.updated_at }
        : null,
      published: published ?? null,
      owner: row?.owner_id ? { id: row.owner_id, email: row.owner_email ?? '' } : null,
      seriesId: row?.series_id ?? null,
      submitter: submitterOf(row),
    };
  }

  async createEvents(
    events: readonly NewWorkbenchEvent[],
    change: ChangeEntry,
    now: Date,
    publish: boolean,
  ): Promise<boolean> {
    try {
      await this.#events.transaction(async (client) => {
        for (const { input, owner, seriesId, submitted = false, submitter } of events) {
          if (publish) {
            if ((await draftRow(client, input.id)) || !(await this.#events.insert(client, input, now))) {
              throw new IdTaken();
            }
          } else {
            if (await this.#events.read(client, input.id)) throw new IdTaken();
            if (!(await writeDraft(client, input, submitted, false, now, false))) throw new IdTaken();
          }
          await client.query(
            `INSERT INTO workbench_events (event_id, owner_id, owner_email, series_id, created_at, submitter_name,
               submitter_email, submitter_phone)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (event_id) DO UPDATE SET owner_id = excluded.owner_id, owner_email = excluded.owner_email,
               series_id = excluded.series_id, created_at = excluded.created_at,
               submitter_name = excluded.submitter_name, submitter_email = excluded.submitter_email,
               submitter_phone = excluded.submitter_phone`,
            [
              input.id,
              owner?.id ?? null,
              owner?.email ?? null,
              seriesId,
              now,
              submitter?.name ?? null,
              submitter?.email ?? null,
              submitter?.phone ?? null,
            ],
          );
          await record(client, input.id, change, now);
        }
      });
      return true;
    } catch (error) {
      if (error instanceof IdTaken) return false;
      throw error;
    }
  }

  async saveDraft(input: StoredEventInput, submitted: boolean, change: ChangeEntry, now: Date): Promise<void> {
    await this.#events.transaction(async (client) => {
      const ofPublished = (await this.#events.read(client, input.id)) !== undefined;
      await writeDraft(client, input, submitted, ofPublished, now, true);
      await record(client, input.id, change, now);
    });
  }

  async setSubmitted(id: string, submitted: boolean, change: ChangeEntry, now: Date): Promise<boolean> {
    return this.#events.transaction(async (client) => {
      const result = await client.query('UPDATE event_drafts SET submitted = $2, updated_at = $3 WHERE id = $1', [
        id,
        submitted,
        now,
      ]);
      if (!result.rowCount) return false;
      await record(client, id, change, now);
      return true;
    });
  }

  async publishDraft(id: string, change: ChangeEntry, now: Date, compose?: ComposeMessage): Promise<PublishOutcome> {
    const outcome = await this.#events.transaction(async (client): Promise<PublishOutcome['kind']> => {
      // Locked, so two editors approving at once publish it once.
      const draft = (
        await client.query<DraftRow>(
          'SELECT id, submitted, of_published, data::text AS data, updated_at FROM event_drafts WHERE id = $1 FOR UPDATE',
          [id],
        )
      ).rows[0];
      if (!draft) return 'not-found';
      const input = draftInput(id, draft.data);
      const exists = (await this.#events.read(client, id)) !== undefined;
      // A draft never published whose id an API client took meanwhile must not overwrite that event.
      if (exists && !draft.of_published) return 'id-taken';
      if (exists) await this.#events.replace(client, input, now, compose);
      else if (!(await this.#events.insert(client, input, now))) return 'id-taken';
      await client.query('DELETE FROM event_drafts WHERE id = $1', [id]);
      await record(client, id, change, now);
      return 'published';
    });
    if (outcome !== 'published') return { kind: outcome };
    return { kind: outcome, event: (await this.#events.read(this.#pool, id))! };
  }

  async republish(
    input: StoredEventInput,
    change: ChangeEntry,
    now: Date,
    { compose, keepDraft = false }: { compose?: ComposeMessage; keepDraft?: boolean } = {},
  ): Promise<KulturEvent | undefined> {
    const replaced = await this.#events.transaction(async (client) => {
      if (!(await this.#events.replace(client, input, now, compose))) return false;
      if (!keepDraft) await client.query('DELETE FROM event_drafts WHERE id = $1', [input.id]);
      await record(client, input.id, change, now);
      return true;
    });
    return replaced ? this.#events.read(this.#pool, input.id) : undefined;
  }

  async deleteDraft(id: string, change: ChangeEntry, now: Date): Promise<DeleteDraftOutcome> {
    return this.#events.transaction(async (client): Promise<DeleteDraftOutcome> => {
      if (await this.#events.read(client, id)) return 'published';
      const deleted = await client.query('DELETE FROM event_drafts WHERE id = $1', [id]);
      if (!deleted.rowCount) return 'not-found';
      await client.query('DELETE FROM workbench_events WHERE event_id = $1', [id]);
      await record(client, id, change, now);
      return 'deleted';
    });
  }

  async listEvents(filter: ConsoleFilter): Promise<ConsolePage> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const { state } = filter;
    const order = state === 'past' ? 'DESC' : 'ASC';
    const now = param(new Date(filter.nowMs));
    const rows = param(filter.limit + 1);
    const eventState = `CASE WHEN e.end_at < ${now} THEN 'past' WHEN e.status = 'cancelled' THEN 'cancelled'
      ELSE 'published' END`;
    const startMs = (x: string) => `(extract(epoch FROM ${x}.start_at) * 1000)::bigint AS start_ms`;
    const arms: string[] = [];
    if (state === undefined || state === 'draft' || state === 'pending') {
      const where = conditions('d', filter, param);
      where.unshift(
        state === 'draft' ? 'NOT d.submitted AND e.id IS NULL' : state === 'pending' ? 'd.submitted' : 'e.id IS NULL',
      );
      arms.push(`SELECT d.id, ${startMs('d')}, d.data::text AS data, d.updated_at,
          CASE WHEN e.id IS NOT NULL THEN ${eventState} WHEN d.submitted THEN 'pending' ELSE 'draft' END AS state,
          (e.id IS NOT NULL AND d.submitted) AS pending_change,
            w.owner_email, w.submitter_name, w.submitter_email
        FROM event_drafts d LEFT JOIN events e ON e.id = d.id LEFT JOIN workbench_events w ON w.event_id = d.id
        WHERE ${where.join(' AND ')}
        ORDER BY d.start_at ${order}, d.id ${order} LIMIT ${rows}`);
    }
    if (state === undefined || state === 'published' || state === 'cancelled' || state === 'past') {
      const where = conditions('e', filter, param);
      if (state === 'past') where.unshift(`e.end_at < ${now}`);
      if (state === 'published' || state === 'cancelled') {
        where.unshift(
          `e.status ${state === 'cancelled' ? '=' : '<>'} 'cancelled'`,
          // As the public listing: the longest event's length bounds the start, so the index skips the past.
          `e.end_at >= ${now} AND e.start_at >= ${now}::timestamptz - ` +
            `(SELECT coalesce(max(end_at - start_at), interval '0') FROM events)`,
        );
      }
      arms.push(`SELECT e.id, ${startMs('e')}, e.data::text AS data, e.updated_at, ${eventState} AS state,
          EXISTS (SELECT 1 FROM event_drafts d WHERE d.id = e.id AND d.submitted) AS pending_change,
            w.owner_email, w.submitter_name, w.submitter_email
        FROM events e LEFT JOIN workbench_events w ON w.event_id = e.id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY e.start_at ${order}, e.id ${order} LIMIT ${rows}`);
    }
    const sql =
      arms.length === 1
        ? arms[0]!
        : `${arms.map((arm) => `(${arm})`).join(' UNION ALL ')} ORDER BY start_ms ${order}, id ${order} LIMIT ${rows}`;
    const result = await this.#pool.query<SummaryRow>(sql, params);
    return consolePageOf(result.rows, filter.limit);
  }

  async listChanges(id: string): Promise<Change[]> {
    const { rows } = await this.#pool.query<Change>(
      'SELECT at, who, action, summary FROM event_changes WHERE event_id = $1 ORDER BY id DESC',
      [id],
    );
    return rows;
  }

  async listVenues(scope: Scope): Promise<Venue[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [`x.data->'venue' IS NOT NULL`];
    if (scope.kind === 'municipalities') where.push(`x.municipality = ANY (${param(scope.municipalities)}::text[])`);
    if (scope.kind === 'owner') {
      where.push(
        `EXISTS (SELECT 1 FROM workbench_events w WHERE w.event_id = x.id AND w.owner_id = ${param(scope.ownerId)})`,
      );
    }
    const arm = (table: string) =>
      `SELECT (x.data->'venue')::text AS venue FROM ${table} x WHERE ${where.join(' AND ')}`;
    const { rows } = await this.#pool.query<{ venue: string }>(`${arm('events')} UNION ${arm('event_drafts')}`, params);
    return distinctVenues(rows.map((row) => JSON.parse(row.venue) as Venue));
  }
}

async function draftRow(db: Queryable, id: string): Promise<DraftRow | undefined> {
  const { rows } = await db.query<DraftRow>(
    'SELECT id, submitted, of_published, data::text AS data, updated_at FROM event_drafts WHERE id = $1',
    [id],
  );
  return rows[0];
}

/** Inserts (or, with `replace`, replaces) a working copy; false when `replace` is off and the id is taken. */
async function writeDraft(
  client: Client,
  input: StoredEventInput,
  submitted: boolean,
  ofPublished: boolean,
  now: Date,
  replace: boolean,
): Promise<boolean> {
  const columns = eventColumns(input);
  const result = await client.query(
    `INSERT INTO event_drafts (id, submitted, of_published, municipality, start_at, end_at, status, categories,
       audience, search_text, data, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
     ON CONFLICT (id) DO ${
       replace
         ? `UPDATE SET submitted = excluded.submitted, of_published = excluded.of_published,
           municipality = excluded.municipality, start_at = excluded.start_at, end_at = excluded.end_at,
           status = excluded.status, categories = excluded.categories, audience = excluded.audience,
           search_text = excluded.search_text, data = excluded.data, updated_at = excluded.updated_at`
         : 'NOTHING'
     }`,
    [
      columns.id,
      submitted,
      ofPublished,
      columns.municipality,
      new Date(columns.startMs),
      new Date(columns.endMs),
      columns.status,
      columns.categories,
      columns.audience,
      columns.searchText,
      columns.data,
      now,
    ],
  );
  return Boolean(result.rowCount);
}

/** Adds an entry to the change log. Runs inside the caller's transaction. */
async function record(client: Client, id: string, { who, action, summary }: ChangeEntry, now: Date): Promise<void> {
  await client.query('INSERT INTO event_changes (event_id, at, who, action, summary) VALUES ($1, $2, $3, $4, $5)', [
    id,
    now,
    who,
    action,
    summary,
  ]);
}

/** The filters every list shares, on the table aliased `x` (`d` drafts, `e` events). */
function conditions(x: string, filter: ConsoleFilter, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (filter.municipality) where.push(`${x}.municipality = ANY (${param(filter.municipality)}::text[])`);
  if (filter.ownerId !== undefined) where.push(`w.owner_id = ${param(filter.ownerId)}`);
  if (filter.category?.length) where.push(`${x}.categories && ${param(filter.category)}::text[]`);
  if (filter.endsFrom !== undefined) where.push(`${x}.end_at >= ${param(new Date(filter.endsFrom))}`);
  if (filter.startsBefore !== undefined) where.push(`${x}.start_at < ${param(new Date(filter.startsBefore))}`);
  if (filter.search) where.push(...substringConditions(`${x}.search_text`, filter.search, param));
  if (filter.after) {
    const { startMs, id } = filter.after;
    where.push(
      `(${x}.start_at, ${x}.id) ${filter.state === 'past' ? '<' : '>'} (${param(new Date(startMs))}, ${param(id)})`,
    );
  }
  return where;
}
