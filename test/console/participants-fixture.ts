import type { Participant, ParticipantCounts } from '../../src/sdk/publishing/index.js';

/** An event's list as the feed answers it, for the participants and check-in views. */
export function participantList(items: Participant[], fields: string[] = ['organization'], questions: unknown[] = []) {
  return {
    event: {
      id: 'kursus-maribo',
      title: 'Kursus i Maribo',
      start: '2027-03-10T09:00:00+01:00',
      end: '2027-03-10T15:00:00+01:00',
      status: 'scheduled',
      signup: { capacity: 4, waitlist: true, maxSeatsPerSignup: 2, fields, questions },
    },
    counts: countsOf(items),
    items,
  };
}

export function countsOf(items: Participant[]): ParticipantCounts {
  const confirmed = items.filter((p) => p.status === 'confirmed');
  const seats = (list: Participant[]) => list.reduce((sum, p) => sum + p.seats, 0);
  const attended = confirmed.filter((p) => p.attendedAt);
  const notYet = confirmed.filter((p) => !p.attendedAt);
  const waitlisted = items.filter((p) => p.status === 'waitlisted');
  return {
    capacity: 4,
    confirmed: confirmed.length,
    confirmedSeats: seats(confirmed),
    attended: attended.length,
    attendedSeats: seats(attended),
    notYet: notYet.length,
    notYetSeats: seats(notYet),
    waitlisted: waitlisted.length,
    waitlistedSeats: seats(waitlisted),
    cancelled: items.filter((p) => p.status === 'cancelled').length,
  };
}

let n = 0;

export function participant(name: string, overrides: Partial<Participant> = {}): Participant {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    status: 'confirmed',
    seats: 1,
    name,
    email: `${name.toLowerCase().replace(/[^a-z]/g, '')}@example.dk`,
    createdAt: '2027-02-01T10:00:00+01:00',
    ...overrides,
  };
}
