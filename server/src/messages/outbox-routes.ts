import { Hono } from 'hono';
import { cachePolicy } from '../http/cache-policy.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';
import type { OutboxStore } from './outbox-store.js';

const DEMO_OUTBOX_LIMIT = 100;

/**
 * `GET /v1/dev/outbox?to=…`: the messages, newest first, without a token. For a local demo only (`--demo-outbox`),
 * as they hold personal data.
 */
export function demoOutboxRoutes({ storage }: { storage: OutboxStore }): Hono {
  const app = new Hono();
  app.get('/v1/dev/outbox', async (c) => {
    const unknown = Object.keys(c.req.queries()).filter((name) => name !== 'to');
    if (unknown.length) {
      throw new ProblemError(400, 'invalid-parameter', `${unknown[0]} is not a parameter here; only to is.`, {
        errors: unknown.map((path) => ({ path, message: 'is not a known parameter' })),
      });
    }
    const items = await storage.listOutbox({ to: c.req.query('to'), limit: DEMO_OUTBOX_LIMIT });
    c.header('cache-control', cachePolicy.none);
    return c.json({ items });
  });
  app.all('/v1/dev/outbox', methodNotAllowed(['GET']));
  return app;
}
