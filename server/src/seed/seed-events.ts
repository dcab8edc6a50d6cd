/**
 * The seed's generator: about a year of realistic Danish events in the six member municipalities, made from the
 * templates in `seed-data.ts` and dated relative to the day the seed runs so the demo always shows upcoming events, and
 * a few signups that leave one course nearly full and another full with a waitlist.
 *
 * Deterministic: the same `today` always gives the same events (a fixed-seed PRNG, never `Math.random`).
 */
import type { MunicipalityId, SignupField, SignupSettingsInput } from '@kulturregion/kultur/contract';
import { MUNICIPALITY_IDS } from '@kulturregion/kultur/contract';
import type { StoredEventInput } from '../events/event-store.js';
import { slugOf } from '../publishing/slug.js';
import type { NewSignup } from '../signups/signup-store.js';
import { addDays, daysBetween, regionDate, regionInstantOf, regionIso, weekdayOf } from '../time/region-clock.js';
import {
  ALL,
  FULL_EVENT_ID,
  FUNDRAISING_PEOPLE,
  MOBILHISTORIE_PEOPLE,
  NEARLY_FULL_EVENT_ID,
  PLACES,
  PRIVACY_VERSION,
  TEMPLATES,
  type Person,
  type Place,
  type SignupPlan,
  type Template,
} from './seed-data.js';

export { CANCELLED_EVENT_ID, FULL_EVENT_ID, NEARLY_FULL_EVENT_ID } from './seed-data.js';

// ---------------------------------------------------------------------------------------------------------------
// Time in the region

/**
 * A wall-clock time (`HH:MM`) on a calendar day in the region, as the feed writes it: with the offset in force then
 * (`+01:00` in winter, `+02:00` in summer). Seed times are never inside the night hour the clocks skip or repeat.
 */
function regionInstant(isoDate: string, time: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return regionIso(regionInstantOf(isoDate, hour, minute));
}

function placeNamed(name: string): Place {
  const place = PLACES.find((candidate) => candidate.name === name);
  if (!place) throw new Error(`seed: no place named ${name}`);
  return place;
}

// ---------------------------------------------------------------------------------------------------------------
// Generation

/** A small fixed-seed PRNG (mulberry32): the seed must be the same on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The Christmas break: events spread over the year keep clear of it; seasonal ones (Christmas concerts) are dated. */
function isChristmasBreak(isoDate: string): boolean {
  const monthDay = isoDate.slice(5);
  return monthDay >= '12-20' || monthDay <= '01-03';
}

/** Moves a day to the nearest one (forward first) that fits the template's weekdays and months. */
function fitDay(today: string, offset: number, template: Template): number {
  const fits = (days: number) => {
    const date = addDays(today, days);
    return (
      (!template.weekdays || template.weekdays.includes(weekdayOf(date))) &&
      !template.skipMonths?.includes(Number(date.slice(5, 7))) &&
      !isChristmasBreak(date)
    );
  };
  for (let step = 0; step < 366; step++) {
    if (offset + step <= 364 && fits(offset + step)) return offset + step;
  }
  for (let step = 1; step < 366; step++) {
    if (fits(offset - step)) return offset - step;
  }
  throw new Error(`seed: no day fits "${template.title}"`);
}

/** The first day on or after `offset` that falls on one of `weekdays` (any day when absent). */
function onWeekday(today: string, offset: number, weekdays: readonly number[] | undefined): number {
  let days = offset;
  while (weekdays && !weekdays.includes(weekdayOf(addDays(today, days)))) days++;
  return days;
}

/**
 * Days from today to the next (month, day) after today; for an event spanning several days, one that began recently
 * and is still running counts (an exhibition that is on now), so the offset can be negative.
 */
