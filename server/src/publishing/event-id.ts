import { randomBytes } from 'node:crypto';
import { slugOf } from './slug.js';

/** Makes a readable, URL-safe id for a new event: its title as a slug, its date, and a short random tail. */
export function newEventId(title: string, start: string): string {
  const slug = slugOf(title);
  const day = start.slice(0, 10);
  const tail = randomBytes(3).toString('hex');
  return [shorten(slug) || 'event', day, tail].join('-');
}

/** Ids are at most 64 characters; the date and tail take 18, so the slug keeps whole words up to 46. */
function shorten(slug: string): string {
  const room = 46;
  if (slug.length <= room) return slug;
  const cut = slug.slice(0, room + 1).lastIndexOf('-');
  return slug.slice(0, cut > 0 ? cut : room);
}
