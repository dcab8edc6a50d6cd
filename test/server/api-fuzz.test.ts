import fc from 'fast-check';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ProblemDetailsSchema } from '../../src/contract/schema.js';
import { startCli, type CliProcess } from './support/cli-process.js';
import { courseDay, person, postSignup, publish } from './support/signup-support.js';
import { ADMIN_TOKEN, createTestFeed, type TestFeed } from './support/test-feed.js';
import { eventInput } from './support/event-fixture.js';
import { wellFormed } from '../fixtures/hostile-event.js';

/**
 * Requests per property in `npm test`; `npm run test:long` sets KULTUR_FUZZ_RUNS much higher. Four properties, so a
 * run of `npm test` sends four times this many requests.
 */
const RUNS = Number(process.env.KULTUR_FUZZ_RUNS || 1_000);
const DAY = 86_400_000;
const SIGNUP_EVENT = 'fuzz-kursus';
/** Asks for organisation and comment, not phone or municipality: the text property's event. */
const TEXT_EVENT = 'fuzz-tekst';

// ---------------------------------------------------------------------------------------------------------------
// What the requests are made of. Mostly near misses of valid requests, since those reach deepest; some plain noise.

/** Text that may be anything at all, surrogates and NUL included. */
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\uD800', '%', '%00', '%zz', '..', '../..', '😀', '\u202E', 'null'),
  fc.string({ maxLength: 3_000 }),
);

