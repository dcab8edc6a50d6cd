import { randomUUID } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { type MunicipalityId } from '@kulturregion/kultur/contract';
import type { Actor, ActorVariables } from '../accounts/actor.js';
import { encodeCursor } from '../events/cursor.js';
import type { StoredEventInput } from '../events/event-store.js';
import { foldCase } from '../events/search-text.js';
import { cachePolicy } from '../http/cache-policy.js';
import { readJsonBody } from '../http/json-body.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';
import { readEventId } from '../events/event-id-parameter.js';
import { placeByPostalCode } from '../import/region-places.js';
import { newEventId } from '../publishing/event-id.js';
import type { ComposeMessage } from '../signups/signup-store.js';
import { readConsoleQuery } from './console-query.js';
import { consoleStateOf, type ConsoleState } from './console-state.js';
import {
  creationRefusalOf,
  maySee,
  ownerOf,
  publishesOnSave,
  refusalOf,
  scopeOf,
  whoOf,
  type EventFacts,
  type WorkbenchAction,
} from './permissions.js';
import { copiedInput, inputOf } from './published-input.js';
import { occurrenceDates, type SeriesEvery } from './series-dates.js';
import { ReasonBodySchema, SeriesBodySchema, WorkingCopyBodySchema } from './workbench-bodies.js';
import type {
  ChangeAction,
  ChangeEntry,
  ConsoleEventSummary,
  EventOwner,
  WorkbenchRecord,
  WorkbenchStore,
} from './workbench-store.js';

export const CONSOLE_EVENTS_PATH = '/v1/console/events';
export const CONSOLE_EVENT_PATH = '/v1/console/events/:id';

export interface WorkbenchRouteOptions {
  /** Read at each call: the storage may still be opening when the routes are made. */
  storage: { readonly workbench: WorkbenchStore };
  /** Sets `c.get('actor')` or refuses the request (401). */
  actor: MiddlewareHandler<{ Variables: ActorVariables }>;
  now: () => Date;
  /** Writes the messages of waitlisted people a larger capacity moves up, when a change is published. */
  compose: ComposeMessage;
  /** Called after a write that may have queued messages. */
  onMessagesQueued: () => void;
}

type WorkbenchContext = Context<{ Variables: ActorVariables }>;

/** An event the actor may see, with the facts the rules look at. */
interface Loaded {
  actor: Actor;
  record: WorkbenchRecord;
  facts: EventFacts;
}

/**
 * The console's workbench, under `/v1/console/`: drafts, approval, cancelling with a reason, copies, series, the change
 * log, and the lists. Every call is behind `actor`, answers `Cache-Control: no-store`, and does only what
 * `permissions.ts` lets the actor do. Unpublished work never reaches the `events` table the public reads.
 */
