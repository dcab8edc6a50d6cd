import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  checkSignup,
  createKulturClient,
  isKulturError,
  KulturHttpError,
  KulturInputError,
  KulturValidationError,
  newIdempotencyKey,
  type FeedSignupInput,
  type KulturClient,
  type SignupRequest,
} from '../../src/sdk/index.js';
import { cancelTokenOf } from '../server/support/signup-support.js';
import { sendJson, startFaultServer, type FaultServer } from './support/fault-server.js';
import { startRealFeed, type RealFeed } from './support/real-feed.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DAY_MS = 86_400_000;

/** Settles `promise` and returns what it rejected with, failing if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => assert.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

/** A signup from person `n`, valid for any event. */
function person(n: number, extra: Partial<SignupRequest> = {}): SignupRequest {
  return { name: `Deltager ${n}`, email: `deltager${n}@example.dk`, consent: true, ...extra };
}

/** A course day a month from now whose signup the test sets. */
async function course(real: RealFeed, id: string, signup: Partial<FeedSignupInput> = {}): Promise<void> {
  const start = new Date(Date.now() + 30 * DAY_MS).toISOString();
  const end = new Date(Date.now() + 30 * DAY_MS + 3_600_000).toISOString();
  await real.add(id, {
    start,
    end,
    signup: { mode: 'internal', capacity: 2, waitlist: true, maxSeatsPerSignup: 2, fields: [], ...signup },
  });
}

/** A fetch that counts the requests it sends. */
function countingFetch() {
  const sent: Request[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    sent.push(request.clone());
    return globalThis.fetch(request);
  };
  return { fetch, sent };
}

/**
 * The real feed for the enclosing block, with a client for it. The feed allows ten signup requests a minute from one
 * address, so each block starts its own.
 */
function realFeedForBlock(): { real: RealFeed; client: KulturClient } {
  const feed = {} as { real: RealFeed; client: KulturClient };
  before(async () => {
    feed.real = await startRealFeed();
    feed.client = createKulturClient({ baseUrl: feed.real.baseUrl, cache: false });
  });
  after(() => feed.real.close());
  return feed;
}

describe('signups against the real feed server', () => {
  const feed = realFeedForBlock();

  it('confirms a signup while seats are left, and takes the seats; the cancel token goes only by mail', async () => {
    await course(feed.real, 'confirmed-course', { capacity: 3 });
    const answer = await feed.client.signups.create('confirmed-course', person(1, { seats: 2 }));
    assert.equal(answer.status, 'confirmed');
    assert.equal(answer.waitlistPosition, undefined);
    assert.deepEqual(Object.keys(answer).sort(), ['id', 'status']);
    const event = await feed.client.events.get('confirmed-course');
    assert.equal(event.signup?.mode === 'internal' && event.signup.available, 1);
  });

  it('puts a signup on the waitlist, with its place, once the seats are taken', async () => {
    await course(feed.real, 'waitlist-course', { capacity: 1 });
    assert.equal((await feed.client.signups.create('waitlist-course', person(1))).status, 'confirmed');
    const answer = await feed.client.signups.create('waitlist-course', person(2));
    assert.equal(answer.status, 'waitlisted');
    assert.equal(answer.waitlistPosition, 1);
  });

  it('answers a repeat with the same key identically and signs up once', async () => {
    await course(feed.real, 'replay-course');
    const idempotencyKey = newIdempotencyKey();
    const first = await feed.client.signups.create('replay-course', person(1), { idempotencyKey });
    const again = await feed.client.signups.create('replay-course', person(1), { idempotencyKey });
    assert.deepEqual(again, first);
    assert.equal((await feed.real.feed.storage.listSignups('replay-course'))?.length, 1);
  });

  it('answers the same e-mail twice as it would a new one, and signs up once', async () => {
    await course(feed.real, 'twice-course');
    const first = await feed.client.signups.create('twice-course', person(1));
    const again = await feed.client.signups.create('twice-course', person(1, { name: 'Someone Else' }));
    assert.equal(again.status, first.status);
    assert.notEqual(again.id, first.id);
    assert.deepEqual(
      (await feed.real.feed.storage.listSignups('twice-course'))?.map(({ name }) => name),
      ['Deltager 1'],
    );
  });

  it("brings the feed's field errors back with their stable codes", async () => {
    await course(feed.real, 'seats-course', { maxSeatsPerSignup: 2 });
    const error = await rejection(feed.client.signups.create('seats-course', person(1, { seats: 3 })));
    assert.ok(isKulturError(error, 'KulturHttpError'));
    assert.equal(error.status, 400);
    assert.equal(error.problem?.type, 'urn:kultur:problem:invalid-body');
    assert.deepEqual(
      error.problem?.errors?.map(({ path, code }) => ({ path, code })),
      [{ path: 'seats', code: 'too-many-seats' }],
    );
  });
});

