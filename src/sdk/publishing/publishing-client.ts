import * as z from 'zod/mini';
import {
  EventSchema,
  SignupListSchema,
  type EventInput,
  type KulturEvent,
  type SignupRecord,
  type Venue,
} from '../../contract/schema.js';
import { queryString } from '../query-string.js';
import { usageError } from '../usage-error.js';
import {
  ChangeLogSchema,
  ConsoleEventDetailSchema,
  ConsoleEventPageSchema,
  ImageUploadSchema,
  PersonListSchema,
  PersonSchema,
  PlaceSchema,
  SeriesAnswerSchema,
  SessionSchema,
  VenueListSchema,
  type Change,
  type ConsoleEventDetail,
  type ConsoleEventPage,
  type ConsoleEventQuery,
  type ImageUpload,
  type NewPerson,
  type Person,
  type Place,
  type SeriesAnswer,
  type SeriesRepeat,
  type Session,
} from './console-schemas.js';
import { numbersApi, participantsApi, type NumbersApi, type ParticipantsApi } from './participants-api.js';
import { messagesApi, type MessagesApi } from './message-client.js';
import { createPublishingHttp, type PublishingHttp } from './publishing-http.js';

/**
 * How `createPublishingClient()` talks to the feed. Only `baseUrl` is required.
 *
 * @example
 * ```ts
 * // A municipality's CMS, publishing with a token made by `kultur-server token create`:
 * const cms = createPublishingClient({ baseUrl: 'https://feed.example.dk/v1', token: process.env.KULTUR_TOKEN });
 * // The console, on the feed's own origin, with the session cookie:
 * const workbench = createPublishingClient({ baseUrl: '/v1' });
 * ```
 */
export interface PublishingClientOptions {
  /** The feed's base URL with its version, such as `https://feed.example.dk/v1`; relative in a browser is fine. */
  baseUrl: string | URL;
  /**
   * A publishing token for a machine (a CMS, a script): sent as `Authorization: Bearer`. Without it the client uses the
   * console's session cookie, which only the feed's own origin can send.
   */
  token?: string;
  /** The `fetch` to use; default the global one. */
  fetch?: typeof globalThis.fetch;
  /** Most time one call may take, in milliseconds; default 15 000 (picture uploads get four times that). */
  timeout?: number;
  /** Retries for reads (GET) on 408, 429, 5xx and network errors; default 1. Writes are never retried. */
  retry?: number;
}

/**
 * What every publishing call takes.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const page = await client.workbench.list({ state: 'pending' }, { signal: controller.signal });
 * ```
 */
export interface PublishingCallOptions {
  /** Aborts the call; it then rejects with the signal's reason. For a write, whether the feed acted is then unknown. */
  signal?: AbortSignal;
}

/**
 * Signing in to the console and out again. The session is a cookie the feed sets (HttpOnly, so no script reads it);
 * the CSRF token in its answer is kept by the client and sent with every change.
 *
 * @example
 * ```ts
 * await client.session.requestLink('mette@example.dk'); // the link arrives by mail
 * const session = await client.session.signIn(tokenFromTheLink);
 * console.log(`Signed in as ${session.person.email} (${session.person.role})`);
 * ```
 */
export interface SessionApi {
  /** Asks for a sign-in link by mail. Always succeeds for a well-formed address: it never tells who has an account. */
  requestLink(email: string, options?: PublishingCallOptions): Promise<void>;
  /** Signs in with the token of a sign-in link (or the code pasted from the mail). 400 when it is used or expired. */
  signIn(token: string, options?: PublishingCallOptions): Promise<Session>;
  /** The session of this browser, or `null` when nobody is signed in. */
  current(options?: PublishingCallOptions): Promise<Session | null>;
  /** Signs this browser out. */
  signOut(options?: PublishingCallOptions): Promise<void>;
  /** Signs the person out on every browser. */
  signOutEverywhere(options?: PublishingCallOptions): Promise<void>;
}

/**
 * The people who may sign in to the console (admin only).
 *
 * @example
 * ```ts
 * await client.people.invite({ email: 'kultur@lolland.dk', role: 'editor', municipalities: ['lolland'] });
 * const { items } = await client.people.list();
 * ```
 */
export interface PeopleApi {
  list(options?: PublishingCallOptions): Promise<Person[]>;
  /** Adds a person and sends them an invitation with a sign-in link. */
  invite(person: NewPerson, options?: PublishingCallOptions): Promise<Person>;
  /** Removes a person; the last admin cannot be removed (409). */
  remove(id: string, options?: PublishingCallOptions): Promise<void>;
}

