/**
 * The publishing client's session, people, workbench and picture calls against the real feed server.
 *
 * NEEDS THE MERGE of issue 18's parts A (sign-in, people), W (workbench) and I (pictures): on branch issue18-C the
 * server has none of these routes, so this file is named outside `npm run test:node`'s glob. At the merge, rename it
 * to `publishing-console.test.ts` (git mv) and it runs with the other SDK tests.
 */
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { crc32 } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { eventInput } from '../server/support/event-fixture.js';
import {
  createPublishingClient,
  isKulturError,
  type PublishingClient,
  type Session,
} from '../../src/sdk/publishing/index.js';
import { cookieFetch, startPublishingFeed, type PublishingFeed } from './publishing-feed.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => assert.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

/** A plain PNG of `width` × `height` pixels, one colour: a picture the upload takes (at least 320 px wide). */
function png(width: number, height: number): Uint8Array<ArrayBuffer> {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x80)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const bytes = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

/** The sign-in token of the newest mail to `email`, a sign-in message: the link's `#sign-in=` part. */
async function signInToken(feed: PublishingFeed, email: string): Promise<string> {
  const messages = await feed.outbox(email);
  const token = /#sign-in=([A-Za-z0-9_~.-]+)/.exec(JSON.stringify(messages[0] ?? {}))?.[1];
  assert.ok(token, `no sign-in link in the newest mail to ${email}: ${JSON.stringify(messages[0])}`);
  return token;
}

