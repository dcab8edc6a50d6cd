import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { accepts } from 'hono/accepts';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { SignupRequestSchema } from '@kulturregion/kultur/contract';
import type { Actor, ActorVariables } from '../accounts/actor.js';
import { cachePolicy } from '../http/cache-policy.js';
import type { ClientAddress } from '../http/client-address.js';
import { readJsonBody } from '../http/json-body.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';
import type { EventStore } from '../events/event-store.js';
import type { ComposeMessage, SignupOutcome, SignupStore, StoredAnswer } from './signup-store.js';
import { eventNotFound } from '../events/event-not-found.js';
import { cancelledPage, cancelPageHeaders, confirmCancelPage, unknownSignupPage } from './cancel-pages.js';
import { readIdempotencyKey, requestHash } from './idempotency-key.js';
import { RateLimiter, rateLimit } from './rate-limit.js';
import { NOT_ASKED } from './signup-rules.js';
import { signupFieldsOf } from './signup-fields.js';
import { signupSheet } from './signup-sheet.js';

export interface SignupRouteOptions {
  /** The signups, and the event's questions for the columns of the CSV. */
  storage: SignupStore & Pick<EventStore, 'getEvent'>;
  /** Guards the organisers' list: a signed-in person or a publishing token (`accounts/actor-guard.ts`). */
  actor: MiddlewareHandler<{ Variables: ActorVariables }>;
  /** Whether the actor may read this event's list (`workbench/signup-list-access.ts`). */
  mayReadSignups: (actor: Actor, eventId: string) => Promise<boolean>;
  now: () => Date;
  /** Recorded when a signup names no privacy text version. */
  privacyVersion: string;
  /** Signup requests per minute per address; 0 turns the limit off. */
  signupRate: number;
  clientAddress: ClientAddress;
  /** Writes the messages; their links start at the server's configured public address, never at a request's. */
  compose: ComposeMessage;
  /** Called after a write queued messages. */
  onMessagesQueued: () => void;
}

