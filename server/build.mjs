/**
 * Bundles the server into `dist/cli.js`: one file that plain Node 22 runs, with the contract
 * (`@kulturregion/kultur/contract`, from `src/contract`) inside it and the npm dependencies (SQLite's native module
 * among them) left to `node_modules`. The console's browser bundle goes beside it, into `dist/admin/`.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { consoleBuildOptions } from './console-build.mjs';

await build({
  entryPoints: [fileURLToPath(new URL('src/cli.ts', import.meta.url))],
  outfile: fileURLToPath(new URL('dist/cli.js', import.meta.url)),
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  packages: 'external',
  // The contract is the SDK package's, in this repository: bundled from its source, not looked up in node_modules.
  alias: { '@kulturregion/kultur/contract': fileURLToPath(new URL('../src/contract/index.ts', import.meta.url)) },
  sourcemap: 'linked',
  logLevel: 'warning',
});

await build(consoleBuildOptions({ write: true }));
