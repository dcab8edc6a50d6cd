/**
 * The CDN bundle's size budget: fails when `dist/kultur.js`, compressed the way CDNs serve it, outgrows the budget.
 * Run after `npm run build`. The figures it prints are the ones docs/performance.md records.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Bytes, gzip -9. Raise it only with a reason in the commit message. */
const BUDGET_GZIP = 45_000;

const file = new URL('../dist/kultur.js', import.meta.url);
let source;
try {
  source = readFileSync(file);
} catch {
  console.error('dist/kultur.js is missing: run `npm run build` first.');
  process.exit(1);
}
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(`dist/kultur.js: ${kb(source.length)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
if (gzip > BUDGET_GZIP) {
  console.error(`Over budget: ${kb(gzip)} gzip is more than ${kb(BUDGET_GZIP)}. Find what grew before raising it.`);
  process.exit(1);
}
console.log(`Within the budget of ${kb(BUDGET_GZIP)} gzip (${kb(BUDGET_GZIP - gzip)} to spare).`);
