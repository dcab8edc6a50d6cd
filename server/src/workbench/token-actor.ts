import type { MiddlewareHandler } from 'hono';
import type { ActorVariables } from '../accounts/actor.js';

/**
 * The workbench's guard until people sign in: the publishing token's guard (`requireAdminToken`), acting as a token
 * (every right, as the publishing API gives it). `requireActor` from the accounts room takes its place.
 */
export function tokenActor(admin: MiddlewareHandler): MiddlewareHandler<{ Variables: ActorVariables }> {
  return (c, next) =>
    admin(c, async () => {
      c.set('actor', { kind: 'token', tokenId: null, name: 'publishing token' });
      await next();
    });
}
