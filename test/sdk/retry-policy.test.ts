import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { KulturHttpError } from '../../src/sdk/index.js';
import { createFeedHttp } from '../../src/sdk/feed-http.js';
import { retryAfterMs } from '../../src/sdk/retry-after.js';
import { sendJson, startFaultServer, type FaultServer } from './support/fault-server.js';

describe('retrying writes', () => {
  let server: FaultServer;
  before(async () => {
    server = await startFaultServer();
  });
  after(() => server.close());

  const http = () => createFeedHttp({ timeout: 5_000, retry: { limit: 2, delay: () => 0 } });

  it('never retries a POST without an Idempotency-Key', async () => {
    server.handle((_request, response) => sendJson(response, 503, {}));

    await assert.rejects(http().request(`${server.baseUrl}events/x/signups`, { method: 'POST', json: {} }), {
      name: 'KulturHttpError',
    });
    assert.equal(server.requests.length, 1);
  });

  it('retries a POST that carries one, since the feed answers the same key the same way', async () => {
    server.handle((_request, response, attempt) =>
      attempt === 1 ? sendJson(response, 503, {}) : sendJson(response, 201, { ok: true }),
    );

    const answer = await http().request(`${server.baseUrl}events/x/signups`, {
      method: 'POST',
      json: { name: 'Ane' },
      headers: { 'idempotency-key': 'k-1' },
    });
    assert.deepEqual(answer, { kind: 'body', json: { ok: true }, etag: undefined });
    assert.equal(server.requests.length, 2);
    assert.ok(server.requests.every((request) => request.headers['idempotency-key'] === 'k-1'));
  });

  it('refuses a 304 that answers no If-None-Match', async () => {
    server.handle((_request, response) => void response.writeHead(304).end());
    const error = await http()
      .request(`${server.baseUrl}events`)
      .catch((error: unknown) => error);
    assert.ok(error instanceof KulturHttpError);
    assert.equal(error.status, 304);
  });
});

describe('retryAfterMs', () => {
  it('reads delay seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2027-01-01T12:00:00Z');
    assert.equal(retryAfterMs('120', now), 120_000);
    assert.equal(retryAfterMs('Fri, 01 Jan 2027 12:00:30 GMT', now), 30_000);
    assert.equal(retryAfterMs('Fri, 01 Jan 2027 11:00:00 GMT', now), 0);
    assert.equal(retryAfterMs('soon', now), undefined);
    assert.equal(retryAfterMs(null, now), undefined);
  });
});
