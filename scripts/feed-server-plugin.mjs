/**
 * A web-test-runner plugin that runs the real feed server for the browser tests.
 *
 * On `serverStart` it starts `server/src/cli.ts` (through tsx) on a free port with a fresh, seeded SQLite file
 * and a random admin token; the tests ask for both at `/__kultur/feed` (see `test/browser/feed.ts`). On
 * `serverStop` it stops the server and deletes the database.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const READY_LINE = /listening on (http:\/\/\S+)/;
/** The route the browser tests fetch to learn where the feed is. */
export const FEED_INFO_PATH = '/__kultur/feed';
/**
 * A feed that is down: every request under it answers 503 with problem details, which the real server never does on
 * purpose. Tests point a client at `${FAILING_FEED_PATH}/v1/` to see the elements' error states.
 */
export const FAILING_FEED_PATH = '/__kultur/failing';
/**
 * Addresses that fail the other ways a feed address fails, one a mode: `${FAULTY_FEED_PATH}/<mode>/v1/`. `html-404` is
 * a web site without the page (404, HTML); `html` a web site answering every address with its front page (200, HTML);
 * `wrong-shape` JSON that is not the contract's; `refused` a 400 with problem details; `slow` answers 503 after two
 * seconds, for a client with a shorter timeout.
 */
export const FAULTY_FEED_PATH = '/__kultur/fault';

const problem = (status, title) => ({
  type: 'about:blank',
  title,
  status,
  detail: status === 400 ? 'municipality: "lolan" is not a municipality id.' : 'Down.',
});
const faults = {
  'html-404': () => ({ status: 404, type: 'text/html', body: '<!doctype html><title>Siden findes ikke</title>' }),
  html: () => ({ status: 200, type: 'text/html', body: '<!doctype html><title>Forside</title><h1>Velkommen</h1>' }),
  'wrong-shape': () => ({ status: 200, type: 'application/json', body: '{"events":"none"}' }),
  refused: () => ({ status: 400, type: 'application/problem+json', body: JSON.stringify(problem(400, 'Bad Request')) }),
  slow: async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    return { status: 503, type: 'application/problem+json', body: JSON.stringify(problem(503, 'Service Unavailable')) };
  },
};

/**
 * Dev-server middleware for the failing feed and the faulty addresses (a plugin's `serve` hook can only answer 200).
 *
 * @param {import('koa').Context} context
 * @param {() => Promise<unknown>} next
 */
export async function failingFeedMiddleware(context, next) {
  let answer;
  if (context.path.startsWith(`${FAILING_FEED_PATH}/`)) {
    answer = {
      status: 503,
      type: 'application/problem+json',
      body: JSON.stringify(problem(503, 'Service Unavailable')),
    };
  } else if (context.path.startsWith(`${FAULTY_FEED_PATH}/`)) {
    const fault = faults[context.path.slice(FAULTY_FEED_PATH.length + 1).split('/')[0]];
    if (fault) answer = await fault();
  }
  if (!answer) return next();
  context.status = answer.status;
  context.type = answer.type;
  context.set('cache-control', 'no-store');
  context.set('access-control-allow-origin', '*');
  context.body = answer.body;
}

/**
 * @param {{ cli?: string; startTimeout?: number }} [options] the server's entry (relative to the repository root)
 *   and how long to wait for its listening line, in ms
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function feedServerPlugin({ cli = 'server/src/cli.ts', startTimeout = 30_000 } = {}) {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  /** @type {string | undefined} */
  let dir;
  /** @type {{ baseUrl: string; adminToken: string } | undefined} */
  let info;
  let stopping = false;

  return {
    name: 'kultur-feed-server',

    async serverStart({ config, logger }) {
      dir = await mkdtemp(join(tmpdir(), 'kultur-wtr-'));
      const adminToken = randomBytes(24).toString('hex');
      const args = ['--import', 'tsx', cli, '--port', '0', '--host', '127.0.0.1'];
      args.push('--db', join(dir, 'feed.sqlite'), '--seed', '--demo-outbox');
      child = spawn(process.execPath, args, {
        cwd: ROOT,
        env: {
          ...process.env,
          KULTUR_ADMIN_TOKEN: adminToken,
          // The test pages publish and read signup lists from the test runner's origin, across origins.
          KULTUR_ADMIN_ORIGINS: `${config.http2 ? 'https' : 'http'}://${config.hostname}:${config.port}`,
          // Every browser test signs up from 127.0.0.1: the per-address limit (10 a minute) would refuse them.
          KULTUR_SIGNUP_RATE: '0',
          KULTUR_SUBMISSION_RATE: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let url;
      try {
        url = await waitForListening(child, startTimeout);
      } catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
      info = { baseUrl: `${url.replace(/\/+$/, '')}/v1/`, adminToken };
      child.once('exit', (code, signal) => {
        if (!stopping) logger.error(`The feed server stopped during the tests (code ${code}, signal ${signal}).`);
      });
    },

    serve(context) {
      if (context.path !== FEED_INFO_PATH) return undefined;
      if (!info) throw new Error('The feed server is not running.');
      return { body: JSON.stringify(info), type: 'application/json', headers: { 'cache-control': 'no-store' } };
    },

    async serverStop() {
      stopping = true;
      await stop(child);
      child = undefined;
      if (dir) await rm(dir, { recursive: true, force: true });
      dir = undefined;
    },
  };
}

/**
 * Resolves with the URL from the server's listening line; rejects, with its stderr, if it exits or is too slow.
 *
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} timeout
 * @returns {Promise<string>}
 */
function waitForListening(child, timeout) {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const output = () => `\n--- stdout ---\n${stdout.trim()}\n--- stderr ---\n${stderr.trim()}`;
    const fail = (message) => {
      cleanup();
      child.kill('SIGKILL');
      reject(new Error(`${message}${output()}`));
    };
    const onStdout = (chunk) => {
      stdout = (stdout + chunk).slice(-20_000);
      const match = READY_LINE.exec(stdout);
      if (!match) return;
      cleanup();
      resolve(match[1]);
    };
    const onStderr = (chunk) => {
      stderr = (stderr + chunk).slice(-20_000);
    };
    const onExit = (code, signal) => fail(`The feed server exited before listening (code ${code}, signal ${signal}).`);
    const onError = (error) => fail(`The feed server could not be started: ${error.message}.`);
    const timer = setTimeout(
      () => fail(`The feed server did not print "listening on http://…" within ${timeout / 1000} s.`),
      timeout,
    );
    function cleanup() {
      clearTimeout(timer);
      child.stdout.off('data', onStdout);
      child.stderr.off('data', onStderr);
      child.off('exit', onExit);
      child.off('error', onError);
      // Keep draining both pipes so a chatty server never blocks on a full one.
      child.stdout.resume();
      child.stderr.resume();
    }
    child.stdout.setEncoding('utf8').on('data', onStdout);
    child.stderr.setEncoding('utf8').on('data', onStderr);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

/**
 * SIGTERM, then SIGKILL if the server has not stopped after five seconds.
 *
 * @param {import('node:child_process').ChildProcess | undefined} child
 */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
