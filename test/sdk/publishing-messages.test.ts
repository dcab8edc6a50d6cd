/** The publishing client's messages calls against the real feed: write, list, log, retry, the reminder setting. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { courseDay } from '../server/support/signup-support.js';
import { createPublishingClient, isKulturError, type PublishingClient } from '../../src/sdk/publishing/index.js';
import { startPublishingFeed, type PublishingFeed } from './publishing-feed.js';

describe('the publishing client, messages', () => {
  let feed: PublishingFeed;
  let client: PublishingClient;
  const id = 'kursus-beskeder';

  before(async () => {
    feed = await startPublishingFeed();
    client = createPublishingClient({ baseUrl: feed.baseUrl, token: feed.token });
    const start = new Date(Date.now() + 20 * 86_400_000);
    await client.createEvent({
      ...courseDay(id, { capacity: 5 }),
      start: start.toISOString(),
      end: new Date(start.getTime() + 3_600_000).toISOString(),
    });
    const person = { name: 'Mette', email: 'mette@example.dk', seats: 1, privacyVersion: 'v1' };
    assert.ok(await feed.feed.storage.addSignup(id, person, new Date()));
  });
  after(() => feed.close());

  it('writes to the participants and finds the message in the log, typed', async () => {
    const sent = await client.messages.send(id, { audience: 'all', subject: 'Parkering', text: 'Parkér ved skolen.' });
    assert.equal(sent.recipients, 1);
    assert.ok(sent.sentBy, 'who sent it is logged');
    assert.deepEqual(
      (await client.messages.sent(id)).map((m) => m.subject),
      ['Parkering'],
    );
    const [mail] = await client.messages.log(id);
    assert.equal(mail?.to, 'mette@example.dk');
    assert.equal(mail?.state, 'queued');
    assert.equal((await client.messages.log(null, { state: 'queued' })).length >= 1, true);
  });

  it('retries only what failed (409 otherwise), and keeps the reminder setting', async () => {
    const [mail] = await client.messages.log(id);
    const refused = await client.messages.retry(mail!.id).then(
      () => undefined,
      (error: unknown) => error,
    );
    assert.ok(isKulturError(refused, 'KulturHttpError'));
    assert.equal(refused.status, 409);
    await feed.feed.storage.recordDelivery(mail!.id, { error: '451 greylisted' });
    assert.equal((await client.messages.log(id, { state: 'failed' }))[0]?.lastError, '451 greylisted');
    await client.messages.retry(mail!.id);
    assert.equal((await client.messages.log(id))[0]?.state, 'queued');
    assert.deepEqual(await client.messages.reminder(id), { daysBefore: 2, custom: false });
    assert.deepEqual(await client.messages.setReminder(id, null), { daysBefore: null, custom: true });
    await assert.rejects(client.messages.retry(0), TypeError);
  });
});
