import { Hono, type Context } from 'hono';
import { cachePolicy } from '../http/cache-policy.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';
import { defaultConsoleScript, type LoadConsoleScript } from './console-bundle.js';
import { CONSOLE_CSS, CONSOLE_CSS_VERSION, CONSOLE_POLICY, consolePage } from './console-page.js';

/** Where the console lives on the feed's origin. */
export const CONSOLE_PATH = '/admin/';

export interface ConsoleRouteOptions {
  /** Finds the console's script; by default the built file, or a build from the sources when run from them. */
  script?: LoadConsoleScript;
}

/**
 * The console at `/admin/`: one HTML page, its script (`console.js`) and stylesheet (`console.css`), all from the
 * feed's own origin under a strict policy. The sign-in token travels in the address's fragment, which no request
 * carries; `Referrer-Policy: no-referrer` keeps even the page's address out of any request it makes.
 *
 * The page is revalidated every time (`no-cache`, with the ETag every GET gets), so a new release is seen at once;
 * it names the script and stylesheet with a hash of their content (`?v=`), and those exact addresses may be kept a
 * year. Without the current hash the answer is revalidated like the page.
 */
export function consoleRoutes({ script = defaultConsoleScript }: ConsoleRouteOptions = {}): Hono {
  const app = new Hono();

  app.use(`${CONSOLE_PATH}*`, async (c, next) => {
    await next();
    c.header('x-frame-options', 'DENY');
    c.header('referrer-policy', 'no-referrer');
    c.header('cross-origin-opener-policy', 'same-origin');
    c.header('cross-origin-resource-policy', 'same-origin');
  });

  app.get('/admin', (c) => c.redirect(`${CONSOLE_PATH}${new URL(c.req.url).search}`, 301));

  app.get(CONSOLE_PATH, async (c) => {
    const { version } = await loaded(script);
    const lang = c.req.query('lang')?.toLowerCase().startsWith('en') ? 'en' : 'da';
    c.header('content-security-policy', CONSOLE_POLICY);
    c.header('cache-control', 'no-cache');
    return c.html(consolePage({ lang, scriptVersion: version }));
  });

  app.get(`${CONSOLE_PATH}console.js`, async (c) => {
    const { body, version } = await loaded(script);
    return file(c, body, 'text/javascript; charset=utf-8', version);
  });

  app.get(`${CONSOLE_PATH}console.css`, (c) =>
    file(c, new TextEncoder().encode(CONSOLE_CSS), 'text/css; charset=utf-8', CONSOLE_CSS_VERSION),
  );

  for (const path of ['/admin', CONSOLE_PATH, `${CONSOLE_PATH}console.js`, `${CONSOLE_PATH}console.css`]) {
    app.all(path, methodNotAllowed(['GET']));
  }
  return app;
}

function file(c: Context, body: Uint8Array<ArrayBuffer>, type: string, version: string): Response {
  c.header('content-type', type);
  c.header('cache-control', c.req.query('v') === version ? cachePolicy.immutable : 'no-cache');
  c.header('content-security-policy', "default-src 'none'");
  return c.body(body);
}

async function loaded(script: LoadConsoleScript) {
  try {
    return await script();
  } catch (error) {
    console.error('kultur-server: the console could not be loaded:', error);
    throw new ProblemError(
      503,
      'unavailable',
      "The console's script is missing from this installation: build the server (npm run build in server/), " +
        'or install a published release, and start it again.',
    );
  }
}
