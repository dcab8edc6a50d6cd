/**
 * The CDN bundle's size budget: fails when `dist/kultur.js` (what a page with a listing downloads first), compressed
 * the way CDNs serve it, outgrows the budget. Prints the lazily loaded chunks beside it. Run after `npm run build`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes, gzip -9, of the first download. Raise it only with a reason in the commit message. */
const BUDGET_GZIP = 45_000;

const dist = new URL('../dist/', import.meta.url);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function measure(name) {
  const source = readFileSync(new URL(name, dist));
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${name}: ${kb(source.length)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
  return gzip;
}

let first;
try {
  first = measure('kultur.js');
} catch {
  console.error('dist/kultur.js is missing: run `npm run build` first.');
  process.exit(1);
}
for (const chunk of readdirSync(dist).filter((name) => /^kultur-.+\.js$/.test(name))) measure(chunk);
if (first > BUDGET_GZIP) {
  console.error(`Over budget: kultur.js is ${kb(first)} gzip, more than ${kb(BUDGET_GZIP)}. Find what grew first.`);
  process.exit(1);
}
console.log(`kultur.js is within its budget of ${kb(BUDGET_GZIP)} gzip (${kb(BUDGET_GZIP - first)} to spare).`);
