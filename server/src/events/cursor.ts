import type { CursorPosition } from './event-store.js';

/**
 * Cursors are opaque to clients: base64url of the last event's (start, id), and its relevance first when the listing is
 * ordered by it. Keyset paging on that tuple stays correct when events are added or removed between pages, which an
 * offset would not.
 */
export function encodeCursor(position: CursorPosition): string {
  const tuple =
    position.relevance === undefined
      ? [position.startMs, position.id]
      : [position.startMs, position.id, position.relevance];
  return Buffer.from(JSON.stringify(tuple)).toString('base64url');
}

/** Returns undefined for anything this server did not make. */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      (value.length === 2 || value.length === 3) &&
      Number.isSafeInteger(value[0]) &&
      typeof value[1] === 'string' &&
      value[1].length > 0
    ) {
      if (value.length === 2) return { startMs: value[0], id: value[1] };
      if (typeof value[2] === 'number' && Number.isFinite(value[2])) {
        return { startMs: value[0], id: value[1], relevance: value[2] };
      }
    }
  } catch {
    // Falls through to "not a cursor".
  }
  return undefined;
}
