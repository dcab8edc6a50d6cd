/** The publishing client's participants and numbers against the real feed server, with a token. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventInput } from '../server/support/event-fixture.js';
import { createPublishingClient, isKulturError, type PublishingClient } from '../../src/sdk/publishing/index.js';
import { startPublishingFeed, type PublishingFeed } from './publishing-feed.js';

describe("the publishing client's participants and numbers", () => {
  let feed: PublishingFeed;
  let client: PublishingClient;
  let id: string;

  before(async () => {
    feed = await startPublishingFeed();
    client = createPublishingClient({ baseUrl: feed.baseUrl, token: feed.token });
    const signup = { mode: 'internal', capacity: 2, waitlist: true, maxSeatsPerSignup: 2, fields: ['organization'] };
    const draft = await client.workbench.create(eventInput({ title: 'Kursus i Maribo', signup } as never));
    id = (await client.workbench.publish(draft.id)).id;
  });
  after(() => feed.close());

  it('adds, moves up, checks in, undoes and removes, with the counts in every answer', async () => {
    const first = await client.participants.add(id, { name: 'Mette', email: 'mette@example.dk', seats: 2 });
    assert.equal(first.participant?.status, 'confirmed');
    const second = await client.participants.add(id, { name: 'Ole', email: 'ole@example.dk', organization: 'Museum' });
    assert.equal(second.participant?.status, 'waitlisted');
    const refused = await client.participants.moveUp(id, second.participant!.id).then(
      () => assert.fail('moved up without a seat'),
      (error: unknown) => error,
    );
    assert.ok(isKulturError(refused, 'KulturHttpError'));
    assert.equal(refused.status, 409);
    const checked = await client.participants.checkIn(id, first.participant!.id);
    assert.equal(checked.counts.attendedSeats, 2);
    assert.equal((await client.participants.undoCheckIn(id, first.participant!.id)).counts.attended, 0);
    const removed = await client.participants.remove(id, first.participant!.id);
    assert.equal(removed.movedUp, 1);
    const { items, counts } = await client.participants.list(id, { q: 'museum' });
    assert.deepEqual(
      items.map((p) => [p.name, p.status]),
      [['Ole', 'confirmed']],
    );
    assert.equal(counts.cancelled, 1);
    const csv = await fetch(new URL(client.participants.csvUrl(id)), {
      headers: { authorization: `Bearer ${feed.token}` },
    });
    assert.match(await csv.text(), /Fremmødt/);
    assert.match(client.participants.attendanceListUrl(id, 'en'), /\/participants\/attendance-list\?lang=en$/);
  });

  it('reads the numbers, typed', async () => {
    const numbers = await client.numbers.get({ from: '2027-03-01', to: '2027-03-31', category: ['kursus'] });
    assert.equal(numbers.byMonth.length, 1);
    assert.equal(numbers.totals.events, 1);
    assert.equal(numbers.totals.seats, 1);
    assert.equal(numbers.totals.cancellations, 2);
    assert.match(client.numbers.csvUrl({ from: '2027-03-01' }), /numbers\?format=csv&from=2027-03-01$/);
  });
});
