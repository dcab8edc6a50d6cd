import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqlite } from '../../../server/src/db/open-sqlite.js';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { etagOf, sqliteDataVersion } from '../../../server/src/http/read-cache.js';
import { eventInput } from '../support/event-fixture.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

/** A change marker the test moves by hand, as another process's commit would move the database's. */
let version = 0;

describe('the read cache', () => {
  let feed: TestFeed;
  let clock = 0;
  before(async () => {
    feed = createTestFeed({ readCache: { version: () => version, maxAgeMs: 60_000, now: () => clock } });
    await feed.storage.createEvent({ ...eventInput(), id: 'kursus-1' }, new Date());
  });
  after(() => feed.close());

  /** Renames the event behind the app's back, as another process would. */
  async function renameElsewhere(title: string): Promise<void> {
    const { id: _id, ...data } = { ...eventInput({ title }), id: 'kursus-1' };
    await feed.database.rows('UPDATE events SET data = ? WHERE id = ? RETURNING id', JSON.stringify(data), 'kursus-1');
  }

  it('answers from memory until the database changes, with the same bytes and headers', async () => {
    const first = await feed.request('/v1/events/kursus-1');
    const body = await first.text();
    await renameElsewhere('Skjult ændring');
    const again = await feed.request('/v1/events/kursus-1', { headers: { origin: 'https://www.faxe.dk' } });
    assert.equal(await again.text(), body, 'served from memory');
    for (const header of ['etag', 'cache-control', 'content-type']) {
      assert.equal(again.headers.get(header), first.headers.get(header), header);
    }
    assert.equal(again.headers.get('access-control-allow-origin'), '*');
    version += 1;
    const changed = await feed.request('/v1/events/kursus-1');
    assert.equal((await changed.json()).title, 'Skjult ændring');
    assert.notEqual(changed.headers.get('etag'), first.headers.get('etag'));
  });

  it('answers If-None-Match from memory with 304, readable cross-origin', async () => {
    const first = await feed.request('/v1/events?municipality=lolland');
    const tag = first.headers.get('etag')!;
    const again = await feed.request('/v1/events?municipality=lolland', {
      headers: { 'if-none-match': tag, origin: 'https://www.stevns.dk' },
    });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), tag);
    assert.match(again.headers.get('cache-control') ?? '', /public/);
    assert.equal(again.headers.get('access-control-allow-origin'), '*');
  });

  it('forgets everything after a write through this process', async () => {
    const before = await (await feed.request('/v1/events/kursus-1')).json();
    const put = await feed.publish('PUT', '/v1/events/kursus-1', eventInput({ title: 'Nyt navn' }));
    assert.equal(put.status, 200);
    const after = await (await feed.request('/v1/events/kursus-1')).json();
    assert.notEqual(after.title, before.title);
    assert.equal(after.title, 'Nyt navn');
  });

  it('keeps an answer no longer than maxAgeMs', async () => {
    await feed.request('/v1/events/kursus-1');
    await renameElsewhere('Efter en time');
    clock += 60_000;
    assert.equal((await (await feed.request('/v1/events/kursus-1')).json()).title, 'Efter en time');
  });

  it('never keeps refusals or answers that are not public', async () => {
    const refused = await feed.request('/v1/events?limit=0');
    assert.equal(refused.status, 400);
    const signups = await feed.request('/v1/events/kursus-1/signups');
    assert.equal(signups.status, 401, 'the admin list is not served from memory without a token');
  });
});

describe('sqliteDataVersion', () => {
  it("moves when another connection commits, so another process's writes are seen", () => {
    const dir = mkdtempSync(join(tmpdir(), 'kultur-version-'));
    try {
      const ours = openSqlite(join(dir, 'kultur.db'));
      const theirs = openSqlite(join(dir, 'kultur.db'));
      const version = sqliteDataVersion(ours);
      const start = version();
      ours.prepare('CREATE TABLE ours (id INTEGER)').run();
      assert.equal(version(), start, 'our own commits are counted by the cache itself');
      assert.equal(version(), start);
      theirs.exec('CREATE TABLE elsewhere (id INTEGER)');
      assert.notEqual(version(), start);
      ours.close();
      theirs.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('etagOf', () => {
  it("gives the tag Hono's ETag middleware gives, for small bodies and for those hashed in several blocks", async () => {
    for (const size of [10, 262_144, 700_000]) {
      const body = new Uint8Array(size).map((_, i) => (i * 31) % 251);
      const app = new Hono();
      app.use('*', etag());
      app.get('/', (c) => c.body(body));
      const response = await app.request('/');
      assert.equal(etagOf(body), response.headers.get('etag'), `${size} bytes`);
    }
  });
});