export function workbenchRoutes({ storage, actor, now, compose, onMessagesQueued }: WorkbenchRouteOptions): Hono {
  const app = new Hono<{ Variables: ActorVariables }>();
  const store = () => storage.workbench;

  app.use('/v1/console/*', async (c, next) => {
    await next();
    c.header('cache-control', cachePolicy.none);
  });
  app.use('/v1/console/*', actor);

  /** The event named in the path, when the actor may see it and may do `action` to it. */
  async function load(c: WorkbenchContext, action: WorkbenchAction): Promise<Loaded> {
    const id = readEventId(c);
    const actor = c.get('actor');
    const record = await store().findEvent(id);
    const working = record?.draft?.input;
    const municipality = record?.published?.municipality ?? working?.municipality;
    if (!record || !municipality || !maySee(actor, { municipality, ownerId: record.owner?.id ?? null })) {
      throw new ProblemError(404, 'not-found', `No event on your workbench has the id "${id}".`);
    }
    const facts: EventFacts = {
      municipality,
      ownerId: record.owner?.id ?? null,
      state: consoleStateOf(record.published, record.draft, now().getTime()),
    };
    const refusal = refusalOf(actor, action, facts);
    if (refusal) throw new ProblemError(403, 'forbidden', refusal);
    return { actor, record, facts };
  }

  const detail = async (c: WorkbenchContext, id: string, status: 200 | 201 = 200) => {
    const record = await store().findEvent(id);
    if (!record) throw new ProblemError(404, 'not-found', `The event "${id}" is gone; it was deleted meanwhile.`);
    if (status === 201) c.header('location', `${CONSOLE_EVENTS_PATH}/${id}`);
    return c.json(detailOf(record, now().getTime()), status);
  };

  app.get(CONSOLE_EVENTS_PATH, async (c) => {
    const filter = readConsoleQuery(new URL(c.req.url), now().getTime());
    const scope = scopeOf(c.get('actor'));
    if (scope.kind === 'municipalities') {
      const mine: readonly string[] = scope.municipalities;
      filter.municipality = filter.municipality ? filter.municipality.filter((m) => mine.includes(m)) : mine;
      if (!filter.municipality.length) return c.json({ items: [], nextCursor: null });
    }
    if (scope.kind === 'owner') filter.ownerId = scope.ownerId;
    const page = await store().listEvents(filter);
    return c.json({ items: page.items, nextCursor: page.next && encodeCursor(page.next) });
  });

  app.post(CONSOLE_EVENTS_PATH, async (c) => {
    const actor = c.get('actor');
    const { input } = await readJsonBody(c, WorkingCopyBodySchema);
    refuseMunicipality(actor, input.municipality, false);
    const id = input.id ?? newEventId(input.title, input.start);
    const created = await store().createEvents(
      [{ input: { ...input, id }, owner: ownerOf(actor), seriesId: null }],
      changeBy(actor, 'created'),
      now(),
      false,
    );
    if (!created) throw idTaken(id);
    return detail(c, id, 201);
  });

  app.get(CONSOLE_EVENT_PATH, async (c) => {
    const { record } = await load(c, 'view');
    return c.json(detailOf(record, now().getTime()));
  });

  app.put(CONSOLE_EVENT_PATH, async (c) => {
    const { actor, record } = await load(c, 'edit');
    const { input: body } = await readJsonBody(c, WorkingCopyBodySchema);
    if (body.id !== undefined && body.id !== record.id) {
      throw new ProblemError(
        400,
        'invalid-body',
        `input.id: the body says "${body.id}" but the path says "${record.id}".`,
        {
          errors: [{ path: 'input.id', message: `must equal the id in the path ("${record.id}") or be left out` }],
        },
      );
    }
    const input: StoredEventInput = { ...body, id: record.id };
    refuseMunicipality(actor, input.municipality, false);
    if (record.published && publishesOnSave(actor)) {
      const event = await store().republish(input, changeBy(actor, 'published'), now(), {
        compose,
      });
      if (!event)
        throw new ProblemError(404, 'not-found', `The event "${record.id}" is gone; it was deleted meanwhile.`);
      onMessagesQueued();
    } else if (record.published) {
      await store().saveDraft(input, true, changeBy(actor, 'submitted'), now());
    } else {
      await store().saveDraft(input, record.draft?.submitted ?? false, changeBy(actor, 'saved'), now());
    }
    return detail(c, record.id);
  });

  app.delete(CONSOLE_EVENT_PATH, async (c) => {
    const { actor, record } = await load(c, 'delete');
    if (record.published) throw publishedCannotBeDeleted(record.id);
    const outcome = await store().deleteDraft(record.id, changeBy(actor, 'deleted'), now());
    if (outcome === 'published') throw publishedCannotBeDeleted(record.id);
    if (outcome === 'not-found')
      throw new ProblemError(404, 'not-found', `The draft "${record.id}" is deleted already.`);
    return c.body(null, 204);
  });

  app.post(`${CONSOLE_EVENT_PATH}/submit`, async (c) => {
    const { actor, record } = await load(c, 'submit');
    if (!record.draft) {
      throw conflict(`"${record.id}" has no change to submit: the public sees it as it is. Edit it first.`);
    }
    if (record.draft.submitted) throw conflict(`"${record.id}" is waiting for approval already.`);
    if (!(await store().setSubmitted(record.id, true, changeBy(actor, 'submitted'), now()))) throw gone(record.id);
    return detail(c, record.id);
  });

  app.post(`${CONSOLE_EVENT_PATH}/publish`, async (c) => {
    const { actor, record } = await load(c, 'publish');
    if (!record.draft) {
      throw conflict(
        `"${record.id}" is published and has no change waiting; save a change with PUT ${CONSOLE_EVENTS_PATH}/${record.id}.`,
      );
    }
    refuseMunicipality(actor, record.draft.input.municipality, true);
    const action: ChangeAction = record.draft.submitted ? 'approved' : 'published';
    const outcome = await store().publishDraft(record.id, changeBy(actor, action), now(), compose);
    onMessagesQueued();
    if (outcome.kind === 'not-found') throw gone(record.id);
    if (outcome.kind === 'id-taken') {
      throw conflict(
        `An event published through the API took the id "${record.id}" meanwhile; copy this draft ` +
          `(POST ${CONSOLE_EVENTS_PATH}/${record.id}/copy) to publish it under a new id.`,
      );
    }
    return detail(c, record.id);
  });

  app.post(`${CONSOLE_EVENT_PATH}/reject`, async (c) => {
    const { actor, record } = await load(c, 'reject');
    const { reason } = await readJsonBody(c, ReasonBodySchema);
    if (!record.draft?.submitted) {
      throw conflict(`"${record.id}" is not waiting for approval, so there is nothing to reject.`);
    }
    if (!(await store().setSubmitted(record.id, false, changeBy(actor, 'rejected', reason), now()))) {
      throw gone(record.id);
    }
    return detail(c, record.id);
  });

  app.post(`${CONSOLE_EVENT_PATH}/cancel`, async (c) => {
    const { actor, record, facts } = await load(c, 'cancel');
    const { reason } = await readJsonBody(c, ReasonBodySchema);
    const { published } = record;
    if (!published) {
      throw conflict(`"${record.id}" was never published, so the public has nothing to cancel; delete the draft.`);
    }
    if (facts.state === 'past') throw conflict(`"${record.id}" has ended; there is nothing to cancel.`);
    if (published.status === 'cancelled') throw conflict(`"${record.id}" is cancelled already.`);
    const input: StoredEventInput = { ...inputOf(published), status: 'cancelled', cancellationReason: reason };
    // Signups stay: the people who signed up are kept, and see the event cancelled.
    const event = await store().republish(input, changeBy(actor, 'cancelled', reason), now(), {
      compose,
      keepDraft: true,
    });
    if (!event) throw gone(record.id);
    // The participants are told, with the reason (`messages/event-mails.ts`).
    onMessagesQueued();
    return detail(c, record.id);
  });

  app.post(`${CONSOLE_EVENT_PATH}/copy`, async (c) => {
    const { actor, record } = await load(c, 'copy');
    const source = record.draft?.input ?? inputOf(record.published!);
    refuseMunicipality(actor, source.municipality, false);
    const content = copiedInput(source);
    const id = newEventId(content.title, content.start);
    const created = await store().createEvents(
      [{ input: { ...content, id }, owner: ownerOf(actor), seriesId: null }],
      changeBy(actor, 'copied', record.id),
      now(),
      false,
    );
    if (!created) throw idTaken(id);
    return detail(c, id, 201);
  });

  app.get(`${CONSOLE_EVENT_PATH}/changes`, async (c) => {
    const { record } = await load(c, 'view');
    return c.json({ items: await store().listChanges(record.id) });
  });

  app.post('/v1/console/series', async (c) => {
    const actor = c.get('actor');
    const { input, repeat, publish = false } = await readJsonBody(c, SeriesBodySchema);
    if (input.id !== undefined) {
      throw new ProblemError(
        400,
        'invalid-body',
        'input.id: leave it out; each event of a series gets an id of its own.',
        {
          errors: [{ path: 'input.id', message: 'must be left out: each event of a series gets its own' }],
        },
      );
    }
    refuseMunicipality(actor, input.municipality, publish);
    const seriesId = randomUUID();
    const owner = ownerOf(actor);
    const events = Array.from({ length: repeat.count }, (_, n) => {
      const dates = occurrenceDates(input, repeat.every, n);
      // The signup window moves with the event, on the calendar as the event does.
      const signup =
        input.signup?.mode === 'internal'
          ? {
              ...input.signup,
              opensAt: movedInstant(input.signup.opensAt, repeat.every, n),
              closesAt: movedInstant(input.signup.closesAt, repeat.every, n),
            }
          : input.signup;
      const occurrence = { ...input, ...dates, signup, id: newEventId(input.title, dates.start) };
      return { input: withoutUndefined(occurrence), owner, seriesId };
    });
    const change = changeBy(actor, publish ? 'published' : 'created');
    const at = now();
    if (!(await store().createEvents(events, change, at, publish))) {
      throw conflict('An id of the series was taken at the same moment; send the series again.');
    }
    const state: ConsoleState = publish ? 'published' : 'draft';
    const items = events.map(({ input }) => summaryOf(input, state, owner, at, at.getTime()));
    return c.json({ seriesId, items }, 201);
  });

  app.get('/v1/console/venues', async (c) => {
    const url = new URL(c.req.url);
    refuseParameters(url, ['q']);
    const q = url.searchParams.get('q')?.trim() ?? '';
    if (q.length > 200) throw invalidParameter('q', 'must have at most 200 characters');
    const words = foldCase(q).split(/\s+/).filter(Boolean);
    const venues = await store().listVenues(scopeOf(c.get('actor')));
    const items = venues.filter((venue) => {
      const text = foldCase([venue.name, venue.address, venue.postalCode, venue.city].join(' '));
      return words.every((word) => text.includes(word));
    });
    return c.json({ items });
  });

  app.get('/v1/console/places', (c) => {
    const url = new URL(c.req.url);
    refuseParameters(url, ['postalCode']);
    const postalCode = url.searchParams.get('postalCode')?.trim() ?? '';
    if (!/^\d{4}$/.test(postalCode))
      throw invalidParameter('postalCode', 'must be a Danish postal code of four digits');
    const place = placeByPostalCode(postalCode);
    if (!place) {
      throw new ProblemError(
        404,
        'not-found',
        `${postalCode} is not a postal code in the region's six municipalities; choose the municipality yourself.`,
      );
    }
    return c.json({ postalCode: place.postalCode, town: place.town, municipality: place.municipality });
  });

  app.all(CONSOLE_EVENTS_PATH, methodNotAllowed(['GET', 'POST']));
  app.all(CONSOLE_EVENT_PATH, methodNotAllowed(['GET', 'PUT', 'DELETE']));
  for (const verb of ['submit', 'publish', 'reject', 'cancel', 'copy']) {
    app.all(`${CONSOLE_EVENT_PATH}/${verb}`, methodNotAllowed(['POST']));
  }
  app.all(`${CONSOLE_EVENT_PATH}/changes`, methodNotAllowed(['GET']));
  app.all('/v1/console/series', methodNotAllowed(['POST']));
  app.all('/v1/console/venues', methodNotAllowed(['GET']));
  app.all('/v1/console/places', methodNotAllowed(['GET']));
  return app as unknown as Hono;
}

