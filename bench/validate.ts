/**
 * Validation: what the SDK spends on a listing page before the elements see it, JSON.parse of the feed's text plus
 * `validatePage` (the envelope and each event against the contract, with the checkers compiled from its zod schemas),
 * in Node for 20, 100 and 200 events. The page is the seed's events as the feed serves them; 100 is the largest page
 * the feed sends, 200 is the size issue 21 sets its aim for (0.5 ms for the validation).
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
  /** Milliseconds for validatePage alone, of a page parsed already. */
  validateOnly: Summary;
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
    const validateTimes: number[] = [];
    for (let i = 0; i < WARMUP + samples; i++) {
      let started = performance.now();
      const json: unknown = JSON.parse(text);
      const parsed = performance.now() - started;
      started = performance.now();
      // Awaited: validatePage is async, since it loads the schemas only for an event its checkers refuse (none here).
      await validatePage(json, '/v1/events');
      const validated = performance.now() - started;
      started = performance.now();
      const page = await validatePage(JSON.parse(text), '/v1/events');
      const took = performance.now() - started;
      if (page.items.length !== size) throw new Error(`validatePage kept ${page.items.length} of ${size} events`);
      if (i >= WARMUP) {
        times.push(took);
        parseTimes.push(parsed);
        validateTimes.push(validated);
      }
    }
    rows.push({
      events: size,
      bytes: Buffer.byteLength(text),
      time: summarize(times),
      validateOnly: summarize(validateTimes),
      parseOnly: summarize(parseTimes),
    });
    const row = rows.at(-1)!;
    console.log(
      `validate: ${size} events, median ${row.validateOnly.median.toFixed(3)} ms validating, ` +
        `${row.time.median.toFixed(3)} ms with JSON.parse`,
    );
  }
  return { samples, rows };
}
