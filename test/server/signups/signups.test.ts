import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import { DEFAULT_PRIVACY_VERSION } from '../../../server/src/signups/signup-defaults.js';
import { SIGNUP_FIELD_CODES, SignupAnswerSchema } from '../../../src/contract/schema.js';
import { eventInput } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import {
  BEFORE_THE_EVENT,
  available,
  courseDay,
  person,
  postSignup,
  publish,
  signUp,
  signupList,
  cancelTokenOf,
} from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

describe('POST /v1/events/{id}/signups', () => {
  it('is described in the OpenAPI document, with its required Idempotency-Key', async () => {
    const plain = createTestFeed();
    try {
      const document = await (await plain.request('/v1/openapi.json')).json();
      const post = document.paths['/v1/events/{id}/signups'].post;
      assert.deepEqual(Object.keys(post.responses).sort(), ['201', '400', '404', '409', '415', '422', '429', '503']);
      assert.equal(post.parameters[0].name, 'Idempotency-Key');
      assert.equal(post.parameters[0].required, true);
      assert.ok(post.requestBody.content['application/json'].schema.properties.website, 'the honeypot is in it');
      assert.ok(document.paths['/v1/events/{id}/signups'].get.responses['200'].content['text/csv']);
      assert.deepEqual(Object.keys(document.paths['/v1/signups/{cancelToken}']).sort(), [
        'delete',
        'get',
        'parameters',
        'post',
      ]);
    } finally {
      await plain.close();
    }
  });

  let feed: TestFeed;
  let clock: Date;
  beforeEach(async () => {
    await feed?.close();
    clock = BEFORE_THE_EVENT;
    feed = createTestFeed({ now: () => clock, signupRate: 0 });
    await publish(feed, courseDay('kursus', { capacity: 3, maxSeatsPerSignup: 2 }));
  });
  after(() => feed.close());

  it('confirms while seats last, then waitlists in order, and answers 201 no-store', async () => {
    const first = await postSignup(feed, 'kursus', person(1, { seats: 2 }));
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('cache-control'), 'no-store');
    assert.match(first.headers.get('content-type') ?? '', /^application\/json/);
    const answer = SignupAnswerSchema.parse(await first.json());
    assert.equal(answer.status, 'confirmed');
    assert.equal(answer.waitlistPosition, undefined);
    // The cancel token goes only to the address, in the mail: see signup-enumeration.test.ts.
    assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(answer))).sort(), ['id', 'status']);
    assert.match(await cancelTokenOf(feed, answer.id), /^[\w-]{32}$/);
    assert.equal(await available(feed, 'kursus'), 1);

    assert.equal((await signUp(feed, 'kursus', person(2))).status, 'confirmed');
    assert.equal(await available(feed, 'kursus'), 0);
    const third = await signUp(feed, 'kursus', person(3));
    const fourth = await signUp(feed, 'kursus', person(4, { seats: 2 }));
    assert.deepEqual([third.status, third.waitlistPosition], ['waitlisted', 1]);
    assert.deepEqual([fourth.status, fourth.waitlistPosition], ['waitlisted', 2]);
    assert.equal(new Set([answer.id, third.id, fourth.id]).size, 3);
  });

  it('records the privacy version that was shown, or the server’s current one', async () => {
    await signUp(feed, 'kursus', person(1, { privacyVersion: '2025-06' }));
    await signUp(feed, 'kursus', person(2));
    const list = await signupList(feed, 'kursus');
    assert.deepEqual(
      list.map((item) => item.privacyVersion),
      ['2025-06', DEFAULT_PRIVACY_VERSION],
    );
  });

  it('keeps the optional fields, trimmed', async () => {
    const asking = courseDay('kursus', { capacity: 3, maxSeatsPerSignup: 2, fields: ['phone', 'organization'] });
    assert.equal((await feed.publish('PUT', '/v1/events/kursus', asking)).status, 200);
    await signUp(
      feed,
      'kursus',
      person(1, { name: '  Mette Hansen ', phone: '+45 12 34 56 78', organization: 'Maribo Teaterforening' }),
    );
    const [item] = await signupList(feed, 'kursus');
    assert.equal(item?.name, 'Mette Hansen');
    assert.equal(item?.phone, '+45 12 34 56 78');
    assert.equal(item?.organization, 'Maribo Teaterforening');
    assert.equal(item?.comment, undefined);
  });

  describe('Idempotency-Key', () => {
    it('replays the identical status and body for the same key and request, and signs up once', async () => {
      const body = person(1, { seats: 2 });
      const first = await postSignup(feed, 'kursus', body, { key: 'key-1' });
      const firstText = await first.text();
      // The same request with its fields in another order, spaces around the name and an empty honeypot.
      const reordered = { seats: 2, consent: true, email: body.email, name: ` ${body.name} `, website: '' };
      const replay = await postSignup(feed, 'kursus', reordered, { key: 'key-1' });
      assert.equal(replay.status, first.status);
      assert.equal(await replay.text(), firstText);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.equal(replay.headers.get('cache-control'), 'no-store');
      assert.equal((await signupList(feed, 'kursus')).length, 1);
      assert.equal(await feed.database.count('SELECT count(*) AS n FROM outbox'), 1, 'one confirmation, not two');
    });

    it('replays the first answer even after things changed since', async () => {
      const first = await (await postSignup(feed, 'kursus', person(1, { seats: 2 }), { key: 'k' })).text();
      await signUp(feed, 'kursus', person(2));
      await signUp(feed, 'kursus', person(3));
      clock = new Date('2027-03-10T12:00:00+01:00'); // the course has started: signup is closed
      const replay = await postSignup(feed, 'kursus', person(1, { seats: 2 }), { key: 'k' });
      assert.equal(replay.status, 201);
      assert.equal(await replay.text(), first);
    });

    it('refuses the same key with a different request with 422, and stores nothing', async () => {
      await signUp(feed, 'kursus', person(9));
      await postSignup(feed, 'kursus', person(1), { key: 'shared' });
      for (const [eventId, body] of [
        ['kursus', person(1, { seats: 2 })],
        ['kursus', person(2)],
      ] as const) {
        const problem = await assertProblem(await postSignup(feed, eventId, body, { key: 'shared' }), 422);
        assert.equal(problem.type, 'urn:kultur:problem:idempotency-key-reused');
      }
      assert.equal((await signupList(feed, 'kursus')).length, 2);
    });

    it('is required: no key, an empty one or one over 255 characters is 400, and nothing is stored', async () => {
      for (const key of [null, '', '   ', 'k'.repeat(256)]) {
        const problem = await assertProblem(await postSignup(feed, 'kursus', person(1), { key }), 400);
        assert.equal(problem.type, 'urn:kultur:problem:invalid-header');
        assert.equal(problem.errors?.[0]?.path, 'Idempotency-Key');
        assert.equal(problem.errors?.[0]?.code, key && key.length > 255 ? 'too-long' : 'required');
      }
      assert.equal((await signupList(feed, 'kursus')).length, 0);
      assert.equal((await postSignup(feed, 'kursus', person(1), { key: 'k'.repeat(255) })).status, 201);
    });
  });

  describe('field errors', () => {
    const cases: Array<[string, Record<string, unknown>, string, (typeof SIGNUP_FIELD_CODES)[number]]> = [
      ['no name', { email: 'a@example.dk', consent: true }, 'name', 'required'],
      ['a blank name', { name: '   ', email: 'a@example.dk', consent: true }, 'name', 'required'],
      ['a long name', { name: 'x'.repeat(201), email: 'a@example.dk', consent: true }, 'name', 'too-long'],
      ['no e-mail', { name: 'A', consent: true }, 'email', 'required'],
      ['a bad e-mail', { name: 'A', email: 'a@', consent: true }, 'email', 'invalid-email'],
      ['a bad phone', { name: 'A', email: 'a@example.dk', consent: true, phone: 'ring mig' }, 'phone', 'invalid-phone'],
      ['no consent', { name: 'A', email: 'a@example.dk' }, 'consent', 'consent-required'],
      ['consent false', { name: 'A', email: 'a@example.dk', consent: false }, 'consent', 'consent-required'],
      ['zero seats', { name: 'A', email: 'a@example.dk', consent: true, seats: 0 }, 'seats', 'invalid-seats'],
      ['half a seat', { name: 'A', email: 'a@example.dk', consent: true, seats: 1.5 }, 'seats', 'invalid-seats'],
      [
        'seats over the maximum',
        { name: 'A', email: 'a@example.dk', consent: true, seats: 3 },
        'seats',
        'too-many-seats',
      ],
      [
        'the honeypot',
        { name: 'A', email: 'a@example.dk', consent: true, website: 'http://spam' },
        'website',
        'honeypot',
      ],
      ['an unknown field', { name: 'A', email: 'a@example.dk', consent: true, age: 40 }, 'age', 'unknown-field'],
      ['a number as comment', { name: 'A', email: 'a@example.dk', consent: true, comment: 7 }, 'comment', 'invalid'],
    ];
    for (const [what, body, path, code] of cases) {
      it(`answers ${what} with 400 and code ${code} on ${path}, storing nothing`, async () => {
        const problem = await assertProblem(await postSignup(feed, 'kursus', body), 400, path);
        assert.equal(problem.type, 'urn:kultur:problem:invalid-body');
        assert.equal(problem.errors?.find((error) => error.path === path)?.code, code);
        assert.ok(SIGNUP_FIELD_CODES.includes(code));
        assert.equal(await feed.database.count('SELECT count(*) AS n FROM signups'), 0);
        assert.equal(await feed.database.count('SELECT count(*) AS n FROM outbox'), 0);
        assert.equal(await feed.database.count('SELECT count(*) AS n FROM idempotency_keys'), 0);
      });
    }

    it('refuses the honeypot even when everything else is right, never with a fake success', async () => {
      const response = await postSignup(feed, 'kursus', person(1, { website: 'x' }));
      const problem = await assertProblem(response, 400, 'website');
      assert.deepEqual(
        problem.errors?.map((error) => error.code),
        ['honeypot'],
      );
      assert.equal(await feed.database.count('SELECT count(*) AS n FROM signups'), 0);
      // An empty honeypot is what a person's browser sends.
      assert.equal((await postSignup(feed, 'kursus', person(1, { website: '' }))).status, 201);
    });
  });

  describe('refusals', () => {
    it('keeps one signup per e-mail address, in any case: a repeat is answered as a newcomer and stores nothing', async () => {
      await signUp(feed, 'kursus', person(1, { email: 'Mette.Hansen@Example.dk' }));
      const repeat = await signUp(feed, 'kursus', person(2, { email: 'mette.hansen@example.DK' }));
      assert.equal(repeat.status, 'confirmed');
      assert.equal((await signupList(feed, 'kursus')).length, 1);
      assert.equal(await available(feed, 'kursus'), 2);
    });

    it('lets the same e-mail sign up again after cancelling', async () => {
      const first = await signUp(feed, 'kursus', person(1));
      assert.equal(
        (await feed.request(`/v1/signups/${await cancelTokenOf(feed, first.id)}`, { method: 'DELETE' })).status,
        204,
      );
      assert.equal((await signUp(feed, 'kursus', person(1))).status, 'confirmed');
    });

    it('answers 404 for an unknown event', async () => {
      const problem = await assertProblem(await postSignup(feed, 'findes-ikke', person(1)), 404);
      assert.equal(problem.type, 'urn:kultur:problem:not-found');
    });

    it('answers 409 no-signup for events without signup or with an external one', async () => {
      await publish(feed, eventInput({ id: 'uden' }));
      await publish(feed, eventInput({ id: 'ekstern', signup: { mode: 'external', url: 'https://billetto.dk/x' } }));
      for (const id of ['uden', 'ekstern']) {
        const problem = await assertProblem(await postSignup(feed, id, person(1)), 409);
        assert.equal(problem.type, 'urn:kultur:problem:no-signup');
      }
    });

    it('answers 409 signup-full when the seats are gone and there is no waitlist', async () => {
      await publish(feed, courseDay('lille', { capacity: 2, waitlist: false }));
      await signUp(feed, 'lille', person(1));
      // Two seats do not fit in the one that is left, one does.
      const problem = await assertProblem(await postSignup(feed, 'lille', person(2, { seats: 2 })), 409);
      assert.equal(problem.type, 'urn:kultur:problem:signup-full');
      await signUp(feed, 'lille', person(3));
      await assertProblem(await postSignup(feed, 'lille', person(4)), 409);
      assert.equal((await signupList(feed, 'lille')).length, 2);
    });

    it('answers 409 signup-not-open before opensAt and signup-closed from closesAt', async () => {
      await publish(
        feed,
        courseDay('vindue', { opensAt: '2027-02-01T09:00:00+01:00', closesAt: '2027-03-01T12:00:00+01:00' }),
      );
      clock = new Date('2027-02-01T08:59:59+01:00');
      const early = await assertProblem(await postSignup(feed, 'vindue', person(1)), 409);
      assert.equal(early.type, 'urn:kultur:problem:signup-not-open');
      assert.match(early.detail!, /2027-02-01T09:00:00\+01:00/);

      clock = new Date('2027-02-01T09:00:00+01:00');
      await signUp(feed, 'vindue', person(2));

      clock = new Date('2027-03-01T12:00:00+01:00');
      const late = await assertProblem(await postSignup(feed, 'vindue', person(3)), 409);
      assert.equal(late.type, 'urn:kultur:problem:signup-closed');
      assert.match(late.detail!, /2027-03-01T12:00:00\+01:00/);
      assert.equal((await signupList(feed, 'vindue')).length, 1);
    });

    it('closes signup when the event starts, and for a cancelled event', async () => {
      clock = new Date('2027-03-10T09:00:00+01:00');
      assert.equal(
        (await assertProblem(await postSignup(feed, 'kursus', person(1)), 409)).type,
        'urn:kultur:problem:signup-closed',
      );
      clock = BEFORE_THE_EVENT;
      await publish(feed, courseDay('aflyst', {}, { status: 'cancelled' }));
      const problem = await assertProblem(await postSignup(feed, 'aflyst', person(1)), 409);
      assert.equal(problem.type, 'urn:kultur:problem:signup-closed');
      assert.match(problem.detail!, /cancelled/);
    });

    it('checks seats against the event’s maxSeatsPerSignup', async () => {
      const problem = await assertProblem(await postSignup(feed, 'kursus', person(1, { seats: 3 })), 400, 'seats');
      assert.match(problem.errors![0]!.message, /at most 2/);
      assert.equal((await signUp(feed, 'kursus', person(1, { seats: 2 }))).status, 'confirmed');
    });

    it('answers other methods on the signup path with 405', async () => {
      const response = await feed.request('/v1/events/kursus/signups', { method: 'PUT' });
      await assertProblem(response, 405);
      assert.equal(response.headers.get('allow'), 'GET, POST, HEAD, OPTIONS');
    });

    it('refuses a body that is not JSON', async () => {
      const response = await feed.request('/v1/events/kursus/signups', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'idempotency-key': 'k' },
        body: 'name=A',
      });
      await assertProblem(response, 415);
    });
  });
});