/** Signing up, cancelling, the cancel link's pages and the organisers' list. */
export function signupRoutes(options: SignupRouteOptions): Hono {
  const app = new Hono();
  const { storage, actor, mayReadSignups, now, compose, onMessagesQueued } = options;
  const limiter = new RateLimiter(options.signupRate, () => now().getTime());
  const limited: MiddlewareHandler =
    options.signupRate > 0 ? rateLimit(limiter, options.clientAddress) : (_c, next) => next();

  app.post('/v1/events/:id/signups', limited, async (c) => {
    const eventId = c.req.param('id');
    const idempotencyKey = readIdempotencyKey(c);
    const request = await readJsonBody(c, SignupRequestSchema, signupFieldsOf);
    const { website: _honeypot, ...asked } = request;
    const { name, email, seats, phone, organization, municipality, comment, answers } = asked;
    const outcome = await storage.signUp({
      eventId,
      signup: {
        name,
        email,
        seats,
        phone,
        organization,
        municipality,
        comment,
        answers,
        privacyVersion: request.privacyVersion ?? options.privacyVersion,
      },
      idempotencyKey,
      // An empty honeypot and none at all are the same request.
      requestHash: requestHash(eventId, asked),
      now: now(),
      compose,
    });
    // A repeat of an address already signed up may have queued a message to it, whatever the answer.
    if (outcome.kind === 'created' || outcome.kind === 'full') onMessagesQueued();
    return answerSignup(c, eventId, outcome);
  });

  app.get('/v1/events/:id/signups', actor, async (c) => {
    const eventId = c.req.param('id');
    // Another's event is answered as a missing one, so a person cannot even learn which ids have lists.
    if (!(await mayReadSignups(c.get('actor'), eventId))) throw eventNotFound(eventId);
    const format = readListFormat(c);
    const items = await storage.listSignups(eventId);
    if (!items) throw eventNotFound(eventId);
    const signup = format === 'csv' ? (await storage.getEvent(eventId))?.signup : undefined;
    c.header('cache-control', cachePolicy.none);
    c.header('vary', 'Accept');
    if (format === 'json') return c.json({ items });
    return c.body(signupSheet(items, signup?.mode === 'internal' ? signup.questions : undefined), 200, {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="signups-${eventId}.csv"`,
    });
  });
  app.all('/v1/events/:id/signups', methodNotAllowed(['GET', 'POST']));

  app.delete('/v1/signups/:token', async (c) => {
    const outcome = await storage.cancelSignup(c.req.param('token'), now(), compose);
    if (outcome.kind === 'not-found') {
      throw new ProblemError(404, 'not-found', 'No signup has this cancel token; check that the link is complete.');
    }
    if (outcome.kind === 'cancelled' && outcome.movedUp > 0) onMessagesQueued();
    // Cancelling what is already cancelled succeeds too: a retried DELETE must not look like a failure.
    c.header('cache-control', cachePolicy.none);
    return c.body(null, 204);
  });

  // The cancel link's page asks first; only its form (a POST) cancels.
  app.get('/v1/signups/:token', async (c) => {
    const view = await storage.findSignup(c.req.param('token'));
    if (!view) return c.body(unknownSignupPage(), 404, cancelPageHeaders);
    const page = view.status === 'cancelled' ? cancelledPage(view, true) : confirmCancelPage(view);
    return c.body(page, 200, cancelPageHeaders);
  });

  app.post('/v1/signups/:token', async (c) => {
    const token = c.req.param('token');
    const outcome = await storage.cancelSignup(token, now(), compose);
    const view = outcome.kind === 'not-found' ? undefined : await storage.findSignup(token);
    if (!view) return c.body(unknownSignupPage(), 404, cancelPageHeaders);
    if (outcome.kind === 'cancelled' && outcome.movedUp > 0) onMessagesQueued();
    return c.body(cancelledPage(view, outcome.kind === 'already-cancelled'), 200, cancelPageHeaders);
  });
  app.all('/v1/signups/:token', methodNotAllowed(['GET', 'POST', 'DELETE']));

  return app;
}

/** The signup's answer, or the refusal that says why. */
function answerSignup(c: Context, eventId: string, outcome: SignupOutcome): Response {
  switch (outcome.kind) {
    case 'created':
      return storedAnswer(c, outcome.answer, false);
    case 'replayed':
      return storedAnswer(c, outcome.answer, true);
    case 'key-reused':
      throw new ProblemError(
        422,
        'idempotency-key-reused',
        'This Idempotency-Key was sent before with a different signup. Make a new key for each new signup, and ' +
          'send a retry with its body unchanged.',
      );
    case 'not-found':
      throw eventNotFound(eventId);
    case 'no-signup':
      throw new ProblemError(
        409,
        'no-signup',
        'This event takes no signups through the feed; its signup field says where to sign up, if anywhere.',
      );
    case 'event-cancelled':
      throw new ProblemError(409, 'signup-closed', 'The event is cancelled, so it takes no more signups.');
    case 'not-open':
      throw new ProblemError(409, 'signup-not-open', `Signup opens at ${outcome.opensAt}; try again from then.`);
    case 'closed':
      throw new ProblemError(409, 'signup-closed', `Signup closed at ${outcome.closedAt}.`);
    case 'too-many-seats': {
      const message = `must be at most ${outcome.max} for this event`;
      throw new ProblemError(400, 'invalid-body', `seats ${message}.`, {
        errors: [{ path: 'seats', message, code: 'too-many-seats' }],
      });
    }
    case 'not-asked': {
      throw new ProblemError(400, 'invalid-body', `${outcome.fields.join(', ')} ${NOT_ASKED}.`, {
        errors: outcome.fields.map((path) => ({ path, message: NOT_ASKED, code: 'not-asked' })),
      });
    }
    case 'invalid-answers': {
      const [first] = outcome.errors;
      const more = outcome.errors.length > 1 ? ` (and ${outcome.errors.length - 1} more, see errors)` : '';
      throw new ProblemError(400, 'invalid-body', `${first!.path} ${first!.message}${more}.`, {
        errors: outcome.errors,
      });
    }
    case 'full':
      throw new ProblemError(409, 'signup-full', 'The event is full and has no waitlist.');
  }
}

/** The answer exactly as stored with the idempotency key, so a replay is byte for byte the first answer. */
function storedAnswer(c: Context, answer: StoredAnswer, replayed: boolean): Response {
  c.header('cache-control', cachePolicy.none);
  if (replayed) c.header('idempotent-replayed', 'true');
  return c.body(answer.body, answer.status as ContentfulStatusCode, { 'content-type': 'application/json' });
}

/** `?format=csv` or `?format=json`, else the `Accept` header; JSON when neither says. */
function readListFormat(c: Context): 'csv' | 'json' {
  const unknown = Object.keys(c.req.queries()).filter((name) => name !== 'format');
  if (unknown.length) {
    throw new ProblemError(400, 'invalid-parameter', `${unknown[0]} is not a parameter here; only format is.`, {
      errors: unknown.map((path) => ({ path, message: 'is not a known parameter' })),
    });
  }
  const format = c.req.query('format');
  if (format === 'csv' || format === 'json') return format;
  if (format !== undefined) {
    throw new ProblemError(400, 'invalid-parameter', `format must be csv or json; got "${format}".`, {
      errors: [{ path: 'format', message: 'must be csv or json' }],
    });
  }
  const type = accepts(c, {
    header: 'Accept',
    supports: ['application/json', 'text/csv'],
    default: 'application/json',
  });
  return type === 'text/csv' ? 'csv' : 'json';
}
