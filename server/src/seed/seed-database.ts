import { EventInputSchema } from '@kulturregion/kultur/contract';
import { demoImageUrl } from '../images/demo-images.js';
import type { EventStore } from '../events/event-store.js';
import type { PublishingStore } from '../publishing/publishing-store.js';
import type { SignupStore } from '../signups/signup-store.js';
import { seedEvents, seedSignups } from './seed-events.js';

export interface SeedDatabaseOptions {
  /**
   * The server's own root, such as `http://127.0.0.1:8787`: the events' images point at the pictures it serves at
   * `/v1/images/demo/` (the contract wants absolute URLs). Without it the events have no images.
   */
  imageBase?: string;
}

/**
 * Fills an empty store with the demo events and signups, dated from `now`. A store that already holds events is left
 * alone, so restarting a server that seeds on start never duplicates anything.
 *
 * Every event is checked against the feed contract before the first write: a seed that does not fit fails loudly
 * instead of leaving half a demo behind.
 *
 * With `imageBase`, the server's own root, some events get pictures that server serves (`/v1/images/demo/…`);
 * without it, none do. The addresses are stored with the events, so a database seeded earlier keeps its own.
 *
 * @example
 * ```ts
 * const storage = new SqliteStorage(openSqlite('data/kultur.sqlite'));
 * const { events, signups } = await seedDatabase(storage, new Date(), { imageBase: 'http://127.0.0.1:8787' });
 * ```
 */
export async function seedDatabase(
  storage: EventStore & PublishingStore & SignupStore,
  now: Date,
  { imageBase }: SeedDatabaseOptions = {},
): Promise<{ events: number; signups: number }> {
  if ((await storage.countEvents()) > 0) return { events: 0, signups: 0 };
  const imageUrl = imageBase === undefined ? undefined : (file: string) => demoImageUrl(imageBase, file);
  const inputs = seedEvents(now, { imageUrl });
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
