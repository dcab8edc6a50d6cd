import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { EventPageSchema, ProblemDetailsSchema, type EventInput } from '../../../src/contract/schema.js';
import { RANKED_MATCHES } from '../../../server/src/events/event-store.js';
import { migrations } from '../../../server/src/db/migrations.js';
import { migratePostgres } from '../../../server/src/db/open-postgres.js';
import { postgresMigrations } from '../../../server/src/db/postgres-migrations.js';
import { eventInput, winterInstant } from '../support/event-fixture.js';
import { createTestDatabase, testBackend } from '../support/test-database.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

/** Events whose words are their own: a neutral place and organiser, so only the title and summary are searched. */
const EVENTS: Record<string, { title: string; summary?: string; description?: string; day: number }> = {
  kursus: { title: 'Kursus i fundraising', day: 1 },
  'koncert-nykoebing': { title: 'Koncert i Nykøbing Falster', day: 2 },
  udstilling: { title: 'Udstilling af malerier', day: 3 },
  foredrag: { title: 'Foredrag om Ærø', day: 4 },
  boern: { title: 'Teater for børn', day: 5 },
  workshop: { title: 'Workshop i keramik', day: 6 },
  naestved: { title: 'Jazz i Næstved', day: 7 },
  vaerkstedet: { title: 'Åbent hus på Værkstedet', day: 8 },
  aabenraa: { title: 'Sønderjysk aften i Aabenraa', day: 9 },
  cafe: { title: 'Quiz på Café Fønix', day: 10 },
  koret: { title: 'Koret synger julen ind', day: 11 },
  // "koncert" twice, but only in the text: a title match must still rank above it.
  'koncert-i-teksten': {
    title: 'Sommeraften i parken',
    description: 'Aftenen slutter med en koncert. Koncerten er gratis, og koncertens musikere kommer fra egnen.',
    day: 1,
  },
  // A later title match: ties between title matches go in start order.
  'koncert-senere': { title: 'Koncerter i Maribo Domkirke', day: 12 },
};

const FROM = 'from=2027-01-01';

function input(id: string): EventInput {
  const { title, summary = 'En aften for alle.', description = 'Alle er velkomne.', day } = EVENTS[id]!;
  const start = winterInstant(day, 19);
  return eventInput({
    title,
    summary,
    description,
    start,
    end: start,
    venue: { name: 'Salen', address: 'Torvet 1', postalCode: '4800', city: 'Byen' },
    organizer: { name: 'Foreningen' },
  });
}

async function search(feed: TestFeed, query: string): Promise<string[]> {
  const response = await feed.request(`/v1/events?${FROM}&limit=100&${query}`);
  assert.equal(response.status, 200, `${query}: ${await response.clone().text()}`);
  return EventPageSchema.parse(await response.json()).items.map((event) => event.id);
}

const q = (text: string) => `q=${encodeURIComponent(text)}`;

