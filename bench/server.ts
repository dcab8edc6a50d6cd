/**
 * Server: requests per second and latency on loopback (autocannon) for a cached listing page, a 304 revalidation, one
 * event by id and signups, against a bare `node:http` floor serving the same bytes (`bench/floor-server.mjs`), each
 * in a process of its own. The feed runs from source on a seeded SQLite file; once more with its read cache off, to
 * show what the cache saves. Requests per second are counted every 250 ms: the median of those samples, with p25–p75.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { NEARLY_FULL_EVENT_ID } from '../server/src/seed/seed-events.js';
import { startCli, type CliProcess } from '../test/server/support/cli-process.js';
import { eventInput } from '../test/server/support/event-fixture.js';
import { summarize, type Summary } from './lib/stats.js';

export const LISTING_PATH = '/v1/events?municipality=lolland&limit=20';
const EVENT_PATH = `/v1/events/${NEARLY_FULL_EVENT_ID}`;
const SIGNUP_EVENT = 'bench-signups';
const SIGNUP_PATH = `/v1/events/${SIGNUP_EVENT}/signups`;
const ADMIN_TOKEN = 'bench-token-0c1d';
const SAMPLE_MS = 250;

export interface ServerRow {
  request: string;
  server: 'feed' | 'feed, read cache off' | 'floor';
  /** Requests per second, from samples of 250 ms. */
  rps: Summary;
  p50: number;
  p99: number;
  requests: number;
  /** Bytes of one answer's body. */
  bodyBytes: number;
}

export interface ServerResult {
  connections: number;
  durationS: number;
  warmupS: number;
  rows: ServerRow[];
}

interface Load {
  request: string;
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Makes each request's body and headers (signups: a new person and key each time). */
  setup?: () => { headers: Record<string, string>; body: string };
  expect: '2xx' | '3xx';
  connections: number;
  bodyBytes: number;
}

function run(origin: string, load: Load, durationS: number): Promise<{ result: autocannon.Result; ticks: number[] }> {
  const ticks: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections: load.connections,
        duration: durationS,
        sampleInt: SAMPLE_MS,
        method: load.method ?? 'GET',
        headers: load.headers,
        requests: [
          {
            method: load.method ?? 'GET',
            path: load.path,
            headers: load.headers,
            ...(load.setup
              ? {
                  setupRequest: (request: autocannon.Request) => {
                    const { headers, body } = load.setup!();
                    return { ...request, headers: { ...request.headers, ...headers }, body };
                  },
                }
              : {}),
          },
        ],
      } as autocannon.Options,
      (error, result) => (error ? reject(error) : resolve({ result, ticks })),
    );
    // autocannon's typings know only some of its events; `tick` carries each sample's count.
    (instance as unknown as NodeJS.EventEmitter).on('tick', ({ counter }: { counter: number }) =>
      ticks.push(counter / (SAMPLE_MS / 1000)),
    );
  });
}

async function measure(origin: string, server: ServerRow['server'], load: Load, durationS: number, warmupS: number) {
  await run(origin, load, warmupS);
  const { result, ticks } = await run(origin, load, durationS);
  const answered = result[load.expect];
  if (result.errors || result.timeouts || answered !== result.requests.total) {
    throw new Error(
      `${server}, ${load.request}: ${answered} of ${result.requests.total} answered ${load.expect}, ` +
        `${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} not 2xx`,
    );
  }
  // The first and last samples are partial; the middle ones are whole.
  const whole = ticks.length > 4 ? ticks.slice(1, -1) : ticks;
  console.log(`server: ${server}, ${load.request}: ${Math.round(result.requests.average)} requests/s`);
  return {
    request: load.request,
    server,
    rps: summarize(whole),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    bodyBytes: load.bodyBytes,
  } satisfies ServerRow;
}

function startFloor(answersFile: string): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'floor-server.mjs'), answersFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const origin = output.match(/listening on (http:\/\/\S+)/)?.[1];
      if (origin) resolve({ origin, child });
    });
    child.on('exit', (code) => reject(new Error(`the floor server exited with ${code}`)));
  });
}

