import { Hono } from 'hono';
import { cachePolicy } from '../http/cache-policy.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';

/** What the health check asks of the storage. */
export interface Pingable {
  /** Proves the database answers. */
  ping(): Promise<void>;
}

/** `GET /healthz`: 200 while the database answers, 503 with `Retry-After` when it does not, for load balancers. */
export function healthRoutes({ storage }: { storage: Pingable }): Hono {
  const app = new Hono();
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
  return app;
}
