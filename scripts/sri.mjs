/**
 * The CDN bundle's Subresource Integrity hash: sha384 of `dist/kultur.js`, for the snippet's `integrity` attribute.
 * Run at the end of `npm run build`; prints the hash and the snippet, and writes it to `dist/kultur.js.sri` so the docs
 * site and a release script can read it. The hash fits only this exact file: a rebuild with another
 * `KULTUR_DEFAULT_API` is another file with another hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/kultur.js', import.meta.url);

/** `sha384-…` of the bytes of `file` (a path or file URL), as the `integrity` attribute takes it. */
export function integrityOf(file) {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

/** The hash of `dist/kultur.js`, or undefined when it has not been built. */
export function bundleIntegrity() {
  try {
    return integrityOf(bundle);
  } catch {
    return undefined;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const integrity = bundleIntegrity();
  if (!integrity) {
    console.error('dist/kultur.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  writeFileSync(new URL('../dist/kultur.js.sri', import.meta.url), `${integrity}\n`);
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  console.log(`dist/kultur.js integrity: ${integrity} (also in dist/kultur.js.sri)`);
  console.log(
    `The snippet for exactly this file (version ${version}; the URL must not change under it):\n` +
      `<script type="module" src="https://…/kultur/${version}/kultur.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
  );
}