/** A path segment: known ids, id-shaped strings, or anything, percent-encoded or raw. */
const segment = fc.oneof(
  fc.constantFrom(SIGNUP_EVENT, 'fuzz-ekstern', 'fuzz-uden', 'findes-ikke', '', '.', '..', 'x.ics', '%2e%2e', '%00'),
  fc.stringMatching(/^[a-z0-9-]{1,70}$/),
  anyText.map((text) => encodeURIComponent(wellFormed(text))),
  fc.stringMatching(/^[A-Za-z0-9%._~!$&'()*+,;=:@-]{0,30}$/),
);

const paths = fc.oneof(
  fc.constantFrom(
    '/v1/events',
    '/v1/events.ics',
    '/v1/events.html',
    '/v1/municipalities',
    '/v1/categories',
    '/v1/openapi.json',
    '/healthz',
    '/v1/images/demo/sankthans.svg',
    '/v1/images',
    '/v1/dev/outbox',
    '/v1/session',
    '/v1/session/link',
    '/v1/sessions',
    '/v1/people',
    '/v1/console/events',
    '/v1/console/series',
    '/v1/console/venues',
    '/v1/console/places',
    '/v1/submissions',
    '/v1/submissions/form-token',
    '/v1/submissions/confirm',
    '/v1/submissions/confirm.js',
    '/',
    '/v1',
    '/v1/',
  ),
  segment.map((id) => `/v1/events/${id}`),
  segment.map((id) => `/v1/events/${id}.ics`),
  segment.map((id) => `/v1/events/${id}/signups`),
  segment.map((token) => `/v1/signups/${token}`),
  segment.map((file) => `/v1/images/demo/${file}`),
  segment.map((id) => `/v1/images/${id}`),
  segment.map((id) => `/v1/people/${id}`),
  segment.map((id) => `/v1/console/events/${id}`),
  fc
    .tuple(segment, fc.constantFrom('submit', 'publish', 'reject', 'cancel', 'copy', 'changes'))
    .map(([id, verb]) => `/v1/console/events/${id}/${verb}`),
  fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
);

const parameterNames = fc.oneof(
  fc.constantFrom(
    'municipality',
    'category',
    'audience',
    'from',
    'to',
    'q',
    'sort',
    'limit',
    'cursor',
    'lang',
    'format',
    '__proto__',
    'constructor',
  ),
  anyText,
);
const parameterValues = fc.oneof(
  fc.constantFrom('lolland', 'faxe,stevns', 'kursus', 'borgere', '2027-01-01', '2027-02-30', '20', '0', '101', '1e3'),
  fc.constantFrom('-1', 'da', 'en', 'csv', 'json', 'eyJ4IjoxfQ', 'lolland,,', ',', 'LOLLAND', ' 5 '),
  // Search words and the full-text engines' own syntax, which `q` must take as plain text; sort's two orders.
  fc.constantFrom('relevance', 'start', 'koncert', 'kon', 'Nykøbing', '"', '"a" *', 'NEAR(a b)', 'a:*', '!(x | y) & z'),
  fc.constantFrom('constructor', '__proto__', 'toString kursus', 'hasOwnProperty'),
  fc.constantFrom("'", '\\', 'x <-> y', 'title:x', 'a OR b', '-a', '^a', '*', 'æøå ÆØÅ aa oe', 'é\u0301'),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  anyText,
);
const query = fc.oneof(
  fc.constant(''),
  fc
    .array(fc.tuple(parameterNames, parameterValues), { maxLength: 5 })
    .map((pairs) => `?${new URLSearchParams(pairs)}`),
  fc.constantFrom('?', '?&&', '?limit', '?q=%', '?q=%zz', '?q=%00', '?from=%FF', '?cursor=%E0%A4%A'),
);

/** Header values the Fetch API lets through: visible ASCII and spaces. */
const headerText = fc.stringMatching(/^[\x20-\x7e]{0,300}$/);
const headers = fc.record(
  {
    authorization: fc.oneof(
      fc.constant(`Bearer ${ADMIN_TOKEN}`),
      headerText.map((token) => `Bearer ${token}`),
      headerText,
    ),
    'content-type': fc.oneof(
      fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/problem+json'),
      fc.constantFrom('text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/jsonx'),
      headerText,
    ),
    'idempotency-key': fc.oneof(fc.uuid().map(String), headerText, fc.constant(' ')),
    'if-none-match': fc.oneof(fc.constantFrom('*', 'W/"x"', '"abc"'), headerText),
    accept: fc.oneof(fc.constantFrom('text/csv', 'application/json', '*/*', 'text/html;q=0'), headerText),
    origin: fc.oneof(fc.constantFrom('null', 'https://www.lolland.dk', 'http://localhost:8080'), headerText),
    'accept-language': headerText,
    range: fc.constantFrom('bytes=0-10', 'bytes=-1', 'items=0-9'),
    'x-forwarded-for': fc.oneof(fc.ipV4(), fc.ipV6(), headerText),
  },
  { requiredKeys: [] },
);

/** A field of a valid body (a value, or an arbitrary of valid values), or something else in its place, or nothing. */
function maybe(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: valid instanceof fc.Arbitrary ? valid : fc.constant(valid) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
    { weight: 1, arbitrary: anyText },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

function nearMiss(valid: object): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(Object.entries(valid).map(([key, value]) => [key, maybe(value)]));
  const extra = fc.oneof(
    { weight: 4, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.dictionary(anyText, fc.anything({ maxDepth: 1 }), { maxKeys: 2 }) },
  );
  return fc.tuple(fc.record(fields), extra).map(([record, extra]) => ({ ...record, ...extra }));
}

const validEvent = eventInput({
  signup: { mode: 'internal', capacity: 2, waitlist: true, maxSeatsPerSignup: 2, fields: ['phone'] },
});
const body = fc.oneof(
  nearMiss(validEvent).map((value) => JSON.stringify(value)),
  nearMiss(validEvent.venue!)
    .map((venue) => ({ ...validEvent, venue }))
    .map((value) => JSON.stringify(value)),
  nearMiss({
    ...person(1),
    // A new address each time, so a valid signup is taken rather than refused as a second one.
    email: fc.uuid().map((id) => `${id}@example.dk`),
    phone: '+45 55 55 12 34',
    seats: 1,
    website: '',
  }).map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  anyText,
  fc.constantFrom(
    '',
    '{',
    '[',
    'null',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
    '{"seats":1e309}',
    '{"name":"\\ud800"}',
  ),
  fc.constant('x'.repeat(200_000)),
);

/** What a signup's one-line text must never hold, and a comment neither (besides tab and line breaks). */
const NOT_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const NOT_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A person's words: letters of several scripts and punctuation; now and then a line break, control or direction mark. */
const cleanPart = fc.constantFrom('Mette', 'Søren', ' ', 'Ærø', '-', 'محمد', '😀', 'Co.', '&', '<b>');
const dirtyPart = fc.oneof(
  fc.constantFrom('\n', '\r', '\r\n', '\t', '\u0085', '\u2028', '\u2029', '\u000B'),
  fc.constantFrom('\u202E', '\u202D', '\u2066', '\u2067', '\u2069', '\u200F', '\u061C'),
  fc.integer({ min: 0, max: 0x9f }).map((code) => String.fromCharCode(code)),
);
const personText = fc
  .oneof(
    { weight: 3, arbitrary: fc.array(cleanPart, { minLength: 1, maxLength: 8 }) },
    { weight: 2, arbitrary: fc.array(fc.oneof(cleanPart, dirtyPart), { minLength: 1, maxLength: 8 }) },
  )
  .map((parts) => parts.join(''));
/** The fields of a signup to the text event; now and then one it does not ask for. */
const signupText = fc
  .tuple(
    fc.record(
      { name: personText, organization: personText, comment: personText, privacyVersion: personText },
      { requiredKeys: ['name'] },
    ),
    fc.oneof(
      { weight: 6, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: fc.constant({ phone: '+45 55 55 12 34' }) },
      { weight: 1, arbitrary: personText.map((municipality) => ({ municipality })) },
    ),
  )
  .map(([asked, notAsked]) => ({ ...asked, ...notAsked }));

const methods = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('GET', 'POST') },
  { weight: 2, arbitrary: fc.constantFrom('HEAD', 'PUT', 'DELETE') },
  // TRACE and CONNECT are refused by fetch itself; the raw socket test sends them.
  { weight: 1, arbitrary: fc.constantFrom('PATCH', 'OPTIONS', 'PROPFIND') },
);

