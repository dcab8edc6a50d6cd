/**
 * Runs in Chromium (bundled by bench/render.ts): renders a page of events with `<kultur-events>` and with plain DOM
 * calls writing the same markup (the floor), and reports when each was painted and the longest task meanwhile.
 */
import '../../src/components/kultur-events/kultur-events.js';
import { KulturEventsElement } from '../../src/components/kultur-events/kultur-events.component.js';
import type { KulturClient, KulturEvent } from '../../src/sdk/index.js';
import { floorList } from './floor-list.js';

export interface RenderSample {
  /** From handing the data over to the first painted frame with events, in ms. */
  firstPaint: number;
  /** To the frame in which every event is painted. */
  allPainted: number;
  /** The longest task meanwhile (PerformanceObserver 'longtask'; 0 when none passed 50 ms). */
  longestTask: number;
  rows: number;
}

let longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });

/** Resolves after the next frame is painted: a task queued from requestAnimationFrame runs after the paint. */
const painted = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));

/** A client that answers from memory: the data is in hand, no network and no validation is timed. */
function memoryClient(items: KulturEvent[]): KulturClient {
  const page = { items, nextCursor: null };
  return {
    baseUrl: 'memory:/v1/',
    events: {
      list: async () => page,
      all: async function* () {
        yield* items;
      },
      get: async (id: string) => items.find((item) => item.id === id)!,
      icsUrl: () => 'memory:/v1/events.ics',
      eventIcsUrl: (id: string) => `memory:/v1/events/${id}.ics`,
    },
    signups: {} as KulturClient['signups'],
    municipalities: async () => [],
    categories: async () => [],
  };
}

const host = document.getElementById('host')!;

async function finish(started: number, count: () => number, rows: number, first: number): Promise<RenderSample> {
  let all = first;
  while (count() < rows) all = await painted();
  // Long-task entries are delivered after the task: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 60));
  const longestTask = Math.max(
    0,
    ...longTasks.filter((task) => task.startTime >= started).map((task) => task.duration),
  );
  return { firstPaint: first - started, allPainted: all - started, longestTask, rows };
}

async function element(items: KulturEvent[]): Promise<RenderSample> {
  host.replaceChildren();
  await painted();
  longTasks = [];
  const listing = document.createElement('kultur-events') as KulturEventsElement;
  listing.client = memoryClient(items);
  const count = () => listing.shadowRoot?.querySelectorAll('ol.list > li').length ?? 0;
  const started = performance.now();
  host.append(listing);
  let first = await painted();
  while (count() === 0) first = await painted();
  return finish(started, count, items.length, first);
}

/** The same markup as the element's list layout, written with createElement and textContent. */
async function floor(items: KulturEvent[]): Promise<RenderSample> {
  host.replaceChildren();
  await painted();
  longTasks = [];
  const started = performance.now();
  const shell = document.createElement('div');
  const root = shell.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = KulturEventsElement.elementStyles.map((style) =>
    style instanceof CSSStyleSheet ? style : style.styleSheet!,
  );
  const { base, list } = floorList(items);
  root.append(base);
  host.append(shell);
  const first = await painted();
  return finish(started, () => list.childElementCount, items.length, first);
}

Object.assign(window, {
  renderBench: (kind: 'element' | 'floor', items: KulturEvent[]) =>
    kind === 'element' ? element(items) : floor(items),
});
