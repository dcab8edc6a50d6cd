import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import * as z from 'zod/mini';
import { allowedOrigins } from './http/allowed-origins.js';
import { cachedJson, cachePolicy } from './http/cache-policy.js';
import { abortedByClient, answerAbortedByClient } from './http/client-abort.js';
import { clientAddress as socketOrProxyAddress, type ClientAddress } from './http/client-address.js';
import { corsPolicy } from './http/cors-policy.js';
import { readCache, type ReadCacheOptions } from './http/read-cache.js';
import { methodNotAllowed, refuseOtherMethods } from './http/method-not-allowed.js';
import { ProblemError, problemResponse, problemType } from './http/problem.js';
import { refuseNul } from './http/refuse-nul.js';
import { securityHeaders } from './http/security-headers.js';
import { isStorageBusy } from './db/storage-busy.js';
import { EVENT_PATH, EVENTS_PATH, eventRoutes } from './events/event-routes.js';
import { registerCalendarRoutes } from './ics/calendar-routes.js';
import { registerDemoImageRoutes } from './images/demo-image-routes.js';
import { requireAdminToken } from './publishing/admin-auth.js';
import { publishingRoutes } from './publishing/publishing-routes.js';
import { openApiDocument } from './openapi.js';
import { messageComposer } from './signups/messages.js';
import { registerSignupRoutes } from './signups/signup-routes.js';
import type { Storage } from './db/storage.js';
import type { ComposeMessage } from './signups/signup-store.js';

// Problem details are read by webmasters and developers; the feed's error messages are English like its docs.
z.config(z.locales.en());

/** Largest request body: an event with a 20,000-character description fits with room to spare. */
export const MAX_BODY_BYTES = 128 * 1024;

/** The privacy text version a signup records when it names none. */
export const DEFAULT_PRIVACY_VERSION = '2026-01';
/** Days after an event that its signups are deleted. */
export const DEFAULT_RETENTION_DAYS = 30;
/** Signup requests per minute from one address. */
export const DEFAULT_SIGNUP_RATE = 10;
/** Days an idempotency key is kept: a client's retries come within minutes, so a week is ample. */
export const IDEMPOTENCY_KEY_DAYS = 7;
/** Seconds a client is asked to wait after the database gave up on a lock: others' transactions take milliseconds. */
const BUSY_RETRY_AFTER_S = 1;

export interface AppOptions {
  storage: Storage;
  /**
   * Bootstrap publishing tokens (`KULTUR_ADMIN_TOKEN`). Tokens made with `kultur-server token create` are found in the
   * storage as well; with neither, every admin call is 401.
   */
  adminTokens: readonly string[];
  /** The clock; tests pass their own. */
  now?: () => Date;
  /**
   * Where the server's root is reached from outside, such as `https://feed.example.dk`: the cancel links in messages
   * start with it, and never with anything a request carries (a `Host` header is the sender's to choose). A function
   * is asked at each message: the command line knows its own listening address only once it listens. Without it,
   * messages carry no links.
   */
  publicUrl?: string | (() => string | undefined);
  /** Recorded when a signup names no privacy text version. */
  privacyVersion?: string;
  /** Days after an event that its signups are deleted; the messages say so (the sweep itself runs in `cli.ts`). */
  retentionDays?: number;
  /** Signup requests per minute per address; 0 turns the limit off. */
  signupRate?: number;
  /** Finds the address a request came from; by default the connection's peer, with no proxy trusted. */
  clientAddress?: ClientAddress;
  /** Serves the outbox at `GET /v1/dev/outbox` without a token: for a local demo only, as it holds personal data. */
  demoOutbox?: boolean;
  /** Called after a write queued messages, so the mailer sends them at once rather than on its next round. */
  onMessagesQueued?: () => void;
  /** Keeps public GET answers in memory until the database changes (`http/read-cache.ts`); off without it. */
  readCache?: ReadCacheOptions;
  /**
   * Origins whose pages may publish and read signup lists across origins (`KULTUR_ADMIN_ORIGINS`, read when not
   * given); every other site's pages get no CORS grant on those (`http/cors-policy.ts`).
   */
  adminOrigins?: readonly string[];
  /** Origins whose pages may send signups (`KULTUR_ALLOWED_ORIGINS`, read when not given); empty: any page may. */
  allowedOrigins?: readonly string[];
}

