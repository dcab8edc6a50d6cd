/**
 * Whether the database gave up waiting for a lock another request holds: SQLite after its busy timeout, PostgreSQL
 * after `lock_timeout` (55P03), or when it broke a deadlock (40P01) or a serialization conflict (40001) by cancelling
 * this transaction. The transaction was rolled back, so nothing of the request was stored and asking again is safe.
 */
export function isStorageBusy(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && (/^SQLITE_(BUSY|LOCKED)/.test(code) || POSTGRES_BUSY_CODES.has(code));
}

const POSTGRES_BUSY_CODES = new Set(['55P03', '40P01', '40001']);
