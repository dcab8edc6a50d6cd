import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { KulturEvent } from '@kulturregion/kultur/contract';
import type { ActorVariables } from '../accounts/actor.js';
import { readEventId } from '../events/event-id-parameter.js';
import { cachePolicy } from '../http/cache-policy.js';
import { readJsonBody } from '../http/json-body.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';
import { signupFieldsOf } from '../signups/signup-fields.js';
import { signupSheet } from '../signups/signup-sheet.js';
import type { ComposeMessage, SignupStore } from '../signups/signup-store.js';
import { maySee } from '../workbench/permissions.js';
import type { WorkbenchStore } from '../workbench/workbench-store.js';
import { attendancePage, attendancePageHeaders } from './attendance-page.js';
import { HandSignupSchema } from './participant-bodies.js';
import {
  countsOf,
  type AddOutcome,
  type ComposeRemoval,
  type MoveUpOutcome,
  type Participant,
  type ParticipantMessages,
  type ParticipantStatus,
  type ParticipantStore,
} from './participant-store.js';

export const PARTICIPANTS_PATH = '/v1/console/events/:id/participants';
const PARTICIPANT_PATH = `${PARTICIPANTS_PATH}/:signupId`;

export interface ParticipantRouteOptions {
  /** Read at each call: the storage may still be opening when the routes are made. */
  storage: {
    readonly participants: ParticipantStore;
    readonly workbench: Pick<WorkbenchStore, 'findEvent'>;
    listSignups: SignupStore['listSignups'];
  };
  /** Sets `c.get('actor')` or refuses the request (401, or 403 without the CSRF header). */
  actor: MiddlewareHandler<{ Variables: ActorVariables }>;
  now: () => Date;
  /** The signup messages (confirmation, waitlist, moving up), links from the configured base only. */
  compose: ComposeMessage;
  /** The message to someone an organiser removed. */
  removal: ComposeRemoval;
  /** Recorded with a participant added by hand: the privacy text the organiser works under. */
  privacyVersion: string;
  onMessagesQueued: () => void;
}

type ParticipantContext = Context<{ Variables: ActorVariables }>;

const STATUSES: readonly ParticipantStatus[] = ['confirmed', 'waitlisted', 'cancelled'];

/**
 * An event's participants in the console, under `/v1/console/events/{id}/participants`: the list with search, a
 * participant added by hand, moved up, removed, checked in and out; the CSV and the printable attendance list. A
 * person acts on them only when the workbench's `maySee` lets them see the event; anyone else is told 404, as if there
 * were no such event. Every answer is `no-store`: it is personal data.
 */
