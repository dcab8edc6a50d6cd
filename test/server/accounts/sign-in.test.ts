import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import type { Person } from '../../../server/src/accounts/actor.js';
import { SESSION_IDLE_MS, SESSION_MAX_MS, SIGN_IN_LINK_MS } from '../../../server/src/accounts/accounts-store.js';
import { assertProblem } from '../support/problem-assertions.js';
import { sessionCookieOf, signInAs, signInSecretFor } from '../support/console-session.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

const anna: Person = { id: 'anna1', email: 'anna@lolland.dk', name: null, role: 'editor', municipalities: ['lolland'] };
const json = { 'content-type': 'application/json' };

describe('signing in to the console', () => {
  let feed: TestFeed;
  let clock: Date;
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
  const askLink = (email: string, headers: Record<string, string> = {}) =>
    feed.request('/v1/session/link', {
      method: 'POST',
      headers: { ...json, ...headers },
      body: JSON.stringify({ email }),
    });
  const redeem = (token: string) =>
    feed.request('/v1/session', { method: 'POST', headers: json, body: JSON.stringify({ token }) });

  beforeEach(async () => {
    await feed?.close();
    clock = new Date('2027-02-01T09:00:00Z');
    feed = createTestFeed({ now: () => clock, publicUrl: 'https://kultur.example.dk' });
    await feed.storage.people.addPerson(anna, clock);
  });
  after(() => feed.close());

  it('sends a single-use link by mail and signs in with it', async () => {
    const asked = await askLink('Anna@Lolland.dk');
    assert.equal(asked.status, 202);
    assert.equal(asked.headers.get('cache-control'), 'no-store');
    const [message] = await feed.storage.listOutbox({ to: anna.email, limit: 5 });
    assert.equal(message?.kind, 'sign-in');
    assert.equal(message.eventId, null);
    const secret = await signInSecretFor(feed, anna.email);
    assert.ok(message.text.includes(`https://kultur.example.dk/admin/#sign-in=${secret}`), message.text);

    const signedIn = await redeem(secret);
    assert.equal(signedIn.status, 200);
    const cookie = signedIn.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^__Host-kultur-session=[A-Za-z0-9_-]{43};/);
    for (const attribute of ['Path=/', 'HttpOnly', 'Secure', 'SameSite=Strict', `Max-Age=${SESSION_MAX_MS / 1000}`]) {
      assert.ok(cookie.includes(attribute), `${attribute} in ${cookie}`);
    }
    assert.doesNotMatch(cookie, /Domain=/i);
    const body = await signedIn.json();
    assert.deepEqual(body.person, anna);
    assert.match(body.csrfToken, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(body.expiresAt, new Date(clock.getTime() + SESSION_IDLE_MS).toISOString());

    const session = await feed.request('/v1/session', { headers: { cookie: sessionCookieOf(signedIn) } });
    assert.equal(session.status, 200);
    assert.equal((await session.json()).person.email, anna.email);

    // The link works once.
    await assertProblem(await redeem(secret), 400, 'token');
  });

  it('keeps only digests of the link and the cookie', async () => {
    await askLink(anna.email);
    const secret = await signInSecretFor(feed, anna.email);
    const cookie = sessionCookieOf(await redeem(secret)).split('=')[1]!;
    const stored = JSON.stringify([
      await feed.database.rows('SELECT * FROM sign_in_links'),
      await feed.database.rows('SELECT * FROM sessions'),
    ]);
    assert.ok(!stored.includes(secret) && !stored.includes(cookie), stored);
    assert.match(stored, /"digest":"[0-9a-f]{64}"/);
  });

  it('answers the same for an address nobody has, and sends nothing', async () => {
    const known = await askLink(anna.email);
    const unknown = await askLink('nobody@example.dk');
    assert.equal(unknown.status, known.status);
    assert.equal(await unknown.text(), await known.text());
    assert.deepEqual([...unknown.headers.keys()].sort(), [...known.headers.keys()].sort());
    assert.equal((await feed.storage.listOutbox({ to: 'nobody@example.dk', limit: 5 })).length, 0);
  });

  it('refuses a link after 15 minutes, a made-up code and a removed person', async () => {
    await askLink(anna.email);
    const secret = await signInSecretFor(feed, anna.email);
    advance(SIGN_IN_LINK_MS + 1);
    await assertProblem(await redeem(secret), 400, 'token');
    await assertProblem(await redeem('x'.repeat(43)), 400, 'token');
    await assertProblem(await redeem(''), 400, 'token');

    await askLink(anna.email);
    const fresh = await signInSecretFor(feed, anna.email);
    await feed.storage.people.addPerson(
      { ...anna, id: 'boss', email: 'boss@kultur.dk', role: 'admin', municipalities: [] },
      clock,
    );
    assert.equal(await feed.storage.people.removePerson(anna.id, clock), 'removed');
    await assertProblem(await redeem(fresh), 400, 'token');
  });

  it('ends a session after 8 idle hours, and after 14 days however busy', async () => {
    const session = await signInAs(feed, anna);
    const who = () => session.request('GET', '/v1/session');
    advance(SESSION_IDLE_MS - 60_000);
    assert.equal((await who()).status, 200, 'used within the idle time');
    advance(SESSION_IDLE_MS - 60_000);
    assert.equal((await who()).status, 200, 'the use moved the idle end on');
    advance(SESSION_IDLE_MS + 1);
    await assertProblem(await who(), 401);

    const busy = await signInAs(feed, anna);
    for (let hours = 0; hours < 14 * 24; hours += 4) {
      advance(4 * 60 * 60_000);
      const status = (await busy.request('GET', '/v1/session')).status;
      if (hours + 4 < SESSION_MAX_MS / 3_600_000) assert.equal(status, 200, `after ${hours + 4} hours`);
      else assert.equal(status, 401, 'past the absolute end');
    }
  });

  it('signs out this browser, or every browser', async () => {
    const first = await signInAs(feed, anna);
    const second = await signInAs(feed, anna);
    const third = await signInAs(feed, anna);

    // Without the CSRF token a sign-out is another site's doing: refused.
    await assertProblem(
      await feed.request('/v1/session', { method: 'DELETE', headers: { cookie: first.cookie } }),
      403,
    );
    assert.equal((await first.request('GET', '/v1/session')).status, 200);

    const out = await first.request('DELETE', '/v1/session');
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie') ?? '', /__Host-kultur-session=;.*Max-Age=0/);
    await assertProblem(await first.request('GET', '/v1/session'), 401);
    assert.equal((await second.request('GET', '/v1/session')).status, 200);

    assert.equal((await second.request('DELETE', '/v1/sessions')).status, 204);
    await assertProblem(await second.request('GET', '/v1/session'), 401);
    await assertProblem(await third.request('GET', '/v1/session'), 401);
  });

  it("refuses other sites' pages, and gives them no CORS grant", async () => {
    await assertProblem(await askLink(anna.email, { 'sec-fetch-site': 'cross-site' }), 403);
    const preflight = await feed.request('/v1/session', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.status, 403);
    const session = await signInAs(feed, anna);
    const read = await feed.request('/v1/session', {
      headers: { cookie: session.cookie, origin: 'https://evil.example' },
    });
    assert.equal(read.headers.get('access-control-allow-origin'), null);
  });

  it('sends at most 3 links to an address in 15 minutes, and limits the links asked from one client', async () => {
    for (let i = 0; i < 5; i += 1) assert.equal((await askLink(anna.email)).status, 202);
    assert.equal((await feed.storage.listOutbox({ to: anna.email, limit: 10 })).length, 3);
    advance(15 * 60_000);
    assert.equal((await askLink(anna.email)).status, 202);
    assert.equal((await feed.storage.listOutbox({ to: anna.email, limit: 10 })).length, 4);

    let limited: Response | undefined;
    for (let i = 0; i < 20 && !limited; i += 1) {
      const asked = await askLink(`stranger${i}@example.dk`);
      if (asked.status === 429) limited = asked;
    }
    assert.ok(limited, 'a client asking for many links is held back');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    await assertProblem(limited, 429);
  });

  it('sends a code without a link when the server has no public address', async () => {
    const bare = createTestFeed({ now: () => clock });
    try {
      await bare.storage.people.addPerson(anna, clock);
      await bare.request('/v1/session/link', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: anna.email }),
      });
      const [message] = await bare.storage.listOutbox({ to: anna.email, limit: 1 });
      assert.doesNotMatch(message!.text, /https?:/);
      const code = await signInSecretFor(bare, anna.email);
      const signedIn = await bare.request('/v1/session', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ token: code }),
      });
      assert.equal(signedIn.status, 200);
    } finally {
      await bare.close();
    }
  });

  it('deletes spent links, ended sessions and day-old sign-in messages in the sweep', async () => {
    await signInAs(feed, anna);
    advance(SESSION_IDLE_MS + 1);
    advance(24 * 60 * 60_000);
    assert.ok((await feed.storage.people.sweepAccounts(clock)) >= 3);
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM sign_in_links'), 0);
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM sessions'), 0);
    assert.equal(await feed.database.count(`SELECT count(*) AS n FROM outbox WHERE kind = 'sign-in'`), 0);
  });
});
