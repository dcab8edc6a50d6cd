/**
 * Where a first visit of `<kultur-events>` goes: one cold sample (a new browser context) under Chrome's tracing with
 * the V8 CPU profiler, cut at the page's `first-visit:start` and `first-visit:done` marks. Two views of the same
 * window: the waterfall (the bundle's bytes, its compile and evaluation, the JS before the feed request, the request,
 * what follows the answer) and the main thread's time by kind (trace events' self time; JavaScript split by the
 * source file each CPU-profile sample was in, found through the bundle's source maps).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap, type SourceMapping, type SourceMapPayload } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';

export interface TraceBreakdown {
  /** Milliseconds from the timer's start to the frame after every item was in the DOM, in the traced sample. */
  total: number;
  /** Of the main thread's busy time, how much it spent off the CPU (wall time less thread time of its tasks). */
  offCpu: number;
  /** The waterfall: consecutive phases that add up to `total`. */
  phases: Array<{ phase: string; ms: number }>;
  /** Main-thread time inside the window by kind, and the idle rest. */
  kinds: Array<{ kind: string; ms: number }>;
  /**
   * The functions with the most self time (CPU profile), with their source file: in all, and until the feed request
   * was sent, while it was out, after its answer.
   */
  functions: Array<{ fn: string; source: string; ms: number; before: number; during: number; after: number }>;
  /** Every request in the window, when it was sent and finished (ms from the timer's start). */
  requests: Array<{ url: string; sent: number; finished: number }>;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** Thread (CPU) time of a complete event, where the trace has it. */
  tdur?: number;
  id?: string;
  args?: { data?: Record<string, unknown>; name?: string };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber: number; columnNumber: number };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

/** Trace event names by the kind of main-thread work they are; what is not named here is "other". */
const KIND_OF: Record<string, string> = {
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  'v8.produceModuleCache': 'compile',
  'v8.produceCache': 'compile',
  ParseHTML: 'HTML parsing',
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  UpdateLayer: 'paint',
  CompositeLayers: 'paint',
  MinorGC: 'garbage collection',
  MajorGC: 'garbage collection',
  'BlinkGC.AtomicPhase': 'garbage collection',
  EvaluateScript: 'JavaScript',
  'v8.evaluateModule': 'JavaScript',
  FunctionCall: 'JavaScript',
  TimerFire: 'JavaScript',
  FireAnimationFrame: 'JavaScript',
  RunMicrotasks: 'JavaScript',
  EventDispatch: 'JavaScript',
  'v8.run': 'JavaScript',
  'V8.Execute': 'JavaScript',
  'v8.callFunction': 'JavaScript',
  'v8.callAsConstructor': 'JavaScript',
  'v8.newInstance': 'JavaScript',
  BlinkScheduler_PerformMicrotaskCheckpoint: 'JavaScript',
  'IntersectionObserverController::computeIntersections': 'layout',
  PaintImage: 'paint',
  'SimpleWatcher::OnHandleReady': 'network handling',
  ResourceReceivedData: 'network handling',
  ResourceReceiveResponse: 'network handling',
  ResourceFinish: 'network handling',
};

/** Time inside tasks that no finer trace event covers: the scheduler's own work, or the thread descheduled. */
const OTHER = 'other (inside tasks, not traced finer)';

/** A bundle file's source map, to name the source of a profiled position. */
function sourceMapOf(dist: string, url: string | undefined, cache: Map<string, SourceMap | null>): SourceMap | null {
  const file = url?.match(/\/kultur\/([\w.-]+\.js)$/)?.[1];
  if (!file) return null;
  if (!cache.has(file)) {
    const path = join(dist, `${file}.map`);
    cache.set(
      file,
      existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8')) as SourceMapPayload) : null,
    );
  }
  return cache.get(file)!;
}

/** The original position (and name) of a generated one, when the map has it. */
function lookUp(map: SourceMap | null, line: number, column: number): (SourceMapping & { name?: string }) | undefined {
  const entry = map?.findEntry(line, column);
  return entry && 'originalSource' in entry ? (entry as SourceMapping & { name?: string }) : undefined;
}

/** The source map a bundled package file ships beside it (`node_modules/…/x.js.map`), if any. */
function packageMapOf(dist: string, source: string, cache: Map<string, SourceMap | null>): SourceMap | null {
  if (!source.includes('node_modules/')) return null;
  const path = `${resolve(dist, source)}.map`;
  if (!cache.has(path)) {
    cache.set(
      path,
      existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8')) as SourceMapPayload) : null,
    );
  }
  return cache.get(path)!;
}

