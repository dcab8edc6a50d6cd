/**
 * The size budgets, run by `npm run test:size` after `npm run build`. Fails when
 *
 * - `dist/kultur.js`, what a page with the snippet downloads first, passes its budget (gzip -9), or carries the
 *   signup form's code (that is a chunk loaded when a form is first shown);
 * - the SDK entry, bundled the way an app's bundler ships it (esbuild, minified, ky and zod/mini included), passes its
 *   budget.
 *
 * The budgets are the sizes reached plus a small margin, so growth is noticed; raise one only in the commit that earns
 * it, with the reason. Issue 7 aims at 32,000 B and 15,000 B: the gap, and what it is made of, is in
 * docs/performance.md ("Size"), measured by `npm run bench`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Bytes, gzip -9, of `dist/kultur.js`: 40,3xx B when set (issue 7), 40,7xx B after the render and layout work, 40,9xx B
 * with failures in words of their own; 41,045 B once the listing names municipalities and categories from the
 * contract's one copy of the reference data (+80 B over its own table, which a test had to hold equal to the feed's)
 * and the SDK builds the event's .ics address (+20 B); 41,16x B with the audience filter (its names from the contract's
 * reference data and its words in both languages) and the listing's own sentence for a feed that is down, both needed
 * on the first paint (+210 B), and the `subscribe` attribute with the loader of its menu (+150 B; the menu itself,
 * 1.7 kB, is a chunk of its own that only a listing with `subscribe` fetches); 41,47x B with `layout="month"`'s hooks
 * and the names its chunk imports from the entry (+283 B; the calendar itself, 5.4 kB, is a chunk a month view fetches); 41,63x B with the loader of `<kultur-submit>` (+165 B; the form, 9.4 kB, is a chunk of its own).
 * Issue 21 brings the entry down to 30 KB: 33,61x B with no zod in it (−8,0xx B): the SDK checks the feed's answers,
 * problem details and event ids with the checkers compiled from the schemas (src/contract/compiled-checkers.ts), and
 * the schemas with zod are a chunk loaded only to word a refused answer's issues, or with a signup or submission form;
 * 33,68x B with the plain addresses the checkers take without building a URL (+66 B; 200 events checked in 0.40 ms, was 0.68).
 * 33,18x B once a signup is checked with checkers compiled from its schemas (−50x B): they are a chunk loaded with the
 * signup form, which loads zod only to word a refusal, and the words for an answer's issues went with them. Then issue
 * 21's cap, 30 KB as it counts them (30 × 1,024 B): 31,26x B with the JSON-LD and the contrast check loaded after the
 * first rows are painted, the SDK's signup calls with the first signup, and English a chunk of its own; 30,55x B with
 * the reactive properties in `static properties` instead of decorators (−77x B); 30,62x B with the questions' code
 * and the signup's checks out of the form's way; 30,68x B with English pages defining the elements once their texts
 * are in and 24 px title targets; 29,90x B with the listing's rows built with DOM calls, Lit's `repeat()` gone with
 * their templates (−78x B); 30,09x B with the skeleton drawn only once loading takes longer than 0.2 s, the rows'
 * attributes set one by one and the formats made after the next frame (+144 B).
 */
export const CDN_BUDGET_GZIP = 30_720;
/**
 * Bytes, gzip -9, that a Danish page downloads to show all three: the listing (`kultur.js`), one event opened in it
 * (`<kultur-event>`'s chunk) and its signup form (`<kultur-signup>`'s chunk, for an event without questions), with every
 * chunk they import statically. Issue 21's cap, 44 KB as it counts them (44 × 1,024 B), under EventCalendar's 44.8 KB
 * for a calendar alone: 44,85x B when set, 44,91x B with English pages defining the elements once their texts are in,
 * 44,1xx B with the listing's rows built with DOM calls, 44,37x B with the delayed skeleton (+200 B). Not in it, and
 * printed beside it: what loads after the rows are painted (the JSON-LD for crawlers, the contrast check), an event's
 * questions, a signup being sent, and the English texts.
 */
export const EVERYTHING_BUDGET_GZIP = 45_056;
/**
 * Bytes, gzip -9, of the SDK entry as an app bundles it: 24,7xx B when set (issue 7); the aim is 15,000 B. 25,9xx B
 * with an event's questions (issue 19): the entry exports every schema, and the published question's rules and the
 * answers are +415 B; the words for refused input, loaded only when input is refused (so kultur.js need not carry
 * them), cost the app bundle +250 B of esbuild's lazy-module wrapper. 27,16x B with the compiled checkers (issue 21,
 * +1,1xx B over main's 26,03x): the entry exports the zod schemas, and they still word what a refused answer got wrong,
 * so the checkers (3.6x faster on a page of events) ship beside them. The npm build imports the schemas eagerly where
 * the CDN bundle loads them lazily (rollup.config.mjs, eagerContractInNpm), which also took the +250 B wrapper back.
 * 27,23x B with the plain addresses the checkers take without building a URL (+68 B). 27,72x B with the signup's
 * compiled checkers (+497 B): `signups.create()` checks the body and the answer with them, so that the CDN bundle's
 * signup loads no zod; the entry exports the schemas, so the checkers ship beside zod, as the served shapes' do.
 */
export const SDK_BUDGET_GZIP = 27_830;
/** Issue 7's aims, reported beside the budgets (issue 21's caps are the budgets above). */
export const CDN_AIM_GZIP = 30_720;
export const SDK_AIM_GZIP = 15_000;

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = new URL('../dist/', import.meta.url);

/** Minified, gzip -9 and brotli -q 11 bytes of some code. */
export function sizesOf(code) {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return {
    minified: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
    }).byteLength,
  };
}

