#!/usr/bin/env node
/**
 * The `kultur-server` command. The server runs as one bundled file, `dist/cli.js`. In the published package that file
 * is there; in a clone of the repository it is built from the sources, so that the command works straight after
 * `npm install`: it builds the bundle first when it is missing or older than the sources (a second or two).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
/** What the bundle is made of: the server's sources and the contract they import. Absent in the published package. */
const sources = ['../src/', '../../src/'].map((folder) => fileURLToPath(new URL(folder, import.meta.url)));
/** The repository's scripts, in a clone. */
const scripts = fileURLToPath(new URL('../../scripts/', import.meta.url));

/** The newest modification time of a file under `folder`, or 0 when there is none. */
function newest(folder) {
  if (!existsSync(folder)) return 0;
  let latest = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs);
  }
  return latest;
}

/** Whether this is a clone of the repository running on a Node that package.json's engines does not allow. */
function cloneOnOldNode() {
  if (!existsSync(`${scripts}supported-node.mjs`)) return false;
  return spawnSync(process.execPath, [`${scripts}check-node.mjs`, '--quiet'], { stdio: 'ignore' }).status !== 0;
}

if (cloneOnOldNode()) {
  // Debian 12's Node 20, say, where better-sqlite3 13 would crash: run again with a supported one, as `npm start` does.
  const again = spawn(
    process.execPath,
    [`${scripts}supported-node.mjs`, 'node', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => again.kill(signal));
  again.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  if (existsSync(sources[0]) && Math.max(...sources.map(newest)) > built) {
    // build.mjs bundles with esbuild when imported; esbuild is a development dependency, there in every clone.
    await import('../build.mjs');
  }
  await import('../dist/cli.js');
}
