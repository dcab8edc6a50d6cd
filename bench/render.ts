/**
 * Render: in Chromium (puppeteer-core), from data in hand to painted list, for 50, 200 and 1,000 events:
 * `<kultur-events>` against the plain-DOM floor (the same markup and styles, written with createElement), in one page
 * and one run, taking turns. The element gets a client that answers from memory. The time runs from handing the data
 * over (appending the element, or starting to build the floor) to the first painted frame that shows events, and to
 * the frame in which all are painted; long tasks come from PerformanceObserver('longtask').
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { openSqlite } from '../server/src/db/open-sqlite.js';
import { SqliteStorage } from '../server/src/db/sqlite-storage.js';
import { seedDatabase } from '../server/src/seed/seed-database.js';
import type { KulturEvent } from '../src/sdk/index.js';
// @ts-expect-error: plain ES module without types.
import { chromiumArgs, findChromium } from '../scripts/ensure-chromium.mjs';
import { summarize, type Summary } from './lib/stats.js';
import type { RenderSample } from './render/page.js';

export interface RenderRow {
  events: number;
  renderer: 'element' | 'floor';
  /** Milliseconds to the first painted frame with events. */
  firstPaint: Summary;
  /** Milliseconds to the frame with every event painted. */
  allPainted: Summary;
  /** The longest task seen in any sample, in ms (0: none over 50 ms). */
  longestTask: number;
}

export interface RenderResult {
  samples: number;
  rows: RenderRow[];
}

/** `count` events as the feed serves them, from the seed (190 events, cloned with new ids past that). */
export async function seededEvents(count: number): Promise<KulturEvent[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kultur-render-'));
  try {
    const storage = new SqliteStorage(openSqlite(join(dir, 'seed.db')));
    // With images, as a server seeds them; the base is any public one.
    await seedDatabase(storage, new Date(), { imageBase: 'https://feed.example.dk' });
    const served = (await storage.listEvents({ limit: 1_000 })).items;
    await storage.close();
    return Array.from({ length: count }, (_, i) => {
      const event = served[i % served.length]!;
      return i < served.length ? event : { ...event, id: `${event.id}-${i}`.slice(0, 64) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchRender({ quick = false } = {}): Promise<RenderResult> {
  const samples = quick ? 6 : 20;
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'render/page.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    write: false,
    logLevel: 'silent',
  });
  const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
  const rows: RenderRow[] = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setContent('<!doctype html><html lang="da"><body><main id="host"></main></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text, type: 'module' });
    await page.waitForFunction(() => 'renderBench' in window);
    for (const events of [50, 200, 1_000]) {
      const items = await seededEvents(events);
      const taken: Record<'element' | 'floor', RenderSample[]> = { element: [], floor: [] };
      // One of each to warm the JIT and the caches, then turns.
      for (let i = -1; i < samples; i++) {
        for (const renderer of ['element', 'floor'] as const) {
          const sample = await page.evaluate(
            (kind, data) =>
              (window as unknown as { renderBench: (k: string, d: unknown) => Promise<RenderSample> }).renderBench(
                kind,
                data,
              ),
            renderer,
            items,
          );
          if (sample.rows !== events) throw new Error(`${renderer} rendered ${sample.rows} of ${events}`);
          if (i >= 0) taken[renderer].push(sample);
        }
      }
      for (const renderer of ['element', 'floor'] as const) {
        rows.push({
          events,
          renderer,
          firstPaint: summarize(taken[renderer].map((sample) => sample.firstPaint)),
          allPainted: summarize(taken[renderer].map((sample) => sample.allPainted)),
          longestTask: Math.max(...taken[renderer].map((sample) => sample.longestTask)),
        });
      }
      console.log(`render: ${events} events`);
    }
  } finally {
    await browser.close();
  }
  return { samples, rows };
}