export function participantRoutes(options: ParticipantRouteOptions): Hono {
  const { storage, actor, now, onMessagesQueued } = options;
  const app = new Hono<{ Variables: ActorVariables }>();
  const messages: ParticipantMessages = { compose: options.compose, removal: options.removal };

  for (const path of [PARTICIPANTS_PATH, `${PARTICIPANTS_PATH}/*`]) {
    app.use(path, async (c, next) => {
      await next();
      c.header('cache-control', cachePolicy.none);
    });
    // The workbench's rooms share the guard under /v1/console/*; it runs once.
    app.use(path, (c, next) => (c.get('actor') ? next() : actor(c, next)));
  }

  /** The published event in the path, when the actor may see it. */
  async function load(c: ParticipantContext): Promise<KulturEvent> {
    const id = readEventId(c);
    const record = await storage.workbench.findEvent(id);
    const event = record?.published;
    if (
      !record ||
      !event ||
      !maySee(c.get('actor'), { municipality: event.municipality, ownerId: record.owner?.id ?? null })
    ) {
      throw new ProblemError(404, 'not-found', `No published event of yours has the id "${id}".`);
    }
    return event;
  }

  /** The list and its counts after a change, with the participant it was about. */
  async function answer(
    c: ParticipantContext,
    event: KulturEvent,
    signupId: string,
    extra: object = {},
    status: 200 | 201 = 200,
  ) {
    const items = (await storage.participants.list(event.id)) ?? [];
    const participant = items.find((person) => person.id === signupId);
    return c.json({ participant, counts: countsOf(items, capacityOf(event)), ...extra }, status);
  }

  app.get(PARTICIPANTS_PATH, async (c) => {
    const event = await load(c);
    const format = readFormat(c);
    if (format === 'csv') {
      const records = (await storage.listSignups(event.id)) ?? [];
      // Headed by the event's questions, as the organisers' list is.
      const questions = event.signup?.mode === 'internal' ? event.signup.questions : undefined;
      return c.body(signupSheet(records, questions), 200, {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': `attachment; filename="deltagere-${event.id}.csv"`,
      });
    }
    const items = (await storage.participants.list(event.id)) ?? [];
    const q = readSearch(c);
    const status = readStatus(c);
    const shown = items.filter((person) => (!status || person.status === status) && matches(person, q));
    return c.json({ event: eventOf(event), counts: countsOf(items, capacityOf(event)), items: shown });
  });

  app.get(`${PARTICIPANTS_PATH}/attendance-list`, async (c) => {
    const event = await load(c);
    const lang = c.req.query('lang') === 'en' ? 'en' : 'da';
    const items = (await storage.participants.list(event.id)) ?? [];
    return c.body(attendancePage(event, items, lang), 200, attendancePageHeaders);
  });
  app.all(`${PARTICIPANTS_PATH}/attendance-list`, methodNotAllowed(['GET']));

  app.post(PARTICIPANTS_PATH, async (c) => {
    const event = await load(c);
    const body = await readJsonBody(c, HandSignupSchema, signupFieldsOf);
    const outcome = await storage.participants.add(
      event.id,
      { ...body, privacyVersion: options.privacyVersion },
      now(),
      messages,
    );
    if (outcome.kind !== 'added') throw addRefusal(outcome);
    onMessagesQueued();
    c.header('location', `${PARTICIPANTS_PATH.replace(':id', event.id)}/${outcome.id}`);
    return answer(c, event, outcome.id, {}, 201);
  });
  app.all(PARTICIPANTS_PATH, methodNotAllowed(['GET', 'POST']));

  app.post(`${PARTICIPANT_PATH}/move-up`, async (c) => {
    const event = await load(c);
    const signupId = c.req.param('signupId');
    const outcome = await storage.participants.moveUp(event.id, signupId, now(), messages);
    if (outcome.kind !== 'moved-up') throw moveUpRefusal(outcome, signupId);
    onMessagesQueued();
    return answer(c, event, signupId);
  });
  app.all(`${PARTICIPANT_PATH}/move-up`, methodNotAllowed(['POST']));

  app.delete(PARTICIPANT_PATH, async (c) => {
    const event = await load(c);
    const signupId = c.req.param('signupId');
    const outcome = await storage.participants.remove(event.id, signupId, now(), messages);
    if (outcome.kind === 'not-found') throw noSuchParticipant(signupId);
    if (outcome.kind === 'removed') onMessagesQueued();
    // Removing someone already cancelled succeeds too: a retried DELETE must not look like a failure.
    const movedUp = outcome.kind === 'removed' ? outcome.movedUp : 0;
    return answer(c, event, signupId, { movedUp });
  });
  app.all(PARTICIPANT_PATH, methodNotAllowed(['DELETE']));

  // Check-in: PUT marks the participant as attended, DELETE undoes it; both may be repeated.
  for (const [method, attended] of [
    ['put', true],
    ['delete', false],
  ] as const) {
    app[method](`${PARTICIPANT_PATH}/attended`, async (c) => {
      const event = await load(c);
      const signupId = c.req.param('signupId');
      const outcome = await storage.participants.setAttended(event.id, signupId, attended, now());
      if (outcome.kind === 'not-found') throw noSuchParticipant(signupId);
      if (outcome.kind === 'not-confirmed') {
        throw new ProblemError(
          409,
          'conflict',
          outcome.status === 'waitlisted'
            ? 'Only a confirmed participant is checked in; move them up from the waitlist first, if seats allow.'
            : 'This signup is cancelled; add the person again to check them in.',
        );
      }
      return answer(c, event, signupId);
    });
  }
  app.all(`${PARTICIPANT_PATH}/attended`, methodNotAllowed(['PUT', 'DELETE']));

  return app as unknown as Hono;
}

function capacityOf(event: KulturEvent): number {
  return event.signup?.mode === 'internal' ? event.signup.capacity : 0;
}

/** What the console needs of the event beside its list. */
function eventOf(event: KulturEvent) {
  const signup = event.signup?.mode === 'internal' ? event.signup : undefined;
  return {
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    status: event.status,
    signup: signup
      ? {
          capacity: signup.capacity,
          waitlist: signup.waitlist,
          maxSeatsPerSignup: signup.maxSeatsPerSignup,
          fields: signup.fields,
          // The list shows each answer under its question's words.
          questions: signup.questions ?? [],
        }
      : null,
  };
}

