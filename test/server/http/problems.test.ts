import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MAX_BODY_BYTES } from '../../../server/src/http/body-limit.js';
import { eventInput } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import { ADMIN_TOKEN, createTestFeed, type TestFeed } from '../support/test-feed.js';

/** Query strings the listing must refuse, each with the parameter the problem must name. */
const badQueries: Array<[query: string, path: string]> = [
  ['limit=0', 'limit'],
  ['limit=101', 'limit'],
  ['limit=-1', 'limit'],
  ['limit=abc', 'limit'],
  ['limit=1.5', 'limit'],
  ['limit=', 'limit'],
  ['limit=99999999999', 'limit'],
  ['limit=1&limit=2', 'limit'],
  ['municipality=roskilde', 'municipality'],
  ['municipality=lolland,', 'municipality'],
  ['municipality=LOLLAND', 'municipality'],
  ['municipality=', 'municipality'],
  ['category=koncerter', 'category'],
  ['audience=alle', 'audience'],
  ['from=2027-13-01', 'from'],
  ['from=2027-02-30', 'from'],
  ['from=tomorrow', 'from'],
  ['from=2027-1-1', 'from'],
  ['to=2027-01-01T10:00', 'to'],
  ['from=2027-05-01&to=2027-04-01', 'to'],
  ['q=', 'q'],
  ['q=%20%20', 'q'],
  [`q=${'x'.repeat(201)}`, 'q'],
  ['cursor=', 'cursor'],
  ['cursor=not-a-cursor', 'cursor'],
  [`cursor=${Buffer.from('[1,2]').toString('base64url')}`, 'cursor'],
  [`cursor=${Buffer.from('{"a":1}').toString('base64url')}`, 'cursor'],
  ['page=2', 'page'],
  ['municipalities=lolland', 'municipalities'],
  ['%ZZ=1', '%ZZ'],
  ['order=start', 'order'],
  ['sort=title', 'sort'],
  ['sort=RELEVANCE', 'sort'],
  ['sort=start&sort=relevance', 'sort'],
  [`sort=relevance&q=x&cursor=${Buffer.from('[1,"a"]').toString('base64url')}`, 'cursor'],
  [`cursor=${Buffer.from('[1,"a",0.5]').toString('base64url')}`, 'cursor'],
];

const fields = [
  'title',
  'summary',
  'description',
  'start',
  'end',
  'allDay',
  'status',
  'municipality',
  'categories',
  'audience',
  'organizer',
  'price',
  'signup',
] as const;
const wrongValues: unknown[] = [
  null,
  42,
  -1,
  '',
  ' ',
  'x'.repeat(30_000),
  true,
  [],
  {},
  ['nope'],
  'javascript:alert(1)',
];

/** The few combinations that are fine: short text in a text field, an empty description, a price, no signup. */
function isValidCombination(field: string, value: unknown): boolean {
  const shortText = typeof value === 'string' && value.trim().length > 0 && value.length <= 200;
  if ((field === 'title' || field === 'summary') && shortText) return true;
  if (field === 'description' && typeof value === 'string' && value.length <= 20_000) return true;
  if (field === 'allDay' && typeof value === 'boolean') return true;
  if (field === 'price' && typeof value === 'number' && value >= 0) return true;
  return field === 'signup' && value === null;
}

/** Every combination of a field and a value of the wrong kind: a few hundred bodies, every one must be refused. */
function badEvents(): Array<[body: Record<string, unknown>, path: string]> {
  const bodies: Array<[Record<string, unknown>, string]> = [];
  for (const field of fields) {
    for (const value of wrongValues) {
      const body: Record<string, unknown> = { ...eventInput(), [field]: value };
      if (isValidCombination(field, value)) continue;
      bodies.push([body, field]);
    }
  }
  const { title, ...untitled } = eventInput();
  const { venue, ...nowhere } = eventInput();
  bodies.push(
    [untitled, 'title'],
    [nowhere, 'venue'],
    [{ ...eventInput(), colour: 'red' }, 'colour'],
    [{ ...eventInput(), end: '2027-03-09T09:00:00+01:00' }, 'end'],
    [{ ...eventInput(), start: '2027-03-10 09:00' }, 'start'],
    [{ ...eventInput(), start: '2027-03-10T09:00:00' }, 'start'],
    [{ ...eventInput(), id: 'Has Spaces' }, 'id'],
    [
      { ...eventInput(), venue: { name: 'Hal', address: 'Vej 1', postalCode: '49300', city: 'Maribo' } },
      'venue.postalCode',
    ],
    [{ ...eventInput(), online: { url: 'ftp://example.dk/' } }, 'online.url'],
    [{ ...eventInput(), image: { url: 'javascript:alert(1)', alt: '' } }, 'image.url'],
    [
      { ...eventInput(), signup: { mode: 'internal', capacity: 0, waitlist: true, maxSeatsPerSignup: 1, fields: [] } },
      'signup.capacity',
    ],
    [
      {
        ...eventInput(),
        signup: { mode: 'internal', capacity: 5, available: 5, waitlist: true, maxSeatsPerSignup: 1, fields: [] },
      },
      'signup.available',
    ],
    [
      {
        ...eventInput(),
        signup: { mode: 'internal', capacity: 5, waitlist: true, maxSeatsPerSignup: 1, fields: ['shoe-size'] },
      },
      'signup.fields.0',
    ],
    [{ ...eventInput(), signup: { mode: 'external', url: 'javascript:alert(1)' } }, 'signup.url'],
    [{ ...eventInput(), signup: { mode: 'popup' } }, 'signup.mode'],
    [{ ...eventInput(), updatedAt: '2027-01-01T00:00:00Z' }, 'updatedAt'],
  );
  return bodies;
}

