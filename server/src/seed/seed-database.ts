import { EventInputSchema } from '../../../src/sdk/schema.js';
import type { Storage } from '../storage.js';
import { seedEvents, seedSignups } from './seed-events.js';

/**
 * Fills an empty store with the demo events and signups, dated from `now`. A store that already holds events is left
 * alone, so restarting a server that seeds on start never duplicates anything.
 *
 * Every event is checked against the feed contract before the first write: a seed that does not fit fails loudly
 * instead of leaving half a demo behind.
 *
 * @example
 * ```ts
 * const storage = new SqliteStorage(openSqlite('data/kultur.sqlite'));
 * const { events, signups } = await seedDatabase(storage, new Date());
 * ```
 */
export async function seedDatabase(storage: Storage, now: Date): Promise<{ events: number; signups: number }> {
  if ((await storage.countEvents()) > 0) return { events: 0, signups: 0 };
  const inputs = seedEvents(now);
  for (const input of inputs) {
    const result = EventInputSchema.safeParse(input);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(
        `seed event ${input.id} does not fit the feed contract: ${issue?.path.join('.')} ${issue?.message}`,
      );
    }
  }
  let events = 0;
  for (const input of inputs) {
    if (await storage.createEvent(input, now)) events++;
  }
  let signups = 0;
  for (const { eventId, signup } of seedSignups()) {
    if (await storage.addSignup(eventId, signup, now)) signups++;
  }
  return { events, signups };
}
