import type { CursorPosition } from './event-store.js';

/**
 * Cursors are opaque to clients: base64url of the last event's (start, id). Keyset paging on that pair stays correct
 * when events are added or removed between pages, which an offset would not.
 */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.startMs, position.id])).toString('base64url');
}

/** Returns undefined for anything this server did not make. */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      Number.isSafeInteger(value[0]) &&
      typeof value[1] === 'string' &&
      value[1].length > 0
    ) {
      return { startMs: value[0], id: value[1] };
    }
  } catch {
    // Falls through to "not a cursor".
  }
  return undefined;
}
