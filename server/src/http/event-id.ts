import { randomBytes } from 'node:crypto';

/** Makes a readable, URL-safe id for a new event: its title as a slug, its date, and a short random tail. */
export function newEventId(title: string, start: string): string {
  const slug = title
    .toLocaleLowerCase('da')
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const day = start.slice(0, 10);
  const tail = randomBytes(3).toString('hex');
  return [slug || 'event', day, tail].join('-');
}
