import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventInput } from '../server/support/event-fixture.js';
import {
  createPublishingClient,
  isKulturError,
  KulturHttpError,
  KulturValidationError,
  type PublishingClient,
} from '../../src/sdk/publishing/index.js';
import { startPublishingFeed, type PublishingFeed } from './publishing-feed.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => assert.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

describe('the publishing client, with a token, against the real feed', () => {
  let feed: PublishingFeed;
  let client: PublishingClient;
  before(async () => {
    feed = await startPublishingFeed();
    client = createPublishingClient({ baseUrl: feed.baseUrl, token: feed.token });
  });
  after(() => feed.close());

  it('publishes, replaces and deletes an event, and lists its signups', async () => {
    const created = await client.createEvent(eventInput({ title: 'Mobilhistorie i Maribo' }));
    assert.match(created.id, /^mobilhistorie-i-maribo/);
    assert.equal(created.title, 'Mobilhistorie i Maribo');
    const replaced = await client.replaceEvent(created.id, eventInput({ title: 'Mobilhistorie i Nakskov' }));
    assert.equal(replaced.title, 'Mobilhistorie i Nakskov');
    assert.deepEqual(await client.listSignups(created.id), []);
    assert.equal(await client.deleteEvent(created.id), null);
    const gone = await rejection(client.listSignups(created.id));
    assert.ok(isKulturError(gone, 'KulturHttpError'));
    assert.equal(gone.status, 404);
  });

  it('takes an id of its own, and reports a taken one as a 409 problem', async () => {
    await client.createEvent(eventInput({ id: 'eget-id-1' }));
    const error = await rejection(client.createEvent(eventInput({ id: 'eget-id-1' })));
    assert.ok(error instanceof KulturHttpError);
    assert.equal(error.status, 409);
    assert.deepEqual(
      error.problem?.errors?.map((field) => field.path),
      ['id'],
    );
  });

  it("turns a refused event into a KulturHttpError whose problem names the fields, for a form's error summary", async () => {
    const error = await rejection(client.createEvent(eventInput({ title: '', venue: undefined })));
    assert.ok(error instanceof KulturHttpError);
    assert.equal(error.status, 400);
    const paths = error.problem?.errors?.map((field) => field.path) ?? [];
    assert.ok(paths.includes('title'), paths.join());
    assert.ok(paths.includes('venue'), paths.join());
  });

  it('is refused 401 without a token, and sends no cookie then', async () => {
    const anonymous = createPublishingClient({ baseUrl: feed.baseUrl });
    const error = await rejection(anonymous.createEvent(eventInput()));
    assert.ok(isKulturError(error, 'KulturHttpError'));
    assert.equal(error.status, 401);
  });
});

describe('the publishing client, how it calls', () => {
  /** A fetch that records each request and answers with `answer`. */
  function recording(answer: (request: Request) => Response) {
    const seen: Request[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      seen.push(request.clone());
      return answer(request);
    };
    return { fetch, seen };
  }
  const session = {
    person: { id: 'p1', email: 'mette@example.dk', name: 'Mette', role: 'editor', municipalities: ['faxe'] },
    csrfToken: 'csrf-123',
    expiresAt: '2027-01-01T08:00:00+01:00',
  };
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('sends the CSRF token from the session with every change, never with a read, and forgets it on sign-out', async () => {
    const { fetch, seen } = recording((request) =>
      request.method === 'DELETE' ? new Response(null, { status: 204 }) : json(session),
    );
    const client = createPublishingClient({ baseUrl: 'https://feed.example.dk/v1', fetch });
    await client.session.current();
    await client.session.current();
    await client.people.remove('p2');
    await client.session.signOut();
    await client.people.remove('p3');
    assert.deepEqual(
      seen.map((request) => [request.method, new URL(request.url).pathname, request.headers.get('x-kultur-csrf')]),
      [
        ['GET', '/v1/session', null],
        ['GET', '/v1/session', null],
        ['DELETE', '/v1/people/p2', 'csrf-123'],
        ['DELETE', '/v1/session', 'csrf-123'],
        ['DELETE', '/v1/people/p3', null],
      ],
    );
    assert.ok(seen.every((request) => request.credentials === 'same-origin'));
  });

  it('sends a token as a bearer, with no cookie and no CSRF header', async () => {
    const { fetch, seen } = recording(() => json({ items: [], nextCursor: null }));
    const client = createPublishingClient({ baseUrl: 'https://feed.example.dk/v1', token: 'tok', fetch });
    await client.workbench.list({ state: 'pending', municipality: 'faxe', q: 'orgel' });
    const [request] = seen;
    assert.equal(request!.headers.get('authorization'), 'Bearer tok');
    assert.equal(request!.credentials, 'omit');
    assert.equal(request!.url, 'https://feed.example.dk/v1/console/events?municipality=faxe&q=orgel&state=pending');
  });

  it('answers null for nobody signed in (401) and for a postal code outside the region (404)', async () => {
    const { fetch } = recording((request) =>
      new URL(request.url).pathname === '/v1/session'
        ? new Response('{}', { status: 401, headers: { 'content-type': 'application/problem+json' } })
        : new Response('{}', { status: 404, headers: { 'content-type': 'application/problem+json' } }),
    );
    const client = createPublishingClient({ baseUrl: 'https://feed.example.dk/v1', fetch });
    assert.equal(await client.session.current(), null);
    assert.equal(await client.workbench.place('1000'), null);
  });

  it('makes an uploaded picture address absolute, and sends the picture with its type', async () => {
    const { fetch, seen } = recording(() => json({ id: 'abc', url: '/v1/images/abc', width: 960, height: 540 }, 201));
    const client = createPublishingClient({ baseUrl: 'https://feed.example.dk/v1', token: 't', fetch });
    const picture = await client.images.upload(new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }));
    assert.equal(picture.url, 'https://feed.example.dk/v1/images/abc');
    assert.equal(seen[0]!.headers.get('content-type'), 'image/png');
    assert.deepEqual([...new Uint8Array(await seen[0]!.arrayBuffer())], [1, 2, 3]);
    await assert.rejects(client.images.upload(new Uint8Array([1])), /needs the picture's type/);
  });

  it('refuses an answer that does not fit the contract, naming the field', async () => {
    const { fetch } = recording(() => json({ ...session, person: { ...session.person, role: 'owner' } }));
    const client = createPublishingClient({ baseUrl: 'https://feed.example.dk/v1', fetch });
    const error = await rejection(client.session.current());
    assert.ok(error instanceof KulturValidationError);
    assert.deepEqual(error.issues[0]?.path, ['person', 'role']);
  });

  it('never retries a write', async () => {
    const { fetch, seen } = recording(() => new Response('{}', { status: 503 }));
    const client = createPublishingClient({ baseUrl: 'https://feed.example.dk/v1', token: 't', fetch, retry: 2 });
    await rejection(client.workbench.publish('x'));
    assert.equal(seen.length, 1);
  });

  it('needs a baseUrl, and an id for the calls that take one', async () => {
    assert.throws(() => createPublishingClient({ baseUrl: '' }), /needs baseUrl.*docs\/sdk\.md#publishing/);
    const client = createPublishingClient({ baseUrl: 'https://feed.example.dk/v1' });
    await assert.rejects(client.workbench.get(''), /workbench\.get\(\) takes an id/);
  });
});
