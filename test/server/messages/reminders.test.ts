/**
 * Reminders before an event, with a clock the test holds: due at the start less the event's days (two by default),
 * queued once however often or however many storages ask, not at all when turned off or for a cancelled event.
 */
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { OutboxMailer, type MailTransport } from '../../../server/src/messages/outbox-mailer.js';
import { ReminderScheduler } from '../../../server/src/messages/reminder-scheduler.js';
import { messageComposer } from '../../../server/src/signups/signup-mails.js';
import { courseDay, publish } from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';
import type { Storage } from '../../../server/src/db/storage.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The fixture's course day starts 2027-03-10 09:00 Copenhagen time. */
const START = Date.parse('2027-03-10T09:00:00+01:00');
const compose = messageComposer({ baseUrl: 'https://feed.example.dk', retentionDays: 30 });
let serial = 0;

async function courseWithPeople(feed: TestFeed, signedUpAt = new Date(START - 20 * DAY)): Promise<string> {
  const id = `paamindelse-${++serial}`;
  await publish(feed, courseDay(id, { capacity: 3, waitlist: true, maxSeatsPerSignup: 2 }));
  for (const who of ['anna', 'bo', 'carl']) {
    const seats = who === 'bo' ? 2 : 1;
    assert.ok(
      await feed.storage.addSignup(
        id,
        { name: who, email: `${who}@example.dk`, seats, privacyVersion: 'v1' },
        signedUpAt,
      ),
    );
  }
  return id;
}

async function reminders(feed: TestFeed, id?: string) {
  return (await feed.storage.listOutbox({ limit: 500 })).filter(
    (m) => m.kind === 'reminder' && (id === undefined || m.eventId === id),
  );
}

describe('reminders before an event', () => {
  let feed: TestFeed;
  beforeEach(() => {
    feed = createTestFeed({ publicUrl: 'https://feed.example.dk' });
  });
  afterEach(() => feed.close());

  it('go two days before the start, to the confirmed only, once, with the calendar entry and the cancel link', async () => {
    const id = await courseWithPeople(feed);
    let clock = new Date(START - 2 * DAY - 60_000);
    let woken = 0;
    const scheduler = new ReminderScheduler({
      storage: feed.storage.messages,
      compose,
      now: () => clock,
      onMessagesQueued: () => woken++,
    });
    assert.equal(await scheduler.round(), 0, 'a minute early, nothing');
    clock = new Date(START - 2 * DAY + 60_000);
    assert.equal(await scheduler.round(), 2);
    assert.equal(woken, 1);
    assert.equal(await scheduler.round(), 0, 'the next round queues none again');
    clock = new Date(START - HOUR);
    assert.equal(await scheduler.round(), 0, 'nor later');
    const sent = await reminders(feed, id);
    assert.deepEqual(sent.map((m) => m.to).sort(), ['anna@example.dk', 'bo@example.dk']);
    const toBo = sent.find((m) => m.to === 'bo@example.dk')!;
    assert.match(toBo.subject, /^Påmindelse: Fundraising/);
    assert.match(toBo.text, /Hvornår: onsdag den 10\. marts 2027 kl\. 09\.00–15\.00/);
    assert.match(
      toBo.text,
      new RegExp(`Hent kalenderposten \\(\\.ics\\): https://feed\\.example\\.dk/v1/events/${id}\\.ics`),
    );
    assert.match(toBo.text, /Kan du ikke komme, så afmeld dig her:\nhttps:\/\/feed\.example\.dk\/v1\/signups\/[\w-]+/);
  });

  it('follow the event: another number of days, turned off, or a cancelled or moved event', async () => {
    const fiveDays = await courseWithPeople(feed);
    const off = await courseWithPeople(feed);
    const cancelled = await courseWithPeople(feed);
    await feed.storage.messages.setReminder(fiveDays, 5, 'editor@lolland.dk', new Date());
    await feed.storage.messages.setReminder(off, null, 'editor@lolland.dk', new Date());
    assert.deepEqual(await feed.storage.messages.reminderOf(off), { daysBefore: null, custom: true });
    assert.equal((await feed.publish('DELETE', `/v1/events/${cancelled}`)).status, 200);

    assert.equal(await feed.storage.messages.queueDueReminders(new Date(START - 5 * DAY + 1), compose), 2);
    assert.equal((await reminders(feed, fiveDays)).length, 2);
    assert.equal(await feed.storage.messages.queueDueReminders(new Date(START - DAY), compose), 0);
    assert.deepEqual(await reminders(feed, off), []);
    assert.deepEqual(await reminders(feed, cancelled), []);
  });

  it('an event moved later is reminded of again at its new time; someone who signed up after the moment is not', async () => {
    const id = await courseWithPeople(feed);
    assert.equal(await feed.storage.messages.queueDueReminders(new Date(START - DAY), compose), 2);
    const late = await feed.storage.addSignup(
      id,
      { name: 'dorte', email: 'dorte@example.dk', seats: 1, privacyVersion: 'v1' },
      new Date(START - DAY + HOUR),
    );
    assert.equal(late?.status, 'waitlisted');
    const moved = { ...courseDay(id, { capacity: 10, waitlist: true, maxSeatsPerSignup: 2 }) };
    moved.start = new Date(START + 7 * DAY).toISOString();
    moved.end = new Date(START + 7 * DAY + 6 * HOUR).toISOString();
    assert.equal((await feed.publish('PUT', `/v1/events/${id}`, moved)).status, 200);
    // Four confirmed now; three signed up before the new moment, dorte (moved up) after the old one but before it.
    assert.equal(await feed.storage.messages.queueDueReminders(new Date(START + 5 * DAY + HOUR), compose), 4);
    assert.equal((await reminders(feed, id)).length, 6);
  });
});

