import type { KulturEvent } from '@kulturregion/kultur/contract';

/**
 * Where an event is on the workbench: a `draft`, `pending` approval (never published), `published`, `cancelled`, or
 * `past` (ended, cancelled or not). A published event with a working copy is still `published`; the copy shows as
 * `pendingChange`.
 */
export const CONSOLE_STATES = ['draft', 'pending', 'published', 'cancelled', 'past'] as const;
export type ConsoleState = (typeof CONSOLE_STATES)[number];

/** The state of an event from what is stored of it; both storages' list queries say the same in SQL. */
export function consoleStateOf(
  published: Pick<KulturEvent, 'end' | 'status'> | null,
  draft: { submitted: boolean } | null,
  nowMs: number,
): ConsoleState {
  if (published) {
    if (Date.parse(published.end) < nowMs) return 'past';
    return published.status === 'cancelled' ? 'cancelled' : 'published';
  }
  return draft?.submitted ? 'pending' : 'draft';
}
