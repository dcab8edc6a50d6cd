import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/ensure-chromium.mjs';
import { failingFeedMiddleware, feedServerPlugin } from './scripts/feed-server-plugin.mjs';
import { frameworkModulesPlugin } from './scripts/framework-modules-plugin.mjs';

/**
 * The contract by its package name, as the server imports it (`tsconfig.json` maps it the same way for tsc and tsx):
 * test pages that import server modules resolve it to the source.
 */
const contractByName = {
  name: 'kultur-contract-by-name',
  resolveImport({ source }) {
    if (source === '@kulturregion/kultur/contract') return '/src/contract/index.ts';
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/browser/**/*.test.ts', 'test/console/**/*.test.ts'],
  // Lit's dev mode (no `production` export condition) is wanted in tests: it warns about misuse.
  nodeResolve: true,
  // One page at a time: a page in a background tab gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
  // Lit (and Angular, in the framework test) announce their dev mode once per test file, and the elements write their
  // line for the webmaster about the dev server's deliberately failing feeds (failures.test.ts checks those lines);
  // everything else is kept.
  filterBrowserLogs: ({ args }) =>
    !(
      typeof args[0] === 'string' &&
      (args[0].startsWith('Lit is in dev mode') ||
        args[0].startsWith('Angular is running in development mode') ||
        /^kultur-[a-z]+: the feed address "[^"]*\/__kultur\/(failing|fault)\//.test(args[0]))
    ),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        args: chromiumArgs,
      },
    }),
  ],
  middleware: [failingFeedMiddleware],
  plugins: [
    contractByName,
    frameworkModulesPlugin(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    feedServerPlugin(),
  ],
};
