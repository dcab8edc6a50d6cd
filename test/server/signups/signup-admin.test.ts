import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { csvCell } from '../../../server/src/http/csv.js';
import { SignupListSchema } from '../../../src/contract/schema.js';
import { assertProblem } from '../support/problem-assertions.js';
import { BEFORE_THE_EVENT, courseDay, person, publish, signUp, cancelTokenOf } from '../support/signup-support.js';
import { ADMIN_TOKEN, createTestFeed, type TestFeed } from '../support/test-feed.js';

const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** Splits RFC 4180 CSV with semicolons into rows of cells (quoted cells may hold semicolons, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') (row.push(cell), (cell = ''));
    else if (char === '\r' && text[i + 1] === '\n') {
      (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    } else cell += char;
  }
  return rows;
}

describe('GET /v1/events/{id}/signups (organisers)', () => {
  let feed: TestFeed;
  before(async () => {
    feed = await createTestFeed({ now: () => BEFORE_THE_EVENT, signupRate: 0 });
    await publish(
      feed,
      courseDay('kursus', { capacity: 2, maxSeatsPerSignup: 2, fields: ['phone', 'organization', 'comment'] }),
    );
    await signUp(feed, 'kursus', person(1, { organization: 'Maribo Teaterforening', phone: '+45 12 34 56 78' }));
    const leaving = await signUp(feed, 'kursus', person(2));
    await signUp(feed, 'kursus', person(3, { name: '=HYPERLINK("http://evil.example","klik")', seats: 2 }));
    await signUp(feed, 'kursus', person(4, { comment: '@SUM(1+1)\nanden linje, med "citat"', organization: '-2+3' }));
    await signUp(feed, 'kursus', person(5));
    await feed.request(`/v1/signups/${await cancelTokenOf(feed, leaving.id)}`, { method: 'DELETE' });
  });
  after(() => feed.close());

  it('lists the confirmed, then the waitlist in order, as JSON by default; cancelled people are left out', async () => {
    const response = await feed.request('/v1/events/kursus/signups', { headers: bearer });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const { items } = SignupListSchema.parse(await response.json());
    assert.deepEqual(
      items.map((item) => [item.status, item.waitlistPosition, item.seats, item.email]),
      [
        ['confirmed', undefined, 1, 'deltager1@example.dk'],
        ['waitlisted', 1, 2, 'deltager3@example.dk'],
        ['waitlisted', 2, 1, 'deltager4@example.dk'],
        ['waitlisted', 3, 1, 'deltager5@example.dk'],
      ],
    );
    assert.equal(items[0]?.organization, 'Maribo Teaterforening');
    assert.equal(items[0]?.privacyVersion, '2026-01');
    assert.ok(items.every((item) => !Number.isNaN(Date.parse(item.createdAt))));
  });

  it('gives CSV for Accept: text/csv and ?format=csv, shaped for Danish Excel, with formulas defused', async () => {
    const byAccept = await feed.request('/v1/events/kursus/signups', { headers: { ...bearer, accept: 'text/csv' } });
    const byQuery = await feed.request('/v1/events/kursus/signups?format=csv', { headers: bearer });
    for (const response of [byAccept, byQuery]) {
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
      assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="signups-kursus.csv"/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
    }
    const bytes = new Uint8Array(await byQuery.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark, so Excel reads UTF-8');
    const text = new TextDecoder().decode(bytes);
    assert.equal(await byAccept.text(), text);
    const unquoted = text
      .split('"')
      .filter((_, i) => i % 2 === 0)
      .join('');
    assert.ok(text.endsWith('\r\n') && !/(^|[^\r])\n/.test(unquoted), 'rows end in CRLF');
    const rows = parseCsv(text);
    assert.deepEqual(rows[0], [
      'Navn',
      'E-mail',
      'Telefon',
      'Organisation',
      'Kommune',
      'Kommentar',
      'Pladser',
      'Status',
      'Venteliste-nr.',
      'Tilmeldt',
      'Fremmødt',
    ]);
    assert.ok(
      rows.every((row) => row.length === 11),
      'every row has every column: semicolons split them',
    );
    assert.equal(rows.length, 5);
    assert.deepEqual(rows[1]!.slice(0, 9), [
      'Deltager 1',
      'deltager1@example.dk',
      "'+45 12 34 56 78",
      'Maribo Teaterforening',
      '',
      '',
      '1',
      'Bekræftet',
      '',
    ]);
    assert.deepEqual(
      rows.slice(2).map((row) => [row[1], row[6], row[7], row[8]]),
      [
        ['deltager3@example.dk', '2', 'Venteliste', '1'],
        ['deltager4@example.dk', '1', 'Venteliste', '2'],
        ['deltager5@example.dk', '1', 'Venteliste', '3'],
      ],
    );
    // The signup time in Copenhagen, in a form Excel reads as a date in any locale.
    const { items } = SignupListSchema.parse(
      await (await feed.request('/v1/events/kursus/signups', { headers: bearer })).json(),
    );
    assert.match(rows[1]![9]!, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const createdAt = new Date(items[0]!.createdAt);
    const copenhagen = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Copenhagen',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(createdAt);
    assert.equal(rows[1]![9], copenhagen);
    assert.equal(rows[2]![0], `'=HYPERLINK("http://evil.example","klik")`);
    assert.equal(rows[3]![5], `'@SUM(1+1)\nanden linje, med "citat"`);
    assert.equal(rows[3]![3], `'-2+3`);
    // No cell anywhere starts with a formula character.
    assert.ok(rows.flat().every((cell) => !/^[=+\-@]/.test(cell)));
  });

  it('defuses every formula start, tab and carriage return included', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      assert.ok(csvCell(`${start}1`).replace(/^"/, '').startsWith("'"), JSON.stringify(start));
    }
    assert.equal(csvCell('Næstved'), 'Næstved');
    assert.equal(csvCell('Torvet 1; 1. sal'), '"Torvet 1; 1. sal"', 'the separator is quoted');
    assert.equal(csvCell('Hansen, Mette'), 'Hansen, Mette', 'a comma is only text');
    assert.equal(csvCell(3), '3');
    assert.equal(csvCell(undefined), '');
  });

  it('prefers JSON when Accept says so or says nothing particular', async () => {
    for (const accept of ['application/json', '*/*', 'application/json, text/csv;q=0.5']) {
      const response = await feed.request('/v1/events/kursus/signups', { headers: { ...bearer, accept } });
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/, accept);
    }
  });

  it('needs the publishing token', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }] as Array<Record<string, string>>) {
      await assertProblem(await feed.request('/v1/events/kursus/signups?format=csv', { headers }), 401);
    }
  });

  it('refuses unknown events, formats and parameters', async () => {
    await assertProblem(await feed.request('/v1/events/findes-ikke/signups', { headers: bearer }), 404);
    await assertProblem(
      await feed.request('/v1/events/kursus/signups?format=xlsx', { headers: bearer }),
      400,
      'format',
    );
    await assertProblem(await feed.request('/v1/events/kursus/signups?status=all', { headers: bearer }), 400, 'status');
  });
});