/** What the floor answers: the feed's own status, headers and body for each request, recorded once. */
async function record(origin: string) {
  const keep = (headers: Headers) =>
    Object.fromEntries(
      [...headers].filter(([name]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)),
    );
  const answers: Record<
    string,
    { status: number; headers: Record<string, string>; body: string; notModified?: object }
  > = {};
  // The signup first: it changes the seats the listing shows, and so the listing's ETag.
  const signup = await fetch(origin + SIGNUP_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({ name: 'Bench Person', email: `record@example.dk`, consent: true }),
  });
  if (signup.status !== 201) throw new Error(`POST ${SIGNUP_PATH}: ${signup.status} ${await signup.text()}`);
  answers['POST *'] = {
    status: 201,
    headers: keep(signup.headers),
    body: Buffer.from(await signup.arrayBuffer()).toString('base64'),
  };
  for (const path of [LISTING_PATH, EVENT_PATH]) {
    const response = await fetch(origin + path);
    const body = Buffer.from(await response.arrayBuffer());
    const etag = response.headers.get('etag')!;
    const revalidated = await fetch(origin + path, { headers: { 'if-none-match': etag } });
    if (response.status !== 200 || revalidated.status !== 304) throw new Error(`GET ${path}: ${response.status}`);
    answers[`GET ${path}`] = {
      status: 200,
      headers: keep(response.headers),
      body: body.toString('base64'),
      notModified: keep(revalidated.headers),
    };
  }
  return answers;
}

async function startFeed(dir: string, env: Record<string, string>): Promise<CliProcess & { origin: string }> {
  const feed = startCli(['--port', '0', '--db', join(dir, 'feed.db'), '--seed'], {
    KULTUR_SIGNUP_RATE: '0',
    KULTUR_ADMIN_TOKEN: ADMIN_TOKEN,
    ...env,
  });
  const origin = await feed.url;
  return Object.assign(feed, { origin });
}

export async function benchServer({ quick = false } = {}): Promise<ServerResult> {
  const durationS = quick ? 2 : 8;
  const warmupS = 1;
  const connections = 32;
  const dir = mkdtempSync(join(tmpdir(), 'kultur-server-bench-'));
  const rows: ServerRow[] = [];
  let feed: (CliProcess & { origin: string }) | undefined;
  let floor: ChildProcess | undefined;
  try {
    feed = await startFeed(dir, {});
    // An event with room for everyone the bench signs up, open now, so every signup is a 201.
    const start = new Date(Date.now() + 30 * 86_400_000);
    const published = await fetch(`${feed.origin}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(
        eventInput({
          id: SIGNUP_EVENT,
          start: start.toISOString(),
          end: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
          signup: { mode: 'internal', capacity: 1_000_000, waitlist: true, maxSeatsPerSignup: 1, fields: [] },
        }),
      ),
    });
    if (published.status !== 201) throw new Error(`publishing the bench event: ${published.status}`);
    const answers = await record(feed.origin);
    const answersFile = join(dir, 'answers.json');
    writeFileSync(answersFile, JSON.stringify(answers));
    const started = await startFloor(answersFile);
    floor = started.child;
    const bytes = (key: string) => Buffer.from(answers[key]!.body, 'base64').byteLength;
    const etagOf = (key: string) => answers[key]!.headers.etag!;

    let person = 0;
    const loads: Load[] = [
      {
        request: `cached listing page, 200 (${LISTING_PATH})`,
        path: LISTING_PATH,
        expect: '2xx',
        connections,
        bodyBytes: bytes(`GET ${LISTING_PATH}`),
      },
      {
        request: 'the same, revalidated with its ETag: 304',
        path: LISTING_PATH,
        headers: { 'if-none-match': etagOf(`GET ${LISTING_PATH}`) },
        expect: '3xx',
        connections,
        bodyBytes: 0,
      },
      {
        request: 'one event by id, 200',
        path: EVENT_PATH,
        expect: '2xx',
        connections,
        bodyBytes: bytes(`GET ${EVENT_PATH}`),
      },
      {
        request: 'signup, 201 (a new person and Idempotency-Key each)',
        path: SIGNUP_PATH,
        method: 'POST',
        setup: () => ({
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify({
            name: 'Bench Person',
            email: `p${++person}-${process.pid}@example.dk`,
            consent: true,
          }),
        }),
        expect: '2xx',
        // Writes queue behind one another (one SQLite writer, synchronous=FULL): fewer connections than reads.
        connections: 8,
        bodyBytes: bytes('POST *'),
      },
    ];
    for (const load of loads) {
      rows.push(await measure(feed.origin, 'feed', load, durationS, warmupS));
      rows.push(await measure(started.origin, 'floor', load, durationS, warmupS));
    }
    await feed.stop();

    // What the cache saves: the reads again with every answer rendered anew.
    // The same database, so the same events; the signups above changed the listing, so its ETag is asked anew.
    feed = await startFeed(dir, { KULTUR_READ_CACHE: 'off' });
    const etag = (await fetch(feed.origin + LISTING_PATH)).headers.get('etag')!;
    const reads = loads
      .slice(0, 3)
      .map((load) => (load.headers ? { ...load, headers: { 'if-none-match': etag } } : load));
    for (const load of reads) rows.push(await measure(feed.origin, 'feed, read cache off', load, durationS, warmupS));
  } finally {
    await feed?.stop();
    floor?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
  return { connections, durationS, warmupS, rows };
}