/**
 * Bundles `contents` (an import of the built package) the way an app would ship it: esbuild, minified, for browsers,
 * with the `production` condition, every dependency inside.
 */
export async function appBundle(contents, { metafile = false, external = [] } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    external,
    write: false,
    metafile,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0].contents, metafile: result.metafile };
}

/** The npm entries, each bundled as an app that imports all of it. */
export const npmEntries = [
  { name: 'SDK (`@kulturregion/kultur/sdk`, every export)', contents: "export * from './dist/sdk/index.js';" },
  {
    name: 'SDK, `createKulturClient` and `isKulturError` only',
    contents: "export { createKulturClient, isKulturError } from './dist/sdk/index.js';",
  },
  {
    name: 'SDK, its own code only (ky and zod/mini left to an app that has them already)',
    contents: "export * from './dist/sdk/index.js';",
    external: ['ky', 'zod'],
  },
  { name: 'components (`@kulturregion/kultur/components`)', contents: "export * from './dist/components/index.js';" },
  { name: 'define (`@kulturregion/kultur/define`)', contents: "import './dist/define.js';" },
];

/** The chunks `code` imports statically (`import … from "./x.js"`), by file name. */
function staticImportsOf(code) {
  return [...code.toString().matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+)["']/g)].map((match) => match[1]);
}

/**
 * What a page downloads to show `<kultur-event>` and `<kultur-signup>` besides `kultur.js`: the element chunks that
 * `kultur.js` loads when one is first shown, and every chunk they import statically, each once.
 */
export function elementChunks() {
  const first = readFileSync(new URL('kultur.js', dist)).toString();
  const loaded = [...first.matchAll(/import\(["']\.\/(kultur-(?:event|signup)-[\w-]{8}\.js)["']\)/g)].map((m) => m[1]);
  const files = new Set();
  const visit = (name) => {
    if (name === 'kultur.js' || files.has(name)) return;
    files.add(name);
    for (const imported of staticImportsOf(readFileSync(new URL(name, dist)))) visit(imported);
  };
  for (const name of loaded) visit(name);
  return { found: new Set(loaded.map((name) => name.split('-')[1])), files: [...files].sort() };
}

/** The CDN files in `dist/`: `kultur.js` first, then its chunks. */
export function cdnFiles() {
  const chunks = readdirSync(dist).filter((name) => /^kultur-.+\.js$/.test(name));
  return ['kultur.js', ...chunks.sort()];
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

async function main() {
  let failed = false;
  let first;
  try {
    first = readFileSync(new URL('kultur.js', dist));
  } catch {
    console.error('dist/kultur.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  for (const name of cdnFiles()) {
    const { minified, gzip, brotli } = sizesOf(readFileSync(new URL(name, dist)));
    console.log(`${name}: ${kb(minified)} minified, ${kb(gzip)} gzip, ${kb(brotli)} brotli`);
  }
  const cdn = sizesOf(first).gzip;
  if (cdn > CDN_BUDGET_GZIP) {
    console.error(`Over budget: kultur.js is ${cdn} B gzip, more than ${CDN_BUDGET_GZIP} B. Find what grew first.`);
    failed = true;
  } else {
    console.log(`kultur.js: ${cdn} B gzip, within its budget of ${CDN_BUDGET_GZIP} B (aim ${CDN_AIM_GZIP} B).`);
  }
  // The listing's first download carries no signup code: the form is a chunk of its own.
  if (first.includes('kultur-signup-submit')) {
    console.error('kultur.js holds the signup form: it must stay a chunk loaded when a form is first shown.');
    failed = true;
  }
  // Nor zod (issue 21): the listing checks the feed's answers with the compiled checkers, and the schemas are a chunk
  // loaded when one refuses. And no chunk it imports statically, which would be first-load bytes this check misses.
  if (first.includes('_zod')) {
    console.error('kultur.js holds zod: load the schemas lazily and check with src/contract/compiled-checkers.ts.');
    failed = true;
  }
  if (/(?:\bfrom|\bimport)\s*["']\.\//.test(first.toString())) {
    console.error('kultur.js imports a chunk statically: the first download must be the one file.');
    failed = true;
  }

  const { found, files } = elementChunks();
  if (!found.has('event') || !found.has('signup')) {
    console.error(
      "kultur.js loads no <kultur-event> or <kultur-signup> chunk: the 'everything' check cannot count them.",
    );
    failed = true;
  }
  const everything = files.reduce((sum, name) => sum + sizesOf(readFileSync(new URL(name, dist))).gzip, cdn);
  const counted = ['kultur.js', ...files].join(', ');
  if (everything > EVERYTHING_BUDGET_GZIP) {
    console.error(
      `Over budget: the listing, an event and its signup form are ${everything} B gzip (${counted}), more than ` +
        `${EVERYTHING_BUDGET_GZIP} B. Find what grew first.`,
    );
    failed = true;
  } else {
    console.log(
      `The listing, an event and its signup form: ${everything} B gzip (${counted}), within ${EVERYTHING_BUDGET_GZIP} B.`,
    );
  }

  const sdk = sizesOf((await appBundle(npmEntries[0].contents)).code).gzip;
  if (sdk > SDK_BUDGET_GZIP) {
    console.error(`Over budget: the SDK entry is ${sdk} B gzip, more than ${SDK_BUDGET_GZIP} B. Find what grew first.`);
    failed = true;
  } else {
    console.log(
      `SDK entry: ${sdk} B gzip as an app bundles it, within its budget of ${SDK_BUDGET_GZIP} B (aim ${SDK_AIM_GZIP} B).`,
    );
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
