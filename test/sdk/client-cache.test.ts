import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createKulturClient, type KulturClientOptions } from '../../src/sdk/index.js';
import { sendJson, startFaultServer, type FaultServer } from './support/fault-server.js';
import { servedEvent } from './support/served-event.js';

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Waits, a few event-loop turns at a time and two seconds at most, until `check` holds. */
async function eventually(check: () => boolean | Promise<boolean>): Promise<void> {
  const until = performance.now() + 2_000;
  while (!(await check())) {
    if (performance.now() > until) assert.fail('the condition never held');
    await settle();
  }
}

describe('the client cache, seen from the wire', () => {
  let server: FaultServer;
  let now: number;
  const client = (options: Partial<KulturClientOptions> = {}) =>
    createKulturClient({ baseUrl: server.baseUrl, retry: 0, cache: { now: () => now }, ...options });

  before(async () => {
    server = await startFaultServer();
  });
  after(() => server.close());

  /** Answers every event request with a version of the event whose ETag follows `version`. */
  function serveVersions() {
    const state = { version: 1 };
    server.handle((request, response) => {
      const etag = `"v${state.version}"`;
      if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { etag }).end();
      sendJson(response, 200, servedEvent('an-event', { title: `Version ${state.version}` }), { etag });
    });
    return state;
  }

  /** A client with version 1 of the event in its cache, at time 0. */
  async function cachedVersionOne() {
    now = 0;
    const state = serveVersions();
    const cached = client();
    await cached.events.get('an-event');
    return { state, cached };
  }

  it('is on by default: a second call within a minute asks nobody', async () => {
    now = 0;
    serveVersions();
    const cached = client();

    await cached.events.get('an-event');
    now = 59_999;
    await cached.events.get('an-event');
    assert.equal(server.requests.length, 1);
  });

  it('serves the stale copy and refreshes it behind, with If-None-Match', async () => {
    const { state, cached } = await cachedVersionOne();
    state.version = 2;
    now = 60_000;
    assert.equal((await cached.events.get('an-event')).title, 'Version 1');
    await eventually(async () => (await cached.events.get('an-event')).title === 'Version 2');
    assert.equal(server.requests.length, 2);
    assert.equal(server.requests[1]!.headers['if-none-match'], '"v1"');
  });

  it('shares one request between concurrent identical calls', async () => {
    now = 0;
    serveVersions();
    const cached = client();

    const events = await Promise.all([1, 2, 3].map(() => cached.events.get('an-event')));
    assert.equal(new Set(events).size, 1);
    assert.equal(server.requests.length, 1);
  });

  it('treats the same query in another key order as the same request', async () => {
    now = 0;
    server.handle((_request, response) => sendJson(response, 200, { items: [], nextCursor: null }));
    const cached = client();

    await cached.events.list({ municipality: ['faxe'], category: ['kursus'] });
    await cached.events.list({ category: ['kursus'], municipality: ['faxe'] });
    assert.equal(server.requests.length, 1);
  });

  it('can be turned off per call: that call asks the feed and leaves the cache alone', async () => {
    const { state, cached } = await cachedVersionOne();
    state.version = 2;
    assert.equal((await cached.events.get('an-event', { cache: false })).title, 'Version 2');
    assert.equal(server.requests[1]!.headers['if-none-match'], undefined);
    assert.equal((await cached.events.get('an-event')).title, 'Version 1');
    assert.equal(server.requests.length, 2);
  });

  it('can be turned off per client: every call asks the feed, unconditionally', async () => {
    now = 0;
    serveVersions();
    const uncached = client({ cache: false });

    await uncached.events.get('an-event');
    await uncached.events.get('an-event');
    await settle();
    assert.equal(server.requests.length, 2);
    assert.ok(server.requests.every((request) => request.headers['if-none-match'] === undefined));
  });

  it('does not cache failures', async () => {
    now = 0;
    server.handle((_request, response, attempt) =>
      attempt === 1 ? sendJson(response, 404, {}) : sendJson(response, 200, servedEvent('an-event')),
    );
    const cached = client();

    await assert.rejects(cached.events.get('an-event'), { name: 'KulturHttpError' });
    assert.equal((await cached.events.get('an-event')).id, 'an-event');
  });
});
