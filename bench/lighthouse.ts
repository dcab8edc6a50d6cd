/**
 * Lighthouse on the demo's municipal pages: a client nobody here wrote, in its default mobile run (a Moto G Power
 * sized screen, simulated slow 4G: 150 ms RTT and 1.6 Mbit/s down; a 4× slower CPU), categories performance and
 * accessibility. The demo is served as `npm start` serves it (the feed server from its sources, `demo/` beside the
 * feed, the CDN bundle built into `demo/kultur/1/`), on a free port, and Lighthouse drives Debian's Chromium.
 * Each page is run three times (once with `--quick`); the report gives the medians. Issue 21's aim: performance ≥ 95
 * and total blocking time ≤ 150 ms on every municipal page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
// @ts-expect-error: plain ES module without types.
import { buildDemoBundle, sites, startDemoServer } from '../scripts/demo-kit.mjs';
// @ts-expect-error: plain ES module without types.
import { chromiumArgs, findChromium } from '../scripts/ensure-chromium.mjs';
import { median } from './lib/stats.js';

/** The municipal pages: each site's front page, and Lolland's English page and submission form. */
export const lighthousePages: Array<{ page: string; path: string }> = [
  ...(sites as Array<{ id: string; name: string }>).map(({ id, name }) => ({ page: name, path: `/${id}/` })),
  { page: 'Lolland, English', path: '/lolland/en.html' },
  { page: 'Lolland, send an event', path: '/lolland/send.html' },
];

/** The aim of issue 21, on every municipal page. */
export const LIGHTHOUSE_AIM = { performance: 95, totalBlockingTime: 150 };

/** What one run of a page measures. Scores 0–100; times in milliseconds (simulated); CLS unitless. */
export interface PageFigures {
  performance: number;
  accessibility: number;
  totalBlockingTime: number;
  largestContentfulPaint: number;
  firstContentfulPaint: number;
  speedIndex: number;
  cumulativeLayoutShift: number;
}

/** A page's figures: the medians over its runs. */
export interface LighthouseRow extends PageFigures {
  page: string;
  path: string;
  runs: number;
  /** Every run's performance score, to show the spread. */
  performanceRuns: number[];
}

export interface LighthouseResult {
  lighthouse: string;
  aim: typeof LIGHTHOUSE_AIM;
  /** Lighthouse's own measure of this machine's speed (higher is faster); its CPU slowdown is applied on top. */
  benchmarkIndex: number;
  formFactor: string;
  throttling: string;
  rows: LighthouseRow[];
}

interface Run extends PageFigures {
  benchmarkIndex: number;
}

function figures(lhr: Result): Run {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    totalBlockingTime: value('total-blocking-time'),
    largestContentfulPaint: value('largest-contentful-paint'),
    firstContentfulPaint: value('first-contentful-paint'),
    speedIndex: value('speed-index'),
    cumulativeLayoutShift: value('cumulative-layout-shift'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/**
 * @param options.quick one run per page instead of three
 * @param options.reportsDir where to keep every run's full JSON report (Lighthouse's opportunities and diagnostics),
 *   as `<page>-<run>.json`; not kept when absent
 * @param options.paths only these pages (paths as in {@link lighthousePages})
 */
export async function benchLighthouse({
  quick = false,
  reportsDir,
  paths,
}: { quick?: boolean; reportsDir?: string; paths?: string[] } = {}): Promise<LighthouseResult> {
  const runs = quick ? 1 : 3;
  const pages = lighthousePages.filter((p) => !paths || paths.includes(p.path));
  if (reportsDir) mkdirSync(reportsDir, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'kultur-lighthouse-'));
  await buildDemoBundle();
  const demo = await startDemoServer({ db: join(dir, 'demo.db') });
  const rows: LighthouseRow[] = [];
  const benchmarkIndexes: number[] = [];
  let version = '';
  let chrome: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    const userDataDir = join(dir, 'profile');
    mkdirSync(userDataDir);
    chrome = await launch({
      chromePath: findChromium(),
      chromeFlags: ['--headless=new', ...chromiumArgs],
      userDataDir,
    });
    for (const { page, path } of pages) {
      const results: Run[] = [];
      for (let run = 1; run <= runs; run++) {
        // The default config is the mobile run; Lighthouse clears the origin's cache and storage before each.
        const answer = await lighthouse(`${demo.url}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        if (!answer) throw new Error(`Lighthouse gave no report for ${path}`);
        const { lhr } = answer;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
        version = lhr.lighthouseVersion;
        if (reportsDir) {
          const name = path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-') || 'index';
          writeFileSync(join(reportsDir, `${name}-${run}.json`), JSON.stringify(lhr));
        }
        results.push(figures(lhr));
      }
      benchmarkIndexes.push(...results.map((r) => r.benchmarkIndex));
      const mid = (key: keyof Run) => median(results.map((r) => r[key]));
      const row: LighthouseRow = {
        page,
        path,
        runs,
        performance: mid('performance'),
        accessibility: mid('accessibility'),
        totalBlockingTime: mid('totalBlockingTime'),
        largestContentfulPaint: mid('largestContentfulPaint'),
        firstContentfulPaint: mid('firstContentfulPaint'),
        speedIndex: mid('speedIndex'),
        cumulativeLayoutShift: mid('cumulativeLayoutShift'),
        performanceRuns: results.map((r) => r.performance),
      };
      rows.push(row);
      console.log(
        `lighthouse: ${page}: performance ${row.performance} (${row.performanceRuns.join(', ')}), ` +
          `TBT ${Math.round(row.totalBlockingTime)} ms, LCP ${Math.round(row.largestContentfulPaint)} ms, ` +
          `accessibility ${row.accessibility}`,
      );
    }
  } finally {
    chrome?.kill();
    await demo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    lighthouse: version,
    aim: LIGHTHOUSE_AIM,
    benchmarkIndex: Math.round(median(benchmarkIndexes)),
    formFactor: 'mobile (412 × 823, device scale 1.75)',
    throttling: 'simulated: 150 ms RTT, 1,638 kbit/s down, 675 kbit/s up, CPU 4× slower',
    rows,
  };
}