function nextAnnual(today: string, month: number, day: number, span: number): number {
  const year = Number(today.slice(0, 4));
  for (const candidateYear of [year - 1, year, year + 1]) {
    const date = `${candidateYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const days = daysBetween(today, date);
    if (days > 0 || (span > 1 && days + span - 1 >= 0)) return days;
  }
  throw new Error('seed: unreachable');
}

/** The start of a seed event's id: its title as a slug, cut at a word boundary so an id never ends in half a word. */
function idStemOf(title: string): string {
  const slug = slugOf(title);
  return slug.length <= 40 ? slug : slug.slice(0, 41).replace(/-[^-]*$/, '');
}

function formatKroner(price: number): string {
  return price.toLocaleString('da-DK');
}

/** The last paragraph of every description: where, and how to get in. */
function practicalNote(place: Place | undefined, online: boolean, price: number, signup: SignupPlan): string {
  const where = place
    ? `Sted: ${place.name}, ${place.address}, ${place.postalCode} ${place.city}.`
    : 'Arrangementet foregår online; du skal bare bruge en computer, tablet eller telefon med internet.';
  let how: string;
  if (signup === null) {
    how = price > 0 ? `Entré: ${formatKroner(price)} kr., betales ved indgangen.` : 'Gratis adgang. Ingen tilmelding.';
  } else if (signup === 'external') {
    how =
      price > 0
        ? `Billetter à ${formatKroner(price)} kr. købes via arrangørens billetsalg.`
        : 'Gratis, men tilmelding sker på arrangørens hjemmeside.';
  } else {
    how =
      `Tilmelding her; der er ${signup.capacity} pladser.` +
      (signup.waitlist ? ' Når der er fuldt, kan du skrive dig på ventelisten.' : '') +
      (price > 0 ? ` Pris: ${formatKroner(price)} kr., som betales på dagen.` : ' Deltagelse er gratis.');
  }
  const link = online && place ? ' Arrangementet kan også følges online.' : '';
  return `${where}${link} ${how}`;
}

export interface SeedOptions {
  /**
   * The absolute URL of a demo picture, from its file name in `server/assets/demo-images/` (`seedDatabase` makes it
   * from the server's own base). Without it the events have no images. A function rather than the files themselves:
   * this module stays free of Node's APIs, so browser tests can import its ids.
   */
  imageUrl?: (file: string) => string;
}

/**
 * About a year of events, dated from `today` (most upcoming, a few in the recent past) in all six municipalities,
 * every category and every audience. The same `today` always gives the same list.
 */
export function seedEvents(today: Date, { imageUrl }: SeedOptions = {}): StoredEventInput[] {
  const random = prng(0x5eed_2026);
  const day0 = regionDate(today.getTime());
  const taken = new Set<string>();
  const events: StoredEventInput[] = [];

  for (const template of TEMPLATES) {
    const offsets =
      template.offsets?.map((offset) => (offset < 0 ? offset : fitDay(day0, offset, template))) ??
      template.dates?.map(([month, day]) =>
        onWeekday(day0, nextAnnual(day0, month, day, template.days ?? 1), template.weekdays),
      ) ??
      Array.from({ length: template.times ?? 1 }, (_, k) => {
        const times = template.times ?? 1;
        const spread = Math.floor(((k + 0.15 + 0.7 * random()) * 350) / times) + 5;
        return fitDay(day0, spread, template);
      });
    if (template.id && offsets.length !== 1) throw new Error(`seed: fixed id ${template.id} on a repeated event`);

    const rotation = Math.floor(random() * MUNICIPALITY_IDS.length);
    offsets.forEach((offset, k) => {
      const where = template.where;
      let place: Place | undefined;
      let municipality: MunicipalityId;
      let online = false;
      if ('places' in where) {
        place = placeNamed(where.places[k % where.places.length]!);
        municipality = place.municipality;
        online = where.alsoOnline === true;
      } else if ('kinds' in where) {
        const pool = where.in ?? ALL;
        municipality = pool[(rotation + k) % pool.length]!;
        const candidates = PLACES.filter(
          (candidate) => candidate.municipality === municipality && where.kinds.includes(candidate.kind),
        );
        const fallback = PLACES.filter(
          (candidate) => candidate.municipality === municipality && candidate.kind === 'bibliotek',
        );
        const from = candidates.length ? candidates : fallback;
        place = from[Math.floor(random() * from.length)]!;
      } else {
        municipality = where.online[k % where.online.length]!;
        online = true;
      }

      const date = addDays(day0, offset);
      const lastDate = addDays(date, (template.days ?? 1) - 1);
      let id = template.id ?? `${idStemOf(template.title)}-${date}`;
      for (let n = 2; taken.has(id); n++) id = `${idStemOf(template.title)}-${date}-${n}`;
      taken.add(id);

      const organizer =
        typeof template.organizer === 'function' ? template.organizer(municipality) : template.organizer;
      const price = Array.isArray(template.price)
        ? template.price[Math.floor(random() * template.price.length)]!
        : template.price;
      const start = regionInstant(date, template.hours[0]);
      const end = regionInstant(lastDate, template.hours[1]);

      let signup: SignupSettingsInput;
      if (template.signup === null) {
        signup = null;
      } else if (template.signup === 'external') {
        signup = { mode: 'external', url: `${organizer.url}/${price > 0 ? 'billetter' : 'tilmelding'}/${id}` };
      } else {
        const plan = template.signup;
        signup = {
          mode: 'internal',
          capacity: plan.capacity,
          waitlist: plan.waitlist,
          maxSeatsPerSignup: plan.maxSeatsPerSignup,
          fields: [...plan.fields],
          ...(plan.opensDaysBefore === undefined
            ? {}
            : { opensAt: regionInstant(addDays(date, -plan.opensDaysBefore), '09:00') }),
          ...(plan.closesDaysBefore === undefined
            ? {}
            : {
                closesAt:
                  plan.closesDaysBefore === 0 ? start : regionInstant(addDays(date, -plan.closesDaysBefore), '12:00'),
              }),
        };
      }

      const accessibility =
        place?.access ?? (online ? 'Transmissionen har automatiske undertekster på dansk.' : undefined);
      events.push({
        id,
        title: template.title,
        summary: template.summary,
        description: [...template.body, practicalNote(place, online, price, template.signup)].join('\n\n'),
        start,
        end,
        allDay: template.allDay ?? false,
        status: template.status ?? 'scheduled',
        ...(template.cancellationReason ? { cancellationReason: template.cancellationReason } : {}),
        municipality,
        ...(place
          ? {
              venue: {
                name: place.name,
                address: place.address,
                postalCode: place.postalCode,
                city: place.city,
                lat: place.lat,
                lng: place.lng,
              },
            }
          : {}),
        ...(online ? { online: { url: `https://live.kulturregionstorstroem.dk/${id}` } } : {}),
        categories: [...template.categories],
        audience: [...template.audience],
        organizer: { ...organizer },
        price,
        ...(template.image && imageUrl
          ? {
              image: {
                url: imageUrl(template.image.file),
                alt: template.image.alt,
              },
            }
          : {}),
        ...(accessibility ? { accessibility } : {}),
        ...(organizer.url ? { url: `${organizer.url}/arrangementer/${id}` } : {}),
        signup,
      });
    });
  }
  return events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------------------------------------------------------
