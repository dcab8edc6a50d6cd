import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';
import { after, afterEach, before, describe, it, mock } from 'node:test';
import { createApp } from '../../../server/src/app.js';
import { readAllowedOrigins } from '../../../server/src/http/allowed-origins.js';
import { startCli } from '../support/cli-process.js';
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
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

const LOLLAND = 'https://www.lolland.dk';
const FAXE = 'https://faxe.dk:8443';
const EVIL = 'https://evil.example';

/** A feed started with `KULTUR_ALLOWED_ORIGINS` as given: the app reads it when it is made. */
function feedWithOrigins(origins: string | undefined): TestFeed {
  const saved = process.env.KULTUR_ALLOWED_ORIGINS;
  if (origins === undefined) delete process.env.KULTUR_ALLOWED_ORIGINS;
  else process.env.KULTUR_ALLOWED_ORIGINS = origins;
  try {
    return createTestFeed({ signupRate: 0 });
  } finally {
    if (saved === undefined) delete process.env.KULTUR_ALLOWED_ORIGINS;
    else process.env.KULTUR_ALLOWED_ORIGINS = saved;
  }
}

function preflight(feed: TestFeed, path: string, origin: string, method: string): Promise<Response> {
  return feed.request(path, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'content-type' },
  });
}

describe('publishing tokens', () => {
  const TOKENS = ['alfa-token-1', 'beta-token-that-is-much-longer-2'];
  let calls: Array<[Buffer, Buffer]> = [];
  let feed: TestFeed;
  before(() => {
    // admin-auth.ts imports timingSafeEqual by name; the spy reaches it through Node's live built-in exports.
    const real = crypto.timingSafeEqual;
    mock.method(crypto, 'timingSafeEqual', (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      calls.push([
        Buffer.from(a.buffer, a.byteOffset, a.byteLength),
        Buffer.from(b.buffer, b.byteOffset, b.byteLength),
      ]);
      return real(a, b);
    });
    syncBuiltinESMExports();
  });
  after(() => {
    mock.restoreAll();
    syncBuiltinESMExports();
  });
  afterEach(() => {
    calls = [];
  });

  const send = (offered: string) =>
    createApp({ storage: feed.storage, adminTokens: TOKENS }).request('http://feed.test/v1/events', {
      method: 'POST',
      headers: { authorization: `Bearer ${offered}`, 'content-type': 'application/json' },
      body: '{}',
    });

  it('compares every configured token, as equal-length SHA-256 digests, whether the guess is right or wrong', async () => {
    feed = createTestFeed();
    for (const offered of ['x', 'alfa-token-', 'alfa-token-1', 'beta-token-that-is-much-longer-2', 'a'.repeat(500)]) {
      calls = [];
      const response = await send(offered);
      const right = TOKENS.includes(offered);
      // A right token gets past the guard to the body check (400); a wrong one is stopped there (401).
      assert.equal(response.status, right ? 400 : 401, offered);
      assert.ok(calls.length >= TOKENS.length, `${calls.length} comparisons for "${offered}"`);
      const expected = TOKENS.map((token) => crypto.createHash('sha256').update(token).digest());
      for (const [a, b] of calls.slice(0, TOKENS.length)) {
        assert.equal(a.length, 32);
        assert.equal(b.length, 32);
        assert.ok(!a.includes(Buffer.from(offered)) && !b.includes(Buffer.from(offered)), 'never the token itself');
      }
      const compared = calls.slice(0, TOKENS.length).map(([a]) => a.toString('hex'));
      assert.deepEqual(
        compared,
        expected.map((digest) => digest.toString('hex')),
        'each configured digest, in turn',
      );
    }
    await feed.close();
  });
});