/** Case and accents aside, whether the search words all occur in the name, the e-mail or the organisation. */
function matches(person: Participant, q: string[]): boolean {
  if (!q.length) return true;
  const text = fold([person.name, person.email, person.organization ?? ''].join(' '));
  return q.every((word) => text.includes(word));
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('da');
}

function readSearch(c: Context): string[] {
  const q = c.req.query('q') ?? '';
  if (q.length > 200) {
    throw new ProblemError(400, 'invalid-parameter', 'q must be at most 200 characters.', {
      errors: [{ path: 'q', message: 'must be at most 200 characters' }],
    });
  }
  return fold(q).split(/\s+/).filter(Boolean);
}

function readStatus(c: Context): ParticipantStatus | undefined {
  const status = c.req.query('status');
  if (status === undefined || status === '') return undefined;
  if (!(STATUSES as readonly string[]).includes(status)) {
    throw new ProblemError(400, 'invalid-parameter', `status must be one of ${STATUSES.join(', ')}; got "${status}".`, {
      errors: [{ path: 'status', message: `must be one of ${STATUSES.join(', ')}` }],
    });
  }
  return status as ParticipantStatus;
}

function readFormat(c: Context): 'csv' | 'json' {
  const format = c.req.query('format');
  if (format === undefined || format === 'json') return 'json';
  if (format === 'csv') return 'csv';
  throw new ProblemError(400, 'invalid-parameter', `format must be csv or json; got "${format}".`, {
    errors: [{ path: 'format', message: 'must be csv or json' }],
  });
}

function noSuchParticipant(signupId: string): ProblemError {
  return new ProblemError(404, 'not-found', `No one on this event's list has the id "${signupId}".`);
}

function addRefusal(outcome: Exclude<AddOutcome, { kind: 'added' }>): ProblemError {
  switch (outcome.kind) {
    case 'not-found':
      return new ProblemError(404, 'not-found', 'The event is gone; it was deleted meanwhile.');
    case 'no-signup':
      return new ProblemError(
        409,
        'no-signup',
        'This event takes no signups through the feed; turn signups on in the event first.',
      );
    case 'event-cancelled':
      return new ProblemError(409, 'signup-closed', 'The event is cancelled, so nobody can be added.');
    case 'ended':
      return new ProblemError(409, 'signup-closed', 'The event has ended, so nobody can be added.');
    case 'too-many-seats': {
      const message = `must be at most ${outcome.max} for this event`;
      return new ProblemError(400, 'invalid-body', `seats ${message}.`, {
        errors: [{ path: 'seats', message, code: 'too-many-seats' }],
      });
    }
    case 'not-asked': {
      const message = 'is not asked for by this event: leave it out (the event asks for its signup.fields)';
      return new ProblemError(400, 'invalid-body', `${outcome.fields.join(', ')} ${message}.`, {
        errors: outcome.fields.map((path) => ({ path, message, code: 'not-asked' })),
      });
    }
    case 'already-signed-up':
      return new ProblemError(409, 'conflict', 'This e-mail address is on the list already; find it in the list.', {
        errors: [{ path: 'email', message: 'is on the list already', code: 'already-signed-up' }],
      });
    case 'full':
      return new ProblemError(409, 'signup-full', 'The event is full and has no waitlist.');
  }
}

function moveUpRefusal(outcome: Exclude<MoveUpOutcome, { kind: 'moved-up' }>, signupId: string): ProblemError {
  switch (outcome.kind) {
    case 'not-found':
      return noSuchParticipant(signupId);
    case 'not-waitlisted':
      return new ProblemError(
        409,
        'conflict',
        `Only someone on the waitlist moves up; this signup is ${outcome.status}.`,
      );
    case 'event-cancelled':
      return new ProblemError(409, 'conflict', 'The event is cancelled, so nobody moves up.');
    case 'no-seats':
      return new ProblemError(
        409,
        'conflict',
        `This signup is for ${outcome.seats} seat${outcome.seats === 1 ? '' : 's'} and ${outcome.free} ` +
          `${outcome.free === 1 ? 'is' : 'are'} free; raise the capacity or remove someone first.`,
      );
  }
}
