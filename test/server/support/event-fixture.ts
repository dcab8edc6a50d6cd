import type { EventInput } from '../../../src/contract/schema.js';

/** A valid event to publish; tests override what they are about. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: 'Fundraising for kulturaktører',
    summary: 'En kursusdag om at skaffe penge til kulturprojekter.',
    description: 'Vi gennemgår fonde og puljer.\n\nTag gerne en projektidé med.',
    start: '2027-03-10T09:00:00+01:00',
    end: '2027-03-10T15:00:00+01:00',
    allDay: false,
    status: 'scheduled',
    municipality: 'lolland',
    venue: { name: 'Maribo Bibliotek', address: 'Torvet 1', postalCode: '4930', city: 'Maribo' },
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: { name: 'Kulturregion Storstrøm', url: 'https://www.kulturregionstorstroem.dk/' },
    price: 0,
    signup: null,
    ...overrides,
  };
}

/** The instant `hours` after a fixed day, with its Copenhagen winter offset, for events placed in order. */
export function winterInstant(day: number, hour: number): string {
  return `2027-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+01:00`;
}
