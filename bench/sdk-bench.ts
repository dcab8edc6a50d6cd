/**
 * The SDK's size and speed: `npm run bench`.
 *
 * - Size: the SDK entry bundled with its dependencies (ky, zod/mini) and minified, as a web developer's bundler
 *   would ship it, measured with gzip -9 and brotli -q 11. Over the budget, the script exits 1.
 * - Speed: parsing and validating one page of 200 realistic events (the server's seed data), the work the client
 *   does for every listing it fetches; the median of many runs. Reported against the aim, not enforced: timings
 *   depend on the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { openSqlite } from '../server/src/db/open-sqlite.js';
import { SqliteStorage } from '../server/src/db/sqlite-storage.js';
import { seedDatabase } from '../server/src/seed/seed-database.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type KulturEvent } from '../src/sdk/schema.js';
import { validatePage } from '../src/sdk/validate-page.js';

/**
 * Fails the run: the budget is a check, not a number in a README. Raise it only with the reason.
 *
 * The issue aims at 15 KB, but the two dependencies it prescribes cost more than that by themselves (see the "ky
 * alone" and "contract alone" rows): this budget holds today's size with a little room, so growth is noticed.
 * Raised from 24 KiB to 25 KiB with `client.signups` (create with idempotency keys, cancel, input checks).
 */
const GZIP_BUDGET_BYTES = 25 * 1024;
const PARSE_AIM_MS = 1;
const PAGE_SIZE = 200;
const RUNS = 500;
const WARMUP = 50;

interface Size {
  name: string;
  minified: number;
  gzip: number;
  brotli: number;
}

async function bundleSize(name: string, contents: string): Promise<Size> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // As an application bundler does for production: Lit-style dev branches and the like drop out.
    conditions: ['production'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return {
    name,
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.byteLength },
    }).byteLength,
  };
}

/** A page of `size` events as the feed serves them, from the server's own seed data. */
async function seededPage(size: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kultur-bench-'));
  try {
    const storage = new SqliteStorage(openSqlite(join(dir, 'bench.db')));
    await seedDatabase(storage, new Date('2027-01-15T12:00:00+01:00'));
    const served = (await storage.listEvents({ limit: 1_000 })).items;
    await storage.close();
    const items: KulturEvent[] = Array.from({ length: size }, (_, i) => {
      const event = served[i % served.length]!;
      return i < served.length ? event : { ...event, id: `${event.id}-${i}`.slice(0, 64) };
    });
    return JSON.stringify({ items, nextCursor: 'bench' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Times JSON.parse and validation of `text`, run after run; the first runs warm the JIT and are not counted. */
function timeParse(text: string, url: string): { total: number[]; parseOnly: number[] } {
  const total: number[] = [];
  const parseOnly: number[] = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const started = performance.now();
    const json: unknown = JSON.parse(text);
    const parsed = performance.now();
    validatePage(json, url);
    const done = performance.now();
    if (run < WARMUP) continue;
    parseOnly.push(parsed - started);
    total.push(done - started);
  }
  return { total, parseOnly };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const cpu = cpus();
  console.log(`Kultur SDK bench: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`);
  console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'} x ${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GiB\n`);

  const sizes = [
    await bundleSize('whole entry (every export)', `export * from './src/sdk/index.ts';`),
    await bundleSize('createKulturClient only', `export { createKulturClient } from './src/sdk/index.ts';`),
    await bundleSize('ky alone', `export { default } from 'ky';`),
    await bundleSize('contract alone (schema.ts, zod/mini)', `export * from './src/sdk/schema.ts';`),
  ];
  console.log('size (esbuild --minify, ky and zod/mini included)');
  console.table(
    sizes.map(({ name, minified, gzip, brotli }) => ({
      bundle: name,
      'minified B': minified,
      'gzip -9 B': gzip,
      'brotli -q 11 B': brotli,
    })),
  );

  const url = 'https://feed.example.dk/v1/events';
  const timings = [];
  // 200 is the yardstick; 100 is the largest page the feed serves (MAX_PAGE_SIZE), 20 its default.
  for (const size of [PAGE_SIZE, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE]) {
    const text = await seededPage(size);
    const kept = validatePage(JSON.parse(text), url).items.length;
    if (kept !== size) throw new Error(`the page kept ${kept} of ${size} events`);
    timings.push({ size, kib: text.length / 1024, ...timeParse(text, url) });
  }
  console.log(`\nparse and validate one page (JSON.parse + validatePage), ${RUNS} runs after ${WARMUP} to warm up`);
  console.table(
    timings.map(({ size, kib, total, parseOnly }) => ({
      events: size,
      'JSON KiB': Math.round(kib),
      'median ms': +median(total).toFixed(3),
      'p95 ms': +percentile(total, 95).toFixed(3),
      'JSON.parse median ms': +median(parseOnly).toFixed(3),
    })),
  );
  const total = timings[0]!.total;

  const whole = sizes[0]!;
  const verdicts = [
    `size: ${whole.gzip} B gzip for the whole entry, budget ${GZIP_BUDGET_BYTES} B: ` +
      (whole.gzip <= GZIP_BUDGET_BYTES ? 'within' : 'OVER'),
    `speed: ${median(total).toFixed(3)} ms median, aim ${PARSE_AIM_MS} ms: ` +
      (median(total) <= PARSE_AIM_MS ? 'within' : 'over (reported, not enforced)'),
  ];
  console.log(`\n${verdicts.join('\n')}`);
  if (whole.gzip > GZIP_BUDGET_BYTES) process.exitCode = 1;
}

await main();