describe('two storages on one database ask for reminders at the same moment', () => {
  let feed: TestFeed;
  let others: Storage[] = [];
  after(async () => {
    await Promise.all(others.map((storage) => storage.close()));
    await feed.close();
  });

  it('each reminder is queued once, and their mailers send it once', async () => {
    feed = createTestFeed({ publicUrl: 'https://feed.example.dk' });
    const ids = [await courseWithPeople(feed), await courseWithPeople(feed), await courseWithPeople(feed)];
    others = [await feed.database.open(), await feed.database.open()];
    const at = new Date(START - DAY);
    const rounds = await Promise.all(
      Array.from({ length: 10 }, (_, n) => others[n % 2]!.messages.queueDueReminders(at, compose)),
    );
    assert.equal(
      rounds.reduce((sum, n) => sum + n, 0),
      6,
    );
    for (const id of ids) assert.equal((await reminders(feed, id)).length, 2);
    const recipients = (await reminders(feed)).map((m) => `${m.eventId} ${m.to}`);
    assert.equal(new Set(recipients).size, recipients.length);

    const sent: string[] = [];
    const transport: MailTransport = {
      async sendMail(message) {
        if (message.subject.startsWith('Påmindelse')) sent.push(message.to);
        await new Promise((resolve) => setTimeout(resolve, 2));
        return {};
      },
    };
    const mailers = others.map(
      (storage) => new OutboxMailer({ storage, transport, from: 'kultur@example.dk', batch: 2 }),
    );
    await Promise.all(mailers.map((mailer) => mailer.wake()));
    assert.equal(sent.length, 6);
  });
});

describe('a round or a message that fails half-way', () => {
  let feed: TestFeed;
  beforeEach(() => {
    feed = createTestFeed({ publicUrl: 'https://feed.example.dk' });
  });
  afterEach(() => feed.close());

  /** A composer that fails at its second message. */
  function failingSecond(): typeof compose {
    let written = 0;
    return (notice) => {
      if (++written === 2) throw new Error('the disk is full');
      return compose(notice);
    };
  }

  it('a reminder round queues nothing and takes no key, so the next round queues them all', async () => {
    const id = await courseWithPeople(feed);
    const at = new Date(START - DAY);
    await assert.rejects(feed.storage.messages.queueDueReminders(at, failingSecond()), /the disk is full/);
    assert.deepEqual(await reminders(feed, id), []);
    assert.equal(await feed.storage.messages.queueDueReminders(at, compose), 2);
  });

  it("an organiser's message is queued to all or none, and logged only when it is", async () => {
    const id = await courseWithPeople(feed);
    const message = { eventId: id, audience: 'all', subject: 'Hej', text: 'Tekst', sentBy: 'olga@example.dk' } as const;
    await assert.rejects(
      feed.storage.messages.sendOrganiserMessage({ ...message, now: new Date(), compose: failingSecond() }),
      /the disk is full/,
    );
    assert.deepEqual(await feed.storage.messages.listOrganiserMessages(id), []);
    assert.equal(
      (await feed.storage.listOutbox({ limit: 100 })).filter((m) => m.kind === 'organiser-message').length,
      0,
    );
    const sent = await feed.storage.messages.sendOrganiserMessage({ ...message, now: new Date(), compose });
    assert.equal(sent.kind === 'sent' && sent.message.recipients, 3);
  });
});
