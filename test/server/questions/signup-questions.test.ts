/**
 * An event's own questions: published with the event, answered in the signup, checked against the event's questions,
 * kept with the signup (in its idempotency, its list and its CSV), never in a message, deleted with it.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { checkAnswers } from '../../../src/contract/questions.js';
import { EventSchema, type Answer, type QuestionInput } from '../../../src/contract/schema.js';
import { messageComposer } from '../../../server/src/signups/signup-mails.js';
import { assertProblem } from '../support/problem-assertions.js';
import {
  BEFORE_THE_EVENT,
  courseDay,
  person,
  postSignup,
  publish,
  signUp,
  signupList,
} from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

const QUESTIONS: QuestionInput[] = [
  { id: 'kost', kind: 'short-text', label: 'Særlige kosthensyn?', required: false },
  { id: 'motivation', kind: 'long-text', label: 'Hvad håber du at få ud af dagen?', required: true },
  { id: 'spor', kind: 'one-choice', label: 'Vælg spor', required: true, options: ['Fundraising', 'Frivillige'] },
  {
    id: 'workshops',
    kind: 'several-choices',
    label: 'Eftermiddagens workshops',
    required: false,
    options: ['Ansøgninger', 'Sponsorer', 'Fonde'],
  },
  { id: 'foto', kind: 'yes-no', label: 'Må vi fotografere dig?', required: true },
];

const answered = (n: number, answers: Record<string, unknown> = {}) =>
  person(n, {
    answers: { motivation: 'At møde andre', spor: 'Frivillige', foto: false, ...answers } as Record<string, Answer>,
  });

describe('questions per event', () => {
  let feed: TestFeed;
  before(async () => {
    feed = createTestFeed({ now: () => BEFORE_THE_EVENT, signupRate: 0, demoOutbox: true });
    await publish(feed, courseDay('kursus', { capacity: 100, questions: QUESTIONS }));
    await publish(feed, courseDay('uden', { capacity: 100 }));
  });
  after(() => feed.close());

  async function refused(eventId: string, body: unknown, path: string, code: string) {
    const before = await feed.database.count('SELECT count(*) AS n FROM signups');
    const problem = await assertProblem(await postSignup(feed, eventId, body), 400, path);
    assert.equal(problem.type, 'urn:kultur:problem:invalid-body');
    assert.equal(problem.errors?.find((each) => each.path === path)?.code, code, JSON.stringify(problem.errors));
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM signups'), before, 'nothing stored');
    return problem;
  }

  it('serves the questions with the event, and no questions key for an event without them', async () => {
    const event = EventSchema.parse(await (await feed.request('/v1/events/kursus')).json());
    assert.equal(event.signup?.mode, 'internal');
    assert.deepEqual(event.signup?.mode === 'internal' && event.signup.questions, QUESTIONS);
    const plain = (await (await feed.request('/v1/events/uden')).json()) as { signup: object };
    assert.equal('questions' in plain.signup, false);
  });

  it('are in the OpenAPI document: the questions in the event, the answers in the signup request', async () => {
    const document = JSON.stringify(await (await feed.request('/v1/openapi.json')).json());
    for (const word of ['"questions"', '"answers"', '"several-choices"', '"yes-no"', 'answers.<id>']) {
      assert.ok(document.includes(word), word);
    }
  });

  it('refuses questions that cannot be answered: choices without two different options, ids twice, too many', async () => {
    const bad: Array<[string, QuestionInput[]]> = [
      ['one option', [{ id: 'a', kind: 'one-choice', label: 'Hvilken?', required: true, options: ['Kun én'] }]],
      [
        'same option twice',
        [{ id: 'a', kind: 'several-choices', label: 'Hvilke?', required: false, options: ['X', 'X'] }],
      ],
      ['options on text', [{ id: 'a', kind: 'short-text', label: 'Hvad?', required: false, options: ['X', 'Y'] }]],
      [
        'an id twice',
        [
          { id: 'a', kind: 'yes-no', label: 'Ja?', required: false },
          { id: 'a', kind: 'yes-no', label: 'Nej?', required: false },
        ],
      ],
      ['a label of two lines', [{ id: 'a', kind: 'yes-no', label: 'Første\nAnden', required: false }]],
      ['an id with capitals', [{ id: 'Kost', kind: 'yes-no', label: 'Kost?', required: false }]],
      [
        'eleven questions',
        Array.from({ length: 11 }, (_, i) => ({
          id: `q${i}`,
          kind: 'yes-no' as const,
          label: `${i}?`,
          required: false,
        })),
      ],
    ];
    for (const [what, questions] of bad) {
      const response = await feed.publish(
        'POST',
        '/v1/events',
        courseDay(`daarlig-${bad.findIndex(([w]) => w === what)}`, { questions }),
      );
      assert.equal(response.status, 400, `${what}: ${await response.text()}`);
    }
  });

  it('takes every kind of answer and keeps it as the organiser reads it: trimmed, choices in option order', async () => {
    await signUp(
      feed,
      'kursus',
      answered(1, {
        kost: '  Vegetar  ',
        motivation: 'Nye idéer\nog nye kontakter',
        workshops: ['Fonde', 'Ansøgninger'],
        foto: true,
      }),
    );
    const [record] = (await signupList(feed, 'kursus')).filter((each) => each.email === 'deltager1@example.dk');
    assert.deepEqual(record?.answers, {
      kost: 'Vegetar',
      motivation: 'Nye idéer\nog nye kontakter',
      spor: 'Frivillige',
      workshops: ['Ansøgninger', 'Fonde'],
      foto: true,
    });
  });

  it('refuses each wrong answer under answers.<id>, with the code the SDK check gives too', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ motivation: undefined }, 'answers.motivation', 'required'],
      [{ motivation: '   ' }, 'answers.motivation', 'required'],
      [{ foto: undefined }, 'answers.foto', 'required'],
      [{ spor: 'Ledelse' }, 'answers.spor', 'invalid'],
      [{ spor: ['Frivillige'] }, 'answers.spor', 'invalid'],
      [{ workshops: ['Fonde', 'Golf'] }, 'answers.workshops', 'invalid'],
      [{ workshops: 'Fonde' }, 'answers.workshops', 'invalid'],
      [{ foto: 'ja' }, 'answers.foto', 'invalid'],
      [{ kost: true }, 'answers.kost', 'invalid'],
      [{ kost: 'Vegetar\nog glutenfri' }, 'answers.kost', 'invalid-characters'],
      [{ kost: 'Vegetar\u202E' }, 'answers.kost', 'invalid-characters'],
      [{ motivation: 'Godt\u0007' }, 'answers.motivation', 'invalid-characters'],
      [{ kost: 'x'.repeat(201) }, 'answers.kost', 'too-long'],
      [{ motivation: 'x'.repeat(2001) }, 'answers.motivation', 'too-long'],
      [{ parkering: 'Ja' }, 'answers.parkering', 'not-asked'],
    ];
    let n = 100;
    for (const [answers, path, code] of cases) {
      const body = answered(++n, answers);
      await refused('kursus', body, path, code);
      const sdk = checkAnswers(body.answers, QUESTIONS as never).find((each) => each.path === path);
      assert.equal(sdk?.code, code, `the SDK's check of ${JSON.stringify(answers)}`);
    }
    // Answers to an event without questions are refused, as a field it does not ask for is.
    await refused('uden', person(200, { answers: { kost: 'Vegetar' } }), 'answers.kost', 'not-asked');
    // Not an object at all: the schema says so before the event is read.
    await refused('kursus', { ...person(201), answers: ['Vegetar'] }, 'answers', 'invalid');
  });

  it('names every wrong answer at once, beside a fixed field the event does not ask for', async () => {
    const problem = await refused(
      'kursus',
      person(300, { phone: '12345678', answers: { spor: 'Ledelse' } }),
      'answers.motivation',
      'required',
    );
    assert.deepEqual(
      problem.errors?.map((each) => [each.path, each.code]),
      [
        ['phone', 'not-asked'],
        ['answers.motivation', 'required'],
        ['answers.spor', 'invalid'],
        ['answers.foto', 'required'],
      ],
    );
  });

  it('keeps hostile text as text: in the JSON as written, in the CSV as a cell that is never a formula', async () => {
    const hostile = '=HYPERLINK("http://evil.test","Klik")<script>alert(1)</script>';
    await signUp(feed, 'kursus', answered(400, { kost: hostile }));
    const [record] = (await signupList(feed, 'kursus')).filter((each) => each.email === 'deltager400@example.dk');
    assert.equal(record?.answers?.kost, hostile);
    const csv = await (await feed.publish('GET', '/v1/events/kursus/signups?format=csv')).text();
    assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.test"",""Klik"")<script>alert(1)</script>"`), csv);
  });

  it('makes the answers part of the idempotency: same answers in another order replay, other answers are refused', async () => {
    const key = randomUUID();
    const body = answered(500, { kost: 'Vegan', foto: true });
    const first = await postSignup(feed, 'kursus', body, { key });
    assert.equal(first.status, 201);
    const reordered = { ...body, answers: Object.fromEntries(Object.entries(body.answers!).reverse()) };
    const replay = await postSignup(feed, 'kursus', reordered, { key });
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(await replay.text(), await first.text());
    const other = await postSignup(feed, 'kursus', answered(500, { kost: 'Vegetar', foto: true }), { key });
    await assertProblem(other, 422);
  });

  it('never puts an answer in a message', async () => {
    const secret = 'Hemmeligt svar 7f3a';
    await signUp(feed, 'kursus', answered(600, { kost: secret, motivation: secret }));
    const messages = await feed.storage.listOutbox({ to: 'deltager600@example.dk', limit: 10 });
    assert.equal(messages.length, 1);
    assert.ok(!messages[0]!.text.includes(secret) && !messages[0]!.subject.includes(secret));
  });

  it('gives the CSV a column per question, and keeps a removed question’s answers under its id until retention', async () => {
    await signUp(feed, 'kursus', answered(700, { workshops: ['Sponsorer', 'Fonde'], foto: true }));
    let csv = await (await feed.publish('GET', '/v1/events/kursus/signups?format=csv')).text();
    let [header, ...rows] = csv.replace('\uFEFF', '').trim().split('\r\n');
    assert.ok(header!.endsWith(';' + QUESTIONS.map((question) => question.label).join(';')), header);
    const row = rows.find((line) => line.includes('deltager700@example.dk'))!;
    assert.ok(row.endsWith(';;At møde andre;Frivillige;"Sponsorer; Fonde";Ja'), row);

    // The organiser drops the photo question and rewords the track question: answers stay tied to the ids.
    const [kost, motivation, spor, workshops] = QUESTIONS;
    const changed = [kost!, motivation!, { ...spor!, label: 'Hvilket spor vælger du?' }, workshops!];
    const response = await feed.publish(
      'PUT',
      '/v1/events/kursus',
      courseDay('kursus', { capacity: 100, questions: changed }),
    );
    assert.equal(response.status, 200, await response.text());
    csv = await (await feed.publish('GET', '/v1/events/kursus/signups?format=csv')).text();
    [header, ...rows] = csv.replace('\uFEFF', '').trim().split('\r\n');
    assert.ok(header!.endsWith(';Hvilket spor vælger du?;Eftermiddagens workshops;Fjernet spørgsmål (foto)'), header);
    assert.ok(
      rows.find((line) => line.includes('deltager700@example.dk'))!.endsWith(';Frivillige;"Sponsorer; Fonde";Ja'),
    );
    const [record] = (await signupList(feed, 'kursus')).filter((each) => each.email === 'deltager700@example.dk');
    assert.equal(record?.answers?.foto, true);
    // A new signup no longer answers the removed question: it is refused as not asked.
    await refused('kursus', answered(701, { foto: true }), 'answers.foto', 'not-asked');
  });
});

describe('answers under the retention', () => {
  it('are deleted with their signups by the sweep, and only theirs', async () => {
    const feed = createTestFeed({ signupRate: 0 });
    try {
      const compose = messageComposer({ baseUrl: 'http://feed.test', retentionDays: 30 });
      const now = new Date('2027-06-01T12:00:00Z');
      const day = 86_400_000;
      for (const [id, endedDaysAgo] of [
        ['gammel', 31],
        ['ny', 5],
      ] as const) {
        const end = new Date(now.getTime() - endedDaysAgo * day);
        const input = {
          ...courseDay(id, { questions: [QUESTIONS[0]!] }),
          id,
          start: new Date(end.getTime() - 3_600_000).toISOString(),
          end: end.toISOString(),
        };
        await feed.storage.createEvent(input, now);
        const outcome = await feed.storage.signUp({
          eventId: id,
          signup: { ...person(1), seats: 1, answers: { kost: 'Vegetar' }, privacyVersion: '2026-01' },
          idempotencyKey: randomUUID(),
          requestHash: id,
          now: new Date(end.getTime() - 20 * day),
          compose,
        });
        assert.equal(outcome.kind, 'created');
      }
      const withAnswers = 'SELECT count(*) AS n FROM signups WHERE answers IS NOT NULL';
      assert.equal(await feed.database.count(withAnswers), 2);
      await feed.storage.sweep(now, { signupDays: 30, idempotencyKeyDays: 30 });
      assert.equal(await feed.database.count(withAnswers), 1);
      assert.equal(await feed.database.count("SELECT count(*) AS n FROM signups WHERE event_id = 'ny'"), 1);
    } finally {
      await feed.close();
    }
  });
});
