import { Hono } from 'hono';
import { etag } from 'hono/etag';
import * as z from 'zod/mini';
import { requireActor } from './accounts/actor-guard.js';
import { peopleRoutes } from './accounts/people-routes.js';
import { SIGN_IN_RATE, sessionRoutes } from './accounts/session-routes.js';
import { calendarRoutes } from './calendar/calendar-routes.js';
import { consoleRoutes, type ConsoleRouteOptions } from './console/console-routes.js';
import type { Storage } from './db/storage.js';
import { EVENT_PATH, EVENTS_PATH, eventRoutes } from './events/event-routes.js';
import { healthRoutes } from './health/health-routes.js';
import { allowedOrigins } from './http/allowed-origins.js';
import { requestBodyLimit } from './http/body-limit.js';
import { clientAddress as socketOrProxyAddress, type ClientAddress } from './http/client-address.js';
import { corsPolicy } from './http/cors-policy.js';
import { answerError, answerNotFound } from './http/error-answers.js';
import { refuseOtherMethods } from './http/method-not-allowed.js';
import { readCache, type ReadCacheOptions } from './http/read-cache.js';
import { refuseNul } from './http/refuse-nul.js';
import { securityHeaders } from './http/security-headers.js';
import { demoImageRoutes } from './images/demo-image-routes.js';
import { MAX_IMAGE_BYTES } from './images/image-processing.js';
import { IMAGES_PATH, imageRoutes } from './images/image-routes.js';
import { messageRoutes } from './messages/message-routes.js';
import { demoOutboxRoutes } from './messages/outbox-routes.js';
import { numbersRoutes } from './numbers/numbers-routes.js';
import { openApiRoutes } from './openapi/openapi-routes.js';
import { removalComposer } from './participants/participant-mails.js';
import { participantRoutes } from './participants/participant-routes.js';
import { bearerTokenCheck, requireAdminToken } from './publishing/admin-auth.js';
import { publishingRoutes } from './publishing/publishing-routes.js';
import { DEFAULT_PRIVACY_VERSION, DEFAULT_RETENTION_DAYS, DEFAULT_SIGNUP_RATE } from './signups/signup-defaults.js';
import { messageComposer } from './signups/signup-mails.js';
import { signupRoutes } from './signups/signup-routes.js';
import { SUBMISSION_RATE, submissionRoutes } from './submissions/submission-routes.js';
import type { ComposeMessage } from './signups/signup-store.js';
import { signupListAccess } from './workbench/signup-list-access.js';
import { workbenchRoutes } from './workbench/workbench-routes.js';

// Problem details are read by webmasters and developers; the feed's error messages are English like its docs.
z.config(z.locales.en());

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
  /** Sign-in links asked for per minute per address; 0 turns the limit off. */
  signInRate?: number;
  /** Events sent in per minute per address (`POST /v1/submissions`); 0 turns the limit off. */
  submissionRate?: number;
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
  /** Where the console at `/admin/` finds its script (`console/console-bundle.ts`); tests may pass their own. */
  consoleScript?: ConsoleRouteOptions['script'];
}

/**
 * The feed's HTTP API. Transport-free: `cli.ts` serves it on Node, tests call `app.request()` directly. It only wires:
 * the middleware every route shares (`http/`), then each feature's room, then the answers for what none of them serves.
 */
export function createApp({
  storage,
  adminTokens,
  now = () => new Date(),
  publicUrl,
  privacyVersion = DEFAULT_PRIVACY_VERSION,
  retentionDays = DEFAULT_RETENTION_DAYS,
  signupRate = DEFAULT_SIGNUP_RATE,
  signInRate = SIGN_IN_RATE,
  submissionRate = SUBMISSION_RATE,
  clientAddress = socketOrProxyAddress([]),
  demoOutbox = false,
  onMessagesQueued = () => {},
  readCache: readCacheOptions,
  adminOrigins,
  allowedOrigins: signupOrigins,
  consoleScript,
}: AppOptions): Hono {
  const app = new Hono();
  const tokens = { store: storage, now };
  const admin = requireAdminToken(adminTokens, tokens);
  // The console's rooms: a person signed in, or a machine with a token.
  const actor = requireActor({ bearer: bearerTokenCheck(adminTokens, tokens), accounts: storage.people, now });
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
  app.use('*', requestBodyLimit({ [IMAGES_PATH]: MAX_IMAGE_BYTES }));

  // Before `/v1/events/:id`, which would otherwise take `{id}.ics` as an id.
  app.route('/', calendarRoutes({ storage, now, sequences: (ids) => storage.messages.sequencesOf(ids) }));
  app.route('/', eventRoutes({ storage, now }));
  app.route('/', publishingRoutes({ storage, admin, now, compose, onMessagesQueued }));
  // After both rooms that serve these paths: reads are the events room's, writes publishing's.
  refuseOtherMethods(app, EVENTS_PATH);
  refuseOtherMethods(app, EVENT_PATH);
  app.route(
    '/',
    signupRoutes({
      storage,
      actor,
      mayReadSignups: signupListAccess(storage.workbench),
      now,
      privacyVersion,
      signupRate,
      clientAddress,
      compose,
      onMessagesQueued,
    }),
  );
  app.route(
    '/',
    sessionRoutes({ accounts: storage.people, now, linkBase, clientAddress, signInRate, onMessagesQueued }),
  );
  app.route('/', submissionRoutes({ storage, now, linkBase, clientAddress, submissionRate, onMessagesQueued }));
  app.route('/', peopleRoutes({ accounts: storage.people, actor, now, linkBase, onMessagesQueued }));
  for (const path of ['/v1/session', '/v1/session/link', '/v1/sessions', '/v1/people', '/v1/people/:id']) {
    refuseOtherMethods(app, path);
  }
  app.route('/', workbenchRoutes({ storage, actor, now, compose, onMessagesQueued }));
  // After the workbench, whose guard under /v1/console/* these share.
  const removal = removalComposer({ retentionDays });
  app.route('/', participantRoutes({ storage, actor, now, compose, removal, privacyVersion, onMessagesQueued }));
  app.route('/', numbersRoutes({ storage, actor, now }));
  app.route('/', messageRoutes({ storage, actor, now, compose, onMessagesQueued }));
  if (demoOutbox) app.route('/', demoOutboxRoutes({ storage }));
  app.route('/', demoImageRoutes());
  // After the demo pictures: `/v1/images/demo/{file}` is theirs, one segment deeper than a picture's id.
  app.route('/', imageRoutes({ images: storage.images, actor, now }));
  app.route('/', openApiRoutes());
  app.route('/', healthRoutes({ storage }));
  app.route('/', consoleRoutes(consoleScript ? { script: consoleScript } : {}));

  app.notFound(answerNotFound);
  app.onError(answerError);
  return app;
}
