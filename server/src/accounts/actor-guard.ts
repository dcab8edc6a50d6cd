import type { Context, MiddlewareHandler } from 'hono';
import { ProblemError } from '../http/problem.js';
import type { TokenActor } from '../publishing/admin-auth.js';
import type { AccountsStore, ActiveSession } from './accounts-store.js';
import type { ActorVariables } from './actor.js';
import { sameSecret, secretDigest } from './secrets.js';
import { readSessionCookie } from './session-cookie.js';

/** The header a signed-in page sends its session's CSRF token in, on every request that changes something. */
export const CSRF_HEADER = 'x-kultur-csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

export interface ActorGuardOptions {
  /** Checks `Authorization: Bearer` (`bearerTokenCheck`): machines publish with tokens, as before. */
  bearer: (header: string | undefined) => Promise<TokenActor>;
  accounts: Pick<AccountsStore, 'findSession'>;
  now: () => Date;
}

/**
 * Refuses a request another site's page made, before anything else: a browser says so in `Sec-Fetch-Site`. Sign-in
 * requests go through it too, so no page elsewhere can sign a visitor in to an account of its choosing.
 */
export function refuseCrossSite(c: Context): void {
  const site = c.req.header('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') {
    throw new ProblemError(403, 'cross-site-request', 'The console only takes requests from its own pages.');
  }
}

/** The signed-in session of a request, or undefined; refuses a session cookie that is unknown or has ended. */
export async function sessionOf(
  c: Context,
  accounts: Pick<AccountsStore, 'findSession'>,
  now: Date,
): Promise<{ secret: string; session: ActiveSession } | undefined> {
  const secret = readSessionCookie(c);
  if (secret === undefined) return undefined;
  const session = await accounts.findSession(secretDigest(secret), now);
  return session && { secret, session };
}

function signedOut(): ProblemError {
  return new ProblemError(
    401,
    'unauthorized',
    'Sign in to the console (/admin/), or send a publishing token as "Authorization: Bearer <token>".',
    { headers: { 'www-authenticate': 'Bearer realm="kultur-publishing"' } },
  );
}

/**
 * Who a request acts for (`c.get('actor')`): a machine with a publishing token in `Authorization`, or a person with a
 * session cookie. A cookie is sent by the browser on its own, so a request that changes something must also carry
 * the session's CSRF token in `X-Kultur-CSRF` (only the console's pages can read it: `GET /v1/session` is
 * same-origin), and must not come from another site. Otherwise 401, or 403 for a failed CSRF check.
 */
export function requireActor({ bearer, accounts, now }: ActorGuardOptions): MiddlewareHandler<{
  Variables: ActorVariables;
}> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      c.set('actor', await bearer(authorization));
      return next();
    }
    refuseCrossSite(c);
    const found = await sessionOf(c, accounts, now());
    if (!found) throw signedOut();
    if (!SAFE_METHODS.has(c.req.method)) {
      const offered = c.req.header(CSRF_HEADER);
      if (offered === undefined || !sameSecret(offered, found.session.csrfToken)) {
        throw new ProblemError(
          403,
          'csrf-failed',
          `Send the session's CSRF token (csrfToken of GET /v1/session) in the ${CSRF_HEADER} header.`,
        );
      }
    }
    c.set('actor', { kind: 'person', person: found.session.person });
    return next();
  };
}

/** Lets only admins (and tokens) through: people are the secretariat's to manage. */
export const requireAdmin: MiddlewareHandler<{ Variables: ActorVariables }> = async (c, next) => {
  const actor = c.get('actor');
  if (actor.kind === 'person' && actor.person.role !== 'admin') {
    throw new ProblemError(403, 'forbidden', 'Only an admin may do this.');
  }
  await next();
};