interface FuzzRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
}

/** A request as a counterexample prints it: a 200 kB body would drown the report. */
function described(request: FuzzRequest): FuzzRequest {
  const short = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text);
  return Object.assign(request, {
    [fc.toStringMethod]: () =>
      fc.stringify({
        ...request,
        query: short(request.query),
        body: short(request.body),
        [fc.toStringMethod]: undefined,
      }),
  });
}

const requests: fc.Arbitrary<FuzzRequest> = fc
  .record({ method: methods, path: paths, query, headers, body })
  .map((request) => described(request as FuzzRequest));

// ---------------------------------------------------------------------------------------------------------------

/** What a request that went wrong is told: problem details, except the pages people open (cancel, confirm). */
async function assertAnswer(request: FuzzRequest, response: Response, counts: Map<number, number>): Promise<void> {
  const { status } = response;
  counts.set(status, (counts.get(status) ?? 0) + 1);
  const text = await response.text();
  const where = `${request.method} ${request.path}${request.query} answered ${status}: ${text.slice(0, 300)}`;
  assert.ok(status < 500, where);
  assert.ok((status >= 200 && status < 300) || status === 304 || (status >= 400 && status < 500), where);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `nosniff on ${where}`);
  if (status < 400) return;
  const type = response.headers.get('content-type') ?? '';
  if (/^text\/html/.test(type) && /^\/v1\/signups\/[^/]+$/.test(request.path) && status === 404) return;
  // The confirmation link's page answers an unknown code, posted by its form, with a page too.
  if (/^text\/html/.test(type) && request.path === '/v1/submissions/confirm' && status === 400) return;
  assert.match(type, /^application\/problem\+json/, where);
  if (request.method === 'HEAD') return;
  const problem = ProblemDetailsSchema.parse(JSON.parse(text));
  assert.equal(problem.status, status, where);
}

function toInit(request: FuzzRequest): RequestInit {
  const bodyless = request.method === 'GET' || request.method === 'HEAD';
  return { method: request.method, headers: request.headers, body: bodyless ? undefined : request.body };
}

