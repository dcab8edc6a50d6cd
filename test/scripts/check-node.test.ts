/**
 * The Node version check that `npm install`, `npm start` and `npm test` run first (scripts/check-node.mjs), fed fake
 * versions, and the promise that scripts/use-node.sh (what .ci/run sources) fetches the oldest version we claim.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const engines: string = readJson('package.json').engines.node;

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/check-node.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

describe('scripts/check-node.mjs', () => {
  const allowed = ['22.22.3', '22.23.5', 'v24.15.0', '24.22.3', '26.0.0', '27.1.0'];
  const refused = ['20.20.2', 'v20.19.0', '22.12.0', '22.22.2', '23.11.1', '24.14.1', '25.9.0', '18.20.8'];

  for (const version of allowed) {
    it(`lets Node ${version} through, silently`, () => {
      assert.deepEqual(check(version), { status: 0, stderr: '', stdout: '' });
    });
  }

  for (const version of refused) {
    it(`stops Node ${version}`, () => {
      assert.equal(check(version).status, 1);
    });
  }

  it('says in one sentence what is wrong and names the fix', () => {
    const { stderr, stdout } = check('20.20.2');
    assert.equal(stdout, '');
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, stderr);
    const [sentence] = lines as [string];
    assert.match(sentence, /^Kultur needs Node\.js .+ but this is Node\.js 20\.20\.2: .+\.$/);
    assert.ok(sentence.includes(engines), 'names the range package.json claims');
    assert.ok(sentence.includes('`. scripts/use-node.sh`'), 'names the fix');
    assert.equal(sentence.split(/\.\s+[A-Z]/).length, 1, 'one sentence');
  });

  it('keeps the exit code and drops the sentence with --quiet', () => {
    assert.deepEqual(check('--quiet', '20.20.2'), { status: 1, stderr: '', stdout: '' });
  });

  it('lets the Node running the tests through', () => {
    assert.equal(check().status, 0);
  });
});

describe('the Node versions claimed', () => {
  it('are the same for the SDK package and the server package', () => {
    assert.equal(readJson('server/package.json').engines.node, engines);
  });

  it('start at the version scripts/supported-node.mjs (and so npm start, npm test and CI) runs on', () => {
    const pinned = /^export const SUPPORTED_NODE = '(\S+)';/m.exec(
      readFileSync(new URL('scripts/supported-node.mjs', root), 'utf8'),
    )?.[1];
    assert.equal(pinned, /^\^(\d+\.\d+\.\d+) /.exec(engines)?.[1], 'the first alternative of engines.node is ^pinned');
    assert.equal(check(pinned!).status, 0);
    const [major, minor, patch] = pinned!.split('.').map(Number) as [number, number, number];
    const older = patch > 0 ? `${major}.${minor}.${patch - 1}` : `${major}.${minor - 1}.99`;
    assert.equal(check(older).status, 1, 'one release older is refused');
  });

  it('leave a new enough node on PATH alone in scripts/use-node.sh', () => {
    const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` };
    const run = spawnSync('sh', ['-c', '. scripts/use-node.sh && node --version'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stdout,
      `node: ${process.version} on PATH fits package.json's engines, nothing to do\n${process.version}\n`,
    );
  });
});
