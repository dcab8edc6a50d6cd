import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EventSchema, type EventInput } from '../../../src/contract/schema.js';
import { eventInput } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';
import { tokenClient, type WorkbenchClient } from '../support/workbench-client.js';

const courseDay = eventInput({
  title: 'Mobilhistorie: film din forening på telefonen',
  start: '2030-03-10T09:00:00+01:00',
  end: '2030-03-10T15:00:00+01:00',
  signup: { mode: 'internal', capacity: 12, waitlist: true, maxSeatsPerSignup: 2, fields: [] },
});

/** Every place the public reads events from, as ids (or text) that show whether `id` is there. */
async function publicSees(feed: TestFeed, id: string): Promise<boolean[]> {
  const listing = await (await feed.request('/v1/events?from=2030-01-01&limit=100')).json();
  const one = await feed.request(`/v1/events/${id}`);
  const ics = await (await feed.request('/v1/events.ics')).text();
  const html = await (await feed.request('/v1/events.html?from=2030-01-01')).text();
  return [
    listing.items.some((event: { id: string }) => event.id === id),
    one.status === 200,
    ics.includes(id),
    html.includes(id),
  ];
}

describe('the workbench: the life of an event', () => {
  let feed: TestFeed;
  let bench: WorkbenchClient;
  before(() => {
    feed = createTestFeed();
    bench = tokenClient(feed);
  });
  after(() => feed.close());

  it('drafts, saves, publishes, edits, copies, cancels with a reason and deletes a draft', async () => {
    const created = await bench.create(courseDay);
    assert.match(created.id, /^mobilhistorie-film-din-forening-paa-telefonen-2030-03-10-[0-9a-f]{6}$/);
    assert.equal(created.state, 'draft');
    assert.equal(created.published, null);
    assert.equal(created.owner, null, 'a token owns nothing');
    assert.equal(created.input.title, courseDay.title);
    const { id } = created;
    assert.deepEqual(await publicSees(feed, id), [false, false, false, false], 'a draft is never public');
    assert.equal(await feed.storage.countEvents(), 0);

    const saved = await bench.call('PUT', `/v1/console/events/${id}`, { input: { ...courseDay, price: 150 } });
    assert.equal(saved.status, 200);
    assert.equal((await saved.json()).input.price, 150);
    assert.deepEqual(await publicSees(feed, id), [false, false, false, false]);

    const published = await bench.act(id, 'publish');
    assert.equal(published.state, 'published');
    assert.equal(published.pendingChange, false);
    assert.equal(published.published?.price, 150);
    assert.deepEqual(await publicSees(feed, id), [true, true, true, true]);
    await assertProblem(await bench.call('POST', `/v1/console/events/${id}/publish`), 409);

    // The token edits as an editor does: the change is public at once.
    const edited = await bench.call('PUT', `/v1/console/events/${id}`, { input: { ...courseDay, price: 200 } });
    assert.equal((await edited.json()).published.price, 200);
    assert.equal((await (await feed.request(`/v1/events/${id}`)).json()).price, 200);

    const copy = await bench.act(id, 'copy', undefined, 201);
    assert.notEqual(copy.id, id);
    assert.equal(copy.state, 'draft');
    assert.equal(copy.input.title, courseDay.title, 'the title is unchanged');
    assert.equal(copy.input.price, 200);
    assert.equal((await feed.request(`/v1/events/${copy.id}`)).status, 404);

    await feed.storage.addSignup(
      id,
      { name: 'Mette Hansen', email: 'mette@example.dk', seats: 1, privacyVersion: '2026-01' },
      new Date(),
    );
    const reason = 'Underviseren er syg. Vi finder en ny dato.';
    const cancelled = await bench.act(id, 'cancel', { reason: `  ${reason}  ` });
    assert.equal(cancelled.state, 'cancelled');
    assert.equal(cancelled.cancellationReason, reason);
    const publicEvent = EventSchema.parse(await (await feed.request(`/v1/events/${id}`)).json());
    assert.equal(publicEvent.status, 'cancelled');
    assert.equal(publicEvent.cancellationReason, reason);
    assert.equal(publicEvent.signup?.mode === 'internal' && publicEvent.signup.available, 11, 'signups are kept');
    await assertProblem(await bench.call('POST', `/v1/console/events/${id}/cancel`, { reason }), 409);

    await assertProblem(await bench.call('DELETE', `/v1/console/events/${id}`), 409);
    const deleted = await bench.call('DELETE', `/v1/console/events/${copy.id}`);
    assert.equal(deleted.status, 204);
    await assertProblem(await bench.call('GET', `/v1/console/events/${copy.id}`), 404);
    await assertProblem(await bench.call('DELETE', `/v1/console/events/${copy.id}`), 404);

    const changes = await (await bench.call('GET', `/v1/console/events/${id}/changes`)).json();
    assert.deepEqual(
      changes.items.map((change: { action: string }) => change.action),
      ['cancelled', 'published', 'published', 'saved', 'created'],
    );
    assert.ok(changes.items.every((change: { who: string }) => change.who === 'KULTUR_ADMIN_TOKEN'));
    assert.equal(changes.items[0].summary, reason);
    assert.ok(changes.items.every((change: { at: string }) => !Number.isNaN(Date.parse(change.at))));
    // The log outlives a deleted draft (the API no longer shows it, as there is no event to ask about).
    const copyLog = await feed.database.rows<{ action: string; summary: string | null }>(
      'SELECT action, summary FROM event_changes WHERE event_id = ? ORDER BY id',
      copy.id,
    );
    assert.deepEqual(
      copyLog.map((change) => [change.action, change.summary]),
      [
        ['copied', id],
        ['deleted', null],
      ],
    );
  });

  it('submits for approval, rejects with a reason back to draft, and approves', async () => {
    const { id } = await bench.create(courseDay);
    const pending = await bench.act(id, 'submit');
    assert.equal(pending.state, 'pending');
    await assertProblem(await bench.call('POST', `/v1/console/events/${id}/submit`), 409);
    assert.deepEqual(await publicSees(feed, id), [false, false, false, false], 'pending is not public');

    const rejected = await bench.act(id, 'reject', { reason: 'Mangler adresse på lokalet.' });
    assert.equal(rejected.state, 'draft');
    await assertProblem(await bench.call('POST', `/v1/console/events/${id}/reject`, { reason: 'igen' }), 409);
    await bench.act(id, 'submit');
    const approved = await bench.act(id, 'publish');
    assert.equal(approved.state, 'published');
    const log = await (await bench.call('GET', `/v1/console/events/${id}/changes`)).json();
    assert.deepEqual(
      log.items.map((change: { action: string }) => change.action),
      ['approved', 'submitted', 'rejected', 'submitted', 'created'],
    );
    assert.equal(log.items[2].summary, 'Mangler adresse på lokalet.');
  });

  it('takes a client’s own id, and refuses it when it is taken by a draft or an event', async () => {
    const own = await bench.create({ ...courseDay, id: 'eget-id-2030' });
    assert.equal(own.id, 'eget-id-2030');
    await assertProblem(
      await bench.call('POST', '/v1/console/events', { input: { ...courseDay, id: 'eget-id-2030' } }),
      409,
      'input.id',
    );
    await feed.publish('POST', '/v1/events', { ...courseDay, id: 'offentligt-id' });
    await assertProblem(
      await bench.call('POST', '/v1/console/events', { input: { ...courseDay, id: 'offentligt-id' } }),
      409,
      'input.id',
    );
  });

  it('shows a published event without a working copy as its input, and keeps the reason through the contract', async () => {
    await feed.publish('POST', '/v1/events', { ...courseDay, id: 'fra-api' });
    const detail = await bench.detail('fra-api');
    assert.equal(detail.state, 'published');
    assert.equal(detail.input.title, courseDay.title);
    assert.equal('available' in (detail.input.signup ?? {}), false, 'the input has no counted seats');
    // The publishing API takes the reason as well (the contract has it on input and served events).
    const put = await feed.publish('PUT', '/v1/events/fra-api', {
      ...courseDay,
      status: 'cancelled',
      cancellationReason: 'Aflyst på grund af vejret.',
    });
    assert.equal((await put.json()).cancellationReason, 'Aflyst på grund af vejret.');
  });
});

