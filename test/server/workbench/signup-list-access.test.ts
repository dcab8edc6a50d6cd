import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signedIn } from '../support/console-session.js';
import { eventInput } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';
import { personWorkbench, people, tokenClient, type WorkbenchClient } from '../support/workbench-client.js';

const course = eventInput({
  title: 'Mobilhistorie i Nakskov',
  start: '2030-09-10T09:00:00+02:00',
  end: '2030-09-10T15:00:00+02:00',
  municipality: 'lolland',
  signup: { mode: 'internal', capacity: 10, waitlist: false, maxSeatsPerSignup: 1, fields: [] },
});

describe("who reads an event's signup list", () => {
  let feed: TestFeed;
  let as: Awaited<ReturnType<typeof personWorkbench>>;
  let id: string;
  const list = (client: WorkbenchClient) => client.call('GET', `/v1/events/${id}/signups`);

  before(async () => {
    feed = createTestFeed();
    as = await personWorkbench(feed, Object.values(people));
    const organiser = as(people.organiser);
    ({ id } = await organiser.create(course));
    await organiser.act(id, 'submit');
    await as(people.lollandEditor).act(id, 'publish');
    const signedUp = await feed.storage.addSignup(
      id,
      { name: 'Mette Hansen', email: 'mette@example.dk', seats: 1, privacyVersion: '2026-01' },
      new Date(),
    );
    assert.ok(signedUp);
  });
  after(() => feed.close());

  it('the owner, an editor of the municipality, an admin and a token read it', async () => {
    for (const reader of [as(people.organiser), as(people.lollandEditor), as(people.admin), tokenClient(feed)]) {
      const answer = await list(reader);
      assert.equal(answer.status, 200, await answer.clone().text());
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      assert.deepEqual(
        (await answer.json()).items.map((item: { email: string }) => item.email),
        ['mette@example.dk'],
      );
    }
  });

  it('another organiser and an editor of another municipality are told there is no such event', async () => {
    for (const stranger of [as(people.otherOrganiser), as(people.faxeEditor)]) {
      const problem = await assertProblem(await list(stranger), 404);
      assert.doesNotMatch(JSON.stringify(problem), /mette/i);
    }
  });

  it('a signed-out request, and a page on another site, read nothing', async () => {
    await assertProblem(await feed.request(`/v1/events/${id}/signups`), 401);
    const preflight = await feed.request(`/v1/events/${id}/signups`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    assert.equal(preflight.status, 403);
  });

  it('a request without the CSRF token, or from another site, changes nothing in the workbench', async () => {
    const session = await signedIn(feed, 'admin');
    const send = (headers: Record<string, string>, method: string, path: string, body?: unknown) =>
      feed.request(path, {
        method,
        headers: { cookie: session.cookie, 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const attempts: [string, string, unknown?][] = [
      ['POST', '/v1/console/events', { input: { ...course, title: 'Falsk' } }],
      ['PUT', `/v1/console/events/${id}`, { input: { ...course, title: 'Falsk' } }],
      ['POST', `/v1/console/events/${id}/cancel`, { reason: 'Falsk' }],
      ['DELETE', `/v1/console/events/${id}`],
    ];
    for (const [method, path, body] of attempts) {
      await assertProblem(await send({}, method, path, body), 403);
      await assertProblem(await send({ 'x-kultur-csrf': 'guess' }, method, path, body), 403);
      const crossSite = { 'x-kultur-csrf': session.csrfToken, 'sec-fetch-site': 'cross-site' };
      await assertProblem(await send(crossSite, method, path, body), 403);
    }
    const event = await (await feed.request(`/v1/events/${id}`)).json();
    assert.equal(event.title, course.title);
    assert.equal(event.status, 'scheduled');
    const all = await as(people.admin).list('limit=100');
    assert.ok(all.items.every((item) => item.title !== 'Falsk'));
  });
});
