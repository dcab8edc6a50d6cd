import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createApp } from '../../../server/src/app.js';
import type { Storage } from '../../../server/src/db/storage.js';
import { createToken, TOKEN_PREFIX } from '../../../server/src/publishing/publishing-tokens.js';
import { eventInput } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import { startCli, type CliProcess } from '../support/cli-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const NOW = new Date('2027-03-01T10:00:00Z');
const TOKEN_SHAPE = new RegExp(`^${TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`);

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Runs `kultur-server token …` to its end. */
async function tokenCommand(database: TestDatabase, ...args: string[]) {
  const cli = startCli(['token', ...args, ...database.serverArgs]);
  const code = await cli.exited;
  return { code, output: cli.output() };
}

describe('publishing tokens in the storage', () => {
  let database: TestDatabase;
  let storage: Storage;
  beforeEach(async () => {
    await storage?.close();
    await database?.drop();
    database = createTestDatabase();
    storage = await database.open();
  });
  after(async () => {
    await storage.close();
    await database.drop();
  });

  it('keeps the digest only, lists without it, and refuses a second token in use with one name', async () => {
    const made = await createToken(storage, 'Faxe Kulturhus', NOW);
    assert.equal(made.kind, 'created');
    if (made.kind !== 'created') return;
    assert.match(made.token, TOKEN_SHAPE);
    assert.deepEqual(made.record, {
      id: made.record.id,
      name: 'Faxe Kulturhus',
      createdAt: NOW.toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    });
    const rows = await database.rows<Record<string, unknown>>('SELECT * FROM publishing_tokens');
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.digest, sha256(made.token));
    assert.ok(!JSON.stringify(rows).includes(made.token.slice(TOKEN_PREFIX.length)), 'the token is not stored');
    assert.deepEqual(await storage.listTokens(), [made.record]);
    assert.deepEqual(await createToken(storage, 'Faxe Kulturhus', NOW), { kind: 'name-taken' });
  });

  it('finds a token by digest until it is revoked, by name or by id; the name is free again after', async () => {
    const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
    const first = await createToken(storage, 'Lolland', NOW);
    const second = await createToken(storage, 'Stevns', minutes(1));
    assert.ok(first.kind === 'created' && second.kind === 'created');
    const digest = sha256(first.token);
    assert.deepEqual(await storage.findToken(digest), { id: first.record.id, name: first.record.name, digest });

    const revoked = await storage.revokeToken('Lolland', minutes(2));
    assert.equal(revoked?.revokedAt, '2027-03-01T10:02:00.000Z');
    assert.equal(await storage.findToken(digest), undefined);
    assert.equal(await storage.revokeToken('Lolland', NOW), undefined, 'a revoked token is not revoked twice');
    assert.equal((await storage.revokeToken(second.record.id, NOW))?.name, 'Stevns');
    assert.equal((await createToken(storage, 'Lolland', minutes(3))).kind, 'created');
    assert.deepEqual(
      (await storage.listTokens()).map((token) => [token.name, Boolean(token.revokedAt)]),
      [
        ['Lolland', true],
        ['Stevns', true],
        ['Lolland', false],
      ],
    );
  });

  it('notes the last use at most once a minute', async () => {
    const made = await createToken(storage, 'Næstved', NOW);
    assert.ok(made.kind === 'created');
    const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
    await storage.recordTokenUse(made.record.id, at(5));
    await storage.recordTokenUse(made.record.id, at(30));
    assert.equal((await storage.listTokens())[0]!.lastUsedAt, at(5).toISOString());
    await storage.recordTokenUse(made.record.id, at(66));
    assert.equal((await storage.listTokens())[0]!.lastUsedAt, at(66).toISOString());
  });

  it('is accepted by the publishing API beside the bootstrap token, and refused once revoked', async () => {
    const app = createApp({ storage, adminTokens: ['bootstrap-token'], now: () => NOW });
    const made = await createToken(storage, 'Vordingborg', NOW);
    assert.ok(made.kind === 'created');
    const publish = (token: string, id: string) =>
      app.request('http://feed.test/v1/events', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(eventInput({ id })),
      });
    assert.equal((await publish(made.token, 'med-nyt-token')).status, 201);
    assert.equal((await publish('bootstrap-token', 'med-bootstrap')).status, 201);
    assert.equal((await storage.listTokens())[0]!.lastUsedAt, NOW.toISOString());
    // One character off, or the digest itself offered as a token: both refused.
    const lastChanged = made.token.slice(0, -1) + (made.token.endsWith('A') ? 'B' : 'A');
    await assertProblem(await publish(lastChanged, 'forkert'), 401);
    await assertProblem(await publish(sha256(made.token), 'digest'), 401);

    await storage.revokeToken('Vordingborg', NOW);
    const refused = await publish(made.token, 'efter-tilbagekaldelse');
    const problem = await assertProblem(refused, 401);
    assert.match(problem.detail!, /revoked/);
    assert.match(refused.headers.get('www-authenticate') ?? '', /error="invalid_token"/);
    assert.equal(await storage.countEvents(), 2);
  });
});

