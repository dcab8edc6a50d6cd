import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import { readIcs } from '../../../server/src/import/ics-source.js';
import { summaryLine } from '../../../server/src/import/import-report.js';
import { importedEventId } from '../../../server/src/import/run-import.js';
import { fixture, IMPORT_NOW, runImport } from '../support/import-run.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

const MARIBO = 'kulturhuset-maribo.ics';
const SERIES = 'strikkecafe-2027@kulturhuset-maribo.dk';
const MONTHLY = 'netvaerk-foerste-torsdag@kulturhuset-maribo.dk';

/** A calendar around some VEVENT lines, without VTIMEZONE. */
function calendar(...lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//DA', ...lines, 'END:VCALENDAR', ''].join('\r\n');
}

/** A VEVENT with a summary and a location in Vordingborg, unless `lines` give their own. */
function vevent(uid: string, ...lines: string[]): string[] {
  const defaults = ['SUMMARY:Koncert i kirken', 'LOCATION:Vor Frue Kirke\\, Kirketorvet 1\\, 4760 Vordingborg'];
  const given = (line: string) => lines.some((own) => own.split(':')[0] === line.split(':')[0]);
  return [
    'BEGIN:VEVENT',
    ...(uid ? [`UID:${uid}`] : []),
    'DTSTAMP:20270201T090000Z',
    ...defaults.filter((line) => !given(line)),
    ...lines,
    'END:VEVENT',
  ];
}

function readOnly(text: string) {
  return readIcs(text, { source: 'test' }, IMPORT_NOW);
}

