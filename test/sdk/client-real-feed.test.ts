import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createKulturClient,
  isKulturError,
  KulturHttpError,
  type KulturClient,
  type KulturEvent,
} from '../../src/sdk/index.js';
import { winterInstant } from '../server/support/event-fixture.js';
import { startRealFeed, type RealFeed } from './support/real-feed.js';

/** A fetch that counts what it sends and what the feed answers. */
function countingFetch() {
  const log: Array<{ url: string; ifNoneMatch: string | null; status: number }> = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await globalThis.fetch(request);
    log.push({ url: request.url, ifNoneMatch: request.headers.get('if-none-match'), status: response.status });
    return response;
  };
  return { fetch, log };
}

describe('the SDK against the real feed server', () => {
  let real: RealFeed;
  let client: KulturClient;

  before(async () => {
    real = await startRealFeed();
    // 25 Lolland events (three a day, so paging crosses days), 6 in Faxe with other categories and audiences.
    for (let i = 0; i < 25; i++) {
      const start = winterInstant(1 + Math.floor(i / 3), 9 + (i % 3));
      await real.add(`lolland-${String(i).padStart(2, '0')}`, { start, end: start, municipality: 'lolland' });
    }
    for (let i = 0; i < 6; i++) {
      const start = winterInstant(20 + i, 19);
      await real.add(`faxe-${i}`, {
        start,
        end: start,
        municipality: 'faxe',
        categories: i % 2 ? ['koncert'] : ['udstilling'],
        audience: ['borgere'],
        title: i === 3 ? 'Strygekvartet i Haslev kirke' : `Faxe ${i}`,
      });
    }
    client = createKulturClient({ baseUrl: real.baseUrl, cache: false });
  });
  after(() => real.close());

  describe('events.list', () => {
    it('returns one page in start order, typed and validated, with a cursor to the next', async () => {
      const page = await client.events.list({ municipality: ['lolland'], limit: 10 });

      assert.equal(page.items.length, 10);
      assert.deepEqual(
        page.items.map((event) => event.id),
        Array.from({ length: 10 }, (_, i) => `lolland-${String(i).padStart(2, '0')}`),
      );
      assert.equal(typeof page.nextCursor, 'string');
      const first: KulturEvent = page.items[0]!;
      assert.equal(first.venue?.city, 'Maribo');
    });

    it('filters by several municipalities, categories and audiences sent as comma lists', async () => {
      const both = await client.events.list({ municipality: ['faxe', 'lolland'], limit: 100 });
      assert.equal(both.items.length, 31);

      const concerts = await client.events.list({ municipality: ['faxe'], category: ['koncert'] });
      assert.deepEqual(
        concerts.items.map((event) => event.id),
        ['faxe-1', 'faxe-3', 'faxe-5'],
      );

      const forCitizens = await client.events.list({ audience: ['borgere'], category: ['udstilling', 'koncert'] });
      assert.equal(forCitizens.items.length, 6);
    });

    it('filters by free text and by days', async () => {
      const text = await client.events.list({ q: 'strygekvartet haslev' });
      assert.deepEqual(
        text.items.map((event) => event.id),
        ['faxe-3'],
      );
      // Capitals aside, the last word's start, best match first.
      const forgiving = await client.events.list({ q: 'STRYGEKVARTET hasl', sort: 'relevance' });
      assert.deepEqual(
        forgiving.items.map((event) => event.id),
        ['faxe-3'],
      );

      const days = await client.events.list({ from: '2027-01-21', to: '2027-01-22' });
      assert.deepEqual(
        days.items.map((event) => event.id),
        ['faxe-1', 'faxe-2'],
      );
    });

    it('follows the cursor it was given', async () => {
      const first = await client.events.list({ municipality: ['lolland'], limit: 10 });
      const second = await client.events.list({ municipality: ['lolland'], limit: 10, cursor: first.nextCursor! });
      assert.equal(second.items[0]!.id, 'lolland-10');
    });

    it("turns the feed's refusal of a bad value into a KulturHttpError with its problem details", async () => {
      const error = await client.events.list({ limit: 0 }).then(
        () => assert.fail('expected a refusal'),
        (error: unknown) => error,
      );

      assert.ok(error instanceof KulturHttpError);
      assert.equal(error.status, 400);
      assert.equal(error.problem?.type, 'urn:kultur:problem:invalid-parameter');
      assert.equal(error.problem?.errors?.[0]?.path, 'limit');
      assert.match(
        error.message,
        /^The feed answered 400 to GET http:\/\/127\.0\.0\.1:\d+\/v1\/events\?limit=0: limit/,
      );
    });
  });

  describe('events.all', () => {
    it('walks every page, following nextCursor to the end, 100 at a time unless told', async () => {
      const { fetch, log } = countingFetch();
      const counted = createKulturClient({ baseUrl: real.baseUrl, fetch, cache: false });

      const ids: string[] = [];
      for await (const event of counted.events.all({ municipality: ['lolland'], limit: 7 })) ids.push(event.id);

      assert.deepEqual(
        ids,
        Array.from({ length: 25 }, (_, i) => `lolland-${String(i).padStart(2, '0')}`),
      );
      assert.equal(log.length, 4);
      assert.ok(log.every((entry) => entry.url.includes('limit=7')));

      log.length = 0;
      let all = 0;
      for await (const _event of counted.events.all({})) all++;
      assert.equal(all, 31);
      assert.equal(log.length, 1);
      assert.match(log[0]!.url, /limit=100/);
    });

    it('stops fetching when the loop breaks', async () => {
      const { fetch, log } = countingFetch();
      const counted = createKulturClient({ baseUrl: real.baseUrl, fetch, cache: false });

      for await (const event of counted.events.all({ municipality: ['lolland'], limit: 5 })) {
        if (event.id === 'lolland-07') break;
      }
      assert.equal(log.length, 2);
    });
  });

  describe('events.get', () => {
    it('returns one event', async () => {
      const event = await client.events.get('faxe-3');
      assert.equal(event.title, 'Strygekvartet i Haslev kirke');
      assert.equal(event.municipality, 'faxe');
    });

    it('rejects an unknown id with a typed 404 carrying the problem details', async () => {
      const error = await client.events.get('no-such-event').then(
        () => assert.fail('expected a 404'),
        (error: unknown) => error,
      );

      assert.ok(error instanceof KulturHttpError);
      assert.ok(isKulturError(error, 'KulturHttpError'));
      assert.equal(error.status, 404);
      assert.equal(error.url, `${real.baseUrl}/events/no-such-event`);
      assert.equal(error.problem?.type, 'urn:kultur:problem:not-found');
      assert.equal(error.problem?.detail, 'No event has the id "no-such-event".');
      assert.match(error.message, /No event has the id "no-such-event"\. Check the id/);
    });

    it('refuses what cannot be an event id before asking the feed, pointing at the guide', async () => {
      await assert.rejects(client.events.get('../municipalities'), {
        name: 'TypeError',
        message: /events\.get\(\) takes an event id .* See docs\/sdk\.md#get-one-event/,
      });
    });
  });

  describe('reference data', () => {
    it('lists the six municipalities and the categories with Danish and English names', async () => {
      const municipalities = await client.municipalities();
      assert.deepEqual(
        municipalities.map((municipality) => municipality.id),
        ['faxe', 'guldborgsund', 'lolland', 'naestved', 'stevns', 'vordingborg'],
      );
      assert.equal(municipalities.find((municipality) => municipality.id === 'naestved')?.name.da, 'Næstved');

      const categories = await client.categories();
      assert.ok(categories.some((category) => category.id === 'kursus' && category.name.en.length > 0));
    });
  });

  describe('abort', () => {
    it('rejects with the standard AbortError when the signal aborts during the request, unwrapped', async () => {
      const controller = new AbortController();
      const pending = client.events.list({ municipality: ['lolland'] }, { signal: controller.signal });
      controller.abort();

      const error = await pending.then(
        () => assert.fail('expected an abort'),
        (error: unknown) => error,
      );
      assert.ok(error instanceof DOMException);
      assert.equal(error.name, 'AbortError');
      assert.equal(isKulturError(error), false);
    });

    it('rejects at once with the reason of an already aborted signal, through the cache too', async () => {
      const cached = createKulturClient({ baseUrl: real.baseUrl });
      const reason = new Error('the user left the page');
      await assert.rejects(cached.events.get('faxe-1', { signal: AbortSignal.abort(reason) }), (error) => {
        assert.equal(error, reason);
        return true;
      });
    });
  });

  describe('cache', () => {
    it('serves a fresh answer from memory, then revalidates with If-None-Match and reuses the body on 304', async () => {
      let now = 0;
      const { fetch, log } = countingFetch();
      const cached = createKulturClient({ baseUrl: real.baseUrl, fetch, cache: { now: () => now, staleFor: 0 } });

      const first = await cached.events.list({ municipality: ['faxe'] });
      now = 30_000;
      const second = await cached.events.list({ municipality: ['faxe'] });
      assert.equal(second, first);
      assert.equal(log.length, 1);

      now = 61_000;
      const third = await cached.events.list({ municipality: ['faxe'] });
      assert.equal(third, first);
      assert.equal(log.length, 2);
      assert.match(log[1]!.ifNoneMatch ?? '', /^(W\/)?"/);
      assert.equal(log[1]!.status, 304);
    });

    it('fetches again when the event changed, and sees the change', async () => {
      let now = 0;
      const { fetch, log } = countingFetch();
      const cached = createKulturClient({ baseUrl: real.baseUrl, fetch, cache: { now: () => now, staleFor: 0 } });
      await real.add('changing', { start: winterInstant(28, 10), end: winterInstant(28, 11), title: 'Before' });

      assert.equal((await cached.events.get('changing')).title, 'Before');
      const replaced = await real.feed.publish('PUT', '/v1/events/changing', {
        ...(await real.feed.request('/v1/events/changing').then((response) => response.json())),
        updatedAt: undefined,
        signup: null,
        title: 'After',
      });
      assert.equal(replaced.status, 200, await replaced.clone().text());

      now = 61_000;
      assert.equal((await cached.events.get('changing')).title, 'After');
      assert.equal(log.at(-1)!.status, 200);
      assert.ok(log.at(-1)!.ifNoneMatch);
    });
  });

  describe('events.icsUrl', () => {
    it('builds the subscription URL with the same comma lists, without asking the feed', () => {
      assert.equal(
        client.events.icsUrl({ municipality: ['lolland', 'faxe'], category: ['kursus'] }),
        `${real.baseUrl}/events.ics?category=kursus&municipality=lolland,faxe`,
      );
      assert.equal(client.events.icsUrl(), `${real.baseUrl}/events.ics`);
    });
  });
});
