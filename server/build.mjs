/**
 * Bundles the server into `dist/cli.js`: one file that plain Node 22 runs, with the contract from `src/sdk` inside
 * it and the npm dependencies (SQLite's native module among them) left to `node_modules`.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

await build({
  entryPoints: [fileURLToPath(new URL('src/cli.ts', import.meta.url))],
  outfile: fileURLToPath(new URL('dist/cli.js', import.meta.url)),
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
