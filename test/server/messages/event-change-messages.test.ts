/**
 * Messages caused by a change to a published event: a new time, place or online address tells everyone confirmed or
 * waitlisted (old and new, with the calendar entry's link), a cancellation tells them with the organiser's reason,
 * and each is queued in the transaction that makes the change. The calendar entry's SEQUENCE rises with them.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import type { OutboxMessage } from '../../../server/src/messages/outbox-store.js';
import { messageComposer } from '../../../server/src/signups/signup-mails.js';
import type { EventInput } from '../../../src/contract/schema.js';
import { BEFORE_THE_EVENT, courseDay, publish } from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';
import { people, personWorkbench } from '../support/workbench-client.js';

const SIGNED_UP_AT = BEFORE_THE_EVENT;
let serial = 0;

async function sequenceOf(feed: TestFeed, id: string): Promise<number> {
  const ics = await (await feed.request(`/v1/events/${id}.ics`)).text();
  const found = ics.match(/^SEQUENCE:(\d+)\r$/m);
  assert.ok(found, `a SEQUENCE in\n${ics}`);
  assert.match(ics, new RegExp(`^UID:${id}@`, 'm'));
  return Number(found[1]);
}

async function messagesOf(feed: TestFeed, kind: string): Promise<OutboxMessage[]> {
  return (await feed.storage.listOutbox({ limit: 500 })).filter((message) => message.kind === kind);
}

/** An event with two confirmed, one waitlisted and one cancelled signup. */
async function eventWithPeople(
  feed: TestFeed,
  overrides: Partial<EventInput> = {},
): Promise<EventInput & { id: string }> {
  const id = `kursus-${++serial}`;
  const input = {
    ...courseDay(id, { capacity: 2, waitlist: true, maxSeatsPerSignup: 1 }),
    ...overrides,
  } as EventInput & {
    id: string;
  };
  await publish(feed, input);
  for (const who of ['anna', 'bo', 'carl', 'dorte']) {
    const stored = await feed.storage.addSignup(
      id,
      { name: who, email: `${who}@example.dk`, seats: 1, privacyVersion: '2026-01' },
      SIGNED_UP_AT,
    );
    assert.ok(stored);
    if (who === 'dorte') {
      await feed.storage.cancelSignup(stored.cancelToken, SIGNED_UP_AT, () => ({ to: '', subject: '', text: '' }));
    }
  }
  return input;
}

