/**
 * Every server process runs a mailer. On one shared database (PostgreSQL, or one SQLite file) they must not send a
 * message twice: listing unsent messages leases them to the one that listed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OutboxMailer, type MailTransport } from '../../../server/src/messages/outbox-mailer.js';
import type { Storage } from '../../../server/src/db/storage.js';
import { BEFORE_THE_EVENT, courseDay, person, publish, signUp } from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

describe('mailers of two processes on one database', () => {
  let feed: TestFeed;
  let other: Storage;
  before(async () => {
    feed = createTestFeed({ now: () => BEFORE_THE_EVENT, signupRate: 0 });
    other = await feed.database.open();
    await publish(feed, courseDay('kursus', { capacity: 5 }));
    for (let n = 1; n <= 8; n++) await signUp(feed, 'kursus', person(n));
  });
  after(async () => {
    await other.close();
    await feed.close();
  });

  it('send each message once between them', async () => {
    const sent: string[] = [];
    const transport: MailTransport = {
      async sendMail(message) {
        sent.push(message.to);
        // Slow SMTP, so that both mailers are busy at the same time.
        await new Promise((resolve) => setTimeout(resolve, 5));
        return {};
      },
    };
    const mailers = [feed.storage, other].map(
      (storage) => new OutboxMailer({ storage, transport, from: 'kultur@example.dk', batch: 3 }),
    );
    await Promise.all(mailers.map((mailer) => mailer.wake()));
    await Promise.all(mailers.map((mailer) => mailer.wake()));
    assert.deepEqual(sent.sort(), Array.from({ length: 8 }, (_, i) => person(i + 1).email).sort());
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL'), 0);
  });

  it('leave a listed message to the mailer that listed it until it reports', async () => {
    await signUp(feed, 'kursus', person(20));
    const [listed] = await feed.storage.listOutbox({ unsent: true, limit: 10 });
    assert.equal(listed?.to, person(20).email);
    assert.deepEqual(await other.listOutbox({ unsent: true, limit: 10 }), [], 'leased to the first');
    await feed.storage.recordDelivery(listed.id, { error: '421 try again later' });
    const [again] = await other.listOutbox({ unsent: true, limit: 10 });
    assert.equal(again?.id, listed.id, 'a failed message is due again at once, for either');
  });
});
