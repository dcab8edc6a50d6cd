import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import {
  buildBundle,
  consoleProblems,
  deepElement,
  launchBrowser,
  listedTitles,
  probed,
  serveSite,
  startFeed,
  tempDir,
  type Feed,
  type Site,
} from '../fixtures/e2e-harness.js';
import { courseDay } from '../server/support/signup-support.js';

const DAY = 86_400_000;

/** How the feed in front of the real one misbehaves. */
type Mode = 'ok' | '500' | '503' | 'hang' | 'truncated' | 'wrong-shape' | 'empty' | 'answer-lost';

/**
 * A feed on its own origin that passes requests on to the real feed server while `mode` is `ok`, and otherwise
 * fails the way feeds fail: an error, an overload with `Retry-After`, silence, a cut-off body, a body of the wrong
 * shape, a feed with no events at all, or a write that was done but whose answer never came back.
 */
class FaultyFeed {
  mode: Mode = 'ok';
  readonly #upstream: string;
  #server: Server | undefined;
  port = 0;

  constructor(upstream: string) {
    this.#upstream = upstream;
  }

  get api(): string {
    return `http://127.0.0.1:${this.port}/v1/`;
  }

  async listen(): Promise<void> {
    this.#server = createServer(async (request, response) => {
      response.setHeader('access-control-allow-origin', '*');
      response.setHeader('access-control-allow-headers', 'content-type, idempotency-key');
      response.setHeader('access-control-allow-methods', 'GET, POST, DELETE');
      if (request.method === 'OPTIONS') return void response.writeHead(204).end();
      const problem = (status: number, headers: Record<string, string> = {}) =>
        response
          .writeHead(status, { 'content-type': 'application/problem+json', ...headers })
          .end(JSON.stringify({ type: 'about:blank', title: 'Failure', status, detail: 'The feed is failing.' }));
      const listing = /^\/v1\/events(\?|$)/.test(request.url ?? '');
      switch (this.mode) {
        case '500':
          return problem(500);
        case '503':
          return problem(503, { 'retry-after': '1' });
        case 'hang':
          return; // Never answers; the client's timeout has to end it.
        case 'truncated':
          return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[{"id":"ha');
        case 'wrong-shape':
          return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"events":"none"}');
        case 'empty':
          if (listing) {
            return void response
              .writeHead(200, { 'content-type': 'application/json' })
              .end('{"items":[],"nextCursor":null}');
          }
      }
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const upstream = await fetch(`${this.#upstream}${request.url}`, {
        method: request.method,
        headers: Object.fromEntries(
          ['content-type', 'idempotency-key'].flatMap((name) => {
            const value = request.headers[name];
            return typeof value === 'string' ? [[name, value]] : [];
          }),
        ),
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'etag', 'cache-control', 'retry-after']) {
        const value = upstream.headers.get(name);
        if (value) headers[name] = value;
      }
      if (this.mode === 'answer-lost') return problem(502);
      response.writeHead(upstream.status, headers).end(Buffer.from(await upstream.arrayBuffer()));
    });
    await new Promise<void>((resolve) => this.#server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.#server.address() as AddressInfo).port;
  }

