import fc from 'fast-check';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compiledCheckers, OUTPUT, SIGNUP_OUTPUT } from '../../scripts/compile-checkers.mjs';
import {
  INVALID,
  parseCategoryList,
  parseEvent,
  parseEventId,
  parseEventPageEnvelope,
  parseMunicipalityList,
  parseProblemDetails,
} from '../../src/contract/compiled-checkers.js';
import { parseSignupAnswer, parseSignupRequest } from '../../src/contract/compiled-signup-checkers.js';
import { EventPageEnvelopeSchema } from '../../src/contract/page-envelope.js';
import { CATEGORIES, MUNICIPALITIES } from '../../src/contract/reference-data.js';
import {
  AUDIENCE_IDS,
  CATEGORY_IDS,
  CategoryListSchema,
  EVENT_STATUSES,
  EventIdSchema,
  EventSchema,
  MUNICIPALITY_IDS,
  MunicipalityListSchema,
  ProblemDetailsSchema,
  QUESTION_KINDS,
  SIGNUP_FIELDS,
  SIGNUP_STATUSES,
  SignupAnswerSchema,
  SignupRequestSchema,
} from '../../src/contract/schema.js';
import { servedEvent } from './support/served-event.js';
import { FULL_SIGNUP, signupEmail, signupInput, signupPhone, signupText } from './support/signup-values.js';

/** Values per property in `npm test`; `KULTUR_FUZZ_RUNS` sets more. */
const RUNS = Number(process.env.KULTUR_FUZZ_RUNS || 3_000);

/** Events that reach every branch: a venue and a place online, an image, each kind of signup, questions. */
const EVENTS = [
  servedEvent('koncert-i-parken', {
    online: { url: 'https://stream.example.dk/koncert' },
    image: { url: 'https://feed.example.dk/billeder/koncert.jpg', alt: '' },
    accessibility: 'Niveaufri adgang.',
    url: 'https://kultur.example.dk/koncert',
    cancellationReason: 'Regn.',
    signup: {
      mode: 'internal',
      capacity: 40,
      waitlist: true,
      opensAt: '2027-01-01T08:00:00Z',
      closesAt: '2027-03-01T08:00:00.123+01:00',
      maxSeatsPerSignup: 2,
      fields: ['phone', 'comment'],
      questions: [
        { id: 'kost', kind: 'one-choice', label: 'Kost?', required: true, options: ['Vegetar', 'Alt'] },
        { id: 'note', kind: 'long-text', label: 'Andet', required: false },
      ],
      available: 12,
    },
  }),
  servedEvent('foredrag-paa-biblioteket', { signup: { mode: 'external', url: 'https://billetter.example.dk/x' } }),
];

/** Values a broken feed might send: near misses of valid ones (whitespace, lengths, formats, bounds) and noise. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    ...[...MUNICIPALITY_IDS, ...CATEGORY_IDS, ...AUDIENCE_IDS, ...EVENT_STATUSES, ...SIGNUP_FIELDS, ...QUESTION_KINDS],
    'internal',
    'external',
    'Internal',
  ),
  fc.constantFrom(
    '',
    ' ',
    ' x ',
    '\t\n',
    'https://example.dk',
    ' https://example.dk/a b ',
    'https://exa\nmple.dk/\t',
    'HTTPS://EXAMPLE.DK',
    'http:example.dk',
    'https:/example.dk',
    'https://',
    'https://[::1]/',
    'https://1.2.3.999/',
    'https://example.dk:99999/',
    'ftp://example.dk',
    'javascript:alert(1)',
    'mailto:a@example.dk',
    '2027-02-28T10:00:00Z',
    '2027-02-29T10:00:00Z',
    '2028-02-29T10:00:00+01:00',
    '2027-03-10T10:00Z',
    '2027-03-10T10:00:00',
    '2027-03-10T24:00:00Z',
    '2027-03-10T10:00:00.5-02:30',
    ' 2027-03-10T10:00:00Z',
    '4700',
    '470',
    ' 4700',
    'ab-12',
    '-ab',
    '😀'.repeat(150),
    '😀'.repeat(201),
    'x'.repeat(201),
    ` ${'x'.repeat(200)} `,
    '\uD800'.repeat(201),
    'x'.repeat(20_001),
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(0, -0, 1, 1.5, -1, 90, 90.0001, -180, 100_000, 100_000.5, 2 ** 53, NaN, Infinity, -Infinity),
  fc.double(),
  fc.integer(),
  fc.constantFrom(true, false, null, undefined, [], {}, [1], { mode: 'internal' }),
  fc.array(fc.constantFrom(...CATEGORY_IDS, ...AUDIENCE_IDS, ...SIGNUP_FIELDS, 'x', 1), { maxLength: 9 }),
  fc.anything({ maxDepth: 2 }),
);

type Path = (string | number)[];

/** Every path into `value`: its properties and array items, at any depth. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...at, key], ...pathsOf((value as Record<string, unknown>)[key], [...at, key])]);
}

/** A change to one place in a value: a new value there, the key taken away, or a key the contract does not know. */
const mutation = (paths: Path[]) =>
  fc.tuple(fc.constantFrom(...paths), fc.constantFrom('set', 'set', 'set', 'delete', 'add'), anyValue);

