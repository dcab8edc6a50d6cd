/**
 * The feed's database for the first-visit bench: exactly `count` upcoming events in a new SQLite file, the seed's
 * events cloned with new ids (with their pictures, as render.ts's `seededEvents` serves them). Each lasts at most
 * three hours within one day, four a day from tomorrow at 10, 13, 16 and 19 o'clock: a list view shows every event
 * once, so every renderer draws `count` items, where an exhibition of weeks would be one row a day in the peers'.
 */
import { openSqlite } from '../../server/src/db/open-sqlite.js';
import { SqliteStorage } from '../../server/src/db/sqlite-storage.js';
import type { StoredEventInput } from '../../server/src/events/event-store.js';
import { demoImageUrl } from '../../server/src/images/demo-images.js';
import { seedEvents } from '../../server/src/seed/seed-events.js';
import { addDays, regionDate, regionInstantOf } from '../../server/src/time/region-clock.js';

const EVENTS_PER_DAY = 4;
const HOURS = [10, 13, 16, 19];
const LONGEST_MS = 3 * 60 * 60_000;

export interface UpcomingEvents {
  /** The first day with events and the day after the last (`YYYY-MM-DD`), for the peers' list range. */
  firstDay: string;
  endDay: string;
}

/** `count` events from tomorrow, as the bench's feed serves them. */
export function upcomingEvents(count: number, now: Date): StoredEventInput[] {
  const templates = seedEvents(now, { imageUrl: (file) => demoImageUrl('https://feed.example.dk', file) });
  const today = regionDate(now.getTime());
  return Array.from({ length: count }, (_, i) => {
    const template = templates[i % templates.length]!;
    const day = addDays(today, 1 + Math.floor(i / EVENTS_PER_DAY));
    const start = regionInstantOf(day, HOURS[i % EVENTS_PER_DAY]!, 0);
    const length = Math.min(LONGEST_MS, Date.parse(template.end) - Date.parse(template.start));
    return {
      ...template,
      id: `fv${i}-${template.id}`.slice(0, 64),
      status: 'scheduled',
      start: new Date(start).toISOString(),
      end: new Date(start + length).toISOString(),
      // Seats are not the subject: no signups to count.
      signup: template.signup?.mode === 'internal' ? null : template.signup,
    };
  });
}

/** Writes `count` upcoming events into a new SQLite database at `file`. */
export async function writeUpcomingEvents(file: string, count: number, now: Date): Promise<UpcomingEvents> {
  const storage = new SqliteStorage(openSqlite(file));
  const events = upcomingEvents(count, now);
  for (const event of events) {
    if (!(await storage.createEvent(event, now))) throw new Error(`bench: event ${event.id} was not written`);
  }
  await storage.close();
  const today = regionDate(now.getTime());
  return { firstDay: addDays(today, 1), endDay: addDays(today, 1 + Math.ceil(count / EVENTS_PER_DAY)) };
}