  /** Stops listening and drops every connection: the next request is refused. */
  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const page = `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8" />
    <title>Kalender</title>
    <script src="/probe.js"></script>
    <script type="module" src="/kultur/1/kultur.js"></script>
  </head>
  <body>
    <kultur-events limit="4"></kultur-events>
  </body>
</html>`;

/** The browser's own lines about requests that failed on purpose here; anything else on the console is a problem. */
const expectedNoise = (text: string) => /^Failed to load resource|net::ERR_/.test(text);

describe('the elements when the feed fails, or the browser goes offline', () => {
  let dir: ReturnType<typeof tempDir>;
  let feed: Feed;
  let faulty: FaultyFeed;
  let site: Site;
  let browser: Browser;
  let tab: Page;
  let problems: string[];
  let signupEvent: string;

  before(async () => {
    dir = tempDir('kultur-faults-');
    feed = await startFeed(dir.path);
    const start = new Date(Date.now() + 2 * DAY);
    signupEvent = await feed.publish({
      ...courseDay('fejlfinding', { capacity: 20, maxSeatsPerSignup: 1 }),
      start: start.toISOString(),
      end: new Date(+start + 3_600_000).toISOString(),
    });
    faulty = new FaultyFeed(feed.origin);
    await faulty.listen();
    const bundle = await buildBundle(dir.path, faulty.api);
    site = await serveSite(bundle, (request, response) => {
      if (request.url !== '/') return false;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return true;
    });
    browser = await launchBrowser();
    tab = await browser.newPage();
    problems = consoleProblems(tab, expectedNoise);
    await tab.goto(site.origin, { waitUntil: 'networkidle0' });
    assert.equal((await listedTitles(tab)).length, 4);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    await faulty?.close();
    await feed?.cli.stop();
    dir?.remove();
  });

  const titles = () =>
    tab.$$eval('kultur-events', ([listing]) =>
      [...listing!.shadowRoot!.querySelectorAll('.title-control')].map((title) => title.textContent!.trim()),
    );
  const listingIs = (state: string) =>
    tab.waitForFunction((name) => document.querySelector('kultur-events')!.matches(`:state(${name})`), {}, state);
  const listingSettled = () =>
    tab.waitForFunction(() => document.querySelector('kultur-events')!.matches(':not(:state(loading))'), {
      timeout: 20_000,
    });
  /** A new query (another page size), so the answer cannot come from the client's cache. */
  let limit = 4;
  const ask = () =>
    tab.evaluate((n) => {
      (document.querySelector('kultur-events') as HTMLElement & { limit: number }).limit = n;
    }, ++limit);

  /** What the listing tells the visitor for each fault, after saying it shows the last listing fetched. */
  const reasons: Record<string, RegExp> = {
    '500': /Kalenderen har problemer lige nu\. Prøv igen om lidt\./,
    '503': /Kalenderen har problemer lige nu\. Prøv igen om lidt\./,
    truncated: /Svaret fra kalenderen kunne ikke læses\. Prøv igen senere\./,
    'wrong-shape': /Svaret fra kalenderen kunne ikke læses\. Prøv igen senere\./,
    hang: /Kalenderen er for længe om at svare\. Prøv igen om lidt\./,
    refused: /Kalenderen kan ikke nås lige nu\. Prøv igen senere\./,
    offline: /Tjek din internetforbindelse, og prøv igen\./,
  };

  /** One fault: the listing shows its error and a retry, keeps what it showed, and recovers by the retry. */
  async function survives(fault: string, fail: () => Promise<void>, heal: () => Promise<void>): Promise<void> {
    const before = await titles();
    await fail();
    await ask();
    await listingSettled();
    assert.equal(await tab.$eval('kultur-events', (el) => el.matches(':state(error)')), true, `${fault}: error`);
    const alert = await tab.$eval('kultur-events', (el) => el.shadowRoot!.querySelector('[role="alert"]')!.textContent);
    assert.match(alert!, /senest hentede/, `${fault}: says the listing shown is the last one fetched`);
    assert.match(alert!, reasons[fault]!, `${fault}: says what failed`);
    assert.deepEqual(await titles(), before, `${fault}: the last good listing stays`);
    await heal();
    await (await deepElement(tab, 'kultur-events >>> [part~="retry-button"]')).click();
    await tab.waitForFunction(
      (n) => document.querySelector('kultur-events')!.shadowRoot!.querySelectorAll('.title-control').length === n,
      { timeout: 10_000 },
      limit,
    );
    assert.equal(await tab.$eval('kultur-events', (el) => el.matches(':state(error)')), false, `${fault}: recovered`);
  }

  const mode = (next: Mode) => async () => {
    faulty.mode = next;
  };

  for (const fault of ['500', '503', 'truncated', 'wrong-shape', 'hang'] as const) {
    it(`shows its error with a retry on ${fault}, keeps the last listing, and recovers`, async () => {
      await survives(fault, mode(fault), mode('ok'));
    });
  }

  it('survives a refused connection', async () => {
    await survives(
      'refused',
      () => faulty.close(),
      () => faulty.listen(),
    );
  });

  it('survives the browser going offline', async () => {
    await survives(
      'offline',
      () => tab.setOfflineMode(true),
      () => tab.setOfflineMode(false),
    );
  });

  it('says so, without an error, when the feed has no events at all', async () => {
    faulty.mode = 'empty';
    await ask();
    await listingIs('empty');
    const message = await tab.$eval(
      'kultur-events',
      (el) => el.shadowRoot!.querySelector('[part~="message"]')!.textContent,
    );
    assert.match(message!, /ingen kommende arrangementer/);
    assert.equal(await tab.$eval('kultur-events', (el) => el.matches(':state(error)')), false);
    faulty.mode = 'ok';
  });

  it('lets an event and its signup form fail and retry, with the same signup sent again', async () => {
    faulty.mode = '503';
    await tab.evaluate((id) => {
      const detail = document.createElement('kultur-event');
      detail.setAttribute('event-id', id);
      document.body.append(detail);
    }, signupEvent);
    await tab.waitForFunction(() => document.querySelector('kultur-event')?.matches(':state(error)'), {
      timeout: 15_000,
    });
    faulty.mode = 'ok';
    await (await deepElement(tab, 'kultur-event >>> [part~="retry-button"]')).click();
    const form = 'kultur-event >>> kultur-signup >>> form';
    await deepElement(tab, form);
    const type = async (name: string, text: string) => (await deepElement(tab, `${form} [name="${name}"]`)).type(text);
    await type('name', 'Fejl Finder');
    await type('email', 'fejl.finder@example.dk');
    await (await deepElement(tab, `${form} [name="consent"]`)).click();
    // The signup reaches the feed and is stored, but the answer is lost on the way back.
    faulty.mode = 'answer-lost';
    await (await deepElement(tab, `${form} [part~="submit-button"]`)).click();
    await tab.waitForFunction(
      () =>
        document.querySelector('kultur-event')!.shadowRoot!.querySelector('kultur-signup')!.matches(':state(error)'),
      { timeout: 15_000 },
    );
    faulty.mode = 'ok';
    await (await deepElement(tab, 'kultur-event >>> kultur-signup >>> [part~="retry-button"]')).click();
    await deepElement(tab, 'kultur-event >>> kultur-signup >>> [part~="answer-title"]', 10_000);
    const list = await fetch(`${feed.api}events/${signupEvent}/signups`, {
      headers: { authorization: 'Bearer e2e-publishing-token' },
    });
    const names = ((await list.json()) as { items: Array<{ name: string }> }).items.map((item) => item.name);
    assert.deepEqual(names, ['Fejl Finder'], 'signed up once, though sent twice');
  });

  it('let no exception or rejection reach the page in any of it', async () => {
    const seen = await probed(tab);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.rejections, []);
  });

  it('told the webmaster once for each kind of failure an element met, and never about the visitor being offline', () => {
    // Each line names the feed address the bundle reads, which no api attribute changed.
    const feed = `the feed address "${faulty.api}"`;
    const lines = problems.map((problem) => problem.replace(/^console\.warn: /, ''));
    const expected = [
      // The listing: 500 and 503 are one kind, the cut-off and the misshapen answer another.
      `kultur-events: ${feed} answered 500 for events?`,
      `kultur-events: ${feed} answered events?`,
      `kultur-events: ${feed} did not answer events?`,
      `kultur-events: ${feed} could not be reached for events?`,
      // The event, and the signup form inside it, which the line places in the <kultur-event> the page has.
      `kultur-event: ${feed} answered 503 for events/${signupEvent}:`,
      `kultur-event: ${feed} answered 502 for events/${signupEvent}/signups:`,
    ];
    assert.equal(lines.length, expected.length, lines.join('\n'));
    expected.forEach((start, i) => assert.ok(lines[i]!.startsWith(start), `line ${i}: ${lines[i]}`));
    for (const line of lines) {
      assert.match(line, /See docs\/webmaster-guide\.en\.md#when-something-fails\./);
      assert.match(line, /check the api attribute \(not set: the feed built into Kultur\)|tell the feed's operator/);
    }
  });
});