describe('import: iCalendar', () => {
  let feed: TestFeed;
  beforeEach(async () => {
    await feed?.close();
    feed = createTestFeed();
  });
  after(() => feed.close());

  it('imports every event once, reports the malformed VEVENTs, and changes nothing the second time', async () => {
    const first = await runImport(feed.storage, fixture(MARIBO));
    assert.equal(summaryLine(first), '19 new, 0 updated, 0 unchanged, 2 unreadable');
    assert.deepEqual(first.unreadable, [
      {
        label: 'UID generalforsamling-2027@kulturhuset-maribo.dk',
        reason: 'not valid iCalendar: invalid line (no token ";" or ":") "foreningens planer for året."',
      },
      { label: 'UID aabent-hus-2027@kulturhuset-maribo.dk', reason: 'no DTSTART' },
    ]);
    assert.equal(await feed.storage.countEvents(), 19);

    const second = await runImport(feed.storage, fixture(MARIBO));
    assert.equal(summaryLine(second), '0 new, 0 updated, 19 unchanged, 2 unreadable');
    assert.equal(await feed.storage.countEvents(), 19);
    assert.deepEqual(
      second.events.map((event) => event.eventId),
      first.events.map((event) => event.eventId),
    );
  });

  it('expands a series in its VTIMEZONE: EXDATE leaves a week out, a changed occurrence replaces its week', async () => {
    const report = await runImport(feed.storage, fixture(MARIBO));
    const series = report.events.filter((event) => event.externalId.startsWith(`${SERIES}/`));
    const stored = await Promise.all(series.map((event) => feed.storage.getEvent(event.eventId)));
    assert.deepEqual(
      stored.map((event) => [event!.title, event!.start, event!.end]),
      [
        ['Strikkecafé i Kulturhuset', '2027-03-09T19:00:00+01:00', '2027-03-09T21:00:00+01:00'],
        ['Strikkecafé i Kulturhuset', '2027-03-16T19:00:00+01:00', '2027-03-16T21:00:00+01:00'],
        // 23 March is an EXDATE; 30 March is changed to an hour later, after the clocks went forward.
        ['Strikkecafé i Kulturhuset (påskeudgave)', '2027-03-30T20:00:00+02:00', '2027-03-30T22:00:00+02:00'],
        ['Strikkecafé i Kulturhuset', '2027-04-06T19:00:00+02:00', '2027-04-06T21:00:00+02:00'],
        ['Strikkecafé i Kulturhuset', '2027-04-13T19:00:00+02:00', '2027-04-13T21:00:00+02:00'],
      ],
    );
    assert.deepEqual(
      series.map((event) => event.externalId),
      ['2027-03-09', '2027-03-16', '2027-03-30', '2027-04-06', '2027-04-13'].map((date) => `${SERIES}/${date}`),
    );
    const first = stored[0]!;
    assert.equal(first.description, 'Vi strikker, drikker kaffe og deler mønstre.\n\nGarn og pinde kan lånes.');
    assert.equal(first.summary, 'Vi strikker, drikker kaffe og deler mønstre.');
    assert.deepEqual(first.venue, {
      name: 'Kulturhuset Maribo',
      address: 'Vestergade 10',
      postalCode: '4930',
      city: 'Maribo',
    });
    assert.equal(first.municipality, 'lolland');
    assert.deepEqual(first.categories, ['workshop']);
    assert.equal(first.url, 'https://kulturhuset-maribo.example.dk/strikkecafe');
    assert.deepEqual(first.organizer, { name: 'Kulturhuset Maribo' });
  });

  it('expands an open-ended series for the twelve months from the import, with floating times in Copenhagen', async () => {
    const report = await runImport(feed.storage, fixture(MARIBO));
    const monthly = report.events.filter((event) => event.externalId.startsWith(`${MONTHLY}/`));
    // The first Thursdays from March 2027 to February 2028; January and February 2027 are past.
    assert.deepEqual(
      monthly.map((event) => event.start),
      [
        '2027-03-04T17:00:00+01:00',
        '2027-04-01T17:00:00+02:00',
        '2027-05-06T17:00:00+02:00',
        '2027-06-03T17:00:00+02:00',
        '2027-07-01T17:00:00+02:00',
        '2027-08-05T17:00:00+02:00',
        '2027-09-02T17:00:00+02:00',
        '2027-10-07T17:00:00+02:00',
        '2027-11-04T17:00:00+01:00',
        '2027-12-02T17:00:00+01:00',
        '2028-01-06T17:00:00+01:00',
        '2028-02-03T17:00:00+01:00',
      ],
    );
    const event = await feed.storage.getEvent(monthly[0]!.eventId);
    assert.deepEqual(event!.categories, ['netvaerkstraef']);
    assert.deepEqual(event!.audience, ['kulturaktoerer']);

    // Half a year on, the window has moved: the past months are gone and later ones have come.
    const later = readIcs(fixture(MARIBO).text, { source: 'x' }, new Date('2027-09-10T10:00:00Z'));
    const labels = later.filter((record) => record.label.startsWith(`UID ${MONTHLY}`)).map((record) => record.label);
    assert.equal(labels[0], `UID ${MONTHLY} (2027-10-07)`);
    assert.equal(labels.at(-1), `UID ${MONTHLY} (2028-09-07)`);
    assert.equal(labels.length, 12);
  });

  it('reads UTC times, all-day events and HTML descriptions', async () => {
    await runImport(feed.storage, fixture(MARIBO));
    const concert = await feed.storage.getEvent(
      importedEventId('test-source', '20270415-koncert@kulturhuset-maribo.dk'),
    );
    assert.equal(concert!.start, '2027-04-15T19:00:00+02:00');
    assert.equal(concert!.end, '2027-04-15T21:00:00+02:00');
    assert.equal(concert!.allDay, false);
    assert.equal(concert!.description, 'Forårskoncert med Mozart & Nielsen.\n\nBilletter ved indgangen.');
    assert.deepEqual(concert!.venue, {
      name: 'Maribo Domkirke',
      address: 'Kirkestræde 1',
      postalCode: '4930',
      city: 'Maribo',
    });
    assert.deepEqual(concert!.categories, ['koncert']);

    const exhibition = await feed.storage.getEvent(
      importedEventId('test-source', 'sommerudstilling-2027@kulturhuset-maribo.dk'),
    );
    // DTEND 14 June is exclusive: the exhibition is on the 12th and 13th. The town gives the postal code.
    assert.equal(exhibition!.allDay, true);
    assert.equal(exhibition!.start, '2027-06-12T00:00:00+02:00');
    assert.equal(exhibition!.end, '2027-06-13T23:59:00+02:00');
    assert.equal(exhibition!.venue?.postalCode, '4930');
  });

  it('writes nothing on a dry run, and says what would happen', async () => {
    const dry = await runImport(feed.storage, fixture(MARIBO), { dryRun: true });
    assert.equal(summaryLine(dry), '19 new, 0 updated, 0 unchanged, 2 unreadable');
    assert.equal(dry.dryRun, true);
    assert.equal(await feed.storage.countEvents(), 0);
    assert.deepEqual(await feed.storage.listImportLinks('test-source'), []);

    await runImport(feed.storage, fixture(MARIBO));
    const changed = fixture(MARIBO);
    changed.text = changed.text.replace(
      'SUMMARY:Koncert: Lolland Kammerorkester',
      'SUMMARY:Koncert: Lolland Kammerorkester (udsolgt)',
    );
    const dryAgain = await runImport(feed.storage, changed, { dryRun: true });
    assert.equal(summaryLine(dryAgain), '0 new, 1 updated, 18 unchanged, 2 unreadable');
    const id = importedEventId('test-source', '20270415-koncert@kulturhuset-maribo.dk');
    assert.equal((await feed.storage.getEvent(id))!.title, 'Koncert: Lolland Kammerorkester');

    const update = await runImport(feed.storage, changed);
    assert.equal(summaryLine(update), '0 new, 1 updated, 18 unchanged, 2 unreadable');
    assert.equal((await feed.storage.getEvent(id))!.title, 'Koncert: Lolland Kammerorkester (udsolgt)');
    assert.equal(await feed.storage.countEvents(), 19);
  });

  it('keeps two sources apart, and makes the event again when it was deleted', async () => {
    await runImport(feed.storage, fixture(MARIBO), { source: 'maribo' });
    const other = await runImport(feed.storage, fixture(MARIBO), { source: 'maribo-kopi' });
    assert.equal(summaryLine(other), '19 new, 0 updated, 0 unchanged, 2 unreadable');
    assert.equal(await feed.storage.countEvents(), 38);

    const id = importedEventId('maribo', '20270415-koncert@kulturhuset-maribo.dk');
    assert.equal((await feed.storage.deleteEvent(id, IMPORT_NOW)).kind, 'deleted');
    const again = await runImport(feed.storage, fixture(MARIBO), { source: 'maribo' });
    assert.equal(summaryLine(again), '1 new, 0 updated, 18 unchanged, 2 unreadable');
    assert.ok(await feed.storage.getEvent(id));
  });

  it('honours a TZID without VTIMEZONE by its name, and reports one that is no zone', () => {
    const records = readOnly(
      calendar(
        ...vevent('a', 'DTSTART;TZID=America/New_York:20270710T120000', 'DTEND;TZID=America/New_York:20270710T130000'),
        ...vevent('b', 'DTSTART;TZID=Romance Standard Time:20270710T120000'),
      ),
    );
    assert.deepEqual(
      records.map((record) => (record.kind === 'read' ? [record.input.start, record.input.end] : record.reason)),
      [
        ['2027-07-10T18:00:00+02:00', '2027-07-10T19:00:00+02:00'],
        'TZID "Romance Standard Time" has no VTIMEZONE in the file and is not a time zone name',
      ],
    );
  });

  it('reports what the feed needs and the event lacks, with the reason', () => {
    const records = readOnly(
      calendar(
        ...vevent('outside', 'DTSTART:20270710T120000', 'LOCATION:Musikhuset\\, Rabalderstræde 12\\, 4000 Roskilde'),
        ...vevent('no-street', 'DTSTART:20270710T120000', 'LOCATION:Maribo Bibliotek\\, 4930 Maribo'),
        ...vevent('no-category', 'DTSTART:20270710T120000', 'SUMMARY:Sommerfest', 'LOCATION:Torvet 1\\, 4930 Maribo'),
        ...vevent('', 'DTSTART:20270710T120000', 'SUMMARY:Uden UID'),
      ),
    );
    assert.deepEqual(
      records.map((record) => [record.label, record.kind === 'unreadable' ? record.reason : 'read']),
      [
        ['VEVENT 4 ("Uden UID")', 'no UID, so a second import could not find it again'],
        [
          'UID outside',
          "postal code 4000 (Roskilde) is not in one of the region's six municipalities; give --municipality to import it anyway",
        ],
        ['UID no-street', 'the place "Maribo Bibliotek, 4930 Maribo" has no street address'],
        [
          'UID no-category',
          'no category: neither the title nor the source names one the feed knows; give one with --category',
        ],
      ],
    );
  });

  it('takes --municipality and --category over what it would guess', () => {
    const [record] = readIcs(
      calendar(...vevent('x', 'DTSTART:20270710T120000', 'LOCATION:Musikhuset\\, Rabalderstræde 12\\, 4000 Roskilde')),
      { source: 'test', municipality: 'stevns', categories: ['foredrag', 'workshop'] },
      IMPORT_NOW,
    );
    assert.equal(record!.kind, 'read');
    const input = record!.kind === 'read' ? record!.input : {};
    assert.equal(input.municipality, 'stevns');
    assert.deepEqual(input.categories, ['foredrag', 'workshop']);
  });
});
