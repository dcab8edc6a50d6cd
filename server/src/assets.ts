/**
 * The server package's `assets/` folder, shipped beside `dist/` (see `package.json` `files`).
 *
 * This module sits one folder below the package root (`src/assets.ts`), as does the bundle esbuild makes of the server
 * (`dist/cli.js`), so the one relative URL finds the folder both from the sources (tsx, the tests) and from the bundle
 * (`npm start`, the published package). `test/server/images/demo-images.test.ts` checks the bundle.
 */
export const assetsFolder = new URL('../assets/', import.meta.url);

/** The console's browser bundle (`dist/admin/`), built by `build.mjs` beside the server's own bundle. */
export const consoleFolder = new URL('../dist/admin/', import.meta.url);
