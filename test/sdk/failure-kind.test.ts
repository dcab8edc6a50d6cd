import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, afterEach, before, describe, it } from 'node:test';
import {
  createKulturClient,
  FAILURE_KINDS,
  failureKindOf,
  KulturHttpError,
  KulturInputError,
  KulturNetworkError,
  KulturTimeoutError,
  KulturValidationError,
  type FailureKind,
} from '../../src/sdk/index.js';
import { sendJson, startFaultServer, type FaultServer } from './support/fault-server.js';
import { startRealFeed, type RealFeed } from './support/real-feed.js';

const BASE = 'https://feed.example.dk/v1/';
const kulturNotFound = { type: 'urn:kultur:problem:not-found', title: 'Not found', status: 404 };
const http404 = (path: string, problem?: typeof kulturNotFound | { type: string; title: string; status: number }) =>
  new KulturHttpError({ status: 404, url: BASE + path, problem });

/** What a call that is expected to fail rejects with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => assert.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

/** Runs `check` with `navigator.onLine` reading `onLine`, as a browser that lost its network says. */
function withOnLine(onLine: boolean, check: () => void): void {
  const had = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  Object.defineProperty(globalThis, 'navigator', { value: { onLine }, configurable: true, writable: true });
  try {
    check();
  } finally {
    if (had) Object.defineProperty(globalThis, 'navigator', had);
    else delete (globalThis as { navigator?: unknown }).navigator;
  }
}

describe('failureKindOf()', () => {
  const network = new KulturNetworkError({ url: `${BASE}events`, cause: new TypeError('Failed to fetch') });
  const timeout = new KulturTimeoutError({ url: `${BASE}events`, timeout: 10_000 });

  it('names every kind it returns in FAILURE_KINDS', () => {
    assert.deepEqual(
      [...FAILURE_KINDS].sort(),
      [
        'busy',
        'not-a-feed',
        'not-found',
        'offline',
        'other',
        'refused',
        'server',
        'timeout',
        'unreachable',
        'wrong-address',
      ].sort(),
    );
  });

  it('tells a feed out of reach from a visitor who is offline', () => {
    withOnLine(true, () => {
      assert.equal(failureKindOf(network), 'unreachable');
      assert.equal(failureKindOf(timeout), 'timeout');
    });
    withOnLine(false, () => {
      assert.equal(failureKindOf(network), 'offline');
      assert.equal(failureKindOf(timeout), 'offline');
    });
  });

  it('reads a Node without navigator.onLine as online', () => {
    assert.equal(failureKindOf(network), 'unreachable');
  });

  it('calls an answer that does not fit the contract not-a-feed, whether HTML, cut off or of another shape', () => {
    const issue = (code: string) => [{ path: [], code, message: 'x' }];
    assert.equal(failureKindOf(new KulturValidationError({ url: BASE, issues: issue('invalid_json') })), 'not-a-feed');
    assert.equal(failureKindOf(new KulturValidationError({ url: BASE, issues: issue('invalid_type') })), 'not-a-feed');
    assert.equal(failureKindOf(new KulturHttpError({ status: 304, url: `${BASE}events` })), 'not-a-feed');
  });

  it('reads a 404 as an event that is gone only when a Kultur feed says so for one thing', () => {
    const cases: Array<[KulturHttpError, FailureKind]> = [
      [http404('events/fundraising-kursus-maribo', kulturNotFound), 'not-found'],
      [http404('events/fundraising-kursus-maribo/signups', kulturNotFound), 'not-found'],
      [http404('signups/a-cancel-token', kulturNotFound), 'not-found'],
      // No feed lacks its collections: a 404 for one means the address is not the feed's.
      [http404('events', kulturNotFound), 'wrong-address'],
      [http404('events?municipality=lolland&limit=20', kulturNotFound), 'wrong-address'],
      [http404('municipalities', kulturNotFound), 'wrong-address'],
      [http404('categories#x', kulturNotFound), 'wrong-address'],
      // A 404 that is not a Kultur problem (an HTML page, another API's problem) is from something else.
      [http404('events/fundraising-kursus-maribo'), 'wrong-address'],
      [
        http404('events/fundraising-kursus-maribo', { type: 'about:blank', title: 'Not Found', status: 404 }),
        'wrong-address',
      ],
    ];
    for (const [error, kind] of cases) assert.equal(failureKindOf(error), kind, error.url);
  });

  it('tells the feed failing from the feed refusing', () => {
    const status = (code: number) => failureKindOf(new KulturHttpError({ status: code, url: `${BASE}events` }));
    assert.deepEqual([500, 502, 503, 504].map(status), ['server', 'server', 'server', 'server']);
    assert.equal(status(429), 'busy');
    assert.deepEqual([400, 401, 403, 409, 422].map(status), ['refused', 'refused', 'refused', 'refused', 'refused']);
    const input = new KulturInputError({ issues: [{ path: 'email', code: 'invalid-email', message: 'x' }], call: 'x' });
    assert.equal(failureKindOf(input), 'refused');
  });

  it('calls whatever is not an error of the feed other: bugs, aborts, values', () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    for (const value of [new TypeError('x is undefined'), abort, 'a string', undefined, { status: 404 }]) {
      assert.equal(failureKindOf(value), 'other');
    }
  });
});

