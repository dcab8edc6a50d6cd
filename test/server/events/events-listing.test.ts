import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EventPageSchema, type EventInput, type KulturEvent } from '../../../src/contract/schema.js';
import { eventInput, winterInstant } from '../support/event-fixture.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

async function page(feed: TestFeed, query: string) {
  const response = await feed.request(`/v1/events?${query}`);
  assert.equal(response.status, 200, await response.clone().text());
  return EventPageSchema.parse(await response.json());
}

/** Follows `nextCursor` to the end and returns every id in the order served. */
async function walk(feed: TestFeed, query: string, between?: (pageNumber: number) => Promise<void>) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pageNumber = 0;
  do {
    const result = await page(feed, cursor ? `${query}&cursor=${cursor}` : query);
    ids.push(...result.items.map((event) => event.id));
    cursor = result.nextCursor;
    await between?.(++pageNumber);
  } while (cursor);
  return ids;
}

async function add(feed: TestFeed, id: string, overrides: Partial<EventInput>) {
  const stored = await feed.storage.createEvent({ ...eventInput(overrides), id }, new Date());
  assert.ok(stored, `could not add ${id}`);
}

describe('GET /v1/events', () => {
  let feed: TestFeed;

  before(async () => {
    feed = createTestFeed();
    // 23 Lolland events, several sharing a start time so the id breaks ties; 10 elsewhere.
    for (let i = 0; i < 23; i++) {
      const start = winterInstant(1 + Math.floor(i / 3), 10);
      await add(feed, `lolland-${String(i).padStart(2, '0')}`, { start, end: start, municipality: 'lolland' });
    }
    for (let i = 0; i < 10; i++) {
      const start = winterInstant(2 + i, 12);
      await add(feed, `faxe-${i}`, {
        start,
        end: start,
        municipality: 'faxe',
        categories: i % 2 ? ['koncert'] : ['kursus', 'workshop'],
        audience: i % 2 ? ['borgere'] : ['kulturaktoerer'],
        title: i === 7 ? 'Ærø-kvartetten spiller Nielsen' : `Faxe event ${i}`,
      });
    }
  });
  after(() => feed.close());

  it('returns a page in start order with a cursor to the next', async () => {
    const result = await page(feed, 'municipality=lolland&limit=5');
    assert.equal(result.items.length, 5);
    assert.ok(result.items.every((event) => event.municipality === 'lolland'));
    const starts = result.items.map((event) => Date.parse(event.start));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.equal(typeof result.nextCursor, 'string');
  });

  it('following the cursors returns every Lolland event exactly once, in order', async () => {
    const ids = await walk(feed, 'municipality=lolland&limit=5');
    const expected = Array.from({ length: 23 }, (_, i) => `lolland-${String(i).padStart(2, '0')}`);
    assert.deepEqual(ids, expected);
  });

  it('stays correct when events are added between pages', async () => {
    const extra = createTestFeed();
    try {
      for (let i = 0; i < 12; i++) {
        await add(extra, `e-${String(i).padStart(2, '0')}`, {
          start: winterInstant(10 + i, 9),
          end: winterInstant(10 + i, 10),
        });
      }
      const ids = await walk(extra, 'limit=4', async (pageNumber) => {
        if (pageNumber !== 1) return;
        // One before the cursor (already passed: must not appear), one after (must appear once).
        await add(extra, 'early', { start: winterInstant(1, 9), end: winterInstant(1, 10) });
        await add(extra, 'late', { start: winterInstant(30, 9), end: winterInstant(30, 10) });
      });
      assert.equal(new Set(ids).size, ids.length, 'an event was served twice');
      assert.ok(!ids.includes('early'));
      assert.ok(ids.includes('late'));
      assert.equal(ids.length, 13);
    } finally {
      await extra.close();
    }
  });

  it('filters by municipality, category and audience lists', async () => {
    const both = await walk(feed, 'municipality=faxe,lolland&limit=100');
    assert.equal(both.length, 33);
    const workshops = await page(feed, 'category=workshop,udstilling&limit=100');
    assert.deepEqual(
      workshops.items.map((event) => event.id),
      ['faxe-0', 'faxe-2', 'faxe-4', 'faxe-6', 'faxe-8'],
    );
    const citizens = await page(feed, 'audience=borgere&limit=100');
    assert.deepEqual(
      citizens.items.map((event) => event.id),
      ['faxe-1', 'faxe-3', 'faxe-5', 'faxe-7', 'faxe-9'],
    );
  });

  it('pages one municipality the same as a list that names it twice', async () => {
    // PostgreSQL asks for a single municipality with `=` and for a list with `= ANY`: two plans, one answer.
    const filters = 'category=kursus&from=2027-01-03&limit=2';
    const one = await walk(feed, `municipality=faxe&${filters}`);
    assert.deepEqual(one, ['faxe-2', 'faxe-4', 'faxe-6', 'faxe-8']);
    assert.deepEqual(await walk(feed, `municipality=faxe,faxe&${filters}`), one);
  });

  it('pages a list of municipalities in one start order, whatever the page size', async () => {
    // Every event here is in Faxe or Lolland, so the unfiltered listing is the order the list must follow.
    const everything = (await page(feed, 'limit=100')).items.map((event) => event.id);
    assert.equal(everything.length, 33);
    for (const limit of [1, 2, 5, 7, 33, 100]) {
      assert.deepEqual(await walk(feed, `municipality=lolland,faxe&limit=${limit}`), everything, `limit ${limit}`);
    }
    const firstPage = (await page(feed, 'municipality=faxe,lolland&limit=7')).items.map((event) => event.municipality);
    assert.deepEqual([...new Set(firstPage)].sort(), ['faxe', 'lolland'], 'the municipalities interleave');
    const filters = 'category=kursus&from=2027-01-03';
    const courses = (await page(feed, `${filters}&limit=100`)).items.map((event) => event.id);
    assert.ok(courses.includes('faxe-2') && courses.includes('lolland-22'), 'both municipalities have courses');
    assert.deepEqual(await walk(feed, `municipality=faxe,lolland,stevns&${filters}&limit=2`), courses);
  });

  it('reads from and to as whole days in Copenhagen', async () => {
    // faxe-i starts on 2027-01-(2+i) at 12:00 Copenhagen time.
    const result = await page(feed, 'municipality=faxe&from=2027-01-04&to=2027-01-06');
    assert.deepEqual(
      result.items.map((event: KulturEvent) => event.id),
      ['faxe-2', 'faxe-3', 'faxe-4'],
    );
  });

  it('finds free text regardless of case, Danish letters included', async () => {
    const result = await page(feed, `q=${encodeURIComponent('ærø NIELSEN')}`);
    assert.deepEqual(
      result.items.map((event) => event.id),
      ['faxe-7'],
    );
  });

  it('ends with a null cursor and serves the default page size', async () => {
    const first = await page(feed, '');
    assert.equal(first.items.length, 20);
    const last = await page(feed, 'municipality=faxe&limit=10');
    assert.equal(last.items.length, 10);
    assert.equal(last.nextCursor, null);
  });
});
