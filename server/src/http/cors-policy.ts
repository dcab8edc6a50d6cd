import type { Context, MiddlewareHandler } from 'hono';
import { readOriginList } from './origin-list.js';
import { ProblemError } from './problem.js';

/** Response headers a page on another site may read: revalidation, the new event's address, retries and replays. */
const EXPOSED = 'ETag, Location, Retry-After, Idempotent-Replayed';
/** Seconds a browser may keep a preflight's answer. */
const PREFLIGHT_MAX_AGE = '86400';

/** What any site may do: read, sign up (POST) and cancel with a cancel token (DELETE). */
const PUBLIC_METHODS = 'GET, HEAD, POST, DELETE';
const PUBLIC_HEADERS = 'Content-Type, Idempotency-Key, If-None-Match';
/** What the operator's own consoles may do besides: publish and read signup lists with the publishing token. */
const ADMIN_METHODS = 'GET, HEAD, POST, PUT, DELETE';
const ADMIN_HEADERS = `Authorization, ${PUBLIC_HEADERS}`;

const EVENTS = /^\/v1\/events\/?$/;
const EVENT = /^\/v1\/events\/[^/]+\/?$/;
const SIGNUP_LIST = /^\/v1\/events\/[^/]+\/signups\/?$/;
const IMAGES = /^\/v1\/images\/?$/;

/**
 * Reads `KULTUR_ADMIN_ORIGINS`: the origins whose pages may publish and read signup lists across origins, such as a
 * console on `https://admin.kulturregion.dk`. Empty by default: a console served by the feed itself is same-origin,
 * and scripts and machines do not use CORS at all.
 */
export function readAdminOrigins(text: string | undefined): string[] {
  return readOriginList('KULTUR_ADMIN_ORIGINS', text);
}

/** The method a CORS preflight asks about, or undefined when the request is not a preflight. */
function preflightMethod(c: Context): string | undefined {
  if (c.req.method !== 'OPTIONS') return undefined;
  return c.req.header('access-control-request-method')?.trim().toUpperCase();
}

/**
 * Whether a request, or the request a preflight asks about, is for the admin audience: publishing, the organisers'
 * signup list, uploading a picture, or anything sent with `Authorization` (a token is never the public's).
 */
export function isAdminRequest(c: Context): boolean {
  const asked = preflightMethod(c);
  const carriesToken =
    asked === undefined
      ? c.req.header('authorization') !== undefined
      : (c.req.header('access-control-request-headers') ?? '')
          .split(',')
          .some((name) => name.trim().toLowerCase() === 'authorization');
  if (carriesToken) return true;
  const method = asked ?? c.req.method.toUpperCase();
  const path = c.req.path;
  // No public route takes PUT, so a PUT anywhere is publishing.
  if (method === 'PUT') return true;
  if (method === 'POST') return EVENTS.test(path) || IMAGES.test(path);
  if (method === 'DELETE') return EVENT.test(path);
  if (method === 'GET' || method === 'HEAD') return SIGNUP_LIST.test(path);
  return false;
}

function refused(origin: string | undefined): ProblemError {
  const site = origin === undefined ? 'Pages that send no Origin' : `Pages on ${origin}`;
  return new ProblemError(
    403,
    'origin-not-allowed',
    `${site} may not publish, read signup lists or send a publishing token to this feed. The feed's operator ` +
      'lists the consoles that may in KULTUR_ADMIN_ORIGINS; scripts and servers are not held by it.',
  );
}

/**
 * The feed's CORS policy, for two audiences.
 *
 * - Public: reads, signups and cancelling with a cancel token are open to pages on any site
 *   (`Access-Control-Allow-Origin: *`, no credentials), so a municipality can embed the feed without asking.
 *   `KULTUR_ALLOWED_ORIGINS` (`allowed-origins.ts`) may still hold signups to listed sites.
 * - Admin (`isAdminRequest`): publishing, the signup lists and anything with `Authorization` hold personal data or
 *   change the feed, so no page may read their answers unless its origin is in `KULTUR_ADMIN_ORIGINS`; a listed
 *   origin is echoed, with `Vary: Origin`. A preflight for an admin request from any other origin is refused with 403,
 *   so the browser never sends the request. A stolen token still works from a script: CORS only keeps other sites'
 *   pages from using a token they get hold of, and from reading what it returns.
 *
 * Headers are set after the route answered, so they reach problem answers and the ETag middleware's 304s too.
 */
export function corsPolicy(
  adminOrigins: readonly string[] = readAdminOrigins(process.env.KULTUR_ADMIN_ORIGINS),
): MiddlewareHandler {
  const listed = new Set(adminOrigins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const admin = isAdminRequest(c);
    const grant = !admin ? '*' : origin !== undefined && listed.has(origin) ? origin : undefined;

    if (preflightMethod(c) !== undefined) {
      if (grant === undefined) throw refused(origin);
      const headers = new Headers({
        'access-control-allow-origin': grant,
        'access-control-allow-methods': admin ? ADMIN_METHODS : PUBLIC_METHODS,
        'access-control-allow-headers': admin ? ADMIN_HEADERS : PUBLIC_HEADERS,
        'access-control-max-age': PREFLIGHT_MAX_AGE,
      });
      if (admin) headers.set('vary', 'Origin');
      return new Response(null, { status: 204, headers });
    }

    // Not a preflight, and no route takes OPTIONS: it is answered here, like a preflight's empty 204.
    if (c.req.method === 'OPTIONS') c.res = new Response(null, { status: 204 });
    else await next();
    const headers = c.res.headers;
    // An admin answer differs by origin; a shared cache must not hand one origin's grant to another.
    if (admin) headers.append('vary', 'Origin');
    if (grant === undefined) return;
    headers.set('access-control-allow-origin', grant);
    headers.set('access-control-expose-headers', EXPOSED);
  };
}
