import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import { summaryLine } from '../../../server/src/import/import-report.js';
import { importedEventId } from '../../../server/src/import/run-import.js';
import type { KulturEvent } from '../../../src/contract/schema.js';
import { fixture, runImport } from '../support/import-run.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

const XML = 'kultunaut-eksport.xml';
const JSON_EXPORT = 'kultunaut-eksport.json';

async function stored(feed: TestFeed, arrNr: string, source = 'test-source'): Promise<KulturEvent> {
  const event = await feed.storage.getEvent(importedEventId(source, arrNr));
  assert.ok(event, `ArrNr ${arrNr} was stored`);
  return event;
}

describe('import: Kultunaut export', () => {
  let feed: TestFeed;
  beforeEach(async () => {
    await feed?.close();
    feed = createTestFeed();
  });
  after(() => feed.close());

  it('imports the readable records and reports every other one with its ArrNr and reason', async () => {
    const report = await runImport(feed.storage, fixture(XML));
    assert.equal(summaryLine(report), '5 new, 0 updated, 0 unchanged, 3 unreadable');
    assert.deepEqual(
      report.events.map((event) => [event.label, event.outcome]),
      [
        ['ArrNr 1873001 ("Jazz på havnen")', 'new'],
        ['ArrNr 1873002 ("Lys over Lolland")', 'new'],
        ['ArrNr 1873003 ("Foredrag: Møns Klint gennem 70 millioner år")', 'new'],
        ['ArrNr 1873004 ("Kursus i mobilhistorie")', 'new'],
        ['ArrNr 1873005 ("Børneteater: Den lille havfrue")', 'new'],
      ],
    );
    assert.deepEqual(report.unreadable, [
      { label: 'ArrNr 1873006 ("Koncert med Vordingborg Kammerkor")', reason: 'Startdato is missing' },
      {
        label: 'ArrNr 1873007 ("Rundvisning på Holmegaard Værk")',
        reason: 'ArrTidspunkt "efter aftale" is not a time of day such as "kl. 19.30", "kl. 10-15" or "hele dagen"',
      },
      {
        label: 'ArrNr 1873008 ("Koncert: Storstrøms Kammerensemble i København")',
        reason:
          "postal code 2200 (København N) is not in one of the region's six municipalities; " +
          'give --municipality to import it anyway',
      },
    ]);
    assert.equal(await feed.storage.countEvents(), 5);
  });

  it('turns the Danish times into instants on the region’s clock, in summer and in winter', async () => {
    await runImport(feed.storage, fixture(XML));
    const times = async (arrNr: string) => {
      const { start, end, allDay } = await stored(feed, arrNr);
      return { start, end, allDay };
    };
    // "kl. 19.30" in June: summer time, no end given.
    assert.deepEqual(await times('1873001'), {
      start: '2027-06-12T19:30:00+02:00',
      end: '2027-06-12T19:30:00+02:00',
      allDay: false,
    });
    // "hele dagen" from 05-03-2027 to 30-04-2027: whole days, the clocks going forward between them.
    assert.deepEqual(await times('1873002'), {
      start: '2027-03-05T00:00:00+01:00',
      end: '2027-04-30T23:59:00+02:00',
      allDay: true,
    });
    // "Kl. 14.00 - 16.30" on 12.11.2027: winter time.
    assert.deepEqual(await times('1873003'), {
      start: '2027-11-12T14:00:00+01:00',
      end: '2027-11-12T16:30:00+01:00',
      allDay: false,
    });
    // "kl. 10-15" on the Sunday the clocks go forward, and "kl. 9:00" on the Sunday they go back.
    assert.deepEqual(await times('1873004'), {
      start: '2027-03-28T10:00:00+02:00',
      end: '2027-03-28T15:00:00+02:00',
      allDay: false,
    });
    assert.equal((await stored(feed, '1873005')).start, '2027-10-31T09:00:00+01:00');
  });

  it('stores descriptions as plain text, never HTML, and maps the other fields', async () => {
    await runImport(feed.storage, fixture(XML));
    const jazz = await stored(feed, '1873001');
    assert.equal(
      jazz.description,
      'Lolland Big Band spiller swing & latin på havnen.\nMedbring tæppe og godt humør.\n\n' +
        'Billetter: køb her (https://billet.example.dk/jazz-paa-havnen)',
    );
    assert.equal(jazz.summary, 'Lolland Big Band spiller swing og latin på havnen.');
    assert.deepEqual(jazz.venue, { name: 'Nakskov Havn', address: 'Havnegade 2', postalCode: '4900', city: 'Nakskov' });
    assert.equal(jazz.municipality, 'lolland');
    assert.deepEqual(jazz.categories, ['koncert']);
    assert.deepEqual(jazz.organizer, { name: 'Nakskov Jazzklub' });
    assert.equal(jazz.price, 120);
    assert.deepEqual(jazz.image, { url: 'https://billeder.example.dk/arr/1873001.jpg', alt: '' });
    assert.equal(jazz.url, 'https://www.example.dk/jazz-paa-havnen');
    assert.equal(jazz.signup, null);

    // Escaped in the XML rather than in CDATA: the same plain text.
    assert.equal(
      (await stored(feed, '1873002')).description,
      'Malerier og fotografier af lyset over Lolland.\n\n- Fernisering 5. marts\n- Gratis adgang',
    );
    const talk = await stored(feed, '1873003');
    assert.equal(talk.description, 'Geolog Anne Holm fortæller om klinten – fra kridthav til turistmagnet.');
    assert.equal(talk.price, 50);
    assert.equal(talk.municipality, 'vordingborg');
    assert.deepEqual(talk.categories, ['foredrag']);
    const course = await stored(feed, '1873004');
    assert.deepEqual(
      [course.municipality, course.categories, course.audience, course.price],
      ['faxe', ['kursus'], ['kulturaktoerer'], 0],
    );
    assert.equal((await stored(feed, '1873005')).municipality, 'naestved');

    for (const { items } of [await feed.storage.listEvents({ limit: 100 })]) {
      for (const event of items) assert.doesNotMatch(`${event.description}${event.summary}`, /<[a-z/]|&[a-z#]+;/i);
    }
  });

  it('changes nothing when the same export is imported again, and updates what changed', async () => {
    await runImport(feed.storage, fixture(XML));
    const again = await runImport(feed.storage, fixture(XML));
    assert.equal(summaryLine(again), '0 new, 0 updated, 5 unchanged, 3 unreadable');

    const changed = fixture(XML);
    changed.text = changed.text.replace('<Pris>120 kr.</Pris>', '<Pris>150 kr.</Pris>');
    const update = await runImport(feed.storage, changed);
    assert.equal(summaryLine(update), '0 new, 1 updated, 4 unchanged, 3 unreadable');
    assert.equal((await stored(feed, '1873001')).price, 150);
    assert.equal(await feed.storage.countEvents(), 5);
  });

  it('imports a place outside the six when --municipality names one', async () => {
    const report = await runImport(feed.storage, fixture(XML), { municipality: 'vordingborg' });
    assert.equal(summaryLine(report), '6 new, 0 updated, 0 unchanged, 2 unreadable');
    const guest = await stored(feed, '1873008');
    assert.equal(guest.municipality, 'vordingborg');
    assert.equal(guest.venue?.postalCode, '2200');
  });

  it('reads the JSON export the same way', async () => {
    const report = await runImport(feed.storage, fixture(JSON_EXPORT));
    assert.equal(summaryLine(report), '2 new, 0 updated, 0 unchanged, 1 unreadable');
    assert.deepEqual(report.unreadable, [
      {
        label: 'ArrNr 1874103 ("Aftenkoncert")',
        reason: 'ArrTidspunkt "Se hjemmesiden" is not a time of day such as "kl. 19.30", "kl. 10-15" or "hele dagen"',
      },
    ]);
    const course = await stored(feed, '1874101');
    assert.equal(course.start, '2027-09-18T09:30:00+02:00');
    assert.equal(course.end, '2027-09-18T15:30:00+02:00');
    assert.equal(course.description, 'Vi gennemgår de store fonde.\n\nTag en projektidé med.');
    assert.equal(course.municipality, 'stevns');
    assert.equal((await stored(feed, '1874102')).municipality, 'faxe');
    assert.equal(
      summaryLine(await runImport(feed.storage, fixture(JSON_EXPORT))),
      '0 new, 0 updated, 2 unchanged, 1 unreadable',
    );
  });

  it('refuses a file that is not well-formed XML as a whole, saying where', async () => {
    const broken = { name: 'broken.xml', text: '<kultunaut><arrangement><ArrNr>1</ArrNr></kultunaut>' };
    await assert.rejects(runImport(feed.storage, broken), {
      name: 'ImportSourceError',
      message: /^The XML is not well-formed: line 1: /,
    });
  });
});
