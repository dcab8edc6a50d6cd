import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { SignupAnswerSchema } from '../../../src/contract/schema.js';
import {
  BEFORE_THE_EVENT,
  available,
  cancelTokenOf,
  courseDay,
  person,
  postSignup,
  publish,
  signupList,
} from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

type Status = 'confirmed' | 'waitlisted' | 'cancelled';

interface Entry {
  person: number;
  seats: number;
  status: Status;
}

/** The rules, as plainly as they can be written: an array in signup order. */
class Model {
  readonly entries: Entry[] = [];
  constructor(
    readonly capacity: number,
    readonly waitlist: boolean,
    readonly maxSeats: number,
  ) {}

  get confirmedSeats(): number {
    return this.entries.filter((e) => e.status === 'confirmed').reduce((sum, e) => sum + e.seats, 0);
  }

  get waiting(): Entry[] {
    return this.entries.filter((e) => e.status === 'waitlisted');
  }

  /** What the feed should answer, and the entry it makes. */
  signUp(who: number, seats: number): { expect: string; entry?: Entry } {
    if (seats > this.maxSeats) return { expect: '400' };
    const fits = this.waiting.length === 0 && this.confirmedSeats + seats <= this.capacity;
    if (!fits && !this.waitlist) return { expect: '409 signup-full' };
    const position = this.waiting.length + 1;
    const expect = fits ? '201 confirmed' : `201 waitlisted #${position}`;
    // Someone already on the list is answered as a newcomer would be, and nothing changes.
    if (this.entries.some((e) => e.person === who && e.status !== 'cancelled')) return { expect };
    const entry: Entry = { person: who, seats, status: fits ? 'confirmed' : 'waitlisted' };
    this.entries.push(entry);
    return { expect, entry };
  }

  cancel(entry: Entry): void {
    if (entry.status === 'cancelled') return;
    entry.status = 'cancelled';
    // In order; a group moves up whole or not at all, and the first that does not fit stops the queue.
    for (const next of this.waiting) {
      if (this.confirmedSeats + next.seats > this.capacity) break;
      next.status = 'confirmed';
    }
  }

  /** The organisers' list as the feed should show it. */
  list(): string[] {
    const confirmed = this.entries.filter((e) => e.status === 'confirmed');
    return [
      ...confirmed.map((e) => `confirmed ${e.seats}x Deltager ${e.person}`),
      ...this.waiting.map((e, i) => `waitlisted#${i + 1} ${e.seats}x Deltager ${e.person}`),
    ];
  }
}

type Command = { kind: 'signup'; who: number; seats: number } | { kind: 'cancel'; pick: number };

const settings = fc.record({
  capacity: fc.integer({ min: 1, max: 8 }),
  waitlist: fc.boolean(),
  maxSeats: fc.integer({ min: 1, max: 4 }),
});

const commands = fc.array(
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('signup' as const),
        who: fc.nat(9),
        seats: fc.integer({ min: 1, max: 5 }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }) },
  ),
  { minLength: 5, maxLength: 40, size: 'max' },
);

describe('signups and cancellations against a model of the rules', () => {
  let feed: TestFeed;
  before(() => {
    feed = createTestFeed({ now: () => BEFORE_THE_EVENT, signupRate: 0 });
  });
  after(() => feed.close());

  it('agree on every answer, status, waitlist position and free seat, after every step', async (t) => {
    let runs = 0;
    let steps = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(settings, commands, async ({ capacity, waitlist, maxSeats }, script) => {
        const eventId = `model-${++runs}`;
        await publish(feed, courseDay(eventId, { capacity, waitlist, maxSeatsPerSignup: maxSeats }));
        const model = new Model(capacity, waitlist, maxSeats);
        const made: Array<{ entry: Entry; token: string }> = [];
        for (const command of script) {
          steps++;
          if (command.kind === 'signup') {
            const { expect, entry } = model.signUp(command.who, command.seats);
            const response = await postSignup(feed, eventId, person(command.who, { seats: command.seats }));
            const body = await response.json();
            let got = `${response.status}`;
            if (response.status === 201) {
              const answer = SignupAnswerSchema.parse(body);
              got += ` ${answer.status}${answer.waitlistPosition ? ` #${answer.waitlistPosition}` : ''}`;
              if (entry) made.push({ entry, token: await cancelTokenOf(feed, answer.id) });
            } else if (response.status === 409) {
              got += ` ${body.type.replace('urn:kultur:problem:', '')}`;
            }
            assert.equal(got, expect, `sign up Deltager ${command.who} for ${command.seats}`);
          } else {
            if (made.length === 0) continue;
            const { entry, token } = made[command.pick % made.length]!;
            model.cancel(entry);
            const response = await feed.request(`/v1/signups/${token}`, { method: 'DELETE' });
            assert.equal(response.status, 204);
          }
          assert.deepEqual(
            (await signupList(feed, eventId)).map(
              (item) =>
                `${item.status}${item.waitlistPosition ? `#${item.waitlistPosition}` : ''} ${item.seats}x ${item.name}`,
            ),
            model.list(),
          );
          assert.equal(await available(feed, eventId), Math.max(0, capacity - model.confirmedSeats));
          assert.ok(model.confirmedSeats <= capacity);
        }
      }),
      { numRuns: 200 },
    );
    t.diagnostic(`${runs} runs, ${steps} steps in ${(performance.now() - started).toFixed(0)} ms`);
  });
});