describe('kultur-server token', () => {
  let database: TestDatabase;
  let server: CliProcess | undefined;
  before(async () => {
    database = createTestDatabase();
    await database.ready();
  });
  after(async () => {
    await server?.stop();
    await database.drop();
  });

  it('prints a new token once, lists tokens without it, and revoking makes POST /v1/events 401', async () => {
    const created = await tokenCommand(database, 'create', '--name', 'Guldborgsund Bibliotekerne');
    assert.equal(created.code, 0, created.output);
    const tokens = created.output.match(new RegExp(`${TOKEN_PREFIX}[A-Za-z0-9_-]{43}`, 'g'));
    assert.equal(tokens?.length, 1, `printed once:\n${created.output}`);
    const token = tokens![0]!;
    assert.match(created.output, /Copy it now/);

    const stored = await database.rows<{ name: string; digest: string }>('SELECT name, digest FROM publishing_tokens');
    assert.deepEqual(stored, [{ name: 'Guldborgsund Bibliotekerne', digest: sha256(token) }]);

    server = startCli(['--port', '0', ...database.serverArgs], { KULTUR_ADMIN_TOKEN: '' });
    const url = await server.url;
    assert.doesNotMatch(server.output(), /Publishing by API token is off/);
    const publish = (id: string) =>
      fetch(`${url}/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(eventInput({ id })),
      });
    assert.equal((await publish('med-token')).status, 201);

    const listed = await tokenCommand(database, 'list');
    assert.equal(listed.code, 0, listed.output);
    assert.ok(!listed.output.includes(token), 'list never shows the token');
    assert.ok(!listed.output.includes(sha256(token)), 'nor its digest');
    const lines = listed.output.trim().split('\n');
    assert.match(lines[0]!, /^ID +NAME +CREATED +LAST USED +REVOKED$/);
    assert.match(
      lines[1]!,
      /^[0-9a-f]{8} {2}Guldborgsund Bibliotekerne {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}-$/,
    );

    const taken = await tokenCommand(database, 'create', '--name', 'Guldborgsund Bibliotekerne');
    assert.equal(taken.code, 1);
    assert.match(taken.output, /is named "Guldborgsund Bibliotekerne" already/);

    const revoked = await tokenCommand(database, 'revoke', 'Guldborgsund Bibliotekerne');
    assert.equal(revoked.code, 0, revoked.output);
    assert.match(revoked.output, /Revoked publishing token "Guldborgsund Bibliotekerne"/);
    // The running server asks the database on every call: no restart needed.
    assert.equal((await publish('efter-tilbagekaldelse')).status, 401);
    assert.match((await tokenCommand(database, 'list')).output, /\d\d:\d\d {2}\d{4}-\d\d-\d\d \d\d:\d\d\s*$/);

    const again = await tokenCommand(database, 'revoke', 'Guldborgsund Bibliotekerne');
    assert.equal(again.code, 1);
    assert.match(again.output, /No token in use has the name or id "Guldborgsund Bibliotekerne"/);
  });

  it('refuses a wrong command with the usage and exit code 2', async () => {
    for (const args of [[], ['make'], ['create'], ['create', '--name', ' '], ['revoke'], ['list', 'extra']]) {
      const result = await tokenCommand(database, ...args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.output}`);
      assert.match(result.output, /Usage: kultur-server token create --name NAME/);
    }
  });
});
