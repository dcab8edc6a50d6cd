import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { KulturEvent } from '../../../src/contract/schema.js';
import { cachePolicy } from '../../../server/src/http/cache-policy.js';
import { problemType, type ProblemKind } from '../../../server/src/http/problem.js';
import { DEMO_IMAGE_POLICY } from '../../../server/src/images/demo-image-routes.js';
import { DEMO_IMAGES_PATH, demoImages, demoImagesFolder } from '../../../server/src/images/demo-images.js';
import { seedDatabase } from '../../../server/src/seed/seed-database.js';
import { startCli, type CliProcess } from '../support/cli-process.js';
import { assertProblem } from '../support/problem-assertions.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

/** The test feed answers `http://feed.test/…` (`support/test-feed.ts`): its own root, as the command line passes it. */
const BASE = 'http://feed.test';

/** Asserts a refusal of the given kind, with problem details. */
async function assertRefused(response: Response, status: number, kind: ProblemKind): Promise<void> {
  const problem = await assertProblem(response, status);
  assert.equal(problem.type, problemType(kind));
}

/** Every event in the feed, page after page. */
async function allEvents(get: (path: string) => Promise<Response>): Promise<KulturEvent[]> {
  const events: KulturEvent[] = [];
  let cursor: string | null = null;
  do {
    const response = await get(`/v1/events?from=2000-01-01&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    const page = (await response.json()) as { items: KulturEvent[]; nextCursor: string | null };
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return events;
}

/** The image URLs of the seeded events, each once. */
async function seededImageUrls(get: (path: string) => Promise<Response>): Promise<string[]> {
  return [...new Set((await allEvents(get)).flatMap((event) => (event.image ? [event.image.url] : [])))];
}

/** Sends `path` exactly as written (fetch would tidy `..` and the like first). */
function rawGet(origin: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, type: response.headers['content-type'] ?? '', body }),
      );
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** Paths under the pictures' folder that name no picture, however they are written. */
const HOSTILE = [
  '',
  '.',
  '..',
  '%2e%2e',
  'README.md',
  'mobilhistorie',
  'MOBILHISTORIE.SVG',
  'mobilhistorie.svg/',
  'mobilhistorie.svg%2F',
  'mobilhistorie.svg.gz',
  'mobilhistorie.svg%20',
  'sub/mobilhistorie.svg',
  '..%2F..%2Fpackage.json',
  '..%2f..%2fpackage.json',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '%2E%2E%2F%2E%2E%2Fsrc%2Fcli.ts',
  '..%5C..%5Cpackage.json',
  '%2Fetc%2Fpasswd',
  '%252e%252e%252fpackage.json',
  'demo-images%2Fmobilhistorie.svg',
];

describe('GET /v1/images/demo/{file}', () => {
  let feed: TestFeed;
  let urls: string[];
  before(async () => {
    feed = createTestFeed();
    await seedDatabase(feed.storage, new Date(), { imageBase: BASE });
    urls = await seededImageUrls(feed.request);
  });
  after(() => feed.close());

  const path = (url: string) => url.slice(BASE.length);

  it('answers every seeded image URL with its picture, an SVG that can run and fetch nothing', async () => {
    assert.equal(urls.length, demoImages().size, 'each picture is some event’s');
    for (const url of urls) {
      assert.ok(url.startsWith(`${BASE}${DEMO_IMAGES_PATH}`), url);
      const response = await feed.request(path(url), { headers: { origin: 'https://www.lolland.dk' } });
      assert.equal(response.status, 200, url);
      const headers = Object.fromEntries(response.headers);
      assert.equal(headers['content-type'], 'image/svg+xml', url);
      assert.equal(headers['cache-control'], 'public, max-age=31536000, immutable', url);
      assert.equal(headers['x-content-type-options'], 'nosniff', url);
      assert.equal(headers['content-security-policy'], "default-src 'none'; style-src 'unsafe-inline'; sandbox", url);
      assert.equal(headers['cross-origin-resource-policy'], 'cross-origin', url);
      assert.equal(headers['access-control-allow-origin'], '*', url);
      assert.match(headers.etag ?? '', /^"[0-9a-f]+"$/, url);
      const name = new URL(url).pathname.slice(DEMO_IMAGES_PATH.length);
      assert.deepEqual(Buffer.from(await response.arrayBuffer()), readFileSync(new URL(name, demoImagesFolder)), url);
    }
  });

  it('answers HEAD with the headers and no body, and a repeated GET with 304', async () => {
    const url = path(urls[0]!);
    const head = await feed.request(url, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-type'), 'image/svg+xml');
    assert.equal(head.headers.get('content-security-policy'), DEMO_IMAGE_POLICY);
    assert.equal(await head.text(), '');
    const tag = head.headers.get('etag')!;
    const again = await feed.request(url, { headers: { 'if-none-match': tag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), tag);
  });

  it('keeps an address without the current version for an hour only, since its picture may change', async () => {
    const url = new URL(urls[0]!);
    for (const search of ['', '?v=0123456789ab', `?v=${url.searchParams.get('v')}x`, '?width=320']) {
      const response = await feed.request(`${url.pathname}${search}`);
      assert.equal(response.status, 200, search);
      assert.equal(response.headers.get('cache-control'), cachePolicy.reference, search);
      assert.equal(response.headers.get('content-type'), 'image/svg+xml', search);
    }
    const current = await feed.request(`${url.pathname}${url.search}&width=320`);
    assert.equal(current.headers.get('cache-control'), cachePolicy.immutable, 'other parameters are ignored');
  });

  for (const file of HOSTILE) {
    it(`answers ${DEMO_IMAGES_PATH}${file} with a 404 and problem details, never a file`, async () => {
      const response = await feed.request(`${DEMO_IMAGES_PATH}${file}`);
      await assertRefused(response, 404, 'not-found');
    });
  }

  it('refuses a NUL in the name with a 400, as everywhere in the feed', async () => {
    for (const file of ['mobilhistorie.svg%00', '%00', 'mobilhistorie.svg%00.png']) {
      await assertRefused(await feed.request(`${DEMO_IMAGES_PATH}${file}`), 400, 'invalid-parameter');
    }
  });

  it('takes only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await feed.request(path(urls[0]!), { method });
      await assertRefused(response, 405, 'method-not-allowed');
      assert.equal(response.headers.get('allow'), 'GET, HEAD, OPTIONS', method);
    }
  });

  it('is in the OpenAPI document', async () => {
    const document = await (await feed.request('/v1/openapi.json')).json();
    const operation = document.paths['/v1/images/demo/{file}']?.get;
    assert.ok(operation, 'the path is described');
    assert.ok(operation.responses['200'].content['image/svg+xml']);
    assert.ok(operation.responses['404']);
  });
});

describe('the demo pictures', () => {
  const files = [...demoImages().values()];

  it('are the SVG files of assets/demo-images, and nothing else there is served', () => {
    assert.ok(files.length >= 10, `${files.length} pictures`);
    assert.equal(demoImages().has('README.md'), false);
  });

  for (const { name, body } of files) {
    it(`${name} is a small, self-contained drawing with no text, script or outside reference`, () => {
      const svg = new TextDecoder().decode(body);
      assert.ok(body.byteLength < 6_000, `${body.byteLength} bytes`);
      assert.match(
        svg,
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 800 450" width="800" height="450">/,
      );
      assert.match(svg.trimEnd(), /<\/svg>$/);
      for (const banned of [/<script/i, /<foreignObject/i, /<text/i, /<image/i, /<style/i, /<a[\s>]/i, /<iframe/i]) {
        assert.doesNotMatch(svg, banned);
      }
      // Attributes: no event handlers, and links and paint servers only to the file's own elements.
      assert.doesNotMatch(svg, /\son\w+\s*=/i);
      for (const [, target] of svg.matchAll(/href="([^"]*)"/g)) assert.match(target!, /^#[\w-]+$/);
      for (const [, target] of svg.matchAll(/url\(([^)]*)\)/g)) assert.match(target!, /^#[\w-]+$/);
      for (const [, id] of svg.matchAll(/(?:href="|url\()#([\w-]+)/g)) assert.match(svg, new RegExp(`id="${id}"`));
    });
  }
});

describe('kultur-server --seed: pictures from its own address', () => {
  let database: TestDatabase;
  before(async () => {
    database = createTestDatabase();
    await database.ready();
  });
  after(() => database.drop());

  /** Starts the command line on a fresh database, seeded; `stop` ends it and empties the database again. */
  async function seeded(args: string[], env: Record<string, string> = {}, cli = 'server/src/cli.ts') {
    const fresh = createTestDatabase();
    await fresh.ready();
    const server = startCli(['--port', '0', '--host', '127.0.0.1', ...fresh.serverArgs, '--seed', ...args], env, cli);
    const url = await server.url;
    return {
      server,
      url,
      get: (path: string) => fetch(`${url}${path}`),
      stop: async () => {
        assert.equal(await server.stop(), 0);
        await fresh.drop();
      },
    };
  }

  it('on loopback, points the images at itself, says so, and serves them', async () => {
    const { server, url, get, stop } = await seeded([]);
    try {
      assert.match(server.output(), new RegExp(`Seeded \\d+ events .*, with pictures from ${url}/v1/images/demo/\\n`));
      const urls = await seededImageUrls(get);
      assert.equal(urls.length, demoImages().size);
      for (const image of urls) {
        assert.ok(image.startsWith(`${url}/v1/images/demo/`), image);
        const response = await fetch(image);
        assert.equal(response.status, 200, image);
        assert.equal(response.headers.get('content-type'), 'image/svg+xml', image);
        await response.arrayBuffer();
      }
      // Sent as written, with no client tidying the dot segments away first.
      for (const hostile of ['/v1/images/demo/../../package.json', '/v1/images/demo/..%2F..%2Fpackage.json']) {
        const answer = await rawGet(url, hostile);
        assert.equal(answer.status, 404, hostile);
        assert.match(answer.type, /^application\/problem\+json/, hostile);
      }
    } finally {
      await stop();
    }
  });

  it('with --public-url, points them at the public address', async () => {
    const { server, get, stop } = await seeded(['--public-url', 'https://feed.example.dk/']);
    try {
      assert.match(server.output(), /, with pictures from https:\/\/feed\.example\.dk\/v1\/images\/demo\//);
      const urls = await seededImageUrls(get);
      assert.ok(urls.length > 0);
      for (const image of urls) assert.ok(image.startsWith('https://feed.example.dk/v1/images/demo/'), image);
    } finally {
      await stop();
    }
  });

  it('without an address to point at, seeds no images and says how to have them', async () => {
    // Mail that leaves the machine and no public URL: the links in messages have no base either.
    const { server, get, stop } = await seeded([], {
      KULTUR_SMTP_URL: 'smtp://127.0.0.1:9',
      KULTUR_MAIL_FROM: 'Kultur <kultur@example.dk>',
    });
    try {
      assert.match(server.output(), /Seeded \d+ events .*, without pictures: set --public-url \(KULTUR_PUBLIC_URL\)/);
      const events = await allEvents(get);
      assert.ok(events.length > 150);
      assert.equal(events.filter((event) => event.image).length, 0);
    } finally {
      await stop();
    }
  });

  it('keeps the URLs of a database seeded before, and prints no seed line', async () => {
    const first = startCli(['--port', '0', ...database.serverArgs, '--seed']);
    const firstUrl = await first.url;
    const before = await seededImageUrls((path) => fetch(`${firstUrl}${path}`));
    assert.equal(await first.stop(), 0);
    const again: CliProcess = startCli(['--port', '0', ...database.serverArgs, '--seed']);
    try {
      const url = await again.url;
      assert.doesNotMatch(again.output(), /Seeded/);
      assert.deepEqual(await seededImageUrls((path) => fetch(`${url}${path}`)), before);
    } finally {
      assert.equal(await again.stop(), 0);
    }
  });

  it('finds the pictures from the bundle too, which sits one folder below the package root like dist/cli.js', async () => {
    const serverRoot = fileURLToPath(new URL('../../../server/', import.meta.url));
    const outDir = mkdtempSync(join(serverRoot, '.bundle-test-'));
    try {
      await build({
        entryPoints: [join(serverRoot, 'src', 'cli.ts')],
        outfile: join(outDir, 'cli.js'),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'esm',
        packages: 'external',
        logLevel: 'warning',
      });
      const { url, get, stop } = await seeded([], {}, join(outDir, 'cli.js'));
      try {
        const [image = ''] = await seededImageUrls(get);
        assert.ok(image.startsWith(`${url}/v1/images/demo/`), image);
        const response = await fetch(image);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-type'), 'image/svg+xml');
        await response.arrayBuffer();
      } finally {
        await stop();
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