describe('the workbench: hostile and mistaken requests', () => {
  let feed: TestFeed;
  let bench: WorkbenchClient;
  let draftId: string;
  let publishedId: string;
  before(async () => {
    feed = createTestFeed();
    bench = tokenClient(feed);
    draftId = (await bench.create(courseDay)).id;
    publishedId = (await bench.create(courseDay)).id;
    await bench.act(publishedId, 'publish');
  });
  after(() => feed.close());

  it('answers every call without a token with 401 and stores nothing', async () => {
    for (const [method, path] of [
      ['GET', '/v1/console/events'],
      ['POST', '/v1/console/events'],
      ['GET', `/v1/console/events/${draftId}`],
      ['PUT', `/v1/console/events/${draftId}`],
      ['DELETE', `/v1/console/events/${draftId}`],
      ['POST', `/v1/console/events/${draftId}/publish`],
      ['GET', `/v1/console/events/${draftId}/changes`],
      ['POST', '/v1/console/series'],
      ['GET', '/v1/console/venues'],
      ['GET', '/v1/console/places?postalCode=4930'],
    ] as const) {
      const response = await feed.request(path, {
        method,
        headers: { authorization: 'Bearer wrong', 'content-type': 'application/json' },
        body: method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify({ input: courseDay }),
      });
      await assertProblem(response, 401);
      assert.equal(response.headers.get('cache-control'), 'no-store');
    }
    assert.equal((await bench.detail(draftId)).state, 'draft');
  });

  it('refuses unknown fields, a bad event and a body that is not JSON, naming the field', async () => {
    await assertProblem(await bench.call('POST', '/v1/console/events', { input: courseDay, extra: 1 }), 400);
    await assertProblem(
      await bench.call('POST', '/v1/console/events', { input: { ...courseDay, colour: 'red' } }),
      400,
      'input.colour',
    );
    await assertProblem(
      await bench.call('POST', '/v1/console/events', { input: { ...courseDay, title: ' ' } }),
      400,
      'input.title',
    );
    await assertProblem(await bench.call('POST', '/v1/console/events', courseDay), 400);
    const notJson = await feed.request('/v1/console/events', {
      method: 'POST',
      headers: { authorization: `Bearer test-token-5f1c2a`, 'content-type': 'application/json' },
      body: '{"input":',
    });
    await assertProblem(notJson, 400);
    await assertProblem(
      await bench.call('PUT', `/v1/console/events/${draftId}`, { input: { ...courseDay, id: 'another-id' } }),
      400,
      'input.id',
    );
    for (const reason of [undefined, '', '   ', 'x'.repeat(501)]) {
      await assertProblem(
        await bench.call('POST', `/v1/console/events/${publishedId}/cancel`, { reason }),
        400,
        'reason',
      );
    }
    await assertProblem(
      await bench.call('POST', `/v1/console/events/${publishedId}/cancel`, { reason: 'ok', why: 'extra' }),
      400,
    );
    await assertProblem(
      await bench.call('POST', '/v1/console/events', {
        input: { ...courseDay, status: 'cancelled', cancellationReason: 'x'.repeat(501) },
      }),
      400,
      'input.cancellationReason',
    );
  });

  it('answers wrong ids with 400 or 404, never 500', async () => {
    await assertProblem(await bench.call('GET', '/v1/console/events/NOT%20AN%20ID'), 400, 'id');
    await assertProblem(await bench.call('GET', `/v1/console/events/${'a'.repeat(65)}`), 400, 'id');
    for (const verb of ['submit', 'publish', 'copy']) {
      await assertProblem(await bench.call('POST', `/v1/console/events/no-such-event/${verb}`), 404);
    }
    await assertProblem(await bench.call('PUT', '/v1/console/events/no-such-event', { input: courseDay }), 404);
    await assertProblem(await bench.call('DELETE', '/v1/console/events/no-such-event'), 404);
    await assertProblem(await bench.call('GET', '/v1/console/events/no-such-event/changes'), 404);
  });

  it('refuses transitions that do not fit the state with 409 and says what to do', async () => {
    const cases: Array<[string, string, unknown, RegExp]> = [
      [draftId, 'cancel', { reason: 'x' }, /never published.*delete the draft/],
      [draftId, 'reject', { reason: 'x' }, /not waiting for approval/],
      [publishedId, 'submit', undefined, /no change to submit/],
      [publishedId, 'publish', undefined, /has no change waiting; save a change with PUT/],
      [publishedId, 'reject', { reason: 'x' }, /not waiting for approval/],
    ];
    for (const [id, verb, body, detail] of cases) {
      const problem = await assertProblem(await bench.call('POST', `/v1/console/events/${id}/${verb}`, body), 409);
      assert.match(problem.detail!, detail, `${verb} ${id}`);
    }
    const problem = await assertProblem(await bench.call('DELETE', `/v1/console/events/${publishedId}`), 409);
    assert.match(problem.detail!, /cancel it with POST \/v1\/console\/events\/.*\/cancel/);
  });

  it('answers other methods with 405 and bad list parameters with 400', async () => {
    const patch = await bench.call('PATCH', `/v1/console/events/${draftId}`);
    await assertProblem(patch, 405);
    assert.equal(patch.headers.get('allow'), 'GET, PUT, DELETE, HEAD, OPTIONS');
    await assertProblem(await bench.call('GET', `/v1/console/events/${draftId}/publish`), 405);
    await assertProblem(await bench.call('GET', '/v1/console/events?state=archived'), 400, 'state');
    await assertProblem(await bench.call('GET', '/v1/console/events?colour=red'), 400, 'colour');
    await assertProblem(await bench.call('GET', '/v1/console/events?cursor=bogus'), 400, 'cursor');
    await assertProblem(await bench.call('GET', '/v1/console/events?limit=0'), 400, 'limit');
    await assertProblem(await bench.call('GET', '/v1/console/events?from=2030-02-01&to=2030-01-01'), 400, 'to');
    await assertProblem(await bench.call('GET', '/v1/console/events?state=draft&state=past'), 400, 'state');
  });

  it('never stores NUL, however it is sent', async () => {
    const input: EventInput = { ...courseDay, title: 'Nul\u0000byte' };
    await assertProblem(await bench.call('POST', '/v1/console/events', { input }), 400, 'input.title');
  });
});