describe('cancelling and refusals against the real feed server', () => {
  const feed = realFeedForBlock();

  it('cancels by token and moves the first waitlisted up; cancelling again succeeds', async () => {
    await course(feed.real, 'cancel-course', { capacity: 1 });
    const first = await feed.client.signups.create('cancel-course', person(1));
    const waiting = await feed.client.signups.create('cancel-course', person(2));
    assert.equal(waiting.status, 'waitlisted');

    const token = await cancelTokenOf(feed.real.feed, first.id);
    assert.equal(await feed.client.signups.cancel(token), undefined);
    const list = await feed.real.feed.storage.listSignups('cancel-course');
    assert.deepEqual(
      list?.map(({ name, status }) => `${status}:${name}`),
      ['confirmed:Deltager 2'],
    );
    await feed.client.signups.cancel(token);
  });

  it('rejects a token the feed never issued with a 404', async () => {
    const error = await rejection(feed.client.signups.cancel('no-such-token'));
    assert.ok(error instanceof KulturHttpError);
    assert.equal(error.status, 404);
    assert.match(error.message, /^The feed answered 404 to DELETE .*\/v1\/signups\/no-such-token: No signup has/);
  });

  it('checkSignup finds what the feed refuses, with the same codes', async () => {
    await course(feed.real, 'parity-course');
    const input = {
      name: ' ',
      email: 'mette@',
      phone: 'ring',
      comment: 'x'.repeat(2001),
      seats: 1.5,
      consent: false,
      website: 'http://spam.example',
      extra: 1,
    };
    const response = await fetch(`${feed.real.baseUrl}/events/parity-course/signups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': newIdempotencyKey() },
      body: JSON.stringify(input),
    });
    const problem = (await response.json()) as { errors: Array<{ path: string; code: string }> };
    const codes = (issues: ReadonlyArray<{ path: string; code?: string }>) =>
      issues.map(({ path, code }) => `${path}:${code}`).sort();
    assert.equal(response.status, 400);
    assert.deepEqual(codes(checkSignup(input)), codes(problem.errors));
  });

  it('refuses a signup when the signup window has closed, with the kind of refusal', async () => {
    await course(feed.real, 'closed-course', { closesAt: new Date(Date.now() - DAY_MS).toISOString() });
    const error = await rejection(feed.client.signups.create('closed-course', person(1)));
    assert.ok(error instanceof KulturHttpError);
    assert.equal(error.status, 409);
    assert.equal(error.problem?.type, 'urn:kultur:problem:signup-closed');
  });
});

describe('signups: what the SDK checks before sending', () => {
  const { fetch, sent } = countingFetch();
  const client = createKulturClient({ baseUrl: 'http://127.0.0.1:9/v1', fetch, retry: 0 });

  it('refuses input the feed would refuse, naming each field with its stable code, and sends nothing', async () => {
    const input = { name: '  ', email: 'mette@', phone: 'ring', seats: 0, consent: false } as unknown as SignupRequest;
    const error = await rejection(client.signups.create('a-course', input));
    assert.ok(error instanceof KulturInputError);
    assert.ok(isKulturError(error, 'KulturInputError'));
    assert.deepEqual(
      error.issues.map(({ path, code }) => `${path}:${code}`),
      [
        'name:required',
        'email:invalid-email',
        'phone:invalid-phone',
        'seats:invalid-seats',
        'consent:consent-required',
      ],
    );
    assert.match(
      error.message,
      /^signups\.create\(\) was not sent, as the feed would refuse it \(name: is required; email: must be an e-mail address; phone: .* and 2 more\)\. Correct these fields.* See docs\/feed-api\.md#field-errors in @kulturregion\/kultur\.$/,
    );
    assert.equal(sent.length, 0);
  });

  it('checkSignup gives the same codes as the feed: missing fields, the honeypot, unknown fields, long text', () => {
    assert.deepEqual(checkSignup({ name: 'Mette', email: 'mette@example.dk', consent: true }), []);
    assert.deepEqual(
      checkSignup({ website: 'http://spam.example', comment: 'x'.repeat(2001), extra: 1 }).map(
        ({ path, code }) => `${path}:${code}`,
      ),
      [
        'name:required',
        'email:required',
        'comment:too-long',
        'consent:consent-required',
        'website:honeypot',
        'extra:unknown-field',
      ],
    );
    assert.deepEqual(checkSignup(null), [{ path: '(body)', code: 'invalid', message: 'is not a valid value' }]);
  });

  it('refuses a malformed event id, key or cancel token as a usage error', async () => {
    for (const call of [
      () => client.signups.create('Not An Id', person(1)),
      () => client.signups.create('a-course', person(1), { idempotencyKey: ' ' }),
      () => client.signups.create('a-course', person(1), { idempotencyKey: 'k'.repeat(256) }),
      () => client.signups.cancel(''),
    ]) {
      const error = await rejection(call());
      assert.ok(error instanceof TypeError);
      assert.match(error.message, /See docs\/sdk\.md#signups in @kulturregion\/kultur\.$/);
    }
    assert.equal(sent.length, 0);
  });

  it('makes UUID keys, also where crypto.randomUUID is missing (pages served over http)', () => {
    assert.match(newIdempotencyKey(), UUID);
    const keys = new Set<string>();
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      for (let i = 0; i < 50; i++) keys.add(newIdempotencyKey());
    } finally {
      delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID;
    }
    assert.equal(typeof globalThis.crypto.randomUUID, 'function');
    assert.equal(keys.size, 50);
    for (const key of keys) assert.match(key, UUID);
  });
});

/** Type tests: `tsc --noEmit` fails when a line below a `@ts-expect-error` compiles. Never called. */
async function typeChecks(client: KulturClient): Promise<void> {
  const answer = await client.signups.create('a-course', { name: 'Mette', email: 'mette@example.dk', consent: true });
  const status: 'confirmed' | 'waitlisted' = answer.status;
  const position: number | undefined = answer.waitlistPosition;
  void [status, position];
  // @ts-expect-error consent must be given: `true`, not any boolean
  await client.signups.create('a-course', { name: 'Mette', email: 'mette@example.dk', consent: false });
  // @ts-expect-error the e-mail is required
  await client.signups.create('a-course', { name: 'Mette', consent: true });
  // @ts-expect-error a misspelt field is refused
  await client.signups.create('a-course', { name: 'M', email: 'm@example.dk', consent: true, organisation: 'x' });
  // @ts-expect-error seats are a number
  await client.signups.create('a-course', { name: 'M', email: 'm@example.dk', consent: true, seats: '2' });
  // @ts-expect-error cancel answers nothing
  const nothing: string = await client.signups.cancel('token');
  void nothing;
}
void typeChecks;

describe('signups against a feed that misbehaves', () => {
  let server: FaultServer;
  const client = () =>
    createKulturClient({ baseUrl: server.baseUrl, cache: false, retry: { limit: 2, delay: () => 0 } });
  const answer = { id: 's1', status: 'confirmed' };

  before(async () => {
    server = await startFaultServer();
  });
  after(() => server.close());

  it('retries a 503 with the same Idempotency-Key, a new UUID when none was given', async () => {
    server.handle((_request, response, attempt) =>
      attempt === 1 ? sendJson(response, 503, {}) : sendJson(response, 201, answer),
    );
    assert.deepEqual(await client().signups.create('a-course', person(1)), answer);
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.match(String(keys[0]), UUID);
    assert.equal(keys[1], keys[0]);
    assert.deepEqual(
      server.requests.map((request) => `${request.method} ${request.url}`),
      ['POST /v1/events/a-course/signups', 'POST /v1/events/a-course/signups'],
    );
  });

  it("retries a broken connection with the caller's own key, and makes a new key for each call", async () => {
    server.handle((_request, response, attempt) =>
      attempt === 1 ? response.socket?.destroy() : sendJson(response, 201, answer),
    );
    await client().signups.create('a-course', person(1), { idempotencyKey: 'my-key-1' });
    assert.deepEqual(
      server.requests.map((request) => request.headers['idempotency-key']),
      ['my-key-1', 'my-key-1'],
    );

    server.handle((_request, response) => sendJson(response, 201, answer));
    await client().signups.create('a-course', person(1));
    await client().signups.create('a-course', person(1));
    const [one, two] = server.requests.map((request) => request.headers['idempotency-key']);
    assert.notEqual(one, two);
  });

  it('sends the checked signup as JSON: trimmed, with its default seats', async () => {
    let body = '';
    server.handle((request, response) => {
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => sendJson(response, 201, answer));
    });
    await client().signups.create('a-course', { name: '  Mette  ', email: 'mette@example.dk', consent: true });
    assert.equal(server.requests[0]!.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(body), { name: 'Mette', email: 'mette@example.dk', consent: true, seats: 1 });
  });

  it('does not retry a refusal', async () => {
    server.handle((_request, response) =>
      sendJson(
        response,
        409,
        { type: 'urn:kultur:problem:signup-full', title: 'Conflict', status: 409, detail: 'The event is full.' },
        { 'content-type': 'application/problem+json' },
      ),
    );
    const error = await rejection(client().signups.create('a-course', person(1)));
    assert.ok(error instanceof KulturHttpError);
    assert.equal(error.problem?.type, 'urn:kultur:problem:signup-full');
    assert.equal(server.requests.length, 1);
  });

  it('rejects an answer that does not fit the contract with a KulturValidationError naming POST', async () => {
    server.handle((_request, response) => sendJson(response, 201, { status: 'maybe' }));
    const error = await rejection(client().signups.create('a-course', person(1)));
    assert.ok(error instanceof KulturValidationError);
    assert.match(error.message, /^The feed's answer to POST .*\/events\/a-course\/signups does not fit/);
    assert.deepEqual(
      error.issues.map((issue) => issue.path.join('.')),
      ['id', 'status'],
    );
  });

  it('retries a DELETE after a 503 and resolves on the 204', async () => {
    server.handle((_request, response, attempt) =>
      attempt === 1 ? sendJson(response, 503, {}) : response.writeHead(204).end(),
    );
    assert.equal(await client().signups.cancel('a/token'), undefined);
    assert.deepEqual(
      server.requests.map((request) => `${request.method} ${request.url}`),
      ['DELETE /v1/signups/a%2Ftoken', 'DELETE /v1/signups/a%2Ftoken'],
    );
  });

  it('rejects with the AbortError when the caller aborts', async () => {
    server.handle(() => {
      // Never answers.
    });
    const controller = new AbortController();
    const pending = client().signups.create('a-course', person(1), { signal: controller.signal });
    controller.abort();
    const error = await rejection(pending);
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');
  });
});