// Signups

/** The fields the seeded event's form asks for, so a seed signup never carries more than the form would. */
function fieldsOf(eventId: string): readonly SignupField[] {
  const plan = TEMPLATES.find((template) => template.id === eventId)?.signup;
  if (!plan || typeof plan !== 'object') throw new Error(`seed: ${eventId} has no internal signup`);
  return plan.fields;
}

function toSignup(person: Person, fields: readonly SignupField[]): NewSignup {
  return {
    name: person.name,
    email: person.email,
    seats: person.seats ?? 1,
    ...(fields.includes('phone') && person.phone ? { phone: person.phone } : {}),
    ...(fields.includes('organization') ? { organization: person.organization } : {}),
    ...(fields.includes('municipality') ? { municipality: person.municipality } : {}),
    ...(fields.includes('comment') && person.comment ? { comment: person.comment } : {}),
    privacyVersion: PRIVACY_VERSION,
  };
}

/**
 * Signups that leave {@link NEARLY_FULL_EVENT_ID} with one free seat (11 of 12 taken) and {@link FULL_EVENT_ID} full
 * (10 of 10) with three people on the waitlist. Add them in this order: the waitlist depends on it.
 */
export function seedSignups(): Array<{ eventId: string; signup: NewSignup }> {
  return [
    ...MOBILHISTORIE_PEOPLE.map((person) => ({
      eventId: NEARLY_FULL_EVENT_ID,
      signup: toSignup(person, fieldsOf(NEARLY_FULL_EVENT_ID)),
    })),
    ...FUNDRAISING_PEOPLE.map((person) => ({
      eventId: FULL_EVENT_ID,
      signup: toSignup(person, fieldsOf(FULL_EVENT_ID)),
    })),
  ];
}