/** The feed's HTTP API. Transport-free: `cli.ts` serves it on Node, tests call `app.request()` directly. */
export function createApp({
  storage,
  adminTokens,
  now = () => new Date(),
  publicUrl,
  privacyVersion = DEFAULT_PRIVACY_VERSION,
  retentionDays = DEFAULT_RETENTION_DAYS,
  signupRate = DEFAULT_SIGNUP_RATE,
  clientAddress = socketOrProxyAddress([]),
  demoOutbox = false,
  onMessagesQueued = () => {},
  readCache: readCacheOptions,
  adminOrigins,
  allowedOrigins: signupOrigins,
}: AppOptions): Hono {
  const app = new Hono();
  const admin = requireAdminToken(adminTokens, { store: storage, now });
  // The CORS policy, outside it, adds its headers to the 304 as well: a cross-origin revalidation stays readable.
  const computeEtag = etag();
  const linkBase = typeof publicUrl === 'function' ? publicUrl : () => publicUrl;
  const compose: ComposeMessage = (notice) =>
    messageComposer({ baseUrl: linkBase()?.replace(/\/+$/, ''), retentionDays })(notice);

  app.use('*', securityHeaders());
  app.use('*', allowedOrigins(signupOrigins));
  app.use('*', refuseNul());
  app.use('*', corsPolicy(adminOrigins));
  // The ETag is a hash of the body, so every server process gives the same answer the same tag.
  app.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? computeEtag(c, next) : next()));
  if (readCacheOptions) app.use('*', readCache(readCacheOptions));
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        // The rest of the body is never read: the connection must not carry another request (RFC 9112, 9.6).
        throw new ProblemError(413, 'payload-too-large', `Send at most ${MAX_BODY_BYTES} bytes in one request.`, {
          headers: { connection: 'close' },
        });
      },
    }),
  );

  // Before `/v1/events/:id`, which would otherwise take `{id}.ics` as an id.
  registerCalendarRoutes(app, { storage, now });
  app.route('/', eventRoutes({ storage, now }));

  app.route('/', publishingRoutes({ storage, admin, now, compose, onMessagesQueued }));
  // After both rooms that serve these paths: reads are the events room's, writes publishing's.
  refuseOtherMethods(app, EVENTS_PATH);
  refuseOtherMethods(app, EVENT_PATH);

  registerSignupRoutes(app, {
    storage,
    admin,
    now,
    privacyVersion,
    signupRate,
    clientAddress,
    demoOutbox,
    compose,
    onMessagesQueued,
  });

  registerDemoImageRoutes(app);

  const openApi = openApiDocument();
  app.get('/v1/openapi.json', (c) => cachedJson(c, openApi, cachePolicy.reference));
  app.all('/v1/openapi.json', methodNotAllowed(['GET']));

  app.get('/healthz', async (c) => {
    try {
      await storage.ping();
    } catch (error) {
      console.error('health check: the database does not answer', error);
      throw new ProblemError(503, 'unavailable', 'The database does not answer.', { headers: { 'retry-after': '5' } });
    }
    c.header('cache-control', cachePolicy.none);
    return c.json({ status: 'ok' });
  });
  app.all('/healthz', methodNotAllowed(['GET']));

  app.notFound((c) =>
    problemResponse({
      type: problemType('not-found'),
      title: 'Not found',
      status: 404,
      detail: `Nothing at ${new URL(c.req.url).pathname}. The feed is under /v1; GET /v1/openapi.json describes it.`,
    }),
  );

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(error.problem, error.headers);
    if (isStorageBusy(error)) {
      const busy = new ProblemError(
        503,
        'unavailable',
        'The feed is busy with other requests for the same event and gave up waiting. Nothing was stored: send the ' +
          'same request again in a moment (with the same Idempotency-Key for a signup).',
        { headers: { 'retry-after': String(BUSY_RETRY_AFTER_S) } },
      );
      return problemResponse(busy.problem, busy.headers);
    }
    // A client that hung up, say half-way through an upload, is not a bug of ours.
    if (abortedByClient(c)) return answerAbortedByClient(c);
    // Only our own bugs get here; the client did nothing wrong, and learns nothing internal.
    console.error(error);
    return problemResponse({
      type: problemType('internal'),
      title: 'Internal server error',
      status: 500,
      detail: 'The feed failed to answer. The error is logged; please try again later.',
    });
  });

  return app;
}
