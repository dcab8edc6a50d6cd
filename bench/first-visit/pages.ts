/**
 * The first-visit bench's pages, one a renderer. Each loads its code in `<head>` as its documentation says, then a
 * script in `<body>` stamps `__start`, once that code has run, right before the element or calendar is created and watches every frame
 * (requestAnimationFrame) until all `events` items are in the DOM; `__done` is stamped in a task queued from that
 * frame, so after it was painted. Long tasks are observed from the first script on.
 */

export type Renderer = 'floor' | 'kultur' | 'fullcalendar' | 'eventcalendar';

export interface PageSettings {
  events: number;
  /** The feed's `/v1/` address, for `<kultur-events api>`. */
  feedApi: string;
  /** The peers' events as JSON, on the data server. */
  peerData: string;
  /** The peers' list range: the first day with events and the day after the last. */
  firstDay: string;
  endDay: string;
  /** The floor's data, as the feed serves it, and `<kultur-events>`'s styles and the floor's script (IIFE). */
  floor: { json: string; css: string; script: string };
}

/** Paths of each renderer's code on the site server: the files counted as "the bundle". */
export const BUNDLE_FILES: Record<Renderer, string[]> = {
  floor: [],
  kultur: ['/kultur/kultur.js'],
  fullcalendar: ['/fullcalendar/core.js', '/fullcalendar/list.js'],
  eventcalendar: ['/eventcalendar/event-calendar.min.css', '/eventcalendar/event-calendar.min.js'],
};

/** The page's own first script: long tasks from the start, and the watch every renderer's page uses. */
const observe = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__longTasks.push({ start: task.startTime, duration: task.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__watch = (count, expected, onFrame) => {
    const frame = () => {
      if (onFrame) onFrame();
      if (count() >= expected) setTimeout(() => { window.__done = performance.now(); performance.mark('first-visit:done'); });
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
`;

/** The most `<kultur-events>` shows a page (the feed's MAX_PAGE_SIZE). */
const PAGE_MOST = 100;

function body(renderer: Renderer, s: PageSettings): string {
  const n = s.events;
  switch (renderer) {
    case 'floor':
      return `<script>${s.floor.script}</script>
<script>window.__events = ${s.floor.json}; window.__css = ${JSON.stringify(s.floor.css)};</script>
<script>
  window.__start = performance.now();
  performance.mark('first-visit:start');
  const list = window.renderFloor(window.__events, document.getElementById('host'), window.__css);
  __watch(() => list.childElementCount, ${n});
</script>`;
    case 'kultur':
      // The bundle is a module script, which runs after the page is parsed: the timer starts once it has run (the
      // element is defined), as the peers' classic scripts in <head> have run before theirs. The navigation column
      // counts its download and evaluation. Past the feed's largest page, "Vis flere" is pressed the frame it can
      // be: the second page is one more hop.
      return `<script type="module">
  await customElements.whenDefined('kultur-events');
  window.__start = performance.now();
  performance.mark('first-visit:start');
  const listing = document.createElement('kultur-events');
  listing.setAttribute('api', ${JSON.stringify(s.feedApi)});
  listing.setAttribute('limit', '${Math.min(n, PAGE_MOST)}');
  document.getElementById('host').append(listing);
  let pressed = false;
  __watch(() => (listing.shadowRoot ? listing.shadowRoot.querySelectorAll('ol.list > li').length : 0), ${n}, () => {
    if (pressed || ${n} <= ${PAGE_MOST}) return;
    const more = listing.shadowRoot && listing.shadowRoot.querySelector('button.more:not([disabled])');
    if (more) { pressed = true; more.click(); }
  });
</script>`;
    case 'fullcalendar':
      return `<script>
  window.__start = performance.now();
  performance.mark('first-visit:start');
  const host = document.getElementById('host');
  const calendar = new FullCalendar.Calendar(host, {
    initialView: 'list',
    visibleRange: { start: '${s.firstDay}', end: '${s.endDay}' },
    events: ${JSON.stringify(s.peerData)},
  });
  calendar.render();
  __watch(() => host.querySelectorAll('.fc-list-event').length, ${n});
</script>`;
    case 'eventcalendar':
      return `<script>
  window.__start = performance.now();
  performance.mark('first-visit:start');
  const host = document.getElementById('host');
  EventCalendar.create(host, {
    view: 'listRange',
    views: { listRange: { type: 'listWeek', duration: { days: ${daysBetween(s.firstDay, s.endDay)} } } },
    date: '${s.firstDay}',
    eventSources: [{ url: ${JSON.stringify(s.peerData)} }],
  });
  __watch(() => host.querySelectorAll('.ec-event').length, ${n});
</script>`;
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function head(renderer: Renderer): string {
  switch (renderer) {
    case 'floor':
      return '';
    case 'kultur':
      return '<script type="module" src="/kultur/kultur.js"></script>';
    case 'fullcalendar':
      return '<script src="/fullcalendar/core.js"></script><script src="/fullcalendar/list.js"></script>';
    case 'eventcalendar':
      return (
        '<link rel="stylesheet" href="/eventcalendar/event-calendar.min.css">' +
        '<script src="/eventcalendar/event-calendar.min.js"></script>'
      );
  }
}

/** The whole page for `renderer`. */
export function firstVisitPage(renderer: Renderer, settings: PageSettings): string {
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Arrangementer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>${observe}</script>
${head(renderer)}
</head>
<body><h1>Arrangementer</h1><main id="host"></main>
${body(renderer, settings)}
</body></html>`;
}
