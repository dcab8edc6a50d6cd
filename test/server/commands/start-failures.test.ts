/**
 * A start that cannot go on ends with one sentence that names the fix, and a non-zero exit: never a stack trace for
 * what a person at a terminal can expect (a port in use, a file it may not write, a database that does not answer or
 * is newer than the server).
 */
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { startCli } from '../support/cli-process.js';
import { createTestDatabase, postgresOnly, testBackend, type TestDatabase } from '../support/test-database.js';

/** Starts the server, waits for it to give up, and returns its exit code and what it wrote. */
async function failedStart(args: string[], env: Record<string, string> = {}) {
  const cli = startCli(args, env);
  const code = await cli.exited;
  return { code, output: cli.output().trim() };
}

/** The output holds the sentence and nothing that looks like a stack trace or a usage text. */
function assertOneSentence(output: string, sentence: RegExp): void {
  const lines = output.split('\n').filter((line) => !line.startsWith('Storage: '));
  assert.equal(lines.length, 1, `one line, got:\n${output}`);
  assert.match(lines[0]!, sentence);
  assert.doesNotMatch(output, /^\s+at |Error:|Usage:/m, output);
}

function listening(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('start failures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kultur-start-'));
  const databases: TestDatabase[] = [];
  after(async () => {
    for (const database of databases) await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names PORT and --port when the port is in use', async () => {
    const taken = await listening();
    try {
      const { port } = taken.address() as AddressInfo;
      const { code, output } = await failedStart(['--port', String(port), '--db', join(dir, 'port.db')]);
      assert.equal(code, 1);
      assertOneSentence(
        output,
        new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is in use by another program: .*--port or PORT`),
      );
    } finally {
      taken.close();
    }
  });

  it('names --host when the address is not this machine’s', async () => {
    const { code, output } = await failedStart(['--port', '0', '--host', '192.0.2.1', '--db', join(dir, 'host.db')]);
    assert.equal(code, 1);
    assertOneSentence(output, /^192\.0\.2\.1 is not an address of this machine: give one with --host or HOST/);
  });

  it('names --db when the SQLite file cannot be written, is no file path, or is not a database', async () => {
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    writeFileSync(join(dir, 'not-sqlite.db'), 'hello, I am text');
    const cases: Array<[string, RegExp]> = [
      // Root may write anywhere on disk, but not create files in /proc.
      [
        '/proc/kultur-test.db',
        /^Cannot write SQLite file \/proc\/kultur-test\.db: make the file and its folder writable/,
      ],
      [join(dir, 'a-file', 'kultur.db'), /is not a file path: choose a file with --db or KULTUR_DB/],
      [join(dir, 'not-sqlite.db'), /is not a SQLite database: choose another file with --db or KULTUR_DB\.$/],
    ];
    for (const [file, sentence] of cases) {
      const { code, output } = await failedStart(['--port', '0', '--db', file]);
      assert.equal(code, 1, output);
      assertOneSentence(output, sentence);
    }
  });

  it('names DATABASE_URL when PostgreSQL does not answer or the host is unknown', async () => {
    const closed = await listening();
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await failedStart(['--port', '0'], { DATABASE_URL: `postgres://kultur@127.0.0.1:${port}/kultur` });
    assert.equal(refused.code, 1);
    assertOneSentence(refused.output, /does not answer \(ECONNREFUSED\): check the host and port in DATABASE_URL/);
    const unknown = await failedStart(['--port', '0', '--database-url', 'postgres://kultur:hemmelig@host.invalid/k']);
    assert.equal(unknown.code, 1);
    assertOneSentence(unknown.output, /the host name is not known \(ENOTFOUND\): check the host in DATABASE_URL/);
    assert.doesNotMatch(unknown.output, /hemmelig/, 'never the password');
  });

  it('names DATABASE_URL when the database does not exist', postgresOnly('a PostgreSQL server to ask'), async () => {
    const database = createTestDatabase();
    databases.push(database);
    await database.ready();
    const url = new URL(database.serverArgs[1]!);
    url.pathname = '/kultur_findes_ikke';
    const { code, output } = await failedStart(['--port', '0', '--database-url', url.href]);
    assert.equal(code, 1);
    assertOneSentence(output, /the database does not exist: create it \(createdb\) or fix its name in DATABASE_URL/);
  });

  it('refuses a database a newer server migrated, saying to run that version or restore a backup', async () => {
    const database = createTestDatabase();
    databases.push(database);
    await database.ready();
    await (await database.open()).close();
    if (testBackend === 'sqlite') {
      const file = new Database(database.sqliteFile!);
      file.pragma('user_version = 99');
      file.close();
    } else await database.rows("INSERT INTO schema_migrations (version, name) VALUES (99, 'from a newer server')");
    const { code, output } = await failedStart(['--port', '0', ...database.serverArgs]);
    assert.equal(code, 1);
    assertOneSentence(
      output,
      /was migrated by a newer kultur-server \(schema 99; this one knows \d+\): run that version or a newer one, or restore a backup/,
    );
  });

  it('names the setting when KULTUR_ALLOWED_ORIGINS or --static is mistyped, with the usage', async () => {
    const origins = await failedStart(['--port', '0', '--db', join(dir, 'o.db')], {
      KULTUR_ALLOWED_ORIGINS: 'lolland.dk',
    });
    assert.equal(origins.code, 2);
    assert.match(origins.output, /^KULTUR_ALLOWED_ORIGINS: "lolland\.dk" is not an origin/);
    assert.doesNotMatch(origins.output, /^\s+at /m);
    const folder = await failedStart(['--port', '0', '--db', join(dir, 's.db'), '--static', join(dir, 'nope')]);
    assert.equal(folder.code, 2);
    assert.match(folder.output, /^--static: ".*nope" is not a folder; give the folder that holds the site's files/);
  });
});
