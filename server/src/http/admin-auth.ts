import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ProblemError } from './problem.js';

const challenge = { 'www-authenticate': 'Bearer realm="kultur-publishing"' };

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/**
 * Guards the publishing API with `Authorization: Bearer`. Tokens are compared as SHA-256 digests with
 * `timingSafeEqual`: equal lengths, and no timing difference that leaks how much of a guess was right.
 */
export function requireAdminToken(tokens: readonly string[]): MiddlewareHandler {
  const accepted = tokens.filter(Boolean).map(digest);
  return async (c, next) => {
    const header = c.req.header('authorization');
    const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
    if (!match) {
      throw new ProblemError(401, 'unauthorized', 'Send the publishing token as "Authorization: Bearer <token>".', {
        headers: challenge,
      });
    }
    const offered = digest(match[1]!);
    // Check every token, so the time taken does not tell which one came close.
    const valid = accepted.reduce((found, token) => timingSafeEqual(token, offered) || found, false);
    if (!valid) {
      const detail = accepted.length
        ? 'The publishing token is not valid. Ask the secretariat for a current one.'
        : 'Publishing is switched off: the server was started without KULTUR_ADMIN_TOKEN.';
      throw new ProblemError(401, 'unauthorized', detail, {
        headers: { 'www-authenticate': 'Bearer realm="kultur-publishing", error="invalid_token"' },
      });
    }
    await next();
  };
}