/**
 * The console's events: drafts, approval, cancelling, copies, series and the change log. Every call is limited to what
 * the signed-in person's role allows; the feed refuses the rest (403).
 *
 * @example
 * ```ts
 * const draft = await client.workbench.create(input);
 * await client.workbench.submit(draft.id); // an organiser asks for approval
 * await client.workbench.publish(draft.id); // an editor or admin publishes it
 * ```
 */
export interface WorkbenchApi {
  /** One page of events by state and filters; pass `nextCursor` back as `cursor` for the next. */
  list(query?: ConsoleEventQuery, options?: PublishingCallOptions): Promise<ConsoleEventPage>;
  /** One event with its working copy. */
  get(id: string, options?: PublishingCallOptions): Promise<ConsoleEventDetail>;
  /** A new draft. */
  create(input: EventInput, options?: PublishingCallOptions): Promise<ConsoleEventDetail>;
  /** Saves the working copy: a draft stays a draft; a published event's change is published or waits for approval. */
  save(id: string, input: EventInput, options?: PublishingCallOptions): Promise<ConsoleEventDetail>;
  /** Asks for approval (organiser). */
  submit(id: string, options?: PublishingCallOptions): Promise<ConsoleEventDetail>;
  /** Publishes a draft or approves a pending event or change (editor, admin). */
  publish(id: string, options?: PublishingCallOptions): Promise<ConsoleEventDetail>;
  /** Sends a pending event back to its author as a draft, with the reason. */
  reject(id: string, reason: string, options?: PublishingCallOptions): Promise<ConsoleEventDetail>;
  /** Cancels a published event; the reason is shown to the public, and the signups are kept. */
  cancel(id: string, reason: string, options?: PublishingCallOptions): Promise<ConsoleEventDetail>;
  /** A new draft with the same content. */
  copy(id: string, options?: PublishingCallOptions): Promise<ConsoleEventDetail>;
  /** Deletes a draft, or a pending event never published (409 for a published one: cancel it instead). */
  delete(id: string, options?: PublishingCallOptions): Promise<void>;
  /** Makes a series from one event's input: drafts, or published at once (`publish`, editors and admins). */
  series(
    input: EventInput,
    repeat: SeriesRepeat,
    options?: PublishingCallOptions & { publish?: boolean },
  ): Promise<SeriesAnswer>;
  /** The event's change log, newest first. */
  changes(id: string, options?: PublishingCallOptions): Promise<Change[]>;
  /** Venues used before by the events the person may see, matching `q` when given. */
  venues(q?: string, options?: PublishingCallOptions): Promise<Venue[]>;
  /** The municipality (and town) of a postal code in the region, or `null` when it lies outside. */
  place(postalCode: string, options?: PublishingCallOptions): Promise<Place | null>;
}

/**
 * Pictures for events.
 *
 * @example
 * ```ts
 * const picture = await client.images.upload(fileInput.files[0]);
 * input.image = { url: picture.url, alt: 'Deltagere filmer med deres telefoner' };
 * ```
 */
export interface ImagesApi {
  /**
   * Uploads a picture (JPEG, PNG, WebP, AVIF or GIF, at most 10 MB, at least 320 px wide). The feed strips its
   * metadata and makes smaller copies. `url` in the answer is absolute, ready for an event's `image.url`.
   */
  upload(
    picture: Blob | ArrayBuffer | Uint8Array<ArrayBuffer>,
    options?: PublishingCallOptions & { type?: string },
  ): Promise<ImageUpload>;
}

/**
 * A client for publishing to the Kultur feed: the console's calls and the publishing API of machines, made by
 * {@link createPublishingClient}.
 *
 * @example
 * ```ts
 * const client = createPublishingClient({ baseUrl: 'https://feed.example.dk/v1', token });
 * const event = await client.createEvent(input);
 * const signups = await client.listSignups(event.id);
 * ```
 */
