/**
 * How the console (`src/console/index.ts`, Lit elements over the publishing client) is bundled: one minified ES module
 * for the browser, with Lit's production build (the `production` export condition keeps its dev mode out). Shared by
 * `build.mjs`, which writes it into `dist/admin/`, and the server run from source (`src/console/console-bundle.ts`),
 * which builds it in memory on the first request for it.
 */
import { fileURLToPath } from 'node:url';

/** The esbuild options; `write: false` keeps the output in memory. */
export function consoleBuildOptions({ write }) {
  return {
    entryPoints: { console: fileURLToPath(new URL('../src/console/index.ts', import.meta.url)) },
    outdir: fileURLToPath(new URL('dist/admin/', import.meta.url)),
    entryNames: '[name]',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    // Decorators as the repository's one tsconfig sets them (experimental, no define semantics for fields).
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    minify: true,
    legalComments: 'none',
    sourcemap: write ? 'linked' : false,
    write,
    logLevel: 'warning',
  };
}
