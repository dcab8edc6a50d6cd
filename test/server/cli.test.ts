import assert from 'node:assert/strict';
import { startCli } from './support/cli-process.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EventPageSchema } from '../../src/sdk/schema.js';

describe('kultur-server CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kultur-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('seeds a new database, prints its URL, serves the feed and stops cleanly on SIGTERM', async () => {
    const db = join(dir, 'kultur.db');
    const server = startCli(['--port', '0', '--host', '127.0.0.1', '--db', db, '--seed']);
    const url = await server.url;
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(server.output(), /Seeded \d+ events/);

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
    const db = join(dir, 'kultur.db');
    const server = startCli(['--port', '0', '--db', db, '--seed']);
    const url = await server.url;
    assert.doesNotMatch(server.output(), /Seeded/);
    assert.equal((await fetch(`${url}/v1/events?limit=1`)).status, 200);
    server.child.kill('SIGINT');
    assert.equal(await server.exited, 0);
  });

  it('takes PORT and KULTUR_DB from the environment', async () => {
    const server = startCli([], { PORT: '0', KULTUR_DB: join(dir, 'env.db') });
    const url = await server.url;
    const page = EventPageSchema.parse(await (await fetch(`${url}/v1/events`)).json());
    assert.deepEqual(page.items, [], 'not seeded without --seed');
    assert.equal(await server.stop(), 0);
  });

  it('refuses unknown flags and a bad port with usage and exit code 2', async () => {
    for (const args of [
      ['--prot', '80'],
      ['--port', 'eighty'],
      ['--port', '70000'],
    ]) {
      const server = startCli(args);
      assert.equal(await server.exited, 2);
      assert.match(server.output(), /Usage: kultur-server/);
    }
  });
});
