import type { MiddlewareHandler } from 'hono';
import { isAdminRequest } from './cors-policy.js';
import { readOriginList } from './origin-list.js';
import { ProblemError } from './problem.js';

/** Methods a page may ask for from any origin: the feed's reads stay open to every site. */
const READS = new Set(['GET', 'HEAD']);
/** The signup route and the one for events sent in; only their POSTs are held to the list. */
const SIGNUP_PATH = /^\/v1\/events\/[^/]+\/signups\/?$/;
const SUBMISSIONS_PATH = /^\/v1\/submissions\/?$/;

/**
 * Reads `KULTUR_ALLOWED_ORIGINS`: a comma-separated list of the origins whose pages may send signups, such as
 * `https://www.lolland.dk,https://faxe.dk`. Each is checked and written as browsers send it (lower case, no default
 * port, no trailing slash); a mistyped entry stops the server at start rather than refusing citizens later.
 */
export function readAllowedOrigins(text: string | undefined): string[] {
  return readOriginList('KULTUR_ALLOWED_ORIGINS', text);
}

function refused(origin: string): ProblemError {
  return new ProblemError(
    403,
    'origin-not-allowed',
    `Pages on ${origin} may not send signups or events to this feed. The feed's operator lists the sites that may in ` +
      'KULTUR_ALLOWED_ORIGINS; ask the secretariat to add yours.',
  );
}

/**
 * Holds browser writes to the sites the operator lists. With a list: a signup POST whose `Origin` is not on it is
 * refused (403), and a CORS preflight for any public write (a signup, a cancel) is answered only for listed origins,
 * so a browser on another site never sends the request at all. The list comes from `KULTUR_ALLOWED_ORIGINS` unless given. Reads stay open to every origin. A request without
 * `Origin` is not from a page and passes: the check keeps other websites from posting signups through their visitors'
 * browsers, not a script that can send any header it likes (the rate limit is for those). An empty list changes nothing.
 */
export function allowedOrigins(
  origins: readonly string[] = readAllowedOrigins(process.env.KULTUR_ALLOWED_ORIGINS),
): MiddlewareHandler {
  const allowed = new Set(origins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (allowed.size === 0 || origin === undefined || allowed.has(origin)) return next();
    const method = c.req.method.toUpperCase();
    const preflight = method === 'OPTIONS' ? c.req.header('access-control-request-method')?.toUpperCase() : undefined;
    // Publishing and the signup list have their own list, KULTUR_ADMIN_ORIGINS: the CORS policy answers for them.
    if (preflight !== undefined && !READS.has(preflight) && !isAdminRequest(c)) throw refused(origin);
    if (method === 'POST' && (SIGNUP_PATH.test(c.req.path) || SUBMISSIONS_PATH.test(c.req.path))) throw refused(origin);
    return next();
  };
}
