import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { readAdminOrigins } from '../../../server/src/http/cors-policy.js';
import { startCli } from '../support/cli-process.js';
import { eventInput } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import {
  cancelTokenOf,
  courseDay,
  courseDayAhead,
  person,
  postSignup,
  publish,
  signUp,
} from '../support/signup-support.js';
import { createTestDatabase } from '../support/test-database.js';
import { ADMIN_TOKEN, createTestFeed, type TestFeed, type TestFeedOptions } from '../support/test-feed.js';

/** The operator's console, listed in KULTUR_ADMIN_ORIGINS. */
const CONSOLE = 'https://admin.kulturregion.dk';
/** A municipal site embedding the feed: public audience only. */
const LOLLAND = 'https://www.lolland.dk';
const EVIL = 'https://evil.example';

/** A feed made with the given environment variables set (the app reads them when it is made), then restored. */
function feedWithEnv(env: Record<string, string | undefined>, options: TestFeedOptions = {}): TestFeed {
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(env);
  try {
    return createTestFeed({ signupRate: 0, ...options });
  } finally {
    apply(saved);
  }
}

/** A CORS preflight as a browser sends it before a request it may not send unasked. */
function preflight(feed: Pick<TestFeed, 'request'>, origin: string, method: string, path: string, headers?: string) {
  return feed.request(path, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      ...(headers === undefined ? {} : { 'access-control-request-headers': headers }),
    },
  });
}

