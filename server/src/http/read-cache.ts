import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type pg from 'pg';
import type Database from 'better-sqlite3';

/**
 * Tells whether the database changed: a value that differs after any commit, by any connection or process.
 * Our own process's writes through the HTTP API are counted by the cache itself.
 */
export type DataVersion = () => string | number | Promise<string | number>;

export interface ReadCacheOptions {
  /** The database's change marker; an answer is served from memory only while it is the same as when stored. */
  version: DataVersion;
  /** Longest an answer is kept even when nothing seems to change (writes the version cannot see). Default 5 s. */
  maxAgeMs?: number;
  /** Answers kept at most; the oldest goes first. Default 500. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  version: string;
  storedAt: number;
  /** A Uint8Array, not an ArrayBuffer: @hono/node-server writes those straight to the socket, without a stream. */
  body: Uint8Array<ArrayBuffer>;
  headers: Array<[string, string]>;
}

/** Hono's ETag middleware hashes in blocks of this size, chaining the digests. */
const DIGEST_BLOCK = 262_144;

/**
 * The ETag Hono's middleware would give `body` (SHA-1, chained over 256 KiB blocks), computed once when an answer is
 * stored, so hits are not hashed again and every process, cached or not, gives one answer one tag.
 */
export function etagOf(bytes: Uint8Array): string {
  let digest: Buffer | undefined;
  for (let at = 0; at < bytes.byteLength || at === 0; at += DIGEST_BLOCK) {
    const hash = createHash('sha1');
    if (digest) hash.update(digest);
    digest = hash.update(bytes.subarray(at, at + DIGEST_BLOCK)).digest();
  }
  return `"${digest!.toString('hex')}"`;
}

/**
 * Keeps the public GET answers (rendered JSON and its headers) in memory until the data changes, so a busy listing is
 * queried, serialised and hashed once per change instead of once per request. Registered inside the ETag middleware,
 * which answers `If-None-Match` with 304 from the stored tag.
 *
 * Correct across processes: before each hit it compares the database's change marker (`PRAGMA data_version` on
 * SQLite, the WAL position on PostgreSQL) with the one the answer was stored under; writes through this process clear
 * it. Only 200 answers marked `Cache-Control: public` are kept, so admin lists, refusals and `no-store` never are.
 */
export function readCache({
  version,
  maxAgeMs = 5_000,
  maxEntries = 500,
  now = Date.now,
}: ReadCacheOptions): MiddlewareHandler {
  const entries = new Map<string, Entry>();
  /** Writes through this process: SQLite's data_version does not count the connection's own commits. */
  let writes = 0;

  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET') {
      await next();
      if (method !== 'HEAD' && method !== 'OPTIONS') {
        writes += 1;
        entries.clear();
      }
      return;
    }
    const key = c.req.url;
    const current = `${writes}:${await version()}`;
    const entry = entries.get(key);
    if (entry && entry.version === current && now() - entry.storedAt < maxAgeMs) {
      for (const [name, value] of entry.headers) c.header(name, value);
      return c.body(entry.body, 200);
    }
    if (entry) entries.delete(key);

    await next();
    const response = c.res;
    if (response.status !== 200 || !/^public\b/.test(response.headers.get('cache-control') ?? '')) return;
    const body = new Uint8Array(await response.clone().arrayBuffer());
    response.headers.set('etag', etagOf(body));
    // The route's headers; the CORS middleware adds its own to every answer.
    const headers = [...response.headers].filter(([name]) => !name.startsWith('access-control-'));
    // A write that landed meanwhile changed the marker: this answer may predate it, so it is stored under the old one.
    entries.set(key, { version: current, storedAt: now(), body, headers });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  };
}

/** SQLite's change marker: `PRAGMA data_version` moves when another connection (or process) commits. */
export function sqliteDataVersion(db: Database.Database): DataVersion {
  return () => db.pragma('data_version', { simple: true }) as number;
}

/** PostgreSQL's: the WAL insert position, which moves with every commit on the server (of any database). */
export function postgresDataVersion(pool: pg.Pool): DataVersion {
  return async () => (await pool.query<{ v: string }>('SELECT pg_current_wal_insert_lsn()::text AS v')).rows[0]!.v;
}