export interface PublishingClient {
  /** The feed's base URL, absolute and ending in `/`. */
  readonly baseUrl: string;
  readonly session: SessionApi;
  readonly people: PeopleApi;
  readonly workbench: WorkbenchApi;
  readonly images: ImagesApi;
  /** An event's participants: the list, added by hand, moved up, removed, checked in (`participants-api.ts`). */
  readonly participants: ParticipantsApi;
  /** The numbers for the region's status reports. */
  readonly numbers: NumbersApi;
  /** Messages to an event's participants, reminders and the mail log. */
  readonly messages: MessagesApi;
  /** Publishes an event at once (`POST /v1/events`); the feed makes an id from the title and date when it has none. */
  createEvent(input: EventInput, options?: PublishingCallOptions): Promise<KulturEvent>;
  /** Replaces a published event (`PUT /v1/events/{id}`); people signed up are told what changed. */
  replaceEvent(id: string, input: EventInput, options?: PublishingCallOptions): Promise<KulturEvent>;
  /**
   * Deletes an event (`DELETE /v1/events/{id}`): `null` when it is gone; an event with signups is cancelled instead,
   * and that cancelled event is returned.
   */
  deleteEvent(id: string, options?: PublishingCallOptions): Promise<KulturEvent | null>;
  /** The people signed up for an event: the confirmed in signup order, then the waitlist. */
  listSignups(id: string, options?: PublishingCallOptions): Promise<SignupRecord[]>;
}

/** The feed's base URL made absolute (in a browser, against the page) and ending in `/`. */
function publishingBase(baseUrl: string | URL): string {
  let href: string | undefined;
  try {
    href = baseUrl ? new Request(baseUrl).url : undefined;
  } catch {
    // Refused below.
  }
  if (href === undefined) {
    throw usageError(
      `createPublishingClient() needs baseUrl, the feed's URL with its version (such as https://feed.example.dk/v1); ` +
        `got ${JSON.stringify(String(baseUrl))}.`,
      'publishing',
    );
  }
  return href.endsWith('/') ? href : `${href}/`;
}

/** An id as one path segment: whatever it holds, it cannot climb out of its path. */
function segment(id: string, call: string): string {
  if (typeof id !== 'string' || !id) throw usageError(`${call} takes an id; got ${JSON.stringify(id)}.`, 'publishing');
  return encodeURIComponent(id);
}

/**
 * Creates a client for publishing to the Kultur feed: the console's calls (session, people, workbench, pictures) and
 * the publishing API of machines. With a `token` it acts as a machine; without one it uses the console's session
 * cookie and sends the CSRF token from the session's answer with every change. Answers are checked against the
 * contract; failures are the SDK's error family (`KulturHttpError` with the feed's problem details, and the others).
 *
 * @example
 * ```ts
 * import { createPublishingClient } from '@kulturregion/kultur/publishing';
 *
 * const client = createPublishingClient({ baseUrl: '/v1' });
 * const session = await client.session.current();
 * if (session) {
 *   const { items } = await client.workbench.list({ state: 'pending' });
 *   for (const event of items) console.log(event.title, event.ownerEmail);
 * }
 * ```
 */
