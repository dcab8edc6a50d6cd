import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  SignupAnswerSchema,
  SignupListSchema,
  type EventInput,
  type FeedSignupInput,
  type SignupAnswer,
  type SignupRecord,
  type SignupRequest,
} from '../../../src/contract/schema.js';
import { eventInput } from './event-fixture.js';
import type { TestFeed } from './test-feed.js';

/** The tests' clock: a month before the fixture's course day (2027-03-10). */
export const BEFORE_THE_EVENT = new Date('2027-02-10T10:00:00+01:00');

/** A course day that takes signups through the feed; tests override the signup settings they are about. */
export function courseDay(id: string, signup: Partial<FeedSignupInput> = {}, overrides: Partial<EventInput> = {}) {
  return eventInput({
    id,
    title: 'Fundraising for kulturaktører',
    signup: { mode: 'internal', capacity: 10, waitlist: true, maxSeatsPerSignup: 4, fields: [], ...signup },
    ...overrides,
  });
}

/**
 * A course day a month from the real clock, for tests that run the real server process (whose clock they cannot set):
 * its signup is open whatever today is.
 */
export function courseDayAhead(id: string, signup: Partial<FeedSignupInput> = { capacity: 50 }) {
  const start = new Date(Date.now() + 30 * 86_400_000);
  return { ...courseDay(id, signup), start: start.toISOString(), end: new Date(+start + 3_600_000).toISOString() };
}

/** Publishes an event and fails the test if that does not work. */
export async function publish(feed: TestFeed, input: EventInput): Promise<void> {
  const response = await feed.publish('POST', '/v1/events', input);
  assert.equal(response.status, 201, await response.text());
}

/** A valid signup for person `n`. */
export function person(n: number, overrides: Partial<SignupRequest> = {}): SignupRequest {
  return { name: `Deltager ${n}`, email: `deltager${n}@example.dk`, consent: true, ...overrides };
}

/** Posts a signup as a client would: JSON and an Idempotency-Key (a new one unless given; `null` sends none). */
export function postSignup(
  feed: Pick<TestFeed, 'request'>,
  eventId: string,
  body: unknown,
  { key = randomUUID(), headers = {} }: { key?: string | null; headers?: Record<string, string> } = {},
): Promise<Response> {
  return feed.request(`/v1/events/${eventId}/signups`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { 'idempotency-key': key }), ...headers },
    body: JSON.stringify(body),
  });
}

/** Signs up and expects a 201 with a valid answer. */
export async function signUp(feed: TestFeed, eventId: string, body: SignupRequest): Promise<SignupAnswer> {
  const response = await postSignup(feed, eventId, body);
  const text = await response.text();
  assert.equal(response.status, 201, text);
  return SignupAnswerSchema.parse(JSON.parse(text));
}

/** The organisers' list, read with the publishing token. */
export async function signupList(feed: TestFeed, eventId: string): Promise<SignupRecord[]> {
  const response = await feed.publish('GET', `/v1/events/${eventId}/signups`);
  assert.equal(response.status, 200);
  return SignupListSchema.parse(await response.json()).items;
}

/**
 * A signup's cancel token, read from the database as another connection would. The answer never carries it (it goes
 * only to the address, in the mail), so a test playing the person who got the mail reads it here.
 */
export async function cancelTokenOf(feed: Pick<TestFeed, 'database'>, signupId: string): Promise<string> {
  const [row] = await feed.database.rows<{ cancel_token: string }>(
    'SELECT cancel_token FROM signups WHERE id = ?',
    signupId,
  );
  assert.ok(row, `no signup has the id ${signupId}`);
  return row.cancel_token;
}

/** Seats still free, as the feed serves the event. */
export async function available(feed: TestFeed, eventId: string): Promise<number> {
  const event = await (await feed.request(`/v1/events/${eventId}`)).json();
  return event.signup.available;
}
