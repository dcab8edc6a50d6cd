import { Hono, type MiddlewareHandler } from 'hono';
import { EventInputSchema } from '@kulturregion/kultur/contract';
import { eventNotFound } from '../events/event-not-found.js';
import { EVENT_PATH, EVENTS_PATH } from '../events/event-routes.js';
import { cachePolicy } from '../http/cache-policy.js';
import { readJsonBody } from '../http/json-body.js';
import { ProblemError } from '../http/problem.js';
import { readEventId } from '../events/event-id-parameter.js';
import type { ComposeMessage } from '../signups/signup-store.js';
import { newEventId } from './event-id.js';
import type { PublishingStore } from './publishing-store.js';

export interface PublishingRouteOptions {
  storage: PublishingStore;
  /** Guards every write (`admin-auth.ts`). */
  admin: MiddlewareHandler;
  now: () => Date;
  /** Writes the messages of waitlisted people a larger capacity moves up. */
  compose: ComposeMessage;
  /** Called after a write queued messages. */
  onMessagesQueued: () => void;
}

/**
 * The publishing API: `POST /v1/events`, `PUT` and `DELETE /v1/events/{id}`, each behind a publishing token. The reads
 * of the same paths are the events room's.
 */
export function publishingRoutes({ storage, admin, now, compose, onMessagesQueued }: PublishingRouteOptions): Hono {
  const app = new Hono();

  app.post(EVENTS_PATH, admin, async (c) => {
    const input = await readJsonBody(c, EventInputSchema);
    const id = input.id ?? newEventId(input.title, input.start);
    const event = await storage.createEvent({ ...input, id }, now());
    if (!event) {
      throw new ProblemError(409, 'conflict', `An event with id "${id}" exists; change it with PUT /v1/events/${id}.`, {
        errors: [{ path: 'id', message: 'already taken' }],
      });
    }
    c.header('location', `/v1/events/${id}`);
    c.header('cache-control', cachePolicy.none);
    return c.json(event, 201);
  });

  app.put(EVENT_PATH, admin, async (c) => {
    const id = readEventId(c);
    const input = await readJsonBody(c, EventInputSchema);
    if (input.id !== undefined && input.id !== id) {
      throw new ProblemError(400, 'invalid-body', `id: the body says "${input.id}" but the path says "${id}".`, {
        errors: [{ path: 'id', message: `must equal the id in the path ("${id}") or be left out` }],
      });
    }
    const event = await storage.replaceEvent({ ...input, id }, now(), compose);
    if (!event) throw eventNotFound(id);
    // A larger capacity may have moved people up from the waitlist.
    onMessagesQueued();
    c.header('cache-control', cachePolicy.none);
    return c.json(event);
  });

  app.delete(EVENT_PATH, admin, async (c) => {
    const id = readEventId(c);
    const outcome = await storage.deleteEvent(id, now(), compose);
    if (outcome.kind === 'cancelled') onMessagesQueued();
    c.header('cache-control', cachePolicy.none);
    switch (outcome.kind) {
      case 'not-found':
        throw eventNotFound(id);
      case 'deleted':
        return c.body(null, 204);
      case 'cancelled':
        return c.json(outcome.event);
    }
  });
  return app;
}