export function createPublishingClient(options: PublishingClientOptions): PublishingClient {
  const base = publishingBase(options?.baseUrl);
  const { timeout = 15_000, retry = 1, token } = options;
  if (!(timeout > 0))
    throw usageError(`timeout must be a positive number of milliseconds; got ${timeout}.`, 'publishing');
  const http: PublishingHttp = createPublishingHttp({ fetch: options.fetch, token, timeout, retry });
  const workbenchBase = `${base}console/`;

  async function remember(session: Promise<Session>): Promise<Session> {
    const answer = await session;
    http.csrfToken = answer.csrfToken;
    return answer;
  }

  const session: SessionApi = {
    async requestLink(email, { signal } = {}) {
      await http.send(`${base}session/link`, { method: 'POST', json: { email }, signal });
    },
    signIn: async (token, { signal } = {}) =>
      remember(http.call(`${base}session`, SessionSchema, { method: 'POST', json: { token }, signal })),
    async current({ signal } = {}) {
      try {
        return await remember(http.call(`${base}session`, SessionSchema, { signal }));
      } catch (error) {
        if ((error as { status?: unknown }).status === 401) {
          http.csrfToken = undefined;
          return null;
        }
        throw error;
      }
    },
    async signOut({ signal } = {}) {
      await http.send(`${base}session`, { method: 'DELETE', signal });
      http.csrfToken = undefined;
    },
    async signOutEverywhere({ signal } = {}) {
      await http.send(`${base}sessions`, { method: 'DELETE', signal });
      http.csrfToken = undefined;
    },
  };

  const people: PeopleApi = {
    list: async ({ signal } = {}) => (await http.call(`${base}people`, PersonListSchema, { signal })).items,
    invite: async (person, { signal } = {}) =>
      http.call(`${base}people`, PersonSchema, { method: 'POST', json: person, signal }),
    async remove(id, { signal } = {}) {
      await http.send(`${base}people/${segment(id, 'people.remove()')}`, { method: 'DELETE', signal });
    },
  };

  const event = (id: string, call: string, action = '') =>
    `${workbenchBase}events/${segment(id, `workbench.${call}()`)}${action ? `/${action}` : ''}`;
  const act = async (id: string, action: string, json: unknown, signal: AbortSignal | undefined) =>
    http.call(event(id, action, action), ConsoleEventDetailSchema, { method: 'POST', json, signal });

  const workbench: WorkbenchApi = {
    list: async (query = {}, { signal } = {}) =>
      http.call(`${workbenchBase}events${queryString(query)}`, ConsoleEventPageSchema, { signal }),
    get: async (id, { signal } = {}) => http.call(event(id, 'get'), ConsoleEventDetailSchema, { signal }),
    create: async (input, { signal } = {}) =>
      http.call(`${workbenchBase}events`, ConsoleEventDetailSchema, { method: 'POST', json: { input }, signal }),
    save: async (id, input, { signal } = {}) =>
      http.call(event(id, 'save'), ConsoleEventDetailSchema, { method: 'PUT', json: { input }, signal }),
    submit: async (id, { signal } = {}) => act(id, 'submit', {}, signal),
    publish: async (id, { signal } = {}) => act(id, 'publish', {}, signal),
    reject: async (id, reason, { signal } = {}) => act(id, 'reject', { reason }, signal),
    cancel: async (id, reason, { signal } = {}) => act(id, 'cancel', { reason }, signal),
    copy: async (id, { signal } = {}) => act(id, 'copy', {}, signal),
    async delete(id, { signal } = {}) {
      await http.send(event(id, 'delete'), { method: 'DELETE', signal });
    },
    series: async (input, repeat, { signal, publish } = {}) =>
      http.call(`${workbenchBase}series`, SeriesAnswerSchema, {
        method: 'POST',
        json: publish === undefined ? { input, repeat } : { input, repeat, publish },
        signal,
      }),
    changes: async (id, { signal } = {}) =>
      (await http.call(event(id, 'changes', 'changes'), ChangeLogSchema, { signal })).items,
    venues: async (q, { signal } = {}) =>
      (
        await http.call(`${workbenchBase}venues${queryString({ q: q?.trim() || undefined })}`, VenueListSchema, {
          signal,
        })
      ).items,
    async place(postalCode, { signal } = {}) {
      try {
        return await http.call(`${workbenchBase}places${queryString({ postalCode })}`, PlaceSchema, { signal });
      } catch (error) {
        if ((error as { status?: unknown }).status === 404) return null;
        throw error;
      }
    },
  };

  const images: ImagesApi = {
    async upload(picture, { signal, type } = {}) {
      const contentType = type ?? (picture instanceof Blob ? picture.type : '') ?? '';
      if (!contentType) {
        throw usageError(
          'images.upload() needs the picture\'s type: pass a File or Blob, or { type: "image/jpeg" }.',
          'publishing',
        );
      }
      const answer = await http.call(`${base}images`, ImageUploadSchema, {
        method: 'POST',
        body: picture,
        contentType,
        signal,
        timeout: timeout * 4,
      });
      // The feed answers with its own path; an event's image.url must be absolute.
      return { ...answer, url: new URL(answer.url, base).href };
    },
  };

  return {
    baseUrl: base,
    session,
    people,
    workbench,
    images,
    participants: participantsApi(http, workbenchBase),
    numbers: numbersApi(http, workbenchBase),
    messages: messagesApi(http, workbenchBase),
    createEvent: async (input, { signal } = {}) =>
      http.call(`${base}events`, EventSchema, { method: 'POST', json: input, signal }),
    replaceEvent: async (id, input, { signal } = {}) =>
      http.call(`${base}events/${segment(id, 'replaceEvent()')}`, EventSchema, { method: 'PUT', json: input, signal }),
    async deleteEvent(id, { signal } = {}) {
      const answer = await http.call(`${base}events/${segment(id, 'deleteEvent()')}`, z.optional(EventSchema), {
        method: 'DELETE',
        signal,
      });
      return answer ?? null;
    },
    listSignups: async (id, { signal } = {}) =>
      (await http.call(`${base}events/${segment(id, 'listSignups()')}/signups`, SignupListSchema, { signal })).items,
  };
}
