/**
 * The README, tried as typed: a fresh clone of the repository, `npm install`, and then every command the README shows
 * in a shell block, in its own words, each checked for what the README says it does. A command added to the README
 * without a check here fails the test, so the front door cannot drift from what works.
 *
 * It takes a few minutes (a fresh install compiles SQLite), so it runs with `npm run test:long`, which CI runs.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(repository, 'README.md'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
};

/** Every command of the README's `sh` blocks, without its trailing comment. */
function shellCommands(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap(([, block]) =>
    block!
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter(Boolean),
  );
}

/** The README's first `js` block: the developer's list.mjs. */
const listScript = /```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

const EXPECTED_COMMANDS = [
  'npm install && npm start',
  'npm test',
  'npx kultur-server --port 8787 --host 127.0.0.1 --db ./data/kultur.db --seed',
  'npx kultur-server token create --name secretariat --db ./data/kultur.db',
  'npm run build && npm pack',
  `npm install ../kultur/kulturregion-kultur-${packageJson.version}.tgz`,
];

/** Runs a README line through the shell, as a person would type it, and fails with its output if it fails. */
function run(command: string, cwd: string, timeout = 600_000): string {
  const done = spawnSync(command, { cwd, shell: true, encoding: 'utf8', timeout });
  assert.equal(done.status, 0, `${command} (in ${cwd}) exited ${done.status}:\n${done.stdout}\n${done.stderr}`);
  return done.stdout;
}

interface Running {
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Starts a long-running README line in its own process group, and waits until its output matches `ready`. */
async function start(command: string, cwd: string, ready: RegExp, timeout = 300_000): Promise<Running> {
  const child = spawn(command, { cwd, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not get ready:\n${output}`)), timeout);
    const check = () => {
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`${command} exited before it was ready:\n${output}`));
    });
  });
  return {
    child,
    output: () => output,
    async stop() {
      // Ctrl+C reaches the whole process group, as in a terminal.
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGINT');
      await exited;
    },
  };
}

async function get(url: string): Promise<Response> {
  const response = await fetch(url);
  assert.equal(response.status, 200, `GET ${url} answered ${response.status}`);
  return response;
}

describe('the README, tried as typed on a fresh clone', () => {
  let work: string;
  let clone: string;
  const running: Running[] = [];

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'kultur-readme-'));
    clone = join(work, 'kultur');
    run(`git clone --quiet ${JSON.stringify(repository)} kultur`, work);
  });
  after(async () => {
    for (const process of running) await process.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('shows no command this test does not try', () => {
    assert.deepEqual(shellCommands(readme), EXPECTED_COMMANDS);
    // The table of commands: each is a script of the package (npm test and .ci/run are the run this test is part of).
    for (const [, script] of readme.matchAll(/`npm run ([\w:]+)`/g)) {
      assert.ok(packageJson.scripts[script!], `npm run ${script} is in the README but not in package.json`);
    }
    assert.ok(statSync(join(repository, '.ci/run')).isFile());
  });

  it('npm install && npm start: the demo, the docs and the feed on http://127.0.0.1:8787/', async (t) => {
    const began = Date.now();
    const demo = await start('npm install && npm start', clone, /The demo: http:\/\/127\.0\.0\.1:8787\//, 900_000);
    t.diagnostic(`npm install && npm start in a fresh clone: ready in ${Math.round((Date.now() - began) / 1000)} s`);
    running.push(demo);
    assert.match(await (await get('http://127.0.0.1:8787/')).text(), /<html/);
    assert.match(await (await get('http://127.0.0.1:8787/lolland/')).text(), /<kultur-events/);
    assert.match(await (await get('http://127.0.0.1:8787/docs/')).text(), /Kultur docs/);
    const page = (await (await get('http://127.0.0.1:8787/v1/events?municipality=lolland')).json()) as {
      items: unknown[];
    };
    assert.ok(page.items.length > 0, 'the seeded events');
    assert.ok(existsSync(join(clone, 'data/kultur.db')), 'seeded into ./data');
    assert.doesNotMatch(demo.output(), /^\s+at /m, 'no stack trace');
    await demo.stop();
    running.pop();
  });

  it('npx kultur-server token create, then npx kultur-server: the feed, and publishing with that token', async () => {
    const created = run('npx kultur-server token create --name secretariat --db ./data/kultur.db', clone);
    const token = /\b([A-Za-z0-9_-]{32,})\b/.exec(created)?.[1];
    assert.ok(token, `a token in:\n${created}`);
    const server = await start(
      'npx kultur-server --port 8787 --host 127.0.0.1 --db ./data/kultur.db --seed',
      clone,
      /listening on http:\/\/127\.0\.0\.1:8787/,
    );
    running.push(server);
    await get('http://127.0.0.1:8787/v1/events');
    // With the token, deleting an event that does not exist is a 404, not a 401: publishing is on.
    const probe = await fetch('http://127.0.0.1:8787/v1/events/findes-ikke', {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(probe.status, 404);
    const without = await fetch('http://127.0.0.1:8787/v1/events/findes-ikke', { method: 'DELETE' });
    assert.equal(without.status, 401);
  });

  it('npm run build && npm pack, then npm install of the tarball and list.mjs in a project of one’s own', async () => {
    run('npm run build && npm pack', clone);
    const app = join(work, 'my-app');
    mkdirSync(app);
    run(`npm install ../kultur/kulturregion-kultur-${packageJson.version}.tgz`, app);
    writeFileSync(join(app, 'list.mjs'), listScript);
    // The server from the test before still runs on 127.0.0.1:8787, as the README has it.
    const listed = run('node list.mjs', app).trim().split('\n');
    assert.ok(listed.length > 0 && listed.length <= 5, listed.join('\n'));
    for (const line of listed) assert.match(line, /^\d{4}-\d\d-\d\dT\S+ \S/);
  });
});
