import assert from 'node:assert/strict';
import type { Person } from '../../../server/src/accounts/actor.js';
import type { EventInput } from '../../../src/contract/schema.js';
import { signInAs, type ConsoleSession } from './console-session.js';
import { ADMIN_TOKEN, type TestFeed } from './test-feed.js';

/** Sends a request as a client would: a path starting with `/` and its init. */
export type Send = (path: string, init?: RequestInit) => Promise<Response>;

/**
 * The workbench API for one caller: `headers` say who calls (the publishing token today; a session cookie and the
 * CSRF header once people sign in), so every test can be repeated for another actor by passing other headers.
 */
export interface WorkbenchClient {
  call(method: string, path: string, body?: unknown): Promise<Response>;
  /** `POST /v1/console/events`, asserting 201; the detail. */
  create(input: EventInput): Promise<Detail>;
  /** `GET /v1/console/events/{id}`, asserting 200. */
  detail(id: string): Promise<Detail>;
  /** `POST /v1/console/events/{id}/{verb}`, asserting `status`; the answer's JSON. */
  act(id: string, verb: string, body?: unknown, status?: number): Promise<Detail>;
  /** `GET /v1/console/events?…`, asserting 200. */
  list(query?: string): Promise<{ items: Summary[]; nextCursor: string | null }>;
}

export interface Summary {
  id: string;
  title: string;
  start: string;
  state: string;
  pendingChange: boolean;
  ownerEmail: string | null;
  municipality: string;
}

export interface Detail {
  id: string;
  state: string;
  pendingChange: boolean;
  input: EventInput & { id?: string; cancellationReason?: string };
  published: (EventInput & { id: string; updatedAt: string; cancellationReason?: string }) | null;
  owner: { id: string; email: string } | null;
  seriesId: string | null;
  cancellationReason: string | null;
}

export function workbenchClient(send: Send, headers: Record<string, string>): WorkbenchClient {
  const call = (method: string, path: string, body?: unknown) =>
    send(path, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const expect = async (response: Response, status: number) => {
    const text = await response.text();
    assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${text}`);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    return JSON.parse(text);
  };
  return {
    call,
    create: async (input) => expect(await call('POST', '/v1/console/events', { input }), 201),
    detail: async (id) => expect(await call('GET', `/v1/console/events/${id}`), 200),
    act: async (id, verb, body, status = 200) =>
      expect(await call('POST', `/v1/console/events/${id}/${verb}`, body), status),
    list: async (query = '') => expect(await call('GET', `/v1/console/events${query ? `?${query}` : ''}`), 200),
  };
}

/** The test feed's workbench as the publishing token calls it. */
export function tokenClient(feed: TestFeed): WorkbenchClient {
  return workbenchClient(feed.request, { authorization: `Bearer ${ADMIN_TOKEN}` });
}

/**
 * Each of `people` added to the feed and signed in through the API (link by mail, then the secret posted), with a
 * client that sends their session cookie and CSRF token: every role's rules are tested at the API.
 */
export async function personWorkbench(
  feed: TestFeed,
  people: readonly Person[],
): Promise<(person: Person) => WorkbenchClient> {
  const sessions = new Map<string, ConsoleSession>();
  for (const person of people) {
    assert.ok(await feed.storage.people.addPerson(person, new Date()), `added ${person.email}`);
    sessions.set(person.id, await signInAs(feed, person));
  }
  return (person) => {
    const session = sessions.get(person.id);
    assert.ok(session, `${person.email} is signed in`);
    return workbenchClient(feed.request, { cookie: session.cookie, 'x-kultur-csrf': session.csrfToken });
  };
}

/** People of each role for the tests. */
export const people = {
  admin: { id: 'p-admin', email: 'admin@kulturregion.dk', name: 'Anne Admin', role: 'admin', municipalities: [] },
  lollandEditor: {
    id: 'p-editor',
    email: 'editor@lolland.dk',
    name: 'Erik Editor',
    role: 'editor',
    municipalities: ['lolland', 'guldborgsund'],
  },
  faxeEditor: { id: 'p-faxe', email: 'editor@faxe.dk', name: null, role: 'editor', municipalities: ['faxe'] },
  organiser: { id: 'p-org', email: 'olga@kulturhus.dk', name: 'Olga', role: 'organiser', municipalities: [] },
  otherOrganiser: { id: 'p-org2', email: 'ole@museum.dk', name: 'Ole', role: 'organiser', municipalities: [] },
} satisfies Record<string, Person>;