/** `GET /v1/console/events/{id}`: the working copy, what the public sees, and who and what it belongs to. */
function detailOf(record: WorkbenchRecord, nowMs: number) {
  const { id, draft, published, owner, seriesId, submitter } = record;
  return {
    id,
    state: consoleStateOf(published, draft, nowMs),
    // A change waits only once it is sent for approval; one sent back is its author's working copy again.
    pendingChange: Boolean(published && draft?.submitted),
    input: draft?.input ?? inputOf(published!),
    published,
    owner,
    seriesId,
    submitter,
    cancellationReason: published?.cancellationReason ?? null,
  };
}

function summaryOf(
  input: StoredEventInput,
  state: ConsoleState,
  owner: EventOwner | null,
  at: Date,
  nowMs: number,
): ConsoleEventSummary {
  return {
    id: input.id,
    title: input.title,
    start: input.start,
    end: input.end,
    allDay: input.allDay,
    municipality: input.municipality,
    categories: [...input.categories],
    state: state === 'published' && Date.parse(input.end) < nowMs ? 'past' : state,
    pendingChange: false,
    ownerEmail: owner?.email ?? null,
    submitter: null,
    updatedAt: at.toISOString(),
  };
}

function changeBy(actor: Actor, action: ChangeAction, summary: string | null = null): ChangeEntry {
  return { who: whoOf(actor), action, summary };
}