describe('refused requests', () => {
  let feed: TestFeed;
  before(() => {
    feed = createTestFeed();
  });
  after(() => feed.close());

  it(`answers ${badQueries.length} malformed listing queries with 400 naming the parameter`, async () => {
    for (const [query, path] of badQueries) {
      await assertProblem(await feed.request(`/v1/events?${query}`), 400, path);
    }
  });

  it('answers hundreds of invalid event bodies with 400 naming the field, and stores none', async () => {
    const bodies = badEvents();
    assert.ok(bodies.length >= 150, `only ${bodies.length} bodies`);
    for (const [body, path] of bodies) {
      const response = await feed.publish('POST', '/v1/events', body);
      const problem = await assertProblem(response, 400);
      assert.ok(
        problem.errors?.some((error) => error.path === path || error.path.startsWith(`${path}.`)),
        `${JSON.stringify(body).slice(0, 120)}… should name ${path}, named ${JSON.stringify(problem.errors)}`,
      );
    }
    assert.equal(await feed.storage.countEvents(), 0);
  });

  it('answers bodies that are not JSON objects with 400 or 415', async () => {
    const send = (body: string, type = 'application/json') =>
      feed.request('/v1/events', {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': type },
        body,
      });
    for (const body of ['{', '{"title":', 'nul', '', '\u0000', '[1,2', '{"a":1}}', "{'single':1}"]) {
      await assertProblem(await send(body), 400);
    }
    for (const body of ['null', '[]', '42', '"event"', 'true']) {
      await assertProblem(await send(body), 400);
    }
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonp',
    ]) {
      await assertProblem(await send(JSON.stringify(eventInput()), type), 415);
    }
    const bare = await feed.request('/v1/events', {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify(eventInput()),
    });
    await assertProblem(bare, 415);
  });

  it('answers an oversized body with 413 before reading it all', async () => {
    const body = JSON.stringify({ ...eventInput(), description: 'å'.repeat(MAX_BODY_BYTES) });
    await assertProblem(await feed.publish('POST', '/v1/events', JSON.parse(body)), 413);
  });

  it('answers unknown paths with 404 and wrong methods with 405 and Allow', async () => {
    await assertProblem(await feed.request('/v2/events'), 404);
    await assertProblem(await feed.request('/v1/events/no-such-event'), 404);
    await assertProblem(await feed.request('/v1/events/%C3%A6%ff'), 404);
    // NUL is refused before routing: PostgreSQL text cannot hold it, so both backends answer the same 400.
    await assertProblem(await feed.request('/v1/events/%00%ff'), 400, 'path');
    const patch = await feed.request('/v1/events', { method: 'PATCH' });
    assert.equal(patch.headers.get('allow'), 'GET, POST, HEAD, OPTIONS');
    await assertProblem(patch, 405);
    await assertProblem(await feed.request('/v1/municipalities', { method: 'DELETE' }), 405);
    await assertProblem(await feed.request('/healthz', { method: 'POST' }), 405);
  });

  it('refuses a bad id in a publishing path with 400', async () => {
    await assertProblem(await feed.publish('PUT', '/v1/events/Not%20An%20Id', eventInput()), 400, 'id');
    await assertProblem(await feed.publish('DELETE', '/v1/events/UPPER'), 400, 'id');
  });

  it('never answers a fuzzed query with a 5xx', async () => {
    const names = ['municipality', 'category', 'audience', 'from', 'to', 'q', 'sort', 'limit', 'cursor'];
    const values = [
      '',
      ',',
      ',,',
      '%',
      '%E6',
      '\u{1F600}',
      '2027-01-01',
      '0',
      '100',
      'lolland',
      'a'.repeat(600),
      '[]',
      'null',
    ];
    let sent = 0;
    for (const name of names) {
      for (const value of values) {
        const response = await feed.request(`/v1/events?${name}=${encodeURIComponent(value)}`);
        sent++;
        assert.ok(response.status < 500, `${name}=${value} gave ${response.status}`);
        if (response.status >= 400) await assertProblem(response, response.status);
      }
    }
    assert.equal(sent, names.length * values.length);
  });
});