describe('the publishing client, signed in to the console, against the real feed', () => {
  let feed: PublishingFeed;
  let machine: PublishingClient;
  let browser: PublishingClient;
  let session: Session;
  const email = 'redaktoer@example.dk';

  before(async () => {
    feed = await startPublishingFeed();
    machine = createPublishingClient({ baseUrl: feed.baseUrl, token: feed.token });
    browser = createPublishingClient({ baseUrl: feed.baseUrl, fetch: cookieFetch().fetch });
  });
  after(() => feed.close());

  it('invites a person with a token (as admin) and lists them', async () => {
    const person = await machine.people.invite({ email, role: 'editor', municipalities: ['lolland'], name: 'Rikke' });
    assert.equal(person.email, email);
    assert.equal(person.role, 'editor');
    assert.deepEqual(person.municipalities, ['lolland']);
    const people = await machine.people.list();
    assert.ok(people.some((listed) => listed.email === email));
  });

  it('asks for a link (202 whoever asks), and signs in with its token', async () => {
    assert.equal(await browser.session.current(), null);
    await browser.session.requestLink('nobody@example.dk');
    await browser.session.requestLink(email);
    session = await browser.session.signIn(await signInToken(feed, email));
    assert.equal(session.person.email, email);
    assert.ok(session.csrfToken);
    assert.equal((await browser.session.current())?.person.email, email);
  });

  it('refuses a used sign-in token with 400 sign-in-link-invalid', async () => {
    const other = createPublishingClient({ baseUrl: feed.baseUrl, fetch: cookieFetch().fetch });
    const error = await rejection(other.session.signIn(await signInToken(feed, email)));
    assert.ok(isKulturError(error, 'KulturHttpError'));
    assert.equal(error.status, 400);
    assert.match(error.problem?.type ?? '', /sign-in-link-invalid$/);
  });

  it('makes a draft, saves it, publishes it, and logs each step', async () => {
    const draft = await browser.workbench.create(eventInput({ title: 'Netværkstræf i Maribo' }));
    assert.equal(draft.state, 'draft');
    assert.equal(draft.published, null);
    const drafts = await browser.workbench.list({ state: 'draft' });
    assert.ok(drafts.items.some((item) => item.id === draft.id));
    const saved = await browser.workbench.save(draft.id, eventInput({ title: 'Netværkstræf på Maribo Bibliotek' }));
    assert.equal(saved.input.title, 'Netværkstræf på Maribo Bibliotek');
    const published = await browser.workbench.publish(draft.id);
    assert.equal(published.state, 'published');
    assert.equal(published.published?.title, 'Netværkstræf på Maribo Bibliotek');
    const changes = await browser.workbench.changes(draft.id);
    assert.ok(changes.length >= 3, JSON.stringify(changes));
    assert.ok(changes.every((change) => change.who === email));
    const again = await browser.workbench.get(draft.id);
    assert.equal(again.state, 'published');
  });

  it('copies an event into a new draft, deletes the copy, and cancels the original with a reason', async () => {
    const original = await browser.workbench.create(eventInput({ title: 'Koncert på Borgcentret' }));
    await browser.workbench.publish(original.id);
    const copy = await browser.workbench.copy(original.id);
    assert.notEqual(copy.id, original.id);
    assert.equal(copy.state, 'draft');
    assert.equal(copy.input.title, 'Koncert på Borgcentret');
    await browser.workbench.delete(copy.id);
    assert.equal(((await rejection(browser.workbench.get(copy.id))) as { status: number }).status, 404);
    const refused = await rejection(browser.workbench.delete(original.id));
    assert.equal((refused as { status: number }).status, 409);
    const cancelled = await browser.workbench.cancel(original.id, 'Musikeren er syg.');
    assert.equal(cancelled.state, 'cancelled');
    assert.equal(cancelled.cancellationReason, 'Musikeren er syg.');
  });

  it('makes a series of drafts linked by seriesId', async () => {
    const answer = await browser.workbench.series(eventInput({ title: 'Fællessang' }), { every: 'week', count: 3 });
    assert.equal(answer.items.length, 3);
    assert.ok(answer.seriesId);
    assert.ok(answer.items.every((item) => item.state === 'draft'));
  });

  it('finds venues used before, and the municipality of a postal code', async () => {
    const venues = await browser.workbench.venues('Maribo');
    assert.ok(venues.some((venue) => venue.postalCode === '4930'));
    const place = await browser.workbench.place('4930');
    assert.equal(place?.municipality, 'lolland');
    assert.equal(await browser.workbench.place('1000'), null);
  });

  it('refuses an editor an event outside their municipalities (403)', async () => {
    const error = await rejection(browser.workbench.create(eventInput({ municipality: 'faxe' })));
    assert.equal((error as { status: number }).status, 403);
  });

  it('uploads a picture and gets an absolute address that serves it', async () => {
    const picture = await browser.images.upload(png(640, 360), { type: 'image/png' });
    assert.equal(picture.width, 640);
    assert.match(picture.url, new RegExp(`^${feed.origin}/v1/images/`));
    const served = await fetch(picture.url);
    assert.equal(served.headers.get('content-type'), 'image/webp');
    const small = await rejection(browser.images.upload(png(100, 100), { type: 'image/png' }));
    assert.ok(isKulturError(small, 'KulturHttpError'));
    assert.ok(small.status >= 400 && small.status < 500);
  });

  it('is refused a change without the CSRF header (a cookie alone is not enough)', async () => {
    const jar = cookieFetch();
    const client = createPublishingClient({ baseUrl: feed.baseUrl, fetch: jar.fetch });
    await machine.people.invite({ email: 'csrf@example.dk', role: 'organiser' });
    await client.session.requestLink('csrf@example.dk');
    await client.session.signIn(await signInToken(feed, 'csrf@example.dk'));
    const cookie = [...jar.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${feed.baseUrl}/console/events`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ input: eventInput() }),
    });
    assert.equal(response.status, 403);
  });

  it('signs out here, and everywhere', async () => {
    await browser.session.signOut();
    assert.equal(await browser.session.current(), null);
    const jar = cookieFetch();
    const phone = createPublishingClient({ baseUrl: feed.baseUrl, fetch: jar.fetch });
    await phone.session.requestLink(email);
    await phone.session.signIn(await signInToken(feed, email));
    await phone.session.signOutEverywhere();
    assert.equal(await phone.session.current(), null);
  });

  it('removes a person', async () => {
    const people = await machine.people.list();
    const editor = people.find((person) => person.email === email)!;
    await machine.people.remove(editor.id);
    assert.ok(!(await machine.people.list()).some((person) => person.email === email));
  });
});