describe('messages when a published event changes', () => {
  let feed: TestFeed;
  beforeEach(() => {
    feed = createTestFeed({ publicUrl: 'https://feed.example.dk', now: () => BEFORE_THE_EVENT });
  });
  afterEach(() => feed.close());

  it('a new time through the publishing API tells the confirmed and the waitlisted, old and new, and raises SEQUENCE', async () => {
    const input = await eventWithPeople(feed);
    assert.equal(await sequenceOf(feed, input.id), 0);
    const moved = { ...input, start: '2027-03-11T10:00:00+01:00', end: '2027-03-11T16:00:00+01:00' };
    const answer = await feed.publish('PUT', `/v1/events/${input.id}`, moved);
    assert.equal(answer.status, 200, await answer.text());

    const changed = await messagesOf(feed, 'event-changed');
    assert.deepEqual(changed.map((m) => m.to).sort(), ['anna@example.dk', 'bo@example.dk', 'carl@example.dk']);
    const [toAnna] = changed.filter((m) => m.to === 'anna@example.dk');
    assert.equal(toAnna!.eventId, input.id);
    assert.match(toAnna!.subject, /^Ændret: Fundraising/);
    assert.match(toAnna!.text, /Tidspunkt før: onsdag den 10\. marts 2027 kl\. 09\.00–15\.00/);
    assert.match(toAnna!.text, /Tidspunkt nu: torsdag den 11\. marts 2027 kl\. 10\.00–16\.00/);
    assert.match(toAnna!.text, new RegExp(`https://feed\\.example\\.dk/v1/events/${input.id}\\.ics`));
    assert.match(toAnna!.text, /https:\/\/feed\.example\.dk\/v1\/signups\//);
    assert.match(toAnna!.text, /In English: the time of/);
    // No one's name, whatever they wrote.
    assert.doesNotMatch(toAnna!.text, /\banna\b/);
    const toCarl = changed.find((m) => m.to === 'carl@example.dk')!;
    assert.match(toCarl.text, /på ventelisten til/);
    assert.equal(await sequenceOf(feed, input.id), 1);
    // The feed's calendar carries it too.
    const feedIcs = await (await feed.request('/v1/events.ics?from=2027-01-01')).text();
    assert.match(feedIcs, new RegExp(`UID:${input.id}@[^\\r]+\\r\\nDTSTAMP:[^\\r]+\\r\\nSEQUENCE:1\\r`));
  });

  it('a new place and a new online address are said as they were and are', async () => {
    const input = await eventWithPeople(feed);
    const venue = { name: 'Nakskov Bibliotek', address: 'Axeltorv 10', postalCode: '4900', city: 'Nakskov' };
    const online = { url: 'https://meet.example.dk/kursus' };
    assert.equal((await feed.publish('PUT', `/v1/events/${input.id}`, { ...input, venue, online })).status, 200);
    const [message] = await messagesOf(feed, 'event-changed');
    assert.match(message!.text, /stedet og online-adressen/);
    assert.match(message!.text, /Sted før: Maribo Bibliotek, Torvet 1, 4930 Maribo/);
    assert.match(message!.text, /Sted nu: Nakskov Bibliotek, Axeltorv 10, 4900 Nakskov/);
    assert.match(message!.text, /Online før: ingen\nOnline nu: https:\/\/meet\.example\.dk\/kursus/);
    assert.equal(await sequenceOf(feed, input.id), 1);
  });

  it('another edit (the description, the price) sends nothing and keeps SEQUENCE', async () => {
    const input = await eventWithPeople(feed);
    const edited = { ...input, description: 'Rettet en stavefejl.', price: 50 };
    assert.equal((await feed.publish('PUT', `/v1/events/${input.id}`, edited)).status, 200);
    assert.deepEqual(await messagesOf(feed, 'event-changed'), []);
    assert.equal(await sequenceOf(feed, input.id), 0);
  });

  it('a change that fails queues nothing: the event, its SEQUENCE and the outbox stay as they were', async () => {
    const input = await eventWithPeople(feed);
    const moved = { ...input, start: '2027-03-12T09:00:00+01:00', end: '2027-03-12T15:00:00+01:00' };
    // The second message cannot be written: the transaction must take the first, and the change, back with it.
    const compose = messageComposer({ baseUrl: undefined, retentionDays: 30 });
    let written = 0;
    const failing: typeof compose = (notice) => {
      if (++written === 2) throw new Error('the disk is full');
      return compose(notice);
    };
    await assert.rejects(feed.storage.replaceEvent(moved, BEFORE_THE_EVENT, failing), /the disk is full/);
    assert.equal(written, 2);
    const event = await feed.storage.getEvent(input.id);
    assert.equal(event!.start, input.start);
    assert.deepEqual(await messagesOf(feed, 'event-changed'), []);
    assert.equal(await sequenceOf(feed, input.id), 0);
  });

  it("cancelling through the API's DELETE tells them; the calendar entry is cancelled with a higher SEQUENCE", async () => {
    const input = await eventWithPeople(feed);
    const answer = await feed.publish('DELETE', `/v1/events/${input.id}`);
    assert.equal(answer.status, 200, await answer.text());
    const cancelled = await messagesOf(feed, 'event-cancelled');
    assert.equal(cancelled.length, 3);
    assert.match(cancelled[0]!.subject, /^Aflyst: /);
    assert.match(cancelled[0]!.text, /Arrangøren har ikke skrevet en begrundelse/);
    assert.equal(await sequenceOf(feed, input.id), 1);
    const ics = await (await feed.request(`/v1/events/${input.id}.ics`)).text();
    assert.match(ics, /STATUS:CANCELLED/);
  });
});

describe("messages from the workbench's publishing and cancelling", () => {
  let feed: TestFeed;
  let as: Awaited<ReturnType<typeof personWorkbench>>;
  before(async () => {
    feed = createTestFeed({ publicUrl: 'https://feed.example.dk', now: () => BEFORE_THE_EVENT });
    as = await personWorkbench(feed, [people.organiser, people.lollandEditor]);
  });
  after(() => feed.close());

  async function publishedWithPeople(): Promise<string> {
    const organiser = as(people.organiser);
    const input = courseDay(`kursus-wb-${++serial}`, { capacity: 5, waitlist: true, maxSeatsPerSignup: 1 });
    const { id } = await organiser.create({ ...input, id: undefined } as EventInput);
    await organiser.act(id, 'submit');
    await as(people.lollandEditor).act(id, 'publish');
    for (const who of ['eva', 'finn']) {
      assert.ok(
        await feed.storage.addSignup(
          id,
          { name: who, email: `${who}@example.dk`, seats: 1, privacyVersion: '2026-01' },
          BEFORE_THE_EVENT,
        ),
      );
    }
    return id;
  }

  it("an organiser's change approved by an editor tells the participants when it is published, not before", async () => {
    const id = await publishedWithPeople();
    const organiser = as(people.organiser);
    const { input } = await organiser.detail(id);
    const moved = { ...input, start: '2027-03-10T13:00:00+01:00', end: '2027-03-10T17:00:00+01:00' };
    const saved = await organiser.call('PUT', `/v1/console/events/${id}`, { input: moved });
    assert.equal(saved.status, 200, await saved.text());
    assert.equal((await messagesOf(feed, 'event-changed')).filter((m) => m.eventId === id).length, 0);
    await as(people.lollandEditor).act(id, 'publish');
    const told = (await messagesOf(feed, 'event-changed')).filter((m) => m.eventId === id);
    assert.deepEqual(told.map((m) => m.to).sort(), ['eva@example.dk', 'finn@example.dk']);
    assert.match(told[0]!.text, /Tidspunkt nu: onsdag den 10\. marts 2027 kl\. 13\.00–17\.00/);
    assert.equal(await sequenceOf(feed, id), 1);
  });

  it("an editor's cancel with a reason passes the reason on as the organiser's words", async () => {
    const id = await publishedWithPeople();
    await as(people.lollandEditor).act(id, 'cancel', { reason: 'Underviseren er syg.\nVi finder en ny dato.' });
    const told = (await messagesOf(feed, 'event-cancelled')).filter((m) => m.eventId === id);
    assert.equal(told.length, 2);
    assert.match(told[0]!.text, /Arrangøren skriver:\n> Underviseren er syg\.\n> Vi finder en ny dato\./);
    assert.equal(await sequenceOf(feed, id), 1);
  });
});
