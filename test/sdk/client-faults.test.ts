import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it, mock } from 'node:test';
import {
  createKulturClient,
  isKulturError,
  KulturHttpError,
  KulturNetworkError,
  KulturTimeoutError,
  KulturValidationError,
  type InvalidEventReport,
  type KulturClientOptions,
} from '../../src/sdk/index.js';
import { sendJson, startFaultServer, type FaultServer } from './support/fault-server.js';
import { servedEvent } from './support/served-event.js';

/** Settles `promise` and returns what it rejected with, failing if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => assert.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

const noDelay = { limit: 2, delay: () => 0 };

describe('the SDK against a feed that misbehaves', () => {
  let server: FaultServer;
  const client = (options: Partial<KulturClientOptions> = {}) =>
    createKulturClient({ baseUrl: server.baseUrl, cache: false, retry: noDelay, ...options });

  before(async () => {
    server = await startFaultServer();
  });
  after(() => server.close());

  describe('retries', () => {
    it('retries a 500 and returns the answer that follows', async () => {
      server.handle((_request, response, attempt) =>
        attempt === 1 ? sendJson(response, 500, {}) : sendJson(response, 200, { items: [], nextCursor: null }),
      );

      const page = await client().events.list({});
      assert.deepEqual(page, { items: [], nextCursor: null });
      assert.equal(server.requests.length, 2);
    });

    it('gives up after the retry limit with a KulturHttpError carrying the problem details', async () => {
      server.handle((_request, response) =>
        sendJson(
          response,
          500,
          { type: 'urn:kultur:problem:internal', title: 'Internal server error', status: 500, detail: 'It broke.' },
          { 'content-type': 'application/problem+json' },
        ),
      );

      const error = await rejection(client().events.get('an-event'));
      assert.ok(error instanceof KulturHttpError);
      assert.equal(error.status, 500);
      assert.equal(error.problem?.detail, 'It broke.');
      assert.match(
        error.message,
        /^The feed answered 500 to GET .*\/v1\/events\/an-event: It broke\. .*try again later/,
      );
      assert.equal(server.requests.length, 3);
    });

    it('retries 408, 429, 502, 503 and 504, but not 501 or other 4xx', async () => {
      for (const [status, expected] of [
        [408, 2],
        [429, 2],
        [502, 2],
        [503, 2],
        [504, 2],
        [501, 1],
        [400, 1],
        [404, 1],
      ] as const) {
        server.handle((_request, response, attempt) =>
          attempt === 1 ? sendJson(response, status, {}) : sendJson(response, 200, { items: [], nextCursor: null }),
        );
        await client()
          .events.list({})
          .catch(() => undefined);
        assert.equal(server.requests.length, expected, `status ${status}`);
      }
    });

    it('waits as long as a 503 Retry-After asks before retrying', async () => {
      const seenAt: number[] = [];
      server.handle((_request, response, attempt) => {
        seenAt.push(performance.now());
        if (attempt === 1) sendJson(response, 503, {}, { 'retry-after': '1' });
        else sendJson(response, 200, { items: [], nextCursor: null });
      });

      // Without Retry-After this client would retry at once (delay 0).
      await client().events.list({});
      assert.equal(seenAt.length, 2);
      assert.ok(seenAt[1]! - seenAt[0]! >= 950, `retried after ${Math.round(seenAt[1]! - seenAt[0]!)} ms`);
    });

    it('fails at once with the 503 when its Retry-After reaches past the timeout', async () => {
      server.handle((_request, response) => sendJson(response, 503, {}, { 'retry-after': '120' }));

      const started = performance.now();
      const error = await rejection(client({ timeout: 5_000 }).events.list({}));
      assert.ok(error instanceof KulturHttpError, String(error));
      assert.equal(error.status, 503);
      assert.equal(server.requests.length, 1);
      assert.ok(performance.now() - started < 1_000);
    });

    it('retries no more than asked: retry 0 asks once', async () => {
      server.handle((_request, response) => sendJson(response, 502, {}));
      await rejection(client({ retry: 0 }).events.list({}));
      assert.equal(server.requests.length, 1);
    });
  });

  describe('timeout', () => {
    it('gives up on a feed that never answers with a KulturTimeoutError', async () => {
      server.handle(() => {
        // Never answers.
      });

      const started = performance.now();
      const error = await rejection(client({ timeout: 300 }).events.list({}));
      assert.ok(error instanceof KulturTimeoutError, String(error));
      assert.equal(error.timeout, 300);
      assert.match(error.message, /did not answer GET .*\/v1\/events within 0\.3 s\. Try again later, or give/);
      const took = performance.now() - started;
      assert.ok(took >= 280 && took < 2_000, `took ${Math.round(took)} ms`);
    });

    it('counts the body into the timeout: headers and then silence is a timeout too', async () => {
      server.handle((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('{"items": [');
      });

      const error = await rejection(client({ timeout: 300 }).events.list({}));
      assert.ok(error instanceof KulturTimeoutError, String(error));
    });

    it('counts retries into the same timeout', async () => {
      server.handle((_request, response) => sendJson(response, 500, {}));

      const error = await rejection(client({ timeout: 300, retry: { limit: 50, delay: () => 100 } }).events.list({}));
      assert.ok(error instanceof KulturTimeoutError, String(error));
      assert.ok(server.requests.length <= 4, `${server.requests.length} requests`);
    });
  });

  describe('broken answers', () => {
    it('reports truncated JSON as a KulturValidationError', async () => {
      server.handle((_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"items": [{"id": "a"');
      });

      const error = await rejection(client().events.list({}));
      assert.ok(error instanceof KulturValidationError, String(error));
      assert.equal(error.issues[0]?.code, 'invalid_json');
      assert.match(error.message, /\(the answer\): not valid JSON .*it may have been cut off/);
    });

    it('reports a connection that breaks off in the middle of the body as a KulturNetworkError', async () => {
      server.handle((request, response) => {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        response.write('{"items": [');
        setTimeout(() => request.socket.destroy(), 20);
      });

      const error = await rejection(client().events.list({}));
      assert.ok(error instanceof KulturNetworkError, String(error));
    });

    it('refuses an envelope of the wrong shape, naming the field', async () => {
      server.handle((_request, response) => sendJson(response, 200, { events: [], next: null }));

      const error = await rejection(client().events.list({}));
      assert.ok(error instanceof KulturValidationError, String(error));
      assert.deepEqual(
        error.issues.map((issue) => [issue.path.join('.'), issue.message]),
        [
          ['items', 'expected array'],
          ['nextCursor', 'expected string'],
        ],
      );
      assert.match(error.message, /does not fit the Kultur feed contract \(items: expected array; nextCursor/);
    });

    it('refuses a malformed single event and malformed reference data', async () => {
      server.handle((_request, response) => sendJson(response, 200, servedEvent('an-event', { start: 'tomorrow' })));
      const error = await rejection(client().events.get('an-event'));
      assert.ok(error instanceof KulturValidationError);
      assert.deepEqual(error.issues[0]?.path, ['start']);

      server.handle((_request, response) => sendJson(response, 200, { items: [{ id: 'aarhus', name: 'Aarhus' }] }));
      assert.ok((await rejection(client().municipalities())) instanceof KulturValidationError);
    });

    it('leaves one bad event out of a page, warns naming it and the field, and tells onInvalid', async (t) => {
      const warn = t.mock.method(console, 'warn', () => undefined);
      const reports: InvalidEventReport[] = [];
      server.handle((_request, response) =>
        sendJson(response, 200, {
          items: [
            servedEvent('first'),
            servedEvent('broken', { venue: { name: 'Kulturhuset', address: 'Torvet 1', postalCode: '48', city: 'X' } }),
            servedEvent('last'),
            { title: 'no id at all' },
          ],
          nextCursor: 'next',
        }),
      );

      const page = await client({ onInvalid: (report) => reports.push(report) }).events.list({});

      assert.deepEqual(
        page.items.map((event) => event.id),
        ['first', 'last'],
      );
      assert.equal(page.nextCursor, 'next');
      assert.equal(reports.length, 2);
      assert.equal(reports[0]!.id, 'broken');
      assert.equal(reports[0]!.index, 1);
      assert.deepEqual(reports[0]!.issues[0]!.path, ['venue', 'postalCode']);
      assert.equal(reports[1]!.id, undefined);
      assert.equal(reports[1]!.index, 3);
      assert.equal(warn.mock.callCount(), 2);
      const message = String(warn.mock.calls[0]!.arguments[0]);
      assert.match(
        message,
        /left out event "broken" \(item 1\) from http:.*\/v1\/events.*venue\.postalCode: not a valid/,
      );
    });

    it('keeps the page when onInvalid itself throws', async (t) => {
      t.mock.method(console, 'warn', () => undefined);
      const logged = t.mock.method(console, 'error', () => undefined);
      server.handle((_request, response) =>
        sendJson(response, 200, { items: [servedEvent('ok'), { id: 'bad' }], nextCursor: null }),
      );

      const page = await client({
        onInvalid: () => {
          throw new Error('monitoring is down');
        },
      }).events.list({});
      assert.equal(page.items.length, 1);
      assert.equal(logged.mock.callCount(), 1);
    });

    it('stops events.all when the feed repeats a cursor instead of looping forever', async () => {
      server.handle((_request, response) => sendJson(response, 200, { items: [servedEvent('a')], nextCursor: 'same' }));

      const seen: string[] = [];
      const error = await rejection(
        (async () => {
          for await (const event of client().events.all({})) seen.push(event.id);
        })(),
      );
      assert.ok(error instanceof KulturValidationError, String(error));
      assert.equal(seen.length, 2);
      assert.equal(server.requests.length, 2);
    });
  });

  describe('network', () => {
    it('reports a refused connection as a KulturNetworkError after retrying', async () => {
      const closed = await startFaultServer();
      const baseUrl = closed.baseUrl;
      await closed.close();

      const error = await rejection(createKulturClient({ baseUrl, retry: noDelay }).events.list({}));
      assert.ok(error instanceof KulturNetworkError, String(error));
      assert.ok(isKulturError(error, 'KulturNetworkError'));
      assert.ok(error.cause instanceof Error);
      assert.match(error.message, /^Could not reach the feed for GET http:\/\/127\.0\.0\.1:\d+\/v1\/events \(/);
    });
  });

  describe('abort', () => {
    it('rejects an in-flight request with the AbortError of the signal, unwrapped and not retried', async () => {
      server.handle(() => {
        // Never answers.
      });
      const controller = new AbortController();
      const pending = client().events.list({}, { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);

      const error = await rejection(pending);
      assert.ok(error instanceof DOMException, String(error));
      assert.equal(error.name, 'AbortError');
      assert.equal(server.requests.length, 1);
    });

    it('passes a timeout signal of the caller through as its own TimeoutError, not a KulturTimeoutError', async () => {
      server.handle(() => {
        // Never answers.
      });

      const error = await rejection(client().events.list({}, { signal: AbortSignal.timeout(50) }));
      assert.ok(error instanceof DOMException, String(error));
      assert.equal(error.name, 'TimeoutError');
      assert.equal(isKulturError(error), false);
    });
  });

  describe('headers', () => {
    beforeEach(() => server.handle((_request, response) => sendJson(response, 200, { items: [], nextCursor: null })));

    it('asks for JSON and sends the headers the client was given', async () => {
      await client({ headers: { 'x-kultur-site': 'lolland.dk' } }).events.list({});
      assert.equal(server.requests[0]!.headers.accept, 'application/json');
      assert.equal(server.requests[0]!.headers['x-kultur-site'], 'lolland.dk');
    });

    it('uses the fetch it was given', async () => {
      const fetch = mock.fn(globalThis.fetch);
      await client({ fetch }).events.list({});
      assert.equal(fetch.mock.callCount(), 1);
    });
  });
});
