import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventInput } from '../support/event-fixture.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

describe('caching and CORS', () => {
  let feed: TestFeed;
  before(async () => {
    feed = createTestFeed();
    await feed.storage.createEvent({ ...eventInput(), id: 'kursus-1' }, new Date());
  });
  after(() => feed.close());

  for (const path of [
    '/v1/events?municipality=lolland',
    '/v1/events/kursus-1',
    '/v1/municipalities',
    '/v1/categories',
    '/v1/openapi.json',
  ]) {
    it(`answers a repeated GET ${path} with its ETag by 304`, async () => {
      const first = await feed.request(path);
      assert.equal(first.status, 200);
      const tag = first.headers.get('etag');
      assert.match(tag ?? '', /^"[^"]+"$/);
      assert.match(first.headers.get('cache-control') ?? '', /public, max-age=\d+/);
      const again = await feed.request(path, { headers: { 'if-none-match': tag!, origin: 'https://www.stevns.dk' } });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('access-control-allow-origin'), '*', 'a 304 must stay readable cross-origin');
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('etag'), tag);
      const stale = await feed.request(path, { headers: { 'if-none-match': '"something-else"' } });
      assert.equal(stale.status, 200);
    });
  }

  it('gives a changed event a new ETag', async () => {
    const before = (await feed.request('/v1/events/kursus-1')).headers.get('etag');
    await feed.publish('PUT', '/v1/events/kursus-1', eventInput({ title: 'Nyt navn' }));
    const after = (await feed.request('/v1/events/kursus-1')).headers.get('etag');
    assert.notEqual(after, before);
  });

  it('lets any origin read, without a preflight, and see the ETag', async () => {
    const response = await feed.request('/v1/events', { headers: { origin: 'https://www.lolland.dk' } });
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /ETag/i);
    const refused = await feed.request('/v1/events?limit=0', { headers: { origin: 'https://www.faxe.dk' } });
    assert.equal(refused.status, 400);
    assert.equal(refused.headers.get('access-control-allow-origin'), '*', 'a refusal is readable cross-origin too');
  });

  // A console's origin must be in KULTUR_ADMIN_ORIGINS (cors.test.ts); with none listed, no page may publish.
  it('refuses the publishing preflight from a page on another site', async () => {
    const response = await feed.request('/v1/events', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://admin.example.dk',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('never lets caches keep health, refusals or publishing answers', async () => {
    assert.equal((await feed.request('/healthz')).headers.get('cache-control'), 'no-store');
    assert.equal((await feed.request('/v1/events?limit=0')).headers.get('cache-control'), 'no-store');
    const created = await feed.publish('POST', '/v1/events', eventInput());
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('cache-control'), 'no-store');
  });
});