function refuseMunicipality(actor: Actor, municipality: MunicipalityId, publish: boolean): void {
  const refusal = creationRefusalOf(actor, municipality, { publish });
  if (refusal) {
    throw new ProblemError(403, 'forbidden', refusal, {
      errors: [{ path: publish ? 'publish' : 'input.municipality', message: refusal }],
    });
  }
}

function refuseParameters(url: URL, known: readonly string[]): void {
  for (const name of new Set(url.searchParams.keys())) {
    if (!known.includes(name)) throw invalidParameter(name, `is not a parameter here, which takes ${known.join(', ')}`);
    if (url.searchParams.getAll(name).length > 1) throw invalidParameter(name, 'is given more than once');
  }
}

function invalidParameter(path: string, message: string): ProblemError {
  return new ProblemError(400, 'invalid-parameter', `${path} ${message}.`, { errors: [{ path, message }] });
}

function conflict(detail: string): ProblemError {
  return new ProblemError(409, 'conflict', detail);
}

function gone(id: string): ProblemError {
  return conflict(`"${id}" changed while this request was on its way; load it again and repeat what you did.`);
}

function idTaken(id: string): ProblemError {
  return new ProblemError(
    409,
    'conflict',
    `An event with the id "${id}" exists; leave input.id out to get a new one.`,
    {
      errors: [{ path: 'input.id', message: 'already taken' }],
    },
  );
}

function publishedCannotBeDeleted(id: string): ProblemError {
  return conflict(
    `"${id}" is published, so it cannot be deleted; cancel it with POST ${CONSOLE_EVENTS_PATH}/${id}/cancel ` +
      'and a reason, and the people who signed up keep their signups.',
  );
}

/** An instant moved as the `n`th occurrence of a series moves; undefined stays undefined. */
function movedInstant(instant: string | undefined, every: SeriesEvery, n: number): string | undefined {
  return instant === undefined ? undefined : occurrenceDates({ start: instant, end: instant }, every, n).start;
}

/** The input without keys set to undefined, so it is stored as a client would have sent it. */
function withoutUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