describe('the API under generated requests', () => {
  let feed: TestFeed;
  const counts = new Map<number, number>();

  before(async () => {
    feed = createTestFeed({ signupRate: 0, submissionRate: 0, publicUrl: 'https://feed.test' });
    const soon = new Date(Date.now() + 30 * DAY);
    const when = { start: soon.toISOString(), end: new Date(soon.getTime() + 3_600_000).toISOString() };
    await publish(feed, { ...courseDay(SIGNUP_EVENT, { capacity: 3, fields: ['phone'] }), ...when });
    await publish(feed, {
      ...courseDay(TEXT_EVENT, { capacity: 100_000, fields: ['organization', 'comment'] }),
      ...when,
    });
    await publish(feed, { ...eventInput({ id: 'fuzz-ekstern' }), ...when });
    await publish(feed, {
      ...eventInput({ id: 'fuzz-uden', signup: { mode: 'external', url: 'https://example.dk/' } }),
      ...when,
    });
    assert.equal((await postSignup(feed, SIGNUP_EVENT, person(1))).status, 201);
  });
  after(() => feed.close());

  const property = (name: string, arbitrary: fc.Arbitrary<FuzzRequest>) =>
    it(`${name}: ${RUNS} requests, every answer 2xx, 304 or 4xx with problem details, never 5xx`, async () => {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (request) => {
          const response = await feed.request(`${request.path}${request.query}`, toInit(request));
          await assertAnswer(request, response, counts);
        }),
        { numRuns: RUNS },
      );
    });

  property('any method on any path', requests);
  property(
    'reads with any query',
    requests.map((request) => described({ ...request, method: 'GET' })),
  );
  property(
    'publishing with the token and any body',
    fc.tuple(requests, fc.constantFrom('POST', 'PUT', 'DELETE'), segment).map(([request, method, id]) =>
      described({
        ...request,
        method,
        path: method === 'POST' ? '/v1/events' : `/v1/events/${id}`,
        headers: { ...request.headers, authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      }),
    ),
  );
  property(
    'the console with the token and any body',
    fc
      .tuple(
        requests,
        fc.constantFrom('POST', 'PUT', 'DELETE', 'GET'),
        fc.constantFrom(
          '/v1/console/events',
          `/v1/console/events/${SIGNUP_EVENT}`,
          `/v1/console/events/${SIGNUP_EVENT}/cancel`,
          `/v1/console/events/${SIGNUP_EVENT}/copy`,
          '/v1/console/series',
          '/v1/people',
          '/v1/session',
          '/v1/session/link',
        ),
      )
      .map(([request, method, path]) =>
        described({
          ...request,
          method,
          path,
          headers: { ...request.headers, authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        }),
      ),
  );
  property(
    'signups with any body and headers',
    fc
      .tuple(requests, fc.constantFrom(SIGNUP_EVENT, 'fuzz-ekstern', 'fuzz-uden'), fc.uuid())
      .map(([request, id, key]) =>
        described({
          ...request,
          method: 'POST',
          path: `/v1/events/${id}/signups`,
          headers: { 'content-type': 'application/json', 'idempotency-key': key, ...request.headers },
        }),
      ),
  );

  it(`pictures: ${RUNS / 10} uploads of damaged files behind every picture signature, every answer 2xx or 4xx`, async () => {
    const signatures = [
      [0xff, 0xd8, 0xff],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [...Buffer.from('GIF89a')],
      [...Buffer.from('RIFF\0\0\0\0WEBPVP8 ')],
      [0, 0, 0, 0x1c, ...Buffer.from('ftypavif')],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...signatures),
        fc.uint8Array({ maxLength: 2_000 }),
        fc.constantFrom('image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif'),
        async (signature, rest, type) => {
          const body = new Uint8Array([...signature, ...rest]);
          const response = await feed.request('/v1/images', {
            method: 'POST',
            headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': type },
            body,
          });
          const request = { method: 'POST', path: '/v1/images', query: '', headers: {}, body: '' };
          await assertAnswer(request, response, counts);
        },
      ),
      { numRuns: Math.ceil(RUNS / 10) },
    );
  });

  it(`signup text: ${RUNS} signups with any characters in any field, and only asked fields are ever stored`, async (t) => {
    const sent: Array<Record<string, unknown>> = [];
    const refusals = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(signupText, fc.uuid(), async (text, key) => {
        const body = { ...person(1), email: `${key}@example.dk`, ...text };
        const response = await postSignup(feed, TEXT_EVENT, body, { key });
        const answer = await response.json();
        if (response.status === 201) {
          sent.push(body);
          return;
        }
        assert.equal(response.status, 400, JSON.stringify(answer));
        const named = (answer.errors ?? []).map((error: { path: string }) => error.path);
        for (const { code } of answer.errors ?? []) refusals.set(code, (refusals.get(code) ?? 0) + 1);
        assert.ok(named.length > 0 && named.every((path: string) => path in body), JSON.stringify(answer));
        if ('phone' in text || 'municipality' in text) assert.ok(named.some((path: string) => path in text));
      }),
      { numRuns: RUNS },
    );
    type Row = Record<
      'name' | 'organization' | 'municipality' | 'phone' | 'comment' | 'privacy_version',
      string | null
    >;
    const stored = await feed.database.rows<Row>(
      'SELECT name, organization, municipality, phone, comment, privacy_version FROM signups WHERE event_id = ?',
      TEXT_EVENT,
    );
    assert.ok(stored.length > RUNS / 10, `${stored.length} of ${RUNS} were taken: the property reached the storage`);
    for (const row of stored) {
      assert.equal(row.phone, null, 'the event does not ask for phone');
      assert.equal(row.municipality, null, 'the event does not ask for municipality');
      for (const line of [row.name, row.organization, row.privacy_version]) {
        assert.ok(line === null || !NOT_ONE_LINE.test(line), JSON.stringify(line));
      }
      assert.ok(row.comment === null || !NOT_TEXT.test(row.comment), JSON.stringify(row.comment));
    }
    const refused = [...refusals].map(([code, n]) => `${code}: ${n}`).join(', ');
    t.diagnostic(`${stored.length} stored, clean; refused fields by code: ${refused}`);
  });

  it('still serves, with nothing polluted, after all of it', async (t) => {
    const health = await feed.request('/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    assert.equal((await feed.request('/v1/events')).status, 200);
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype is untouched');
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    const byStatus = [...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`);
    t.diagnostic(`${total} generated requests; answers by status: ${byStatus.join(', ')}`);
  });
});

describe('the server process under generated and malformed HTTP', () => {
  let cli: CliProcess;
  let origin: string;
  let database: { drop(): Promise<void> } | undefined;

  before(async () => {
    const { createTestDatabase } = await import('./support/test-database.js');
    const created = createTestDatabase();
    database = created;
    await created.ready();
    cli = startCli(['--port', '0', ...created.serverArgs], {
      KULTUR_ADMIN_TOKEN: ADMIN_TOKEN,
      KULTUR_SIGNUP_RATE: '0',
    });
    origin = await cli.url;
  });
  after(async () => {
    await cli?.stop();
    await database?.drop();
  });

  /** Writes raw bytes to the server and resolves with what it answers before closing (or after a short wait). */
  function raw(bytes: string): Promise<string> {
    const { hostname, port } = new URL(origin);
    return new Promise((resolve) => {
      const socket = connect(Number(port), hostname);
      let answer = '';
      const done = () => {
        socket.destroy();
        resolve(answer);
      };
      socket.setTimeout(1_000, done);
      socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
      socket.on('end', done);
      socket.on('error', done);
      socket.write(bytes, 'latin1');
    });
  }

  it(`answers ${Math.ceil(RUNS / 5)} generated requests over HTTP and malformed bytes without falling over`, async (t) => {
    const counts = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        const response = await fetch(`${origin}${request.path}${request.query}`, toInit(request));
        await assertAnswer(request, response, counts);
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
    const malformed = [
      'GET / HTTP/1.1\r\n\r\n',
      'GARBAGE\r\n\r\n',
      'GET /v1/events HTTP/9.9\r\nHost: x\r\n\r\n',
      `GET /v1/events HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`,
      'POST /v1/events/fuzz/signups HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      'POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nContent-Length: 20\r\n\r\n0123456789',
      'POST /v1/events HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"half":',
      'GET /v1/events/\u0000 HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /%%%% HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /v1/events?q=\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /v1/events HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
      'TRACE /v1/events HTTP/1.1\r\nHost: x\r\n\r\n',
      'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n',
    ];
    for (const bytes of malformed) {
      const answer = await raw(bytes);
      const status = Number(answer.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0);
      assert.ok(status < 500, `${JSON.stringify(bytes.slice(0, 60))} answered ${answer.slice(0, 200)}`);
    }
    assert.equal(cli.child.exitCode, null, 'the process still runs');
    const health = await fetch(`${origin}/healthz`);
    assert.equal(health.status, 200);
    assert.equal((await fetch(`${origin}/v1/events`)).status, 200);
    const byStatus = [...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`);
    t.diagnostic(`answers by status: ${byStatus.join(', ')}; ${malformed.length} malformed requests, none 5xx`);
  });
});
