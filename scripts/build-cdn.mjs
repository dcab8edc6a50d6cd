/**
 * Builds the CDN bundle (`dist/kultur.js` and its chunks) somewhere other than `dist/`, with another default feed:
 * for the demo (`/v1/`, the feed's own origin) and for tests (a feed on a random port). `dist/` is left as it is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { cdnBundle } from '../rollup.config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {{ outDir: string; defaultApi: string; sourcemap?: boolean }} options
 * @returns {Promise<string[]>} the files written, relative to `outDir`
 */
export async function buildCdnBundle({ outDir, defaultApi, sourcemap = false }) {
  const previous = process.env.KULTUR_DEFAULT_API;
  process.env.KULTUR_DEFAULT_API = defaultApi;
  try {
    const bundle = await rollup(cdnBundle);
    // Rollup thinks it writes into dist/ (the TypeScript plugin insists); the maps must point at src/ from outDir.
    const distDir = resolve(root, cdnBundle.output.dir);
    const { output } = await bundle.generate({
      ...cdnBundle.output,
      sourcemap,
      sourcemapPathTransform: (source) => relative(outDir, resolve(distDir, source)),
    });
    await bundle.close();
    mkdirSync(outDir, { recursive: true });
    const written = [];
    for (const file of output) {
      if (file.type === 'chunk') {
        writeFileSync(join(outDir, file.fileName), file.code);
        if (file.map) writeFileSync(join(outDir, `${file.fileName}.map`), file.map.toString());
      } else {
        writeFileSync(join(outDir, file.fileName), file.source);
      }
      written.push(file.fileName);
    }
    return written;
  } finally {
    if (previous === undefined) delete process.env.KULTUR_DEFAULT_API;
    else process.env.KULTUR_DEFAULT_API = previous;
  }
}
