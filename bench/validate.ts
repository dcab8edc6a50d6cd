/**
 * Validation: what the SDK spends on a listing page before the elements see it, JSON.parse of the feed's text plus
 * `validatePage` (the envelope and each event against the contract, with zod/mini), in Node for 20, 100 and 200
 * events. The page is the seed's events as the feed serves them; 100 is the largest page the feed sends, 200 is the
 * size issue 3 set its aim for (1 ms).
 */
import { validatePage } from '../src/sdk/validate-page.js';
import { summarize, type Summary } from './lib/stats.js';
import { seededEvents } from './render.js';

export interface ValidateRow {
  events: number;
  /** Bytes of the page's JSON text. */
  bytes: number;
  /** Milliseconds for JSON.parse and validatePage of one page. */
  time: Summary;
  /** Milliseconds for JSON.parse alone: the floor, what any client pays. */
  parseOnly: Summary;
}

export interface ValidateResult {
  samples: number;
  rows: ValidateRow[];
}

const SIZES = [20, 100, 200];
const WARMUP = 50;

export async function benchValidate({ quick = false } = {}): Promise<ValidateResult> {
  const samples = quick ? 50 : 500;
  const events = await seededEvents(Math.max(...SIZES));
  const rows: ValidateRow[] = [];
  for (const size of SIZES) {
    const text = JSON.stringify({ items: events.slice(0, size), nextCursor: null });
    const times: number[] = [];
    const parseTimes: number[] = [];
    for (let i = 0; i < WARMUP + samples; i++) {
      let started = performance.now();
      JSON.parse(text);
      const parsed = performance.now() - started;
      started = performance.now();
      const page = validatePage(JSON.parse(text), '/v1/events');
      const took = performance.now() - started;
      if (page.items.length !== size) throw new Error(`validatePage kept ${page.items.length} of ${size} events`);
      if (i >= WARMUP) {
        times.push(took);
        parseTimes.push(parsed);
      }
    }
    rows.push({
      events: size,
      bytes: Buffer.byteLength(text),
      time: summarize(times),
      parseOnly: summarize(parseTimes),
    });
    console.log(`validate: ${size} events, median ${rows.at(-1)!.time.median.toFixed(3)} ms`);
  }
  return { samples, rows };
}
