/**
 * No answer tells whether an address is signed up. In every state an event can be in, a request for an address on the
 * list gets the answer a new address gets; the address's owner learns of it by mail, at most once a day.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, beforeEach, describe, it } from 'node:test';
import type { OutboxMessage } from '../../../server/src/messages/outbox-store.js';
import type { FeedSignupInput } from '../../../src/contract/schema.js';
import {
  BEFORE_THE_EVENT,
  available,
  cancelTokenOf,
  courseDay,
  person,
  postSignup,
  publish,
  signUp,
  signupList,
} from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

const HOUR = 3_600_000;
const OWNER = person(1, { name: 'Mette Hansen', email: 'mette@example.dk' });
/** What a stranger sends in the owner's name: their own words, and the owner's address in another case. */
const STRANGER = person(2, { name: 'Ring 70 20 30 40 for refusion', email: 'METTE@example.dk' });
const NEWCOMER = person(3, { name: 'Ny Person', email: 'ny@example.dk' });

/** An answer with what differs by chance taken out: the signup id (random either way) and the date. */
async function comparable(response: Response) {
  const body = await response.json();
  const headers = [...response.headers.entries()].filter(([name]) => name !== 'date');
  return { status: response.status, headers, body: { ...body, id: body.id === undefined ? undefined : '(id)' } };
}

