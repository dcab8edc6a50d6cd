import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import { EventSchema } from '../../../src/contract/schema.js';
import { eventInput } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

const courseDay = eventInput({
  id: 'mobilhistorie-maribo',
  title: 'Mobilhistorie: film din forening på telefonen',
  signup: { mode: 'internal', capacity: 12, waitlist: true, maxSeatsPerSignup: 2, fields: ['organization'] },
});

describe('publishing API', () => {
  let feed: TestFeed;
  beforeEach(async () => {
    await feed?.close();
    feed = createTestFeed();
  });
  after(() => feed.close());

  it('creates, updates and cancels an event with the token', async () => {
    const created = await feed.publish('POST', '/v1/events', courseDay);
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('location'), '/v1/events/mobilhistorie-maribo');
    const event = EventSchema.parse(await created.json());
    assert.equal(event.signup?.mode === 'internal' && event.signup.available, 12);

    const read = await feed.request('/v1/events/mobilhistorie-maribo');
    assert.equal((await read.json()).title, courseDay.title);

    const updated = await feed.publish('PUT', '/v1/events/mobilhistorie-maribo', { ...courseDay, price: 150 });
    assert.equal(updated.status, 200);
    assert.equal(EventSchema.parse(await updated.json()).price, 150);
    assert.equal((await (await feed.request('/v1/events/mobilhistorie-maribo')).json()).price, 150);

    // Someone has signed up, so withdrawing the event keeps it (and them) and marks it cancelled.
    await feed.storage.addSignup(
      'mobilhistorie-maribo',
      { name: 'Mette Hansen', email: 'mette@example.dk', seats: 1, privacyVersion: '2026-01' },
      new Date(),
    );
    const cancelled = await feed.publish('DELETE', '/v1/events/mobilhistorie-maribo');
    assert.equal(cancelled.status, 200);
    assert.equal(EventSchema.parse(await cancelled.json()).status, 'cancelled');
    const stillThere = await (await feed.request('/v1/events/mobilhistorie-maribo')).json();
    assert.equal(stillThere.status, 'cancelled');
    assert.equal(stillThere.signup.available, 11);
  });

  it('erases an event nobody signed up for', async () => {
    await feed.publish('POST', '/v1/events', courseDay);
    const deleted = await feed.publish('DELETE', '/v1/events/mobilhistorie-maribo');
    assert.equal(deleted.status, 204);
    await assertProblem(await feed.request('/v1/events/mobilhistorie-maribo'), 404);
    await assertProblem(await feed.publish('DELETE', '/v1/events/mobilhistorie-maribo'), 404);
  });

  it('makes an id from the title when none is given', async () => {
    const { id, ...withoutId } = courseDay;
    const created = await feed.publish('POST', '/v1/events', withoutId);
    assert.equal(created.status, 201);
    const event = EventSchema.parse(await created.json());
    assert.match(event.id, /^mobilhistorie-film-din-forening-paa-telefonen-2027-03-10-[0-9a-f]{6}$/);
    assert.equal(created.headers.get('location'), `/v1/events/${event.id}`);
  });

  it('refuses a taken id with 409, a missing event with 404 and a mismatched id with 400', async () => {
    await feed.publish('POST', '/v1/events', courseDay);
    await assertProblem(await feed.publish('POST', '/v1/events', courseDay), 409, 'id');
    await assertProblem(await feed.publish('PUT', '/v1/events/no-such-event', { ...courseDay, id: undefined }), 404);
    await assertProblem(
      await feed.publish('PUT', '/v1/events/mobilhistorie-maribo', { ...courseDay, id: 'other' }),
      400,
      'id',
    );
  });

  it('answers the same calls without the token, or with a wrong one, with 401 and changes nothing', async () => {
    await feed.publish('POST', '/v1/events', courseDay);
    const calls: Array<[string, string, unknown]> = [
      ['POST', '/v1/events', { ...courseDay, id: 'another' }],
      ['PUT', '/v1/events/mobilhistorie-maribo', { ...courseDay, price: 999 }],
      ['DELETE', '/v1/events/mobilhistorie-maribo', undefined],
    ];
    for (const authorization of [
      undefined,
      'Bearer wrong-token',
      'Basic dGVzdDp0ZXN0',
      'Bearer',
      `bearer  ${'x'.repeat(5000)}`,
    ]) {
      for (const [method, path, body] of calls) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (authorization) headers.authorization = authorization;
        const response = await feed.request(path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        await assertProblem(response, 401);
        assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
      }
    }
    assert.equal(await feed.storage.countEvents(), 1);
    assert.equal((await (await feed.request('/v1/events/mobilhistorie-maribo')).json()).price, 0);
  });

  it('is switched off, with a message saying so, when the server has no token', async () => {
    const { createApp } = await import('../../../server/src/app.js');
    const closed = createApp({ storage: feed.storage, adminTokens: [] });
    const response = await closed.request('http://feed.test/v1/events', {
      method: 'POST',
      headers: { authorization: 'Bearer anything', 'content-type': 'application/json' },
      body: JSON.stringify(courseDay),
    });
    const problem = await assertProblem(response, 401);
    assert.match(problem.detail!, /KULTUR_ADMIN_TOKEN/);
  });
});
