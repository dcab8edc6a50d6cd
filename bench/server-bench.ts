/**
 * The feed server's read throughput: `npm run bench` runs it after the SDK bench, inside a throwaway PostgreSQL
 * cluster (`scripts/with-postgres.mjs`); on its own: `node scripts/with-postgres.mjs tsx bench/server-bench.ts`.
 *
 * Real `kultur-server` processes on the seed data (190 events), loaded with autocannon on keep-alive connections:
 * one process on SQLite, then one and two processes on PostgreSQL. Each is asked for a listing page a CDN would
 * cache, twice over: the full page (what the CDN fetches when its copy is gone) and the revalidation with the ETag
 * (what it does when its copy is stale: 304, no body). Requests per second, latency percentiles and the CPU time
 * the server processes spent per request are reported, not enforced: they depend on the machine. Without a
 * PostgreSQL `KULTUR_TEST_DATABASE` the PostgreSQL rows are skipped.
 */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import { startCli, type CliProcess } from '../test/server/support/cli-process.js';
import {
  createPostgresDatabase,
  createSqliteDatabase,
  testBackend,
  type TestDatabase,
} from '../test/server/support/test-database.js';

/** A page of one municipality, as an embedded `<kultur-events municipality="lolland">` asks for it. */
const PATH = '/v1/events?municipality=lolland&limit=20';
const CONNECTIONS = 32;
const WARMUP_S = 3;
const DURATION_S = 10;

interface Scenario {
  name: string;
  database: () => TestDatabase;
  processes: number;
}

interface Row {
  scenario: string;
  request: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** CPU time the server processes spent per request, in microseconds; undefined where /proc cannot tell. */
  cpuMicros: number | undefined;
}

/** Clock ticks a second in /proc/PID/stat: 100 on Linux, whatever the kernel's HZ. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user and system) a process has used so far, from /proc; undefined elsewhere. */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

function serversCpu(servers: CliProcess[]): number | undefined {
  const each = servers.map((server) => cpuSeconds(server.child.pid));
  return each.some((seconds) => seconds === undefined) ? undefined : each.reduce((sum, seconds) => sum! + seconds!, 0);
}

async function startServers(database: TestDatabase, count: number): Promise<CliProcess[]> {
  await database.ready();
  // Rate limits are on signups only; the listing is what is measured. Only the first seeds, before the others start.
  const first = startCli(['--port', '0', ...database.serverArgs, '--seed']);
  await first.url;
  const rest = Array.from({ length: count - 1 }, () => startCli(['--port', '0', ...database.serverArgs]));
  await Promise.all(rest.map((server) => server.url));
  return [first, ...rest];
}

function load(urls: string[], headers: Record<string, string>, duration: number) {
  // autocannon spreads the connections over several URLs; its typings know only one.
  return autocannon({ url: urls as unknown as string, connections: CONNECTIONS, duration, headers });
}

async function measure(scenario: Scenario): Promise<Row[]> {
  const database = scenario.database();
  const servers = await startServers(database, scenario.processes);
  try {
    const origins = await Promise.all(servers.map((server) => server.url));
    const urls = origins.map((origin) => `${origin}${PATH}`);
    const first = await fetch(urls[0]!);
    if (first.status !== 200) throw new Error(`${scenario.name}: GET ${PATH} answered ${first.status}`);
    const etag = first.headers.get('etag')!;
    const kib = (await first.arrayBuffer()).byteLength / 1024;
    const rows: Row[] = [];
    for (const [request, headers, expected] of [
      [`full page, 200 (${kib.toFixed(0)} KiB)`, {}, '2xx'],
      ['revalidation with the ETag, 304', { 'if-none-match': etag }, '3xx'],
    ] as const) {
      await load(urls, headers, WARMUP_S);
      const cpuBefore = serversCpu(servers);
      const result = await load(urls, headers, DURATION_S);
      const cpuAfter = serversCpu(servers);
      const answered = result[expected];
      if (result.errors || result.timeouts || answered !== result.requests.total) {
        throw new Error(
          `${scenario.name}, ${request}: ${answered} of ${result.requests.total} answered ${expected}, ` +
            `${result.errors} errors, ${result.timeouts} timeouts`,
        );
      }
      rows.push({
        scenario: scenario.name,
        request,
        rps: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        requests: result.requests.total,
        cpuMicros:
          cpuBefore === undefined || cpuAfter === undefined
            ? undefined
            : Math.round(((cpuAfter - cpuBefore) / result.requests.total) * 1e6),
      });
      console.log(`${scenario.name}, ${request}: ${Math.round(result.requests.average)} requests/s`);
    }
    return rows;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await database.drop();
  }
}

async function main(): Promise<void> {
  const cpu = cpus();
  console.log(`Kultur server bench: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`);
  console.log(`machine: ${cpu[0]?.model ?? 'unknown CPU'} x ${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
  console.log(`GET ${PATH}, ${CONNECTIONS} keep-alive connections, ${DURATION_S} s after ${WARMUP_S} s of warm-up\n`);

  const scenarios: Scenario[] = [{ name: 'SQLite, 1 process', database: createSqliteDatabase, processes: 1 }];
  if (testBackend === 'postgres') {
    scenarios.push(
      { name: 'PostgreSQL, 1 process', database: createPostgresDatabase, processes: 1 },
      { name: 'PostgreSQL, 2 processes', database: createPostgresDatabase, processes: 2 },
    );
  } else {
    console.log('KULTUR_TEST_DATABASE is not a PostgreSQL URL: PostgreSQL skipped (run through with-postgres.mjs)\n');
  }
  const rows: Row[] = [];
  for (const scenario of scenarios) rows.push(...(await measure(scenario)));

  console.log('\nrequests per second and latency in ms (autocannon)');
  console.table(
    rows.map((row) => ({
      server: row.scenario,
      request: row.request,
      'requests/s': row.rps,
      'p50 ms': row.p50,
      'p99 ms': row.p99,
      requests: row.requests,
      'server CPU µs/request': row.cpuMicros ?? '?',
    })),
  );
  console.log('\nas Markdown, for docs/performance.md:\n');
  console.log('| server | request | requests/s | p50 | p99 | server CPU a request |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const { scenario, request, rps, p50, p99, cpuMicros } of rows) {
    const cpu = cpuMicros === undefined ? '?' : `${cpuMicros} µs`;
    console.log(`| ${scenario} | ${request} | ${rps.toLocaleString('en')} | ${p50} ms | ${p99} ms | ${cpu} |`);
  }
}

await main();