describe('signups only from the configured origins; reads from any', () => {
  let open: TestFeed;
  let held: TestFeed;
  before(async () => {
    open = feedWithOrigins(undefined);
    held = feedWithOrigins(` ${LOLLAND}, ${FAXE}/ `);
    for (const feed of [open, held]) await publish(feed, courseDayAhead('kursus'));
  });
  after(async () => {
    await open.close();
    await held.close();
  });

  it('takes a signup from any origin when KULTUR_ALLOWED_ORIGINS is not set', async () => {
    const response = await postSignup(open, 'kursus', person(1), { headers: { origin: EVIL } });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
  });

  it('takes signups from listed origins and from clients that send no Origin', async () => {
    for (const [n, origin] of [LOLLAND, FAXE, undefined].entries()) {
      const response = await postSignup(held, 'kursus', person(10 + n), { headers: origin ? { origin } : {} });
      assert.equal(response.status, 201, `${origin}: ${await response.clone().text()}`);
    }
  });

  it('refuses a signup from any other origin with 403 problem details, and stores nothing', async () => {
    const before = await held.database.count('SELECT count(*) AS n FROM signups');
    for (const [n, origin] of [
      EVIL,
      'null',
      'https://www.lolland.dk.evil.example',
      'http://www.lolland.dk',
    ].entries()) {
      const response = await postSignup(held, 'kursus', person(20 + n), { headers: { origin } });
      const problem = await assertProblem(response, 403);
      assert.equal(problem.type, 'urn:kultur:problem:origin-not-allowed');
      assert.match(problem.detail!, /KULTUR_ALLOWED_ORIGINS/);
    }
    assert.equal(await held.database.count('SELECT count(*) AS n FROM signups'), before);
  });

  it('answers the CORS preflight for a signup only for listed origins', async () => {
    const allowed = await preflight(held, '/v1/events/kursus/signups', LOLLAND, 'POST');
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), '*');
    assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /POST/);

    for (const method of ['POST', 'DELETE', 'PUT']) {
      const refused = await preflight(held, '/v1/events/kursus/signups', EVIL, method);
      assert.equal(refused.status, 403, method);
      assert.equal(refused.headers.get('access-control-allow-origin'), null, 'no CORS grant for a refused origin');
    }
  });

  it('keeps reads open to every origin, preflighted or not', async () => {
    const read = await held.request('/v1/events', { headers: { origin: EVIL } });
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('access-control-allow-origin'), '*');
    const asked = await preflight(held, '/v1/events', EVIL, 'GET');
    assert.equal(asked.status, 204);
    assert.equal(asked.headers.get('access-control-allow-origin'), '*');
  });

  it('refuses a mistyped list at start, saying what an origin looks like', () => {
    assert.deepEqual(readAllowedOrigins(' https://WWW.Lolland.dk/ ,,http://localhost:8080 '), [
      'https://www.lolland.dk',
      'http://localhost:8080',
    ]);
    for (const wrong of ['www.lolland.dk', 'https://www.lolland.dk/kalender', 'ftp://faxe.dk', '*']) {
      assert.throws(() => readAllowedOrigins(wrong), /KULTUR_ALLOWED_ORIGINS: .* is not an origin/);
    }
  });

  it('reads KULTUR_ALLOWED_ORIGINS in the real server process', async () => {
    const database = createTestDatabase();
    await database.ready();
    const cli = startCli(['--port', '0', ...database.serverArgs], {
      KULTUR_ADMIN_TOKEN: 'origins-token',
      KULTUR_ALLOWED_ORIGINS: LOLLAND,
      KULTUR_SIGNUP_RATE: '0',
    });
    try {
      const url = await cli.url;
      const headers = { authorization: 'Bearer origins-token', 'content-type': 'application/json' };
      const created = await fetch(`${url}/v1/events`, {
        method: 'POST',
        headers,
        body: JSON.stringify(courseDayAhead('k')),
      });
      assert.equal(created.status, 201);
      const send = (origin: string, n: number) =>
        postSignup({ request: (path, init) => fetch(`${url}${path}`, init) }, 'k', person(n), { headers: { origin } });
      assert.equal((await send(LOLLAND, 1)).status, 201);
      assert.equal((await send(EVIL, 2)).status, 403);
    } finally {
      await cli.stop();
      await database.drop();
    }
    const wrong = startCli(['--port', '0', '--db', ':memory:'], { KULTUR_ALLOWED_ORIGINS: 'lolland.dk' });
    assert.notEqual(await wrong.exited, 0);
    assert.match(wrong.output(), /KULTUR_ALLOWED_ORIGINS: "lolland\.dk" is not an origin/);
  });
});

describe('security headers', () => {
  let feed: TestFeed;
  let cancelToken: string;
  before(async () => {
    feed = createTestFeed({ signupRate: 0 });
    await publish(feed, courseDayAhead('kursus'));
    cancelToken = await cancelTokenOf(feed, (await signUp(feed, 'kursus', person(1))).id);
  });
  after(() => feed.close());

  it('gives the cancel pages a CSP that allows nothing but their style and form, no framing and no referrer', async () => {
    const pages = [
      await feed.request(`/v1/signups/${cancelToken}`),
      await feed.request('/v1/signups/findes-ikke'),
      await feed.request(`/v1/signups/${cancelToken}`, { method: 'POST' }),
    ];
    for (const page of pages) {
      const csp = page.headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
      ]) {
        assert.ok(csp.includes(directive), `${page.status}: ${directive} in ${csp}`);
      }
      assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'/);
      assert.equal(page.headers.get('x-frame-options'), 'DENY');
      assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(page.headers.get('cache-control'), 'no-store');
    }
  });

  it('gives events.html a CSP that runs nothing and may be framed, and a referrer policy', async () => {
    const page = await feed.request('/v1/events.html');
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.ok(csp.includes("default-src 'none'") && csp.includes('frame-ancestors *'), csp);
    assert.ok(!/script-src/.test(csp), 'no script allowed at all');
    assert.equal(page.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  });

  it('sends X-Content-Type-Options: nosniff with every kind of answer', async () => {
    const answers = {
      json: await feed.request('/v1/events'),
      'not modified': await feed.request('/v1/categories', {
        headers: { 'if-none-match': (await feed.request('/v1/categories')).headers.get('etag')! },
      }),
      calendar: await feed.request('/v1/events.ics'),
      csv: await feed.publish('GET', '/v1/events/kursus/signups?format=csv'),
      problem: await feed.request('/v1/events?limit=0'),
      'not found': await feed.request('/nowhere'),
      'method not allowed': await feed.request('/v1/categories', { method: 'DELETE' }),
      'too large': await feed.publish('POST', '/v1/events', 'x'.repeat(200_000)),
      preflight: await preflight(feed, '/v1/events', EVIL, 'GET'),
      health: await feed.request('/healthz'),
    };
    for (const [kind, response] of Object.entries(answers)) {
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', kind);
    }
    assert.equal(answers['not modified'].status, 304);
  });
});
