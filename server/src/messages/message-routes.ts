import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { Actor, ActorVariables } from '../accounts/actor.js';
import { readEventId } from '../events/event-id-parameter.js';
import { cachePolicy } from '../http/cache-policy.js';
import { readJsonBody } from '../http/json-body.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';
import type { ComposeMessage } from '../signups/signup-store.js';
import { maySee, scopeOf, whoOf } from '../workbench/permissions.js';
import type { WorkbenchStore } from '../workbench/workbench-store.js';
import { OrganiserMessageBodySchema, ReminderBodySchema } from './message-bodies.js';
import type { DeliveryState, MessageStore } from './message-store.js';

export const MAIL_LOG_PAGE = 100;

export interface MessageRouteOptions {
  /** Read at each call: the storage may still be opening when the routes are made. */
  storage: { readonly workbench: WorkbenchStore; readonly messages: MessageStore };
  actor: MiddlewareHandler<{ Variables: ActorVariables }>;
  now: () => Date;
  compose: ComposeMessage;
  onMessagesQueued: () => void;
}

type MessageContext = Context<{ Variables: ActorVariables }>;

const EVENT_MESSAGES = '/v1/console/events/:id/messages';
const EVENT_MAIL_LOG = '/v1/console/events/:id/mail-log';
const EVENT_REMINDER = '/v1/console/events/:id/reminder';
const MAIL_LOG = '/v1/console/mail-log';
const MAIL_RETRY = '/v1/console/mail-log/:messageId/retry';

const notFound = (id: string) => new ProblemError(404, 'not-found', `No event on your workbench has the id "${id}".`);

/**
 * The messages of the console, under `/v1/console/`: an organiser's message to an event's participants, the
 * reminder setting, and the mail log with its retry. Personal data (the addresses), so every answer is `no-store`, and
 * a person reaches an event's messages only when the workbench's `maySee` lets them see the event (else 404, as for
 * the event itself). The overall mail log is an administrator's (or a token's).
 */
