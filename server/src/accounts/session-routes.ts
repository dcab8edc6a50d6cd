import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { cachePolicy } from '../http/cache-policy.js';
import type { ClientAddress } from '../http/client-address.js';
import { readJsonBody } from '../http/json-body.js';
import { ProblemError } from '../http/problem.js';
import { RateLimiter, rateLimit } from '../signups/rate-limit.js';
import { signInMessage } from './account-mails.js';
import { CSRF_HEADER, refuseCrossSite, sessionOf } from './actor-guard.js';
import { SESSION_MAX_MS, SIGN_IN_LINK_MS, type AccountsStore, type ActiveSession } from './accounts-store.js';
import { SessionRequestSchema, SignInRequestSchema } from './person-input.js';
import { looksLikeSecret, newSecret, sameSecret, secretDigest } from './secrets.js';
import { clearSessionCookie, writeSessionCookie } from './session-cookie.js';

/** Sign-in links asked for one address within `LINKS_WINDOW_MS`; more are not sent, and the answer is the same. */
export const LINKS_PER_ADDRESS = 3;
export const LINKS_WINDOW_MS = 15 * 60_000;
/** Sign-in links asked for per minute from one client address (`signInRate` changes it; 0 turns it off). */
export const SIGN_IN_RATE = 10;

export interface SessionRouteOptions {
  accounts: AccountsStore;
  now: () => Date;
  /** Where the console is reached from outside (`message-links.ts`); without it the message carries a code only. */
  linkBase: () => string | undefined;
  clientAddress: ClientAddress;
  /** Sign-in links asked for per minute per client address; 0 turns the limit off. */
  signInRate: number;
  onMessagesQueued: () => void;
}

function sessionAnswer(session: ActiveSession) {
  return { person: session.person, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
}

/**
 * Signing in to the console, for people (machines use tokens):
 *
 * - `POST /v1/session/link` sends a single-use link to a person of the console. Its answer is 202 whether or not the
 *   address belongs to anyone, so it tells nobody who has an account; the per-address limit is silent for the same
 *   reason, the per-client limit is a 429.
 * - `POST /v1/session` spends the link's secret and sets the session cookie.
 * - `GET /v1/session` tells the console who is signed in and the CSRF token for its changes.
 * - `DELETE /v1/session` signs this browser out; `DELETE /v1/sessions` every browser of the person.
 */
export function sessionRoutes(options: SessionRouteOptions): Hono {
  const { accounts, now, linkBase, clientAddress, signInRate, onMessagesQueued } = options;
  const app = new Hono();
  const limiter = new RateLimiter(signInRate, () => now().getTime());
  const limit: MiddlewareHandler =
    signInRate > 0 ? rateLimit(limiter, clientAddress, 'sign-in requests') : (_c, next) => next();
  for (const path of ['/v1/session', '/v1/session/*', '/v1/sessions']) {
    app.use(path, async (c, next) => {
      c.header('cache-control', cachePolicy.none);
      refuseCrossSite(c);
      await next();
    });
  }

  app.post('/v1/session/link', limit, async (c) => {
    const { email } = await readJsonBody(c, SignInRequestSchema);
    const at = now();
    const person = await accounts.findPersonByEmail(email);
    if (
      person &&
      (await accounts.countSignInLinks(person.id, new Date(at.getTime() - LINKS_WINDOW_MS))) < LINKS_PER_ADDRESS
    ) {
      const secret = newSecret();
      await accounts.addSignInLink(
        {
          digest: secretDigest(secret),
          personId: person.id,
          expiresAt: new Date(at.getTime() + SIGN_IN_LINK_MS),
          message: signInMessage(person.email, secret, linkBase()),
        },
        at,
      );
      onMessagesQueued();
    }
    return c.json({}, 202);
  });

  // No limit here: a guess at a 256-bit secret costs nothing to refuse and never succeeds.
  app.post('/v1/session', async (c) => {
    const { token } = await readJsonBody(c, SessionRequestSchema);
    const at = now();
    const secret = newSecret();
    const session =
      looksLikeSecret(token) &&
      (await accounts.redeemSignInLink(
        secretDigest(token),
        { digest: secretDigest(secret), csrfToken: newSecret(), expiresAt: new Date(at.getTime() + SESSION_MAX_MS) },
        at,
      ));
    if (!session) {
      throw new ProblemError(
        400,
        'sign-in-link-invalid',
        'The sign-in link or code is not valid: it works once, for 15 minutes. Ask for a new one.',
        { errors: [{ path: 'token', message: 'unknown, used or expired' }] },
      );
    }
    writeSessionCookie(c, secret, SESSION_MAX_MS);
    return c.json(sessionAnswer(session));
  });

  app.get('/v1/session', async (c) => {
    const found = await sessionOf(c, accounts, now());
    if (!found) {
      throw new ProblemError(401, 'unauthorized', 'Not signed in: ask for a sign-in link with POST /v1/session/link.');
    }
    return c.json(sessionAnswer(found.session));
  });

  app.delete('/v1/session', async (c) => {
    const found = await signedInForChange(c, accounts, now());
    if (found) await accounts.endSession(secretDigest(found.secret));
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.delete('/v1/sessions', async (c) => {
    const found = await signedInForChange(c, accounts, now());
    if (found) await accounts.endSessions(found.session.person.id);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
  return app;
}

/** The session of a sign-out: it changes something, so it carries the CSRF token; an ended session is signed out. */
async function signedInForChange(c: Context, accounts: AccountsStore, now: Date) {
  const found = await sessionOf(c, accounts, now);
  if (!found) return undefined;
  const offered = c.req.header(CSRF_HEADER);
  if (offered === undefined || !sameSecret(offered, found.session.csrfToken)) {
    throw new ProblemError(403, 'csrf-failed', `Send the session's CSRF token in the ${CSRF_HEADER} header.`);
  }
  return found;
}
