import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startCli } from '../support/cli-process.js';
import { fixturePath } from '../support/import-run.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** Runs `kultur-server import …` to its end; resolves with its exit code and everything it printed. */
async function importCommand(database: TestDatabase, ...args: string[]) {
  const cli = startCli(['import', ...args, ...database.serverArgs]);
  const code = await cli.exited;
  return { code, output: cli.output() };
}

const XML = fixturePath('kultunaut-eksport.xml');

describe('kultur-server import', () => {
  let database: TestDatabase;
  let files: Server;
  let filesUrl: string;
  before(async () => {
    database = createTestDatabase();
    await database.ready();
    files = createServer((request, response) => {
      if (request.url !== '/eksport/kultunaut.xml') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/xml' }).end(readFileSync(XML));
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  });
  after(async () => {
    files.close();
    await database.drop();
  });

  it('shows on a dry run what it would do, writing nothing', async () => {
    const { code, output } = await importCommand(database, XML, '--dry-run', '--source', 'kultunaut-lolland');
    assert.equal(code, 0, output);
    assert.match(output, /kultunaut-eksport\.xml as a Kultunaut export, source "kultunaut-lolland": 8 records/);
    assert.match(
      output,
      /^ {2}new {7}ArrNr 1873001 \("Jazz på havnen"\) +2027-06-12 19:30 {2}kultunaut-lolland-[0-9a-f]{16}$/m,
    );
    assert.match(output, /^ {2}ArrNr 1873006 \("Koncert med Vordingborg Kammerkor"\): Startdato is missing$/m);
    assert.match(output, /Dry run: nothing was written/);
    assert.match(output, /^5 new, 0 updated, 0 unchanged, 3 unreadable$/m);
    assert.equal(await database.count('SELECT count(*) AS n FROM events'), 0);
    assert.equal(await database.count('SELECT count(*) AS n FROM imported_events'), 0);
  });

  it('imports, and a second import of the same source changes nothing', async () => {
    const first = await importCommand(database, XML, '--source', 'kultunaut-lolland');
    assert.equal(first.code, 0, first.output);
    assert.match(first.output, /^5 new, 0 updated, 0 unchanged, 3 unreadable$/m);
    assert.doesNotMatch(first.output, /Dry run/);
    assert.equal(await database.count('SELECT count(*) AS n FROM events'), 5);

    const second = await importCommand(database, XML, '--source', 'kultunaut-lolland');
    assert.match(second.output, /^0 new, 0 updated, 5 unchanged, 3 unreadable$/m);
    assert.equal(await database.count('SELECT count(*) AS n FROM events'), 5);
    const links = await database.rows<{ source: string; external_id: string }>(
      'SELECT source, external_id FROM imported_events ORDER BY external_id',
    );
    assert.deepEqual(
      links.map((link) => `${link.source}/${link.external_id}`),
      ['1873001', '1873002', '1873003', '1873004', '1873005'].map((nr) => `kultunaut-lolland/${nr}`),
    );
  });

  it('fetches a URL, and names the source after it when not told', async () => {
    const { code, output } = await importCommand(database, `${filesUrl}/eksport/kultunaut.xml`, '--dry-run');
    assert.equal(code, 0, output);
    assert.match(output, /source "127\.0\.0\.1:\d+\/eksport\/kultunaut"/);
    assert.match(output, /^5 new, 0 updated, 0 unchanged, 3 unreadable$/m);
  });

  it('says plainly when the source cannot be read at all (exit 1) or the command is wrong (exit 2)', async () => {
    const missing = await importCommand(database, 'test/server/fixtures/findes-ikke.ics');
    assert.equal(missing.code, 1);
    assert.match(missing.output, /There is no file test\/server\/fixtures\/findes-ikke\.ics\./);
    const notFound = await importCommand(database, `${filesUrl}/andet.xml`);
    assert.equal(notFound.code, 1);
    assert.match(notFound.output, /answered 404/);
    for (const args of [
      [XML, '--format', 'csv'],
      [XML, '--municipality', 'roskilde'],
      [XML, '--category', 'teater'],
      [],
    ]) {
      const wrong = await importCommand(database, ...args);
      assert.equal(wrong.code, 2, wrong.output);
      assert.match(wrong.output, /Usage: kultur-server import FILE_OR_URL/);
    }
  });
});
