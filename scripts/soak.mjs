#!/usr/bin/env node
/**
 * A bounded soak of the feed server on loopback: mixed reads and signups for a while, then a verdict.
 *
 *     node scripts/soak.mjs                      # 180 s (or SOAK_SECONDS), 16 clients
 *     node scripts/soak.mjs --seconds 30 --clients 8 --json soak.json
 *
 * It starts the real server from source on a fresh, seeded SQLite file in a temporary folder, publishes a few course
 * days with room for everyone, and runs `--clients` loops of requests against 127.0.0.1 until the time is up: the
 * listing with varied filters, single events, events.html, iCalendar, reference data, conditional GETs, signups
 * (each with a new key), replays of earlier signups with the same key, and cancellations. Every answer must be the
 * one expected; a request that fails, or any other status, is an error. The server's resident memory is read every
 * second from /proc; after the warm-up, the median of the second half of the run must not exceed the median of the
 * first half by more than `--max-growth-mb` (and 10 %).
 *
 * Exits 0 when there was no error and memory stayed flat, 1 otherwise. Nothing leaves the machine.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: process.env.SOAK_SECONDS ?? '180' },
    clients: { type: 'string', default: process.env.SOAK_CLIENTS ?? '16' },
    warmup: { type: 'string', default: '0.2' },
    'max-growth-mb': { type: 'string', default: '24' },
    json: { type: 'string' },
  },
});
const SECONDS = Number(flags.seconds);
const CLIENTS = Number(flags.clients);
const WARMUP = Number(flags.warmup);
const MAX_GROWTH_MB = Number(flags['max-growth-mb']);
/** A hard stop on requests, whatever the clock says. */
const MAX_REQUESTS = 5_000_000;
const TOKEN = `soak-${randomUUID()}`;
const MUNICIPALITIES = ['faxe', 'guldborgsund', 'lolland', 'naestved', 'stevns', 'vordingborg'];
const CATEGORIES = ['netvaerkstraef', 'kursus', 'workshop', 'koncert', 'udstilling', 'foredrag', 'boern-og-unge'];
const DAY = 86_400_000;

if (!(SECONDS > 0 && CLIENTS > 0 && WARMUP >= 0 && WARMUP < 1)) {
  console.error('Usage: node scripts/soak.mjs [--seconds 180] [--clients 16] [--warmup 0.2] [--max-growth-mb 24]');
  process.exit(2);
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const quantile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
const sorted = (values) => [...values].sort((a, b) => a - b);
const mb = (kb) => Math.round((kb / 1024) * 10) / 10;

function startServer(db) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', '--port', '0', '--db', db, '--seed'], {
    cwd: root,
    env: { ...process.env, KULTUR_ADMIN_TOKEN: TOKEN, KULTUR_SIGNUP_RATE: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      log += chunk;
      const match = log.match(/listening on (http:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${log}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, url, exited, log: () => log };
}

/** The server's resident memory in kB, from /proc (Linux); undefined elsewhere. */
function rssKb(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)/m)?.[1]);
  } catch {
    return undefined;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'kultur-soak-'));
