import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const run = promisify(execFile);

describe('kultur-server user', () => {
  let database: TestDatabase;
  const user = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [
        '--import',
        'tsx',
        'server/src/cli.ts',
        'user',
        ...args,
        ...database.serverArgs,
      ]);
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  before(async () => {
    database = createTestDatabase();
    await database.ready();
  });
  after(() => database.drop());

  it('adds, lists and removes people', async () => {
    const added = await user('add', '--email', 'lene@kulturregion.dk', '--role', 'admin');
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /Added lene@kulturregion\.dk as admin/);
    const editor = await user(
      'add',
      '--email',
      'kim@naestved.dk',
      '--role',
      'editor',
      '--municipality',
      'naestved,faxe',
    );
    assert.equal(editor.code, 0, editor.stderr);

    const list = await user('list');
    assert.match(list.stdout, /kim@naestved\.dk\s+editor\s+naestved,faxe/);
    assert.match(list.stdout, /lene@kulturregion\.dk\s+admin/);

    const again = await user('add', '--email', 'KIM@naestved.dk', '--role', 'organiser');
    assert.equal(again.code, 1);
    assert.match(again.stderr, /has access already/);

    assert.equal((await user('remove', 'kim@naestved.dk')).code, 0);
    const last = await user('remove', 'lene@kulturregion.dk');
    assert.equal(last.code, 1);
    assert.match(last.stderr, /last admin/);
    assert.doesNotMatch((await user('list')).stdout, /kim@/);
  });

  it('says in one line what is wrong with a command', async () => {
    for (const [args, said] of [
      [['add', '--email', 'x@y.dk', '--role', 'editor'], /--municipality: an editor looks after/],
      [['add', '--email', 'x@y.dk', '--role', 'boss'], /--role: use admin, editor or organiser/],
      [['add', '--email', 'nope', '--role', 'admin'], /--email:/],
      [['add', '--email', 'x@y.dk', '--role', 'admin', '--municipality', 'faxe'], /only editors are given/],
      [['add', '--email', 'x@y.dk', '--role', 'editor', '--municipality', 'roskilde'], /--municipality/],
      [['remove'], /user remove needs one e-mail address/],
      [['list', '--role', 'admin'], /--role belongs to user add/],
    ] as const) {
      const result = await user(...args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr.split('\n')[0]!, said);
      assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/, 'no stack trace');
    }
  });
});
