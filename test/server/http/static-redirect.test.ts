import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startCli, type CliProcess } from '../support/cli-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Paths that name a folder of the site through doubled or encoded slashes and backslashes, or climb to one with dot
 * segments: a Location copied from any of them could start with `//` or `/\`, which a browser reads as another host.
 */
const HOSTILE_PATHS = [
  '//lolland',
  '///lolland',
  '//lolland?kultur-kommune=lolland',
  '/\\lolland',
  '/\\/lolland',
  '//\\lolland',
  '/%2Flolland',
  '/%2flolland',
  '/%2F%2Flolland',
  '//%2Flolland',
  '/%5Clolland',
  '/%5clolland',
  '//%5Clolland',
  '/%5C%5Clolland',
  '/%2F%5Clolland',
  '/lolland/..//x',
  '/lolland/%2e%2e//x',
  '/lolland/%2E%2E/%2Fx',
  '/%2e%2e//lolland',
  '/.//lolland',
  '/./%2Flolland',
  '//evil.example/lolland',
  '//evil.example%2Flolland',
  'http://evil.example//lolland',
];

/** Sends `path` exactly as written (fetch would tidy it first) and returns the status and Location. */
function get(origin: string, path: string): Promise<{ status: number; location: string | undefined }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode!, location: response.headers.location }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('kultur-server --static: redirects stay on the server', () => {
  let database: TestDatabase;
  let site: string;
  let server: CliProcess;
  let origin: string;
  before(async () => {
    database = createTestDatabase();
    await database.ready();
    site = mkdtempSync(join(tmpdir(), 'kultur-static-'));
    // `\lolland` is a folder name like any other on Linux, so an encoded backslash finds a folder too.
    for (const folder of ['lolland', 'x', 'køge', '\\lolland']) {
      mkdirSync(join(site, folder));
      writeFileSync(join(site, folder, 'index.html'), `<!doctype html><title>${folder}</title>`);
    }
    server = startCli(['--port', '0', ...database.serverArgs, '--static', site]);
    origin = await server.url;
  });
  after(async () => {
    assert.equal(await server.stop(), 0);
    rmSync(site, { recursive: true, force: true });
    await database.drop();
  });

  it('still sends a folder without its slash on to the folder, its name encoded', async () => {
    assert.deepEqual(await get(origin, '/lolland?kultur-kommune=lolland'), {
      status: 301,
      location: '/lolland/?kultur-kommune=lolland',
    });
    assert.deepEqual(await get(origin, '/k%C3%B8ge'), { status: 301, location: '/k%C3%B8ge/' });
  });

  for (const path of HOSTILE_PATHS) {
    it(`answers ${path} with no redirect, or one to this server`, async () => {
      const { status, location } = await get(origin, path);
      if (status < 300 || status > 399) return;
      assert.ok(location, `${status} without a Location`);
      assert.doesNotMatch(location, /^[/\\]{2}/, `Location: ${location}`);
      assert.equal(new URL(location, origin).origin, origin, `Location: ${location} leaves the server`);
    });
  }

  it('sends a doubled slash on to the folder itself', async () => {
    assert.deepEqual(await get(origin, '//lolland'), { status: 301, location: '/lolland/' });
    assert.deepEqual(await get(origin, '/lolland/..//x'), { status: 301, location: '/x/' });
  });
});