const server = startServer(join(dir, 'soak.db'));
let exitCode = 1;
try {
  const origin = await server.url;
  const api = `${origin}/v1`;
  const admin = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

  // Course days with room for every signup the soak makes, so each one is a plain 201.
  const courses = [];
  for (let n = 0; n < 12; n++) {
    const start = new Date(Date.now() + (10 + n) * DAY);
    const response = await fetch(`${api}/events`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({
        id: `soak-kursus-${n}`,
        title: `Soak-kursus ${n}`,
        summary: 'Et kursus til belastningsprøven.',
        description: 'Mange tilmeldinger.\n\nOg mange læsninger.',
        start: start.toISOString(),
        end: new Date(+start + 3 * 3_600_000).toISOString(),
        allDay: false,
        status: 'scheduled',
        municipality: MUNICIPALITIES[n % 6],
        venue: { name: 'Kulturhuset', address: 'Torvet 1', postalCode: '4700', city: 'Næstved' },
        categories: ['kursus'],
        audience: ['kulturaktoerer'],
        organizer: { name: 'Kulturregion Storstrøm' },
        price: 0,
        signup: { mode: 'internal', capacity: 1_000_000, waitlist: true, maxSeatsPerSignup: 2, fields: ['phone'] },
      }),
    });
    if (response.status !== 201) throw new Error(`publishing answered ${response.status}: ${await response.text()}`);
    courses.push(`soak-kursus-${n}`);
  }
  const seeded = (await (await fetch(`${api}/events?limit=100`)).json()).items.map((event) => event.id);
  const etags = new Map();

  // Read-only, beside the server's own connection (WAL lets both read while the server writes).
  const reader = new Database(join(dir, 'soak.db'), { readonly: true, fileMustExist: true });
  const tokenOf = reader.prepare('SELECT cancel_token FROM signups WHERE id = ?');

  /** Each kind of request: how often, what to send, and which statuses are right. */
  const signedUp = [];
  let serial = 0;
  const kinds = {
    listing: {
      weight: 30,
      run: () => {
        const params = new URLSearchParams({ limit: String(1 + Math.floor(Math.random() * 50)) });
        if (Math.random() < 0.5) params.set('municipality', pick(MUNICIPALITIES));
        if (Math.random() < 0.3) params.set('category', pick(CATEGORIES));
        if (Math.random() < 0.1) params.set('q', pick(['kursus', 'koncert', 'børn', 'film']));
        return [`${api}/events?${params}`, {}, [200]];
      },
    },
    event: { weight: 15, run: () => [`${api}/events/${pick(seeded)}`, {}, [200]] },
    revalidate: {
      weight: 8,
      run: () => {
        const url = `${api}/events/${pick(seeded.slice(0, 10))}`;
        const etag = etags.get(url);
        return [url, etag ? { headers: { 'if-none-match': etag } } : {}, etag ? [304, 200] : [200]];
      },
    },
    html: { weight: 6, run: () => [`${api}/events.html?municipality=${pick(MUNICIPALITIES)}`, {}, [200]] },
    calendar: { weight: 4, run: () => [`${api}/events.ics?category=${pick(CATEGORIES)}`, {}, [200]] },
    reference: { weight: 5, run: () => [`${api}/${pick(['municipalities', 'categories'])}`, {}, [200]] },
    signup: {
      weight: 25,
      run: () => {
        const n = ++serial;
        const body = JSON.stringify({
          name: `Soak Deltager ${n}`,
          email: `soak${n}@example.dk`,
          phone: '+45 12 34 56 78',
          seats: 1 + (n % 2),
          consent: true,
        });
        const signup = { event: pick(courses), key: randomUUID(), body };
        return [
          `${api}/events/${signup.event}/signups`,
          { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': signup.key }, body },
          [201],
          signup,
        ];
      },
    },
    replay: {
      weight: 4,
      run: () => {
        const signup = signedUp.length ? pick(signedUp) : undefined;
        if (!signup) return kinds.listing.run();
        return [
          `${api}/events/${signup.event}/signups`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': signup.key },
            body: signup.body,
          },
          [201],
        ];
      },
    },
    cancel: {
      weight: 3,
      run: () => {
        const signup =
          signedUp.length > 100 ? signedUp.splice(Math.floor(Math.random() * signedUp.length), 1)[0] : undefined;
        // The token is only in the person's mail, never in the answer: read as the mail would carry it.
        const token = signup && tokenOf.get(signup.id)?.cancel_token;
        if (!token) return kinds.listing.run();
        return [`${api}/signups/${token}`, { method: 'DELETE' }, [204]];
      },
    },
  };
  const table = Object.entries(kinds).flatMap(([name, kind]) => Array(kind.weight).fill(name));
  const latencies = Object.fromEntries(Object.keys(kinds).map((name) => [name, []]));
  const errors = [];
  let requests = 0;

  const started = Date.now();
  const deadline = started + SECONDS * 1000;
  const samples = [];
  const sampler = setInterval(() => {
    const kb = rssKb(server.child.pid);
    if (kb) samples.push({ at: (Date.now() - started) / 1000, kb });
  }, 1000);

  async function client() {
    while (Date.now() < deadline && requests < MAX_REQUESTS && errors.length < 20) {
      const name = pick(table);
      const [url, init, expected, signup] = kinds[name].run();
      const begun = performance.now();
      requests++;
      try {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
        const text = await response.text();
        latencies[name].push(performance.now() - begun);
        if (!expected.includes(response.status)) {
          errors.push(`${name}: ${init.method ?? 'GET'} ${url} answered ${response.status}: ${text.slice(0, 200)}`);
          continue;
        }
        const etag = response.headers.get('etag');
        if (etag) etags.set(url, etag);
        if (signup) signedUp.push({ ...signup, id: JSON.parse(text).id });
      } catch (error) {
        errors.push(`${name}: ${init.method ?? 'GET'} ${url} failed: ${error.message}`);
      }
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, client));
  reader.close();
  clearInterval(sampler);
  const elapsed = (Date.now() - started) / 1000;

  const health = await fetch(`${origin}/healthz`);
  if (health.status !== 200) errors.push(`the health check after the soak answered ${health.status}`);

  // Memory: the medians of the first and second half of the samples after the warm-up.
  const steady = samples.filter((sample) => sample.at >= SECONDS * WARMUP);
  const half = Math.floor(steady.length / 2);
  const first = sorted(steady.slice(0, half).map((sample) => sample.kb));
  const second = sorted(steady.slice(half).map((sample) => sample.kb));
  const growthKb = quantile(second, 0.5) - quantile(first, 0.5);
  const allowedKb = Math.max(MAX_GROWTH_MB * 1024, 0.1 * quantile(first, 0.5));
  const memoryFlat = steady.length < 4 || growthKb <= allowedKb;

  const summary = {
    seconds: Math.round(elapsed),
    clients: CLIENTS,
    requests,
    perSecond: Math.round(requests / elapsed),
    errors: errors.length,
    signups: latencies.signup.length,
    kinds: Object.fromEntries(
      Object.entries(latencies).map(([name, values]) => {
        const ordered = sorted(values);
        return [
          name,
          {
            count: values.length,
            p50ms: Math.round(quantile(ordered, 0.5) * 10) / 10,
            p99ms: Math.round(quantile(ordered, 0.99) * 10) / 10,
          },
        ];
      }),
    ),
    rssMb: {
      warmupEndsAtSecond: Math.round(SECONDS * WARMUP),
      firstHalf: { p10: mb(quantile(first, 0.1)), p50: mb(quantile(first, 0.5)), p90: mb(quantile(first, 0.9)) },
      secondHalf: { p10: mb(quantile(second, 0.1)), p50: mb(quantile(second, 0.5)), p90: mb(quantile(second, 0.9)) },
      growthOfMedian: mb(growthKb),
      allowedGrowth: mb(allowedKb),
      peak: mb(Math.max(...samples.map((sample) => sample.kb))),
    },
    memoryFlat,
  };

  console.log(
    `soak: ${summary.requests} requests in ${summary.seconds} s (${summary.perSecond}/s) from ${CLIENTS} clients`,
  );
  for (const [name, kind] of Object.entries(summary.kinds)) {
    console.log(`  ${name.padEnd(11)} ${String(kind.count).padStart(8)}  p50 ${kind.p50ms} ms  p99 ${kind.p99ms} ms`);
  }
  const { firstHalf, secondHalf } = summary.rssMb;
  console.log(
    `  RSS after ${summary.rssMb.warmupEndsAtSecond} s warm-up: first half p50 ${firstHalf.p50} MB ` +
      `(p10 ${firstHalf.p10}, p90 ${firstHalf.p90}), second half p50 ${secondHalf.p50} MB ` +
      `(p10 ${secondHalf.p10}, p90 ${secondHalf.p90}); growth ${summary.rssMb.growthOfMedian} MB of ` +
      `${summary.rssMb.allowedGrowth} allowed; peak ${summary.rssMb.peak} MB`,
  );
  for (const error of errors.slice(0, 20)) console.log(`  error: ${error}`);
  if (flags.json) writeFileSync(flags.json, `${JSON.stringify(summary, null, 2)}\n`);

  const ok = errors.length === 0 && memoryFlat;
  console.log(
    ok
      ? 'soak: passed, no error, no failed request, memory flat'
      : `soak: FAILED (${errors.length} errors${memoryFlat ? '' : ', memory grew'})`,
  );
  // The plain closing line CI reads.
  console.log(`${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
  exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(`soak: could not run: ${error.stack ?? error}\n${server.log()}`);
} finally {
  if (server.child.exitCode === null) server.child.kill('SIGTERM');
  const { code } = await server.exited;
  if (code !== 0 && exitCode === 0) {
    console.error(`soak: the server did not stop cleanly on SIGTERM (exit ${code})`);
    exitCode = 1;
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