describe('failureKindOf() on what a real client meets', () => {
  let faulty: FaultServer;
  let real: RealFeed;
  const retry = { limit: 0 };

  before(async () => {
    faulty = await startFaultServer();
    real = await startRealFeed();
  });
  after(async () => {
    await faulty.close();
    await real.close();
  });
  afterEach(() => faulty.handle((_request, response) => response.writeHead(500).end()));

  const kindOf = async (promise: Promise<unknown>) => failureKindOf(await rejection(promise));
  const client = (baseUrl: string, timeout?: number) =>
    createKulturClient({ baseUrl, retry, cache: false, ...(timeout ? { timeout } : {}) });

  it('gone: an event the real feed does not have', async () => {
    assert.equal(await kindOf(client(real.baseUrl).events.get('findes-ikke')), 'not-found');
  });

  it('wrong-address: the real feed without its /v1, asked for the listing', async () => {
    const base = real.baseUrl.replace(/\/v1$/, '/');
    assert.equal(await kindOf(client(base).events.list({})), 'wrong-address');
    assert.equal(await kindOf(client(base).municipalities()), 'wrong-address');
  });

  it('wrong-address: a web site answering 404 with an HTML page', async () => {
    faulty.handle((_request, response) =>
      response.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Siden findes ikke</title>'),
    );
    assert.equal(await kindOf(client(faulty.baseUrl).events.get('fundraising-kursus-maribo')), 'wrong-address');
    assert.equal(await kindOf(client(faulty.baseUrl).events.list({})), 'wrong-address');
  });

  it('not-a-feed: a web site answering 200 with an HTML page, JSON of another shape, or a body cut off', async () => {
    faulty.handle((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Forside</title>'),
    );
    assert.equal(await kindOf(client(faulty.baseUrl).events.list({})), 'not-a-feed');
    faulty.handle((_request, response) => sendJson(response, 200, { events: 'none' }));
    assert.equal(await kindOf(client(faulty.baseUrl).events.list({})), 'not-a-feed');
    faulty.handle((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[{"id":"ha'),
    );
    assert.equal(await kindOf(client(faulty.baseUrl).events.list({})), 'not-a-feed');
  });

  it('server and busy: 503 and 429', async () => {
    faulty.handle((_request, response) => sendJson(response, 503, {}));
    assert.equal(await kindOf(client(faulty.baseUrl).events.list({})), 'server');
    faulty.handle((_request, response) => sendJson(response, 429, {}));
    assert.equal(await kindOf(client(faulty.baseUrl).events.list({})), 'busy');
  });

  it('refused: the real feed refusing a filter', async () => {
    const listing = client(real.baseUrl).events.list({ municipality: ['lolan' as 'lolland'] });
    assert.equal(await kindOf(listing), 'refused');
  });

  it('timeout: a feed that never answers', async () => {
    faulty.handle(() => {});
    assert.equal(await kindOf(client(faulty.baseUrl, 200).events.list({})), 'timeout');
  });

  it('unreachable: nothing listening at the address', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    assert.equal(await kindOf(client(`http://127.0.0.1:${port}/v1/`).events.list({})), 'unreachable');
  });
});