describe('the answer to a signup does not depend on whether the address is signed up', () => {
  let feed: TestFeed;
  let clock: Date;
  beforeEach(async () => {
    await feed?.close();
    clock = BEFORE_THE_EVENT;
    feed = createTestFeed({ now: () => clock, signupRate: 0, demoOutbox: true, publicUrl: 'https://feed.example.dk' });
  });
  after(() => feed.close());

  async function outbox(): Promise<OutboxMessage[]> {
    return (await (await feed.request('/v1/dev/outbox')).json()).items;
  }

  /** Publishes the event, signs the owner up (and `others` before), then puts the event in its state. */
  async function eventWithOwner(
    signup: Partial<FeedSignupInput>,
    { others = 0, then }: { others?: number; then?: () => Promise<void> } = {},
  ): Promise<void> {
    await publish(feed, courseDay('kursus', signup));
    for (let n = 0; n < others; n++) await signUp(feed, 'kursus', person(100 + n));
    await signUp(feed, 'kursus', OWNER);
    await then?.();
  }

  /** The stranger's request for the owner's address, then a newcomer's: the two answers must be the same. */
  async function assertSameAnswer(): Promise<{ status: number; body: Record<string, unknown> }> {
    const listBefore = await signupList(feed, 'kursus');
    const seatsBefore = await available(feed, 'kursus');
    const forOwner = await comparable(await postSignup(feed, 'kursus', STRANGER));
    // The repeat changed nothing: the list, the seats.
    assert.deepEqual(await signupList(feed, 'kursus'), listBefore);
    assert.equal(await available(feed, 'kursus'), seatsBefore);
    const forNewcomer = await comparable(await postSignup(feed, 'kursus', NEWCOMER));
    assert.deepEqual(forOwner, forNewcomer);
    return forOwner;
  }

  const states: Array<{ state: string; expect: string; setUp: (t: TestFeedSetup) => Promise<void> }> = [
    { state: 'room', expect: '201 confirmed', setUp: (t) => t.eventWithOwner({ capacity: 10 }) },
    {
      state: 'full, with a waitlist (the owner has a seat)',
      expect: '201 waitlisted #1',
      setUp: (t) => t.eventWithOwner({ capacity: 2, waitlist: true }, { others: 1 }),
    },
    {
      state: 'waitlist (the owner waits)',
      expect: '201 waitlisted #2',
      setUp: (t) => t.eventWithOwner({ capacity: 1, waitlist: true }, { others: 1 }),
    },
    {
      state: 'full, without a waitlist',
      expect: '409 signup-full',
      setUp: (t) => t.eventWithOwner({ capacity: 1, waitlist: false }),
    },
    {
      state: 'signup closed',
      expect: '409 signup-closed',
      setUp: (t) =>
        t.eventWithOwner(
          { capacity: 10, closesAt: new Date(+BEFORE_THE_EVENT + HOUR).toISOString() },
          { then: async () => t.setClock(new Date(+BEFORE_THE_EVENT + 2 * HOUR)) },
        ),
    },
    {
      state: 'signup not open yet',
      expect: '409 signup-not-open',
      setUp: (t) =>
        t.eventWithOwner(
          { capacity: 10, opensAt: new Date(+BEFORE_THE_EVENT - HOUR).toISOString() },
          { then: async () => t.setClock(new Date(+BEFORE_THE_EVENT - 2 * HOUR)) },
        ),
    },
    {
      state: 'event cancelled',
      expect: '409 signup-closed',
      setUp: (t) =>
        t.eventWithOwner(
          { capacity: 10 },
          // With people signed up, deleting cancels the event.
          { then: async () => assert.equal((await t.feed().publish('DELETE', '/v1/events/kursus')).status, 200) },
        ),
    },
  ];
  interface TestFeedSetup {
    feed(): TestFeed;
    eventWithOwner: typeof eventWithOwner;
    setClock(at: Date): void;
  }
  const setup: TestFeedSetup = { feed: () => feed, eventWithOwner, setClock: (at) => (clock = at) };

  for (const { state, expect, setUp } of states) {
    it(`in the state "${state}": ${expect} for both`, async () => {
      await setUp(setup);
      const { status, body } = await assertSameAnswer();
      const kind = status === 201 ? `${body.status}${body.waitlistPosition ? ` #${body.waitlistPosition}` : ''}` : '';
      const problem = status === 201 ? '' : String(body.type).replace('urn:kultur:problem:', '');
      assert.equal(`${status} ${kind || problem}`, expect);
    });
  }

  it('tells the owner by mail, with their own cancel link and none of the stranger’s words, once a day', async () => {
    await eventWithOwner({ capacity: 10 });
    const ownerToken = await cancelTokenOf(feed, (await signupList(feed, 'kursus'))[0]!.id);
    const key = randomUUID();
    assert.equal((await postSignup(feed, 'kursus', STRANGER, { key })).status, 201);
    // The stranger's retry is replayed, and mails nobody again.
    const replay = await postSignup(feed, 'kursus', STRANGER, { key });
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    const notices = (await outbox()).filter((message) => message.kind === 'already-signed-up');
    assert.equal(notices.length, 1);
    const [notice] = notices;
    assert.equal(notice!.to, 'mette@example.dk', 'the address as the owner gave it');
    assert.equal(notice!.subject, 'Du er allerede tilmeldt: Fundraising for kulturaktører');
    assert.match(notice!.text, /men adressen er allerede tilmeldt med 1 plads\. Din tilmelding er uændret/);
    assert.ok(notice!.text.includes(`\nhttps://feed.example.dk/v1/signups/${ownerToken}\n`));
    assert.doesNotMatch(notice!.text, /Ring|refusion|70 20 30 40|Mette Hansen/);

    // More repeats the same day: no more mail. A day later: one more.
    for (let n = 0; n < 3; n++) assert.equal((await postSignup(feed, 'kursus', STRANGER)).status, 201);
    assert.equal((await outbox()).filter((message) => message.kind === 'already-signed-up').length, 1);
    clock = new Date(+BEFORE_THE_EVENT + 25 * HOUR);
    assert.equal((await postSignup(feed, 'kursus', STRANGER)).status, 201);
    assert.equal((await outbox()).filter((message) => message.kind === 'already-signed-up').length, 2);
    assert.equal((await signupList(feed, 'kursus')).length, 1);
  });

  it('tells a waitlisted owner their place, also when the answer to the stranger was "full"', async () => {
    await eventWithOwner({ capacity: 1, waitlist: true }, { others: 1 });
    assert.equal((await postSignup(feed, 'kursus', STRANGER)).status, 201);
    const [notice] = (await outbox()).filter((message) => message.kind === 'already-signed-up');
    assert.match(notice!.text, /er allerede på ventelisten som nummer 1\./);

    await feed.close();
    feed = createTestFeed({ now: () => clock, signupRate: 0, demoOutbox: true, publicUrl: 'https://feed.example.dk' });
    await eventWithOwner({ capacity: 1, waitlist: false });
    assert.equal((await postSignup(feed, 'kursus', STRANGER)).status, 409);
    assert.equal((await outbox()).filter((message) => message.kind === 'already-signed-up').length, 1);
  });

  it('lets the owner sign up anew after cancelling, with a real new signup', async () => {
    await eventWithOwner({ capacity: 10 });
    const [first] = await signupList(feed, 'kursus');
    await feed.request(`/v1/signups/${await cancelTokenOf(feed, first!.id)}`, { method: 'DELETE' });
    const again = await signUp(feed, 'kursus', STRANGER);
    const [stored] = await signupList(feed, 'kursus');
    assert.equal(stored?.id, again.id);
    assert.equal(stored?.name, STRANGER.name);
  });
});