/** Every id of a listing in the order served, following `nextCursor`. */
async function walk(feed: TestFeed, query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await feed.request(`/v1/events?${FROM}&${query}${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(response.status, 200, await response.clone().text());
    const page = EventPageSchema.parse(await response.json());
    ids.push(...page.items.map((event) => event.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe('search that forgives Danish', () => {
  let feed: TestFeed;

  before(async () => {
    feed = createTestFeed();
    for (const id of Object.keys(EVENTS)) {
      assert.ok(await feed.storage.createEvent({ ...input(id), id }, new Date()), id);
    }
  });
  after(() => feed.close());

  it('finds a word in its other Danish forms', async () => {
    const pairs: Array<[string, string]> = [
      ['kurser', 'kursus'],
      ['kurserne', 'kursus'],
      ['kursus', 'kursus'],
      ['koncerter', 'koncert-nykoebing'],
      ['koncerten', 'koncert-nykoebing'],
      ['udstillinger', 'udstilling'],
      ['foredragene', 'foredrag'],
      ['børnene', 'boern'],
      ['barn', 'boern'],
      ['workshops', 'workshop'],
      ['korene', 'koret'],
    ];
    for (const [query, expected] of pairs) {
      assert.ok((await search(feed, q(query))).includes(expected), `${query} finds ${expected}`);
    }
  });

  it('takes ae, oe, aa and letters without accents for æ, ø, å and accented letters', async () => {
    const pairs: Array<[string, string]> = [
      ['Nykobing', 'koncert-nykoebing'],
      ['Nykoebing', 'koncert-nykoebing'],
      ['NYKØBING falster', 'koncert-nykoebing'],
      ['Naestved', 'naestved'],
      ['Nastved', 'naestved'],
      ['Vaerkstedet', 'vaerkstedet'],
      ['værksted', 'vaerkstedet'],
      ['Aabenraa', 'aabenraa'],
      ['Åbenrå', 'aabenraa'],
      ['aero', 'foredrag'],
      ['cafe', 'cafe'],
      ['CAFÉ', 'cafe'],
      ['Fonix', 'cafe'],
    ];
    for (const [query, expected] of pairs) {
      assert.deepEqual(await search(feed, q(query)), [expected], `${query} finds ${expected} alone`);
    }
  });

  it('matches the last word as the start of a word, the others whole', async () => {
    assert.deepEqual(await search(feed, q('kon')), ['koncert-i-teksten', 'koncert-nykoebing', 'koncert-senere']);
    assert.deepEqual(await search(feed, q('nyk')), ['koncert-nykoebing']);
    assert.deepEqual(await search(feed, q('koncert nyk')), ['koncert-nykoebing']);
    assert.deepEqual(await search(feed, q('Vaerk')), ['vaerkstedet']);
    // "kon" is not the last word, so it must be whole: no event has the word "kon".
    assert.deepEqual(await search(feed, q('kon nykøbing')), []);
  });

  it('keeps apart words that only look alike', async () => {
    const negatives: Array<[string, string]> = [
      ['kor', 'koncert-nykoebing'],
      ['kon', 'koret'],
      ['kursus', 'koncert-nykoebing'],
      ['koncert', 'kursus'],
      ['Nykøbing', 'naestved'],
      ['børn', 'koret'],
      ['jazz kursus', 'naestved'],
    ];
    for (const [query, absent] of negatives) {
      assert.ok(!(await search(feed, q(query))).includes(absent), `${query} must not find ${absent}`);
    }
    assert.deepEqual(await search(feed, q('kor')), ['koret']);
  });

  it('ranks by relevance when asked: a title match first, ties in start order', async () => {
    assert.deepEqual(await search(feed, `${q('koncert')}&sort=relevance`), [
      'koncert-nykoebing',
      'koncert-senere',
      'koncert-i-teksten',
    ]);
    // Start order is still the default, and `sort=start` says so.
    const inStartOrder = ['koncert-i-teksten', 'koncert-nykoebing', 'koncert-senere'];
    assert.deepEqual(await search(feed, q('koncert')), inStartOrder);
    assert.deepEqual(await search(feed, `${q('koncert')}&sort=start`), inStartOrder);
    // Without q every event is as relevant as the next: start order.
    assert.deepEqual(await search(feed, 'sort=relevance'), await search(feed, ''));
  });

  it('pages by relevance with cursors, each event once', async () => {
    const all = await search(feed, `${q('koncert')}&sort=relevance`);
    for (const limit of [1, 2]) {
      assert.deepEqual(await walk(feed, `${q('koncert')}&sort=relevance&limit=${limit}`), all);
    }
    const everything = await search(feed, 'sort=relevance');
    assert.deepEqual(await walk(feed, 'sort=relevance&limit=4'), everything);
  });

  it('refuses a cursor made for another order, and an unknown sort, as problems naming the parameter', async () => {
    const byStart = EventPageSchema.parse(
      await (await feed.request(`/v1/events?${FROM}&${q('koncert')}&limit=1`)).json(),
    );
    const byRelevance = EventPageSchema.parse(
      await (await feed.request(`/v1/events?${FROM}&${q('koncert')}&sort=relevance&limit=1`)).json(),
    );
    for (const query of [
      `${q('koncert')}&sort=relevance&cursor=${byStart.nextCursor}`,
      `${q('koncert')}&cursor=${byRelevance.nextCursor}`,
      `sort=relevance&cursor=${byRelevance.nextCursor}`,
      'sort=best',
      'sort=',
      'sort=start&sort=relevance',
    ]) {
      const response = await feed.request(`/v1/events?${query}`);
      assert.equal(response.status, 400, query);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      const problem = ProblemDetailsSchema.parse(await response.json());
      const path = query.includes('cursor') ? 'cursor' : 'sort';
      assert.deepEqual(
        problem.errors?.map((error) => error.path),
        [path],
        query,
      );
      assert.match(problem.detail ?? '', new RegExp(path));
    }
  });

  it('reads FTS5 and tsquery syntax as plain text', async () => {
    const hostile: Array<[string, string[]]> = [
      ['"koncert"', ['koncert-i-teksten', 'koncert-nykoebing', 'koncert-senere']],
      ['nykøbing:*', ['koncert-nykoebing']],
      ['"Nykøbing" *', ['koncert-nykoebing']],
      ['koncert* nyk*', ['koncert-nykoebing']],
      ['(koncert) & !domkirke', ['koncert-senere']],
      ['koncert | jazz', []],
      ['koncert OR jazz', []],
      ['koncert AND jazz', []],
      ['NEAR(koncert nykøbing)', []],
      ['title:koncert', []],
      ['koncert <-> nykøbing', ['koncert-nykoebing']],
      ["'", []],
      ['\\', []],
      ['"', []],
      ['* : & | ! ( ) <->', []],
      ['^koncert', ['koncert-i-teksten', 'koncert-nykoebing', 'koncert-senere']],
      ['-koncert', ['koncert-i-teksten', 'koncert-nykoebing', 'koncert-senere']],
      ['constructor __proto__ toString', []],
    ];
    for (const [text, expected] of hostile) {
      for (const sort of ['start', 'relevance']) {
        const found = await search(feed, `${q(text)}&sort=${sort}`);
        assert.deepEqual([...found].sort(), expected, `${text} (${sort})`);
      }
    }
  });

  it('matches alike in events.html and events.ics', async () => {
    const page = await feed.request(`/v1/events.html?${FROM}&${q('Nykobing')}`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Koncert i Nykøbing Falster/);
    assert.doesNotMatch(html, /Jazz i Næstved/);
    const byRelevance = await (await feed.request(`/v1/events.html?${FROM}&${q('koncert')}&sort=relevance`)).text();
    const order = ['Koncert i Nykøbing Falster', 'Koncerter i Maribo Domkirke', 'Sommeraften i parken'];
    assert.deepEqual(
      order.map((title) => byRelevance.indexOf(title)).every((at, i, all) => at > 0 && (i === 0 || at > all[i - 1]!)),
      true,
      'the page lists the events by relevance',
    );
    // Its calendar link leaves `sort` out, which a calendar refuses.
    assert.doesNotMatch(byRelevance, /events\.ics\?[^"]*sort=/);

    const calendar = await feed.request(`/v1/events.ics?${FROM}&${q('kurser')}`);
    assert.equal(calendar.status, 200);
    const ics = await calendar.text();
    assert.match(ics, /SUMMARY:Kursus i fundraising/);
    assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 1);
    assert.equal((await feed.request(`/v1/events.ics?${q('kurser')}&sort=relevance`)).status, 400);
  });

  it('follows an event that changes or goes', async () => {
    const id = 'skiftende';
    const start = winterInstant(20, 19);
    const first = { ...input('kursus'), title: 'Orgelkoncert', start, end: start, id };
    assert.ok(await feed.storage.createEvent(first, new Date()));
    assert.deepEqual(await search(feed, q('orgelkoncerter')), [id]);
    assert.ok(await feed.storage.replaceEvent({ ...first, title: 'Gospelaften' }, new Date()));
    assert.deepEqual(await search(feed, q('orgelkoncert')), []);
    assert.deepEqual(await search(feed, q('gospel')), [id]);
    assert.equal((await feed.storage.deleteEvent(id, new Date())).kind, 'deleted');
    assert.deepEqual(await search(feed, q('gospel')), []);
  });
});

describe('search of a word most events have', () => {
  let feed: TestFeed;

  before(async () => {
    // More matches than SQLite reads from its index before it walks the events in start order instead (FEW_MATCHES):
    // both ways must find the same events. Every event has "koncerter" and "Nykøbing"; half have "Aabenraa".
    feed = createTestFeed();
    for (let i = 0; i < 520; i++) {
      const start = new Date(Date.UTC(2028, 0, 1) + (520 - i) * 3_600_000).toISOString();
      const event = {
        ...input('kursus'),
        title: i % 2 ? `Aften i Aabenraa, nr. ${i}` : `Morgen i Maribo, nr. ${i}`,
        summary: 'Koncerter for hele familien.',
        venue: { name: 'Salen', address: 'Torvet 1', postalCode: '4800', city: 'Nykøbing F' },
        start,
        end: start,
        id: `mange-${i}`,
      };
      assert.ok(await feed.storage.createEvent(event, new Date()));
    }
  });
  after(() => feed.close());

  it('finds them in start order, whichever way the database reads', async () => {
    const count = async (query: string) => (await walk(feed, `${query}&limit=100`)).length;
    // Many matches: SQLite walks.
    assert.equal(await count(q('koncert')), 520);
    assert.equal(await count(q('Nykoebing kon')), 520);
    assert.equal(await count(q('"nykøbing" (koncerterne)')), 520);
    assert.equal(await count(q('familie koncert nr')), 520);
    assert.deepEqual((await search(feed, q('Nykobing koncerterne'))).slice(0, 3), [
      'mange-519',
      'mange-518',
      'mange-517',
    ]);
    // Few: SQLite reads them from the index.
    assert.equal(await count(q('Åbenrå koncert')), 260);
    assert.equal(await count(q('nr 7')), 1);
    const tens = ['mange-10', ...Array.from({ length: 10 }, (_, i) => `mange-10${i}`)];
    assert.deepEqual((await search(feed, q('"nr" 10*'))).sort(), tens.sort());
    // None.
    assert.equal(await count(q('kor')), 0);
    assert.equal(await count(q('koncert kor')), 0);
  });

  it('ranks the soonest RANKED_MATCHES matches by relevance, the same ones on every page', async () => {
    const byStart = await walk(feed, `${q('Aabenraa koncert')}&limit=100`);
    const byRelevance = await walk(feed, `${q('Aabenraa koncert')}&sort=relevance&limit=30`);
    assert.equal(byStart.length, 260);
    assert.equal(byRelevance.length, RANKED_MATCHES);
    assert.deepEqual([...byRelevance].sort(), byStart.slice(0, RANKED_MATCHES).sort());
    // A title match in an event further off than those is not among them.
    const far = {
      ...input('kursus'),
      id: 'aabenraa-langt-ude',
      title: 'Aabenraa koncert',
      start: '2029-06-01T17:00:00Z',
    };
    assert.ok(await feed.storage.createEvent({ ...far, end: far.start }, new Date()));
    assert.ok(!(await walk(feed, `${q('Aabenraa koncert')}&sort=relevance&limit=100`)).includes(far.id));
    assert.equal((await walk(feed, `${q('Aabenraa koncert')}&limit=100`)).at(-1), far.id);
  });
});

describe('the search migration on a database with events', () => {
  it(`indexes the events and drafts there are (SQLite 14, PostgreSQL 12) on ${testBackend}`, async () => {
    const database = createTestDatabase();
    const { id: _id, ...data } = { ...input('udstilling'), id: 'udstilling' };
    const columns = 'id, municipality, status, categories, audience, search_text, data, created_at, updated_at';
    try {
      if (database.backend === 'sqlite') {
        const old = new Database(database.sqliteFile!);
        for (const migration of migrations.filter((m) => m.version < 14)) old.exec(migration.sql);
        old.pragma('user_version = 13');
        const values = `'udstilling', 'lolland', 'scheduled', '[]', '[]', 'old words', ?, 'x', 'x', ?, ?`;
        const times = [Date.parse(data.start), Date.parse(data.end)];
        old
          .prepare(`INSERT INTO events (${columns}, start_ms, end_ms) VALUES (${values})`)
          .run(JSON.stringify(data), ...times);
        old
          .prepare(
            `INSERT INTO event_drafts (${columns}, start_ms, end_ms, submitted, of_published) VALUES (${values}, 0, 0)`,
          )
          .run(JSON.stringify(data), ...times);
        old.close();
      } else {
        await database.ready();
        const pool = new pg.Pool({ connectionString: database.serverEnv.DATABASE_URL, max: 1 });
        try {
          await migratePostgres(
            pool,
            postgresMigrations.filter((m) => m.version < 12),
          );
          const values = `'udstilling', 'lolland', 'scheduled', '{}', '{}', 'old words', $1, now(), now(), $2, $3`;
          const params = [JSON.stringify(data), data.start, data.end];
          await pool.query(`INSERT INTO events (${columns}, start_at, end_at) VALUES (${values})`, params);
          await pool.query(
            `INSERT INTO event_drafts (${columns}, start_at, end_at, submitted, of_published) VALUES (${values}, false, false)`,
            params,
          );
        } finally {
          await pool.end();
        }
      }
      const storage = await database.open();
      try {
        const page = await storage.listEvents({ search: [{ word: 'udstilling', prefix: false }], limit: 5 });
        assert.deepEqual(
          page.items.map((event) => event.id),
          ['udstilling'],
        );
        const [draft] = await database.rows<{ search_text: string }>('SELECT search_text FROM event_drafts');
        assert.equal(draft?.search_text, ' udstilling af maleri en aft for all all er velkomn sal byen forening ');
      } finally {
        await storage.close();
      }
    } finally {
      await database.drop();
    }
  });
});
