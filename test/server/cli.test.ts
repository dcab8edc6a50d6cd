import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EventPageSchema } from '../../src/contract/schema.js';
import { startCli } from './support/cli-process.js';
import { createTestDatabase, testBackend, type TestDatabase } from './support/test-database.js';

describe('kultur-server CLI', () => {
  let database: TestDatabase;
  before(async () => {
    database = createTestDatabase();
    await database.ready();
  });
  after(() => database.drop());

  it('seeds a new database, prints its URL, serves the feed and stops cleanly on SIGTERM', async () => {
    const server = startCli(['--port', '0', '--host', '127.0.0.1', ...database.serverArgs, '--seed']);
    const url = await server.url;
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(server.output(), /Seeded \d+ events/);
    assert.match(server.output(), testBackend === 'sqlite' ? /Storage: SQLite file / : /Storage: PostgreSQL /);

    let cursor: string | null = null;
    const ids: string[] = [];
    do {
      const response: Response = await fetch(
        `${url}/v1/events?municipality=lolland&limit=5${cursor ? `&cursor=${cursor}` : ''}`,
      );
      const page = EventPageSchema.parse(await response.json());
      if (!cursor) assert.equal(page.items.length, 5);
      assert.ok(page.items.every((event) => event.municipality === 'lolland'));
      ids.push(...page.items.map((event) => event.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.ok(ids.length > 10, `only ${ids.length} Lolland events`);
    assert.equal(new Set(ids).size, ids.length, 'an event came twice');

    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.equal(await server.stop(), 0);
  });

  it('keeps the database on the next start and does not seed twice', async () => {
    const server = startCli(['--port', '0', ...database.serverArgs, '--seed']);
    const url = await server.url;
    assert.doesNotMatch(server.output(), /Seeded/);
    assert.equal((await fetch(`${url}/v1/events?limit=1`)).status, 200);
    server.child.kill('SIGINT');
    assert.equal(await server.exited, 0);
  });

  it(`takes PORT and ${testBackend === 'postgres' ? 'DATABASE_URL' : 'KULTUR_DB'} from the environment`, async () => {
    const empty = createTestDatabase();
    try {
      await empty.ready();
      const server = startCli([], { PORT: '0', ...empty.serverEnv });
      const url = await server.url;
      const page = EventPageSchema.parse(await (await fetch(`${url}/v1/events`)).json());
      assert.deepEqual(page.items, [], 'not seeded without --seed');
      assert.equal(await server.stop(), 0);
    } finally {
      await empty.drop();
    }
  });

  it('serves --static files, and sends a folder without its slash on to the folder', async () => {
    const site = mkdtempSync(join(tmpdir(), 'kultur-static-'));
    mkdirSync(join(site, 'lolland'));
    writeFileSync(join(site, 'lolland', 'index.html'), '<!doctype html><title>Lolland</title>');
    writeFileSync(join(site, 'lolland', 'lolland.css'), 'body { color: black }');
    const server = startCli(['--port', '0', ...database.serverArgs, '--static', site]);
    try {
      const url = await server.url;
      // Every answer read to its end: the files go out compressed, as a stream, and one left unread would keep its
      // connection busy and the server's stop waiting for it.
      const bare = await fetch(`${url}/lolland?kultur-kommune=lolland`, { redirect: 'manual' });
      await bare.arrayBuffer();
      assert.equal(bare.status, 301);
      assert.equal(bare.headers.get('location'), '/lolland/?kultur-kommune=lolland');
      const page = await fetch(`${url}/lolland/`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<title>Lolland<\/title>/);
      const css = await fetch(`${url}/lolland/lolland.css`);
      assert.equal(css.status, 200);
      assert.equal(await css.text(), 'body { color: black }');
      for (const missing of ['/faxe', '/lolland/lolland.css/', '/%2e%2e/etc']) {
        const answer = await fetch(`${url}${missing}`, { redirect: 'manual' });
        await answer.arrayBuffer();
        assert.equal(answer.status, 404, missing);
      }
    } finally {
      assert.equal(await server.stop(), 0);
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('refuses unknown flags, a bad port and two databases with usage and exit code 2', async () => {
    for (const args of [
      ['--prot', '80'],
      ['--port', 'eighty'],
      ['--port', '70000'],
      ['--db', 'kultur.db', '--database-url', 'postgres://localhost/kultur'],
      ['--database-url', 'mysql://localhost/kultur'],
    ]) {
      const server = startCli(args);
      assert.equal(await server.exited, 2);
      assert.match(server.output(), /Usage: kultur-server/);
    }
  });
});