/** The part a source file belongs to, for the JavaScript rows. */
function partOf(source: string): string {
  if (/node_modules\/(lit-html|lit-element|@lit|lit)\//.test(source)) return 'JavaScript: Lit';
  if (/node_modules\/ky\//.test(source) || /src\/sdk\//.test(source)) return 'JavaScript: SDK (ky, client)';
  if (/src\/contract\//.test(source)) return 'JavaScript: validation (contract checkers)';
  if (/src\/components\//.test(source)) return 'JavaScript: the elements (src/components)';
  if (/node_modules\//.test(source)) return 'JavaScript: other packages';
  return 'JavaScript: page and browser';
}

export async function traceFirstVisit(
  browser: Browser,
  url: string,
  dist: string,
  feedUrl: string,
  siteUrl: string,
): Promise<TraceBreakdown> {
  const context = await browser.createBrowserContext();
  let buffer: Uint8Array | undefined;
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.emulateTimezone('Europe/Copenhagen');
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.__done', { timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    buffer = await page.tracing.stop();
  } finally {
    await context.close();
  }
  // For a look in DevTools' Performance panel.
  if (process.env.KULTUR_FIRST_VISIT_TRACE) writeFileSync(process.env.KULTUR_FIRST_VISIT_TRACE, buffer!);
  const events = (JSON.parse(Buffer.from(buffer!).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  return breakdown(events, dist, (address) =>
    address
      .replace(feedUrl, '{feed}')
      .replace(siteUrl, '')
      .replace(/^(.{90}).+$/, '$1…'),
  );
}

export function breakdown(events: TraceEvent[], dist: string, short: (url: string) => string): TraceBreakdown {
  const mark = (name: string) => events.find((event) => event.name === name && event.cat.includes('user_timing'));
  const startMark = mark('first-visit:start');
  const doneMark = mark('first-visit:done');
  if (!startMark || !doneMark) throw new Error('the trace has no first-visit marks');
  const { pid, tid } = startMark;
  const start = startMark.ts;
  const done = doneMark.ts;
  const ms = (us: number) => Math.round(us / 100) / 10;
  const at = (ts: number) => ms(ts - start);

  // Requests: sent (ResourceSendRequest), last byte (ResourceFinish's finishTime, in seconds).
  const sent = new Map<string, { url: string; ts: number }>();
  const finished = new Map<string, number>();
  for (const event of events) {
    const data = event.args?.data;
    if (!data?.requestId) continue;
    const id = String(data.requestId);
    if (event.name === 'ResourceSendRequest') sent.set(id, { url: String(data.url), ts: event.ts });
    if (event.name === 'ResourceFinish') {
      finished.set(id, typeof data.finishTime === 'number' && data.finishTime > 0 ? data.finishTime * 1e6 : event.ts);
    }
  }
  const requests = [...sent.entries()]
    .map(([id, request]) => ({ url: request.url, sentTs: request.ts, finishedTs: finished.get(id) ?? Number.NaN }))
    // The page's own requests: the browser's pages (chrome://) trace theirs too.
    .filter((request) => request.finishedTs >= start && request.sentTs <= done && /^https?:/.test(request.url));
  const bundle = requests.find((request) => /\/kultur\/kultur\.js$/.test(request.url));
  const feed = requests.find((request) => /\/v1\/events\?/.test(request.url));

  // The main thread's complete events in the window, nested by time: self time per kind.
  const main = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined)
    .filter((event) => event.ts + event.dur! > start && event.ts < done)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const kinds = new Map<string, number>();
  let busy = 0;
  let offCpu = 0;
  const stack: Array<{ end: number; kind: string; self: number }> = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const closed = stack.pop()!;
      kinds.set(closed.kind, (kinds.get(closed.kind) ?? 0) + closed.self);
    }
  };
  let compileEnd = 0;
  let evaluateEnd = 0;
  let compileUs = 0;
  let evaluateUs = 0;
  for (const event of main) {
    const from = Math.max(event.ts, start);
    const to = Math.min(event.ts + event.dur!, done);
    close(from);
    const parent = stack.at(-1);
    const kind = KIND_OF[event.name] ?? parent?.kind ?? OTHER;
    if (parent) parent.self -= to - from;
    else {
      busy += to - from;
      // Wall time the task's thread spent off the CPU: other processes on a busy machine.
      if (event.tdur !== undefined) offCpu += ((to - from) * Math.max(0, event.dur! - event.tdur)) / event.dur!;
    }
    stack.push({ end: to, kind, self: to - from });
    const url = String(event.args?.data?.url ?? event.args?.data?.fileName ?? '');
    if (/\/kultur\/[\w.-]+\.js$/.test(url) && KIND_OF[event.name] === 'compile') {
      compileUs += to - from;
      compileEnd = Math.max(compileEnd, to);
    }
    // The page's only module graph is the bundle's: its evaluation names no URL.
    if (event.name === 'v8.evaluateModule') {
      evaluateUs += to - from;
      evaluateEnd = Math.max(evaluateEnd, to);
    }
  }
  close(Number.POSITIVE_INFINITY);

  // JavaScript by source file, from the CPU profile's samples in the window.
  const functions = new Map<
    string,
    { fn: string; source: string; us: number; before: number; during: number; after: number }
  >();
  const parts = new Map<string, number>();
  const maps = new Map<string, SourceMap | null>();
  const profiles = new Map<string, { nodes: Map<number, ProfileNode>; time: number }>();
  for (const event of events) {
    if (event.pid !== pid) continue;
    if (event.name === 'Profile') {
      profiles.set(event.id!, { nodes: new Map(), time: Number(event.args!.data!.startTime) });
    } else if (event.name === 'ProfileChunk') {
      const profile = profiles.get(event.id!);
      const data = event.args!.data! as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      if (!profile) continue;
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      samples.forEach((nodeId, i) => {
        profile.time += deltas[i] ?? 0;
        const next = deltas[i + 1] ?? 0;
        if (profile.time < start || profile.time > done || next <= 0) return;
        let node = profile.nodes.get(nodeId);
        const leaf = node;
        if (!leaf || ['(idle)', '(program)', '(root)'].includes(leaf.callFrame.functionName)) return;
        // A native leaf (no URL) is counted to the nearest caller that has one.
        while (node && !node.callFrame.url && node.parent !== undefined) node = profile.nodes.get(node.parent);
        const frame = (node ?? leaf).callFrame;
        const entry = lookUp(sourceMapOf(dist, frame.url, maps), frame.lineNumber, frame.columnNumber);
        // Lit ships minified with maps of its own: one step further, to its sources' names.
        const deeper =
          entry && lookUp(packageMapOf(dist, entry.originalSource, maps), entry.originalLine, entry.originalColumn);
        const source = entry
          ? `${entry.originalSource.replace(/^.*?(node_modules|src)\//, '$1/')}:${entry.originalLine + 1}` +
            (deeper ? ` (${deeper.originalSource.replace(/^.*\//, '')}:${deeper.originalLine + 1})` : '')
          : frame.url
            ? short(frame.url)
            : '(browser)';
        const mapped = deeper?.name || entry?.name;
        const name: string = leaf.callFrame.url
          ? mapped || leaf.callFrame.functionName || '(anonymous)'
          : `${leaf.callFrame.functionName} (native)`;
        const key = `${name}|${source}`;
        const fn = functions.get(key) ?? { fn: name, source, us: 0, before: 0, during: 0, after: 0 };
        fn.us += next;
        if (feed && profile.time < feed.sentTs) fn.before += next;
        else if (feed && profile.time < feed.finishedTs) fn.during += next;
        else fn.after += next;
        functions.set(key, fn);
        const part = leaf.callFrame.functionName === '(garbage collector)' ? 'garbage collection' : partOf(source);
        parts.set(part, (parts.get(part) ?? 0) + next);
      });
    }
  }
  // The JavaScript kind, split as the profile saw it (scaled to the trace's JavaScript time).
  const js = kinds.get('JavaScript') ?? 0;
  const profiled = [...parts.entries()]
    .filter(([part]) => part.startsWith('JavaScript'))
    .reduce((s, [, us]) => s + us, 0);
  if (js && profiled) {
    kinds.delete('JavaScript');
    for (const [part, us] of parts) if (part.startsWith('JavaScript')) kinds.set(part, (js * us) / profiled);
  }
  kinds.set('idle (main thread waiting)', done - start - busy);

  const phases: Array<{ phase: string; ms: number }> = [];
  let cursor = start;
  const phase = (name: string, until: number | undefined) => {
    if (until === undefined || !Number.isFinite(until) || until <= cursor) return;
    phases.push({ phase: name, ms: ms(until - cursor) });
    cursor = until;
  };
  // The timer starts once kultur.js has run (pages.ts), so these phases are empty unless the bundle was still loading;
  // V8 compiles functions lazily later on, so a compile that ends after the feed request is not the bundle's.
  const beforeFeed = (at: number | undefined) => (at !== undefined && (!feed || at < feed.sentTs) ? at : undefined);
  phase('waiting for the rest of kultur.js (requested in the head)', beforeFeed(bundle?.finishedTs));
  if (compileEnd) phase(`to the end of compiling kultur.js (compiling: ${ms(compileUs)} ms)`, beforeFeed(compileEnd));
  if (evaluateEnd)
    phase(`to the end of evaluating kultur.js (evaluating: ${ms(evaluateUs)} ms)`, beforeFeed(evaluateEnd));
  phase('from there to the feed request (element set-up, first render)', feed?.sentTs);
  phase('the feed request, sent to last byte', feed?.finishedTs);
  phase('from the answer to the frame after all items (parse, validation, render, style, layout, paint)', done);

  return {
    total: ms(done - start),
    offCpu: ms(offCpu),
    phases,
    kinds: [...kinds.entries()]
      .map(([kind, us]) => ({ kind, ms: ms(us) }))
      .filter((row) => row.ms > 0)
      .sort((a, b) => b.ms - a.ms),
    functions: [...functions.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, 12)
      .map(({ fn, source, us, before, during, after }) => ({
        fn,
        source,
        ms: ms(us),
        before: ms(before),
        during: ms(during),
        after: ms(after),
      })),
    requests: requests
      .sort((a, b) => a.sentTs - b.sentTs)
      .map((request) => ({ url: short(request.url), sent: at(request.sentTs), finished: at(request.finishedTs) })),
  };
}
