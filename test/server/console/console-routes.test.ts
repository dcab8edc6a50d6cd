import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { CONSOLE_POLICY } from '../../../server/src/console/console-page.js';
import { createTestFeed } from '../support/test-feed.js';

const script = async () => ({ body: new TextEncoder().encode('export {};\n'), version: 'abc123def456' });

describe('the console at /admin/', () => {
  const feed = createTestFeed({ consoleScript: script });
  after(() => feed.close());

  it('sends /admin on to /admin/, keeping the query', async () => {
    const response = await feed.request('/admin?lang=en');
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), '/admin/?lang=en');
  });

  it('serves the page under the strict policy, never cached without asking, never framed, no referrer', async () => {
    const response = await feed.request('/admin/');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/html/);
    assert.equal(response.headers.get('content-security-policy'), CONSOLE_POLICY);
    assert.match(CONSOLE_POLICY, /default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:/);
    assert.match(CONSOLE_POLICY, /frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html$/);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.ok(response.headers.get('etag'));
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const page = await response.text();
    assert.match(page, /<html lang="da">/);
    assert.match(page, /<script type="module" src="console\.js\?v=abc123def456"><\/script>/);
    assert.match(page, /<link rel="stylesheet" href="console\.css\?v=[0-9a-f]{12}" ?\/?>/);
    assert.match(page, /<console-app api="\/v1"><\/console-app>/);
    assert.doesNotMatch(page, /<script>|<style>|style=/, 'nothing inline');
  });

  it('speaks English with ?lang=en', async () => {
    assert.match(await (await feed.request('/admin/?lang=en')).text(), /<html lang="en">/);
  });

  it('keeps the script a year at its hashed address, and revalidates it at any other', async () => {
    const hashed = await feed.request('/admin/console.js?v=abc123def456');
    assert.equal(hashed.status, 200);
    assert.match(hashed.headers.get('content-type')!, /^text\/javascript/);
    assert.equal(hashed.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(await hashed.text(), 'export {};\n');
    const plain = await feed.request('/admin/console.js');
    assert.equal(plain.headers.get('cache-control'), 'no-cache');
    const etag = plain.headers.get('etag')!;
    assert.equal((await feed.request('/admin/console.js', { headers: { 'if-none-match': etag } })).status, 304);
  });

  it('serves its stylesheet the same way', async () => {
    const page = await (await feed.request('/admin/')).text();
    const href = /href="(console\.css\?v=[0-9a-f]+)"/.exec(page)![1]!;
    const css = await feed.request(`/admin/${href}`);
    assert.match(css.headers.get('content-type')!, /^text\/css/);
    assert.equal(css.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  it('answers other methods 405', async () => {
    const response = await feed.request('/admin/', { method: 'POST' });
    assert.equal(response.status, 405);
    assert.match(response.headers.get('allow')!, /GET/);
  });

  it('answers 503 with what to do when the script cannot be found', async () => {
    const broken = createTestFeed({ consoleScript: () => Promise.reject(new Error('missing')) });
    const original = console.error;
    console.error = () => {};
    try {
      const response = await broken.request('/admin/');
      assert.equal(response.status, 503);
      assert.match((await response.json()).detail, /npm run build in server\//);
    } finally {
      console.error = original;
      await broken.close();
    }
  });
});

describe('the console run from the sources', () => {
  const feed = createTestFeed();
  after(() => feed.close());

  it('builds its script on the first request: minified, Lit in production mode', async () => {
    const page = await (await feed.request('/admin/')).text();
    const src = /src="(console\.js\?v=[0-9a-f]{12})"/.exec(page)![1]!;
    const response = await feed.request(`/admin/${src}`);
    assert.equal(response.status, 200);
    const code = await response.text();
    assert.ok(code.length > 10_000);
    assert.match(code, /console-app/);
    assert.doesNotMatch(code, /Lit is in dev mode/);
    assert.doesNotMatch(code, /\/\*\*/, 'minified: no doc comments');
    assert.ok(code.indexOf('\n') > 1_000, 'minified: long lines');
  });
});
