import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Actor, ActorVariables } from '../accounts/actor.js';
import type { TokenMatch, TokenStore } from './token-store.js';
import { tokenDigest } from './publishing-tokens.js';
import { ProblemError } from '../http/problem.js';

const challenge = { 'www-authenticate': 'Bearer realm="kultur-publishing"' };

/** Where the guard finds the tokens made with `kultur-server token create`. */
export type TokenLookup = Pick<TokenStore, 'findToken' | 'recordTokenUse'>;

export interface StoredTokens {
  store: TokenLookup;
  /** The clock for a token's last use. */
  now?: () => Date;
}

/**
 * Guards the publishing API with `Authorization: Bearer`. Two kinds of token are accepted:
 *
 * - the bootstrap tokens from `KULTUR_ADMIN_TOKEN`, held in memory; every one is compared, as SHA-256 digests with
 *   `timingSafeEqual`, so neither the time taken nor an early exit tells how close a guess came;
 * - tokens made with `kultur-server token create`, of which the database keeps only the SHA-256 digest. The offered
 *   token's digest is looked up by its value (an indexed, unique column) on every call, then compared again with
 *   `timingSafeEqual`. Looking up by digest leaks nothing useful: a lookup's timing could at most hint at a prefix of
 *   a digest, and a digest prefix brings an attacker no closer to a token (SHA-256 has no usable preimages). Asking
 *   the database each time, rather than caching digests in memory, makes `token revoke` take effect at once, in
 *   every server process on the database.
 *
 * Sets the token's actor (`c.get('actor')`): a machine, with every right.
 */
export function requireAdminToken(
  tokens: readonly string[],
  stored?: StoredTokens,
): MiddlewareHandler<{ Variables: ActorVariables }> {
  const check = bearerTokenCheck(tokens, stored);
  return async (c, next) => {
    c.set('actor', await check(c.req.header('authorization')));
    await next();
  };
}

/** The actor of a request with a valid publishing token. */
export type TokenActor = Extract<Actor, { kind: 'token' }>;

/** Checks an `Authorization` header (as `requireAdminToken` describes) and answers whose token it is, or throws 401. */
export function bearerTokenCheck(
  tokens: readonly string[],
  stored?: StoredTokens,
): (header: string | undefined) => Promise<TokenActor> {
  const accepted = tokens.filter(Boolean).map(tokenDigest);
  const now = stored?.now ?? (() => new Date());
  return async (header) => {
    const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
    if (!match) {
      throw new ProblemError(401, 'unauthorized', 'Send the publishing token as "Authorization: Bearer <token>".', {
        headers: challenge,
      });
    }
    const offered = tokenDigest(match[1]!);
    // Check every token, so the time taken does not tell which one came close.
    const bootstrap = accepted.reduce((found, token) => timingSafeEqual(token, offered) || found, false);
    if (bootstrap) return { kind: 'token', tokenId: null, name: 'KULTUR_ADMIN_TOKEN' };
    const found = await storedToken(stored?.store, offered, now);
    if (found) return { kind: 'token', tokenId: found.id, name: found.name };
    const detail = accepted.length
      ? 'The publishing token is not valid, or it has been revoked. Ask the secretariat for a current one.'
      : 'The publishing token is not valid, or it has been revoked. The secretariat makes tokens with ' +
        '"kultur-server token create --name NAME" (or starts the server with KULTUR_ADMIN_TOKEN).';
    throw new ProblemError(401, 'unauthorized', detail, {
      headers: { 'www-authenticate': 'Bearer realm="kultur-publishing", error="invalid_token"' },
    });
  };
}

async function storedToken(
  store: TokenLookup | undefined,
  offered: Buffer,
  now: () => Date,
): Promise<TokenMatch | undefined> {
  if (!store) return undefined;
  const found = await store.findToken(offered.toString('hex'));
  if (!found) return undefined;
  const digest = Buffer.from(found.digest, 'hex');
  if (digest.length !== offered.length || !timingSafeEqual(digest, offered)) return undefined;
  // Bookkeeping only: a failure to note the use must not refuse a valid token.
  await store.recordTokenUse(found.id, now()).catch((error: unknown) => {
    console.error(`could not note the use of publishing token ${found.id}`, error);
  });
  return found;
}