function mutate(value: unknown, [path, kind, replacement]: [Path, string, unknown]): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (kind === 'delete' && !Array.isArray(parent)) delete parent[last];
  else if (kind === 'add' && !Array.isArray(parent)) parent[`extra${String(last)}`] = replacement;
  else parent[last] = replacement;
  return copy;
}

/** The checker and the schema agree: both refuse, or both take it and give the same data. */
function agree(
  parse: (value: unknown) => unknown,
  schema: typeof EventSchema | { safeParse: Function },
  value: unknown,
) {
  const compiled = parse(value);
  const parsed = (schema as typeof EventSchema).safeParse(value);
  if (!parsed.success) {
    assert.equal(compiled, INVALID, `the schema refuses, the checker takes: ${JSON.stringify(value)}`);
  } else {
    assert.notEqual(compiled, INVALID, `the schema takes, the checker refuses: ${JSON.stringify(value)}`);
    assert.deepStrictEqual(compiled, parsed.data);
    // Same keys in the same order, so the data serialises the same too.
    assert.equal(JSON.stringify(compiled), JSON.stringify(parsed.data));
  }
}

describe('compiled checkers', () => {
  it('are what scripts/compile-checkers.mjs makes of the schemas now (run `npm run checkers` when this fails)', async () => {
    for (const output of [OUTPUT, SIGNUP_OUTPUT]) {
      assert.equal(readFileSync(output, 'utf8'), await compiledCheckers(output), output);
    }
  });

  it('carry no eval and no Function constructor, so a strict CSP runs them', () => {
    const kits = ['checker-kit.ts', 'request-checker-kit.ts'].map(
      (name) => new URL(`../../src/contract/${name}`, import.meta.url),
    );
    for (const file of [OUTPUT, SIGNUP_OUTPUT, ...kits]) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /\beval\s*\(|\bFunction\s*\(/);
    }
  });

  it('take the valid events and give the data the schema gives', () => {
    for (const event of EVENTS) {
      agree(parseEvent, EventSchema, event);
      assert.notEqual(parseEvent(event), INVALID);
    }
  });

  it('agree with EventSchema on events with one thing changed', () => {
    for (const event of EVENTS) {
      fc.assert(
        fc.property(mutation(pathsOf(event)), (change) => agree(parseEvent, EventSchema, mutate(event, change))),
        { numRuns: RUNS, endOnFailure: true },
      );
    }
  });

  it('agree with EventSchema on events with several things changed', () => {
    const event = EVENTS[0]!;
    fc.assert(
      fc.property(fc.array(mutation(pathsOf(event)), { minLength: 2, maxLength: 4 }), (changes) => {
        let value: unknown = event;
        for (const change of changes) {
          try {
            value = mutate(value, change);
          } catch {
            // An earlier change took away the place a later one would change: leave it.
          }
        }
        agree(parseEvent, EventSchema, value);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('agree with EventSchema on anything at all', () => {
    fc.assert(
      fc.property(anyValue, (value) => agree(parseEvent, EventSchema, value)),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('agree with the page envelope and the reference lists', () => {
    const page = { items: [EVENTS[0], 1, null], nextCursor: 'abc' };
    const lists = [
      [parseEventPageEnvelope, EventPageEnvelopeSchema, page],
      [parseMunicipalityList, MunicipalityListSchema, { items: MUNICIPALITIES }],
      [parseCategoryList, CategoryListSchema, { items: CATEGORIES }],
    ] as const;
    for (const [parse, schema, valid] of lists) {
      agree(parse, schema, valid);
      assert.notEqual(parse(valid), INVALID);
      fc.assert(
        fc.property(mutation(pathsOf(valid)), (change) => agree(parse, schema, mutate(valid, change))),
        { numRuns: Math.ceil(RUNS / 3), endOnFailure: true },
      );
    }
  });

  it('agree with ProblemDetailsSchema on refusals with one thing changed', () => {
    const problem = {
      type: 'https://feed.example.dk/problems/signup-invalid',
      title: 'The signup has fields that do not fit',
      status: 422,
      detail: 'email: invalid-email',
      instance: '/v1/events/x/signups',
      errors: [{ path: 'email', message: 'Not an e-mail address', code: 'invalid-email' }],
    };
    agree(parseProblemDetails, ProblemDetailsSchema, problem);
    assert.notEqual(parseProblemDetails(problem), INVALID);
    for (const status of [399, 400, 599, 600, 422.5, '422']) {
      agree(parseProblemDetails, ProblemDetailsSchema, { ...problem, status });
    }
    fc.assert(
      fc.property(mutation(pathsOf(problem)), (change) =>
        agree(parseProblemDetails, ProblemDetailsSchema, mutate(problem, change)),
      ),
      { numRuns: Math.ceil(RUNS / 3), endOnFailure: true },
    );
  });

  it('agree with EventIdSchema on ids and near misses', () => {
    for (const id of ['koncert-i-parken', 'a', '0-', 'x'.repeat(64), 'x'.repeat(65), '-a', 'A', ' a', 'a b', 'å', '']) {
      agree(parseEventId, EventIdSchema, id);
    }
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[a-z0-9-]{0,70}$/), anyValue), (id) =>
        agree(parseEventId, EventIdSchema, id),
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('agree with the schema on web addresses, those the checker need not parse and near misses of them', () => {
    const event = EVENTS[1]!;
    const edges = [
      'https://kultur.example.dk/koncert?dag=2#top',
      'HTTP://KULTUR.EXAMPLE.DK',
      'http://localhost:8080/x',
      'http://a.com.',
      'http://a-.b-c.d/',
      'http://1.2.3.4/',
      'http://1.2.3.999/',
      'http://999999999999/',
      'http://0x7f.1/',
      'http://a.0x1f/',
      'http://a.1com/',
      'http://xn--zz/',
      'http://xn--kultur-0ya.dk/',
      'http://a.xn--/',
      'http://a..b/',
      'http://a.com:65535/',
      'http://a.com:65536/',
      'http://a.com:/',
      'http://a.com:x/',
      'http:///a.com',
      'http://user@a.com/',
      'http://a.com/\\evil',
      'http://a.com/ x',
      'http://a.com/\tx',
      'http://a_b.com/',
      'http://[::1]/',
      'https://æble.dk/',
    ];
    for (const url of edges) agree(parseEvent, EventSchema, { ...event, url });
    const urlish = fc.string({
      unit: fc.constantFrom(...'ax0-9.:/?#@[]%_\\ \tXn-'.split('')),
      maxLength: 24,
    });
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.tuple(fc.constantFrom('http://', 'https://'), urlish)), (url) =>
        agree(parseEvent, EventSchema, { ...event, url: Array.isArray(url) ? url.join('') : url }),
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  describe('of a signup', () => {
    /** The signup's checker gives what `signups.create()` sends: exactly the schema's data, or INVALID. */
    const agreeOnSignup = (value: unknown) => agree(parseSignupRequest, SignupRequestSchema, value);

    it('take a signup with every field and give what the schema gives: trimmed text, each kind of answer', () => {
      agreeOnSignup(FULL_SIGNUP);
      const data = parseSignupRequest(FULL_SIGNUP);
      assert.notEqual(data, INVALID);
      assert.equal((data as { name: string }).name, 'Mette Hansen');
      assert.equal((data as { phone: string }).phone, '+45 12 34-56 (78)');
    });

    it('agree with SignupRequestSchema at the edges: spaces, missing seats, unicode, controls, each kind of answer', () => {
      const base = { name: 'Mette', email: 'mette@example.dk', consent: true };
      const edges: unknown[] = [
        base,
        { ...base, seats: undefined },
        { ...base, seats: 1 },
        { ...base, seats: 0 },
        { ...base, seats: 2.5 },
        { ...base, seats: '2' },
        { ...base, seats: null },
        { ...base, phone: '   ' },
        { ...base, phone: ' 12345678 ' },
        { ...base, phone: '\u00A012345678\u00A0' },
        { ...base, phone: '12 34\n56 78' },
        { ...base, phone: undefined },
        { ...base, name: '  ' },
        { ...base, name: ' Søren Ørsted-Ålund ' },
        { ...base, name: 'Zoë 😀 Ñandú' },
        { ...base, name: '😀'.repeat(200) },
        { ...base, name: '😀'.repeat(201) },
        { ...base, name: 'Mette\nHansen' },
        { ...base, name: 'Mette\tHansen' },
        { ...base, name: 'Mette\u202EHansen' },
        { ...base, name: 'Mette\u0000' },
        { ...base, name: '\u2028Mette' },
        { ...base, name: 'Mette\uFEFF' },
        { ...base, comment: 'Linje et\nLinje to\r\n\ttab' },
        { ...base, comment: 'Linje\u000B' },
        { ...base, comment: 'Linje\u2066' },
        { ...base, email: ' mette@example.dk' },
        { ...base, email: `${'x'.repeat(243)}@example.dk` },
        { ...base, email: `${'x'.repeat(244)}@example.dk` },
        { ...base, consent: false },
        { ...base, consent: 'true' },
        { ...base, website: '' },
        { ...base, website: 'https://spam.example' },
        { ...base, privacyVersion: ' 2027-01 ' },
        { ...base, answers: {} },
        { ...base, answers: { kort: ' Svar ' } },
        { ...base, answers: { lang: 'Linje et\nLinje to' } },
        { ...base, answers: { valg: 'Vegetar' } },
        { ...base, answers: { flere: ['Lyd', 'Lys'] } },
        { ...base, answers: { flere: [] } },
        { ...base, answers: { jaNej: false } },
        { ...base, answers: { tal: 1 } },
        { ...base, answers: { tom: null } },
        { ...base, answers: { blandet: ['a', 1] } },
        { ...base, answers: JSON.parse('{"__proto__": "x", "valg": "Vegetar"}') },
        // zod leaves out an answer keyed __proto__: a list there would be the data's prototype.
        { ...base, answers: JSON.parse('{"__proto__": ["Lyd"], "valg": "Vegetar"}') },
        { ...base, answers: [] },
        JSON.parse('{"name": "Mette", "email": "mette@example.dk", "consent": true, "__proto__": {}}'),
        { ...base, organisation: 'Stavet forkert' },
        Object.assign(Object.create({ inherited: 'x' }), base),
        Object.assign(Object.create(null), base),
        [],
        null,
        'Mette',
      ];
      for (const value of edges) agreeOnSignup(value);
    });

    it('agree with SignupRequestSchema on signups made of edge values', () => {
      fc.assert(fc.property(signupInput, agreeOnSignup), { numRuns: RUNS, endOnFailure: true });
    });

    it('agree with SignupRequestSchema on the full signup with one or more things changed', () => {
      const paths = pathsOf(FULL_SIGNUP);
      const edgy = fc.oneof(signupText, signupEmail, signupPhone, anyValue);
      const change = fc.tuple(fc.constantFrom(...paths), fc.constantFrom('set', 'set', 'set', 'delete', 'add'), edgy);
      fc.assert(
        fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
          let value: unknown = FULL_SIGNUP;
          for (const each of changes) {
            try {
              value = mutate(value, each);
            } catch {
              // An earlier change took away the place a later one would change: leave it.
            }
          }
          agreeOnSignup(value);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    });

    it("agree with SignupAnswerSchema on the feed's answers and near misses", () => {
      for (const status of [...SIGNUP_STATUSES, 'Confirmed', undefined]) {
        for (const waitlistPosition of [undefined, 1, 3, 0, 1.5, '2', null]) {
          agree(parseSignupAnswer, SignupAnswerSchema, { id: 'sig-1', status, waitlistPosition });
        }
      }
      const answer = { id: 'sig-1', status: 'waitlisted', waitlistPosition: 3 };
      assert.notEqual(parseSignupAnswer(answer), INVALID);
      fc.assert(
        fc.property(mutation(pathsOf(answer)), (change) =>
          agree(parseSignupAnswer, SignupAnswerSchema, mutate(answer, change)),
        ),
        { numRuns: Math.ceil(RUNS / 3), endOnFailure: true },
      );
      fc.assert(
        fc.property(anyValue, (value) => agree(parseSignupAnswer, SignupAnswerSchema, value)),
        { numRuns: Math.ceil(RUNS / 3), endOnFailure: true },
      );
    });
  });
});
