import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { consoleBuildOptions } from '../../../server/console-build.mjs';
import { startCli } from '../support/cli-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The published server runs `dist/cli.js` and finds the console's script beside it, in `dist/admin/` (as
 * `server/build.mjs` writes them); a copy without it answers 503 with what to do, and keeps serving the feed.
 */
describe('the console served by the bundled server', () => {
  const serverRoot = fileURLToPath(new URL('../../../server/', import.meta.url));
  let outDir: string;
  /** A copy of the package's layout: `dist/cli.js`, `dist/admin/`, `assets/`. */
  let packageDir: string;
  let database: TestDatabase;

  before(async () => {
    outDir = mkdtempSync(join(serverRoot, '.bundle-test-'));
    packageDir = join(outDir, 'package');
    mkdirSync(join(packageDir, 'dist'), { recursive: true });
    symlinkSync(join(serverRoot, 'assets'), join(packageDir, 'assets'));
    database = createTestDatabase();
    await database.ready();
    await build({
      entryPoints: [join(serverRoot, 'src', 'cli.ts')],
      outfile: join(packageDir, 'dist', 'cli.js'),
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'esm',
      packages: 'external',
      logLevel: 'warning',
    });
  });
  after(async () => {
    rmSync(outDir, { recursive: true, force: true });
    await database.drop();
  });

  async function served(check: (url: string) => Promise<void>): Promise<void> {
    const cli = startCli(['--port', '0', ...database.serverArgs], {}, join(packageDir, 'dist', 'cli.js'));
    try {
      await check(await cli.url);
    } finally {
      await cli.stop();
    }
  }

  it('answers 503 while dist/admin/ has no script, and still serves the feed', async () => {
    await served(async (url) => {
      const page = await fetch(`${url}/admin/`);
      assert.equal(page.status, 503);
      assert.match(((await page.json()) as { detail: string }).detail, /npm run build in server\//);
      assert.equal((await fetch(`${url}/healthz`)).status, 200);
    });
  });

  it('serves the script build.mjs wrote beside it', async () => {
    await build({
      ...consoleBuildOptions({ write: true }),
      outdir: join(packageDir, 'dist', 'admin'),
      sourcemap: false,
    });
    await served(async (url) => {
      const page = await (await fetch(`${url}/admin/`)).text();
      const src = /src="(console\.js\?v=[0-9a-f]{12})"/.exec(page)?.[1];
      assert.ok(src, page);
      const script = await fetch(`${url}/admin/${src}`);
      assert.equal(script.status, 200);
      assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.match(await script.text(), /console-app/);
    });
  });
});