export function messageRoutes({ storage, actor, now, compose, onMessagesQueued }: MessageRouteOptions): Hono {
  const app = new Hono<{ Variables: ActorVariables }>();
  for (const path of [EVENT_MESSAGES, EVENT_MAIL_LOG, EVENT_REMINDER, MAIL_LOG, MAIL_RETRY]) {
    app.use(path, async (c, next) => {
      await next();
      c.header('cache-control', cachePolicy.none);
    });
    app.use(path, actor);
  }

  /** The event in the path, when the actor may see it. */
  async function visibleEvent(c: MessageContext): Promise<{ id: string; actor: Actor; published: boolean }> {
    const id = readEventId(c);
    const who = c.get('actor');
    const record = await storage.workbench.findEvent(id);
    const municipality = record?.published?.municipality ?? record?.draft?.input.municipality;
    if (!record || !municipality || !maySee(who, { municipality, ownerId: record.owner?.id ?? null })) {
      throw notFound(id);
    }
    return { id, actor: who, published: record.published !== null };
  }

  app.get(EVENT_MESSAGES, async (c) => {
    const { id } = await visibleEvent(c);
    return c.json({ items: await storage.messages.listOrganiserMessages(id) });
  });

  app.post(EVENT_MESSAGES, async (c) => {
    const { id, actor: who, published } = await visibleEvent(c);
    const body = await readJsonBody(c, OrganiserMessageBodySchema);
    if (!published) throw nobodyYet(id);
    const outcome = await storage.messages.sendOrganiserMessage({
      eventId: id,
      ...body,
      sentBy: whoOf(who),
      now: now(),
      compose,
    });
    if (outcome.kind === 'not-published') throw nobodyYet(id);
    if (outcome.kind === 'no-recipients') {
      const whom = { confirmed: 'signed up', waitlisted: 'on the waiting list', all: 'signed up or waiting' };
      throw new ProblemError(409, 'conflict', `Nobody is ${whom[body.audience]} for "${id}"; nothing was sent.`, {
        errors: [{ path: 'audience', message: 'has no participants' }],
      });
    }
    onMessagesQueued();
    c.header('location', `/v1/console/events/${id}/messages`);
    return c.json(outcome.message, 201);
  });

  app.get(EVENT_MAIL_LOG, async (c) => {
    const { id } = await visibleEvent(c);
    return c.json({ items: await storage.messages.mailLog({ ...readLogQuery(c), eventId: id }) });
  });

  app.get(EVENT_REMINDER, async (c) => {
    const { id } = await visibleEvent(c);
    return c.json(await storage.messages.reminderOf(id));
  });

  app.put(EVENT_REMINDER, async (c) => {
    const { id, actor: who } = await visibleEvent(c);
    const { daysBefore } = await readJsonBody(c, ReminderBodySchema);
    await storage.messages.setReminder(id, daysBefore, whoOf(who), now());
    return c.json(await storage.messages.reminderOf(id));
  });

  app.get(MAIL_LOG, async (c) => {
    refuseUnlessAll(c.get('actor'));
    return c.json({ items: await storage.messages.mailLog(readLogQuery(c)) });
  });

  app.post(MAIL_RETRY, async (c) => {
    const raw = c.req.param('messageId') ?? '';
    const id = /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : NaN;
    if (Number.isNaN(id)) {
      throw new ProblemError(400, 'invalid-parameter', `messageId: "${raw}" is not a message id.`, {
        errors: [{ path: 'messageId', message: 'a whole number from the mail log' }],
      });
    }
    const who = c.get('actor');
    const found = await storage.messages.mailEventOf(id);
    const missing = new ProblemError(404, 'not-found', `No message in your mail log has the id ${id}.`);
    if (!found) throw missing;
    if (found.eventId === null) {
      // Sign-in links and invitations: the administrators' (they hold no event's participants).
      if (scopeOf(who).kind !== 'all') throw missing;
    } else {
      const record = await storage.workbench.findEvent(found.eventId);
      const municipality = record?.published?.municipality ?? record?.draft?.input.municipality;
      if (!record || !municipality || !maySee(who, { municipality, ownerId: record.owner?.id ?? null })) throw missing;
    }
    const outcome = await storage.messages.retryMail(id);
    if (outcome === 'not-found') throw missing;
    if (outcome === 'not-failed') {
      throw new ProblemError(
        409,
        'conflict',
        `Message ${id} has not failed (it is sent or waiting); nothing to retry.`,
      );
    }
    onMessagesQueued();
    return c.body(null, 204);
  });

  app.all(EVENT_MESSAGES, methodNotAllowed(['GET', 'POST']));
  app.all(EVENT_MAIL_LOG, methodNotAllowed(['GET']));
  app.all(EVENT_REMINDER, methodNotAllowed(['GET', 'PUT']));
  app.all(MAIL_LOG, methodNotAllowed(['GET']));
  app.all(MAIL_RETRY, methodNotAllowed(['POST']));
  return app as unknown as Hono;
}

function nobodyYet(id: string): ProblemError {
  return new ProblemError(409, 'conflict', `"${id}" is not published, so nobody has signed up to write to yet.`);
}

function refuseUnlessAll(actor: Actor): void {
  if (scopeOf(actor).kind !== 'all') {
    throw new ProblemError(
      403,
      'forbidden',
      "Only an administrator sees the whole mail log; open an event's mail log from the event instead.",
    );
  }
}

const STATES: readonly DeliveryState[] = ['queued', 'sent', 'failed'];

/** `state` and `before` (an id from the previous page), nothing else. */
function readLogQuery(c: MessageContext): { state?: DeliveryState; beforeId?: number; limit: number } {
  const url = new URL(c.req.url);
  const invalid = (path: string, message: string) =>
    new ProblemError(400, 'invalid-parameter', `${path} ${message}.`, { errors: [{ path, message }] });
  for (const name of new Set(url.searchParams.keys())) {
    if (name !== 'state' && name !== 'before')
      throw invalid(name, 'is not a parameter here, which takes state, before');
    if (url.searchParams.getAll(name).length > 1) throw invalid(name, 'is given more than once');
  }
  const state = url.searchParams.get('state') ?? undefined;
  if (state !== undefined && !STATES.includes(state as DeliveryState)) {
    throw invalid('state', `must be one of ${STATES.join(', ')}`);
  }
  const before = url.searchParams.get('before') ?? undefined;
  if (before !== undefined && !/^[1-9]\d{0,14}$/.test(before)) throw invalid('before', 'must be a message id');
  return {
    state: state as DeliveryState | undefined,
    beforeId: before === undefined ? undefined : Number(before),
    limit: MAIL_LOG_PAGE,
  };
}