/** A request with the publishing token, from a page on `origin`. */
function asAdmin(feed: TestFeed, origin: string, method: string, path: string, init: RequestInit = {}) {
  return feed.request(path, {
    ...init,
    method,
    headers: { origin, authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json', ...init.headers },
  });
}

const grant = (response: Response) => response.headers.get('access-control-allow-origin');
const varies = (response: Response) =>
  (response.headers.get('vary') ?? '').split(/\s*,\s*/).map((v) => v.toLowerCase());
/** Every CORS header on an answer: a refused origin must get none of them. */
const corsHeaders = (response: Response) =>
  [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('CORS: two audiences', () => {
  let feed: TestFeed;
  let cancelToken: string;
  before(async () => {
    feed = createTestFeed({ signupRate: 0, adminOrigins: [CONSOLE], demoOutbox: true });
    await publish(feed, courseDayAhead('kursus'));
    await publish(feed, eventInput({ id: 'koncert' }));
    cancelToken = await cancelTokenOf(feed, (await signUp(feed, 'kursus', person(1))).id);
  });
  after(() => feed.close());

  describe('public: reads, signups and cancelling, from any site', () => {
    for (const path of ['/v1/events', '/v1/events/koncert', '/v1/events.ics', '/v1/events/koncert.ics']) {
      it(`lets any site read GET ${path}, and revalidate it with a 304 it can read`, async () => {
        const first = await feed.request(path, { headers: { origin: EVIL } });
        assert.equal(first.status, 200);
        assert.equal(grant(first), '*');
        assert.match(first.headers.get('access-control-expose-headers') ?? '', /\bETag\b/);
        assert.ok(!varies(first).includes('origin'), 'one answer for every site: shared caches keep one copy');
        const again = await feed.request(path, {
          headers: { origin: LOLLAND, 'if-none-match': first.headers.get('etag')! },
        });
        assert.equal(again.status, 304);
        assert.equal(grant(again), '*', 'a 304 without the grant fails in the browser');
        assert.match(again.headers.get('access-control-expose-headers') ?? '', /\bETag\b/);
      });
    }

    it('answers a read preflight (If-None-Match) for any site, without Authorization', async () => {
      const response = await preflight(feed, EVIL, 'GET', '/v1/events', 'if-none-match');
      assert.equal(response.status, 204);
      assert.equal(grant(response), '*');
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /If-None-Match/);
      assert.doesNotMatch(response.headers.get('access-control-allow-headers') ?? '', /Authorization/i);
    });

    it('answers the signup preflight for any site, and takes the signup', async () => {
      const asked = await preflight(feed, EVIL, 'POST', '/v1/events/kursus/signups', 'content-type, idempotency-key');
      assert.equal(asked.status, 204);
      assert.equal(grant(asked), '*');
      assert.match(asked.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
      assert.match(asked.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
      assert.match(asked.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
      assert.equal(asked.headers.get('access-control-max-age'), '86400');
      assert.equal(asked.headers.get('access-control-allow-credentials'), null, 'no cookies, ever');

      const sent = await postSignup(feed, 'kursus', person(2), { headers: { origin: EVIL } });
      assert.equal(sent.status, 201);
      assert.equal(grant(sent), '*');
      assert.match(sent.headers.get('access-control-expose-headers') ?? '', /Idempotent-Replayed/);
    });

    it('answers the cancel preflight (DELETE) for any site, and cancels', async () => {
      const token = await cancelTokenOf(feed, (await signUp(feed, 'kursus', person(3))).id);
      const asked = await preflight(feed, EVIL, 'DELETE', `/v1/signups/${token}`);
      assert.equal(asked.status, 204);
      assert.equal(grant(asked), '*');
      assert.match(asked.headers.get('access-control-allow-methods') ?? '', /\bDELETE\b/);
      const cancelled = await feed.request(`/v1/signups/${token}`, { method: 'DELETE', headers: { origin: EVIL } });
      assert.equal(cancelled.status, 204);
      assert.equal(grant(cancelled), '*');
    });
  });

  describe('admin: publishing, the signup list and anything with a token', () => {
    it('gives a page on an unlisted site no grant on publishing answers, even when the token works', async () => {
      const created = await asAdmin(feed, EVIL, 'POST', '/v1/events', { body: JSON.stringify(eventInput()) });
      assert.equal(created.status, 201);
      const id = ((await created.json()) as { id: string }).id;
      const replaced = await asAdmin(feed, EVIL, 'PUT', `/v1/events/${id}`, {
        body: JSON.stringify(eventInput({ title: 'Nyt navn' })),
      });
      assert.equal(replaced.status, 200);
      const deleted = await asAdmin(feed, EVIL, 'DELETE', `/v1/events/${id}`);
      assert.equal(deleted.status, 204);
      for (const [name, response] of Object.entries({ created, replaced, deleted })) {
        assert.deepEqual(corsHeaders(response), [], name);
        assert.ok(varies(response).includes('origin'), `${name}: Vary: Origin`);
      }
    });

    it('gives a page on an unlisted site no grant on the signup list, JSON or CSV, with a valid token', async () => {
      const answers = {
        json: await asAdmin(feed, EVIL, 'GET', '/v1/events/kursus/signups'),
        csv: await asAdmin(feed, EVIL, 'GET', '/v1/events/kursus/signups?format=csv'),
        head: await asAdmin(feed, EVIL, 'HEAD', '/v1/events/kursus/signups'),
        'no token': await feed.request('/v1/events/kursus/signups', { headers: { origin: EVIL } }),
      };
      assert.equal(answers.json.status, 200);
      assert.match(await answers.csv.text(), /Deltager 1/, 'the list was really served');
      assert.equal(answers['no token'].status, 401);
      for (const [kind, response] of Object.entries(answers)) {
        assert.equal(grant(response), null, kind);
        assert.ok(varies(response).includes('origin'), `${kind}: Vary: Origin`);
      }
    });

    it('gives no grant on a public read that carries a token, from an unlisted site', async () => {
      const read = await asAdmin(feed, EVIL, 'GET', '/v1/events');
      assert.equal(read.status, 200);
      assert.equal(grant(read), null);
      assert.ok(varies(read).includes('origin'));
    });

    for (const [method, path, headers] of [
      ['POST', '/v1/events', 'content-type'],
      ['POST', '/v1/events', 'authorization, content-type'],
      ['PUT', '/v1/events/koncert', 'content-type'],
      ['PUT', '/v1/events/kursus/signups', undefined],
      ['DELETE', '/v1/events/koncert', undefined],
      ['GET', '/v1/events/kursus/signups', undefined],
      ['GET', '/v1/events/kursus/signups', 'Authorization'],
      ['GET', '/v1/events', 'if-none-match, authorization'],
      ['POST', '/v1/events/kursus/signups', 'content-type, authorization'],
    ] as const) {
      it(`refuses an unlisted site's preflight for ${method} ${path} (${headers ?? 'no headers'}) with 403`, async () => {
        const response = await preflight(feed, EVIL, method, path, headers);
        assert.deepEqual(corsHeaders(response), [], 'no CORS header at all: the browser sends nothing');
        assert.equal(response.headers.get('cache-control'), 'no-store');
        const problem = await assertProblem(response, 403);
        assert.equal(problem.type, 'urn:kultur:problem:origin-not-allowed');
        assert.match(problem.detail!, /KULTUR_ADMIN_ORIGINS/);
      });
    }

    it('echoes a listed console origin, with Vary: Origin, on its preflight and its answers', async () => {
      const asked = await preflight(feed, CONSOLE, 'PUT', '/v1/events/koncert', 'authorization, content-type');
      assert.equal(asked.status, 204);
      assert.equal(grant(asked), CONSOLE);
      assert.ok(varies(asked).includes('origin'));
      assert.match(asked.headers.get('access-control-allow-headers') ?? '', /Authorization/);
      assert.match(asked.headers.get('access-control-allow-methods') ?? '', /\bPUT\b/);
      assert.equal(asked.headers.get('access-control-allow-credentials'), null, 'a bearer token, not cookies');

      const created = await asAdmin(feed, CONSOLE, 'POST', '/v1/events', {
        body: JSON.stringify(eventInput({ id: 'fra-konsollen' })),
      });
      assert.equal(created.status, 201);
      assert.equal(grant(created), CONSOLE);
      assert.ok(varies(created).includes('origin'));
      assert.match(created.headers.get('access-control-expose-headers') ?? '', /\bLocation\b/);

      const sheet = await asAdmin(feed, CONSOLE, 'GET', '/v1/events/kursus/signups', {
        headers: { accept: 'text/csv' },
      });
      assert.equal(sheet.status, 200);
      assert.equal(grant(sheet), CONSOLE);
      assert.deepEqual(varies(sheet), ['accept', 'origin']);
      const again = await asAdmin(feed, CONSOLE, 'GET', '/v1/events/kursus/signups', {
        headers: { accept: 'text/csv', 'if-none-match': sheet.headers.get('etag')! },
      });
      assert.equal(again.status, 304);
      assert.equal(grant(again), CONSOLE, 'the 304 keeps the grant');
      assert.ok(varies(again).includes('origin'), 'and says it depends on the origin');
      assert.equal(again.headers.get('cache-control'), 'no-store');

      const refused = await feed.request('/v1/events/kursus/signups', {
        headers: { origin: CONSOLE, authorization: 'Bearer forkert' },
      });
      assert.equal(refused.status, 401);
      assert.equal(grant(refused), CONSOLE, 'the console can read why it was refused');
    });

    it('does not take a listed origin that differs by scheme, port or subdomain', async () => {
      for (const origin of ['http://admin.kulturregion.dk', `${CONSOLE}:8443`, 'https://kulturregion.dk', 'null']) {
        assert.equal((await preflight(feed, origin, 'PUT', '/v1/events/koncert')).status, 403, origin);
        assert.equal(grant(await asAdmin(feed, origin, 'GET', '/v1/events/kursus/signups')), null, origin);
      }
    });
  });

  it('sends Cache-Control: no-store with every answer that holds personal data', async () => {
    const key = randomUUID();
    const token = await cancelTokenOf(feed, (await signUp(feed, 'kursus', person(40))).id);
    const answers: Record<string, Response> = {
      'signup 201': await postSignup(feed, 'kursus', person(41), { key, headers: { origin: EVIL } }),
      'signup replayed': await postSignup(feed, 'kursus', person(41), { key }),
      'signup of an address on the list': await postSignup(feed, 'kursus', person(41)),
      'signup invalid (400)': await postSignup(feed, 'kursus', { ...person(42), email: 'ikke en adresse' }),
      'signup list JSON': await feed.publish('GET', '/v1/events/kursus/signups'),
      'signup list CSV': await feed.publish('GET', '/v1/events/kursus/signups?format=csv'),
      'signup list HEAD': await feed.publish('HEAD', '/v1/events/kursus/signups'),
      'signup list 401': await feed.request('/v1/events/kursus/signups'),
      'publishing 401': await feed.request('/v1/events', { method: 'POST', body: '{}' }),
      'cancel page': await feed.request(`/v1/signups/${cancelToken}`),
      'cancel page, unknown token': await feed.request('/v1/signups/findes-ikke'),
      'cancel form': await feed.request(`/v1/signups/${cancelToken}`, { method: 'POST' }),
      'cancel DELETE': await feed.request(`/v1/signups/${token}`, { method: 'DELETE' }),
      'cancel DELETE, unknown token': await feed.request('/v1/signups/findes-ikke', { method: 'DELETE' }),
      'demo outbox': await feed.request('/v1/dev/outbox'),
      'demo outbox for one address': await feed.request('/v1/dev/outbox?to=deltager40@example.dk'),
    };
    const expected: Record<string, number> = {
      'signup 201': 201,
      'signup replayed': 201,
      'signup of an address on the list': 201,
      'signup invalid (400)': 400,
      'signup list 401': 401,
      'publishing 401': 401,
      'cancel page, unknown token': 404,
      'cancel DELETE': 204,
      'cancel DELETE, unknown token': 404,
    };
    for (const [name, response] of Object.entries(answers)) assert.equal(response.status, expected[name] ?? 200, name);
    const kept = Object.entries(answers).filter(([, response]) => response.headers.get('cache-control') !== 'no-store');
    assert.deepEqual(
      kept.map(([name]) => name),
      [],
      'answers a cache may keep',
    );
    assert.equal(answers['signup replayed']!.headers.get('idempotent-replayed'), 'true');
  });
});

describe('KULTUR_ADMIN_ORIGINS', () => {
  it('is empty by default: no page may publish, however it asks', async () => {
    const feed = feedWithEnv({ KULTUR_ADMIN_ORIGINS: undefined });
    try {
      await assertProblem(await preflight(feed, CONSOLE, 'POST', '/v1/events', 'authorization, content-type'), 403);
      assert.equal(grant(await asAdmin(feed, CONSOLE, 'GET', '/v1/events')), null);
    } finally {
      await feed.close();
    }
  });

  it('is read from the environment when the app is made', async () => {
    const feed = feedWithEnv({ KULTUR_ADMIN_ORIGINS: ` ${CONSOLE}/ , http://localhost:8000` });
    try {
      for (const origin of [CONSOLE, 'http://localhost:8000']) {
        const asked = await preflight(feed, origin, 'DELETE', '/v1/events/koncert', 'authorization');
        assert.equal(asked.status, 204, origin);
        assert.equal(grant(asked), origin);
      }
    } finally {
      await feed.close();
    }
  });

  it('lets a listed console publish where KULTUR_ALLOWED_ORIGINS holds signups to other sites', async () => {
    const feed = feedWithEnv({ KULTUR_ALLOWED_ORIGINS: LOLLAND }, { adminOrigins: [CONSOLE] });
    try {
      await publish(feed, courseDayAhead('kursus'));
      const asked = await preflight(feed, CONSOLE, 'PUT', '/v1/events/kursus', 'authorization, content-type');
      assert.equal(asked.status, 204, 'the console needs no place on the signup list');
      assert.equal(grant(asked), CONSOLE);
      const held = await assertProblem(await preflight(feed, EVIL, 'PUT', '/v1/events/kursus', 'authorization'), 403);
      assert.match(held.detail!, /KULTUR_ADMIN_ORIGINS/, 'the refusal names the list that decides');
      const signup = await assertProblem(await preflight(feed, EVIL, 'POST', '/v1/events/kursus/signups'), 403);
      assert.match(signup.detail!, /KULTUR_ALLOWED_ORIGINS/);
      assert.equal(grant(await preflight(feed, LOLLAND, 'POST', '/v1/events/kursus/signups')), '*');
    } finally {
      await feed.close();
    }
  });

  it('is checked as origins are, so a mistype is caught', () => {
    assert.deepEqual(readAdminOrigins(' https://Admin.Kulturregion.dk/ ,,http://localhost:8000 '), [
      CONSOLE,
      'http://localhost:8000',
    ]);
    assert.deepEqual(readAdminOrigins(undefined), []);
    for (const wrong of ['admin.kulturregion.dk', `${CONSOLE}/konsol`, '*', 'null', 'ftp://admin.kulturregion.dk']) {
      assert.throws(() => readAdminOrigins(wrong), /^Error: KULTUR_ADMIN_ORIGINS: ".*" is not an origin/);
    }
  });

  it('stops the server at start, in one sentence, when mistyped', async () => {
    const wrong = startCli(['--port', '0', '--db', ':memory:'], { KULTUR_ADMIN_ORIGINS: 'admin.kulturregion.dk' });
    // The URL promise settles either way: listening, or rejected when the process ends first.
    if (
      await wrong.url.then(
        () => true,
        () => false,
      )
    ) {
      await wrong.stop();
      assert.fail(`it started with a mistyped list:\n${wrong.output()}`);
    }
    assert.equal(await wrong.exited, 2);
    const [first, second] = wrong.output().split('\n');
    assert.equal(
      first,
      'KULTUR_ADMIN_ORIGINS: "admin.kulturregion.dk" is not an origin; write scheme and host (and port), such as ' +
        'https://www.lolland.dk, separated by commas',
    );
    assert.equal(second, '', 'then the usage, after a blank line');
    assert.match(wrong.output(), /KULTUR_ADMIN_ORIGINS {4}comma-separated origins/, 'the usage names it');
    assert.doesNotMatch(wrong.output(), /Storage:/, 'stopped before it opened the database');
  });

  it('is read by the real server process', async () => {
    const database = createTestDatabase();
    await database.ready();
    const cli = startCli(['--port', '0', ...database.serverArgs], {
      KULTUR_ADMIN_TOKEN: 'cors-token',
      KULTUR_ADMIN_ORIGINS: CONSOLE,
    });
    try {
      const url = await cli.url;
      const feed = { request: (path: string, init?: RequestInit) => fetch(`${url}${path}`, init) };
      const asked = await preflight(feed, CONSOLE, 'POST', '/v1/events', 'authorization, content-type');
      assert.equal(asked.status, 204);
      assert.equal(grant(asked), CONSOLE);
      assert.equal((await preflight(feed, EVIL, 'POST', '/v1/events', 'authorization, content-type')).status, 403);
      assert.equal(grant(await feed.request('/v1/events', { headers: { origin: EVIL } })), '*');
    } finally {
      await cli.stop();
      await database.drop();
    }
  });
});
