import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import { summaryLine } from '../../../server/src/import/import-report.js';
import { importedEventId } from '../../../server/src/import/run-import.js';
import { messageComposer } from '../../../server/src/signups/signup-mails.js';
import { EventIdSchema } from '../../../src/contract/schema.js';
import { fixture, IMPORT_NOW, runImport } from '../support/import-run.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

const PAGE = 'feed-page.json';

describe('import: the feed’s own JSON', () => {
  let feed: TestFeed;
  beforeEach(async () => {
    await feed?.close();
    feed = createTestFeed();
  });
  after(() => feed.close());

  it('imports a page, validating every event against the contract and reporting the invalid one', async () => {
    const report = await runImport(feed.storage, fixture(PAGE));
    assert.equal(summaryLine(report), '3 new, 0 updated, 0 unchanged, 1 unreadable');
    assert.deepEqual(report.unreadable, [
      {
        label: 'event koncert-roskilde-2027-05-01 ("Koncert i Roskilde")',
        // The contract checks start against end only once the fields are right: the end is reported below.
        reason: 'municipality: must be one of faxe, guldborgsund, lolland, naestved, stevns, vordingborg',
      },
    ]);
    const id = importedEventId('test-source', 'netvaerkstraef-naestved-2027-04-08');
    assert.ok(EventIdSchema.safeParse(id).success);
    const event = await feed.storage.getEvent(id);
    // What only the serving feed knows is not imported: available is counted here, updatedAt is this server's.
    assert.deepEqual(event!.signup, {
      mode: 'internal',
      capacity: 40,
      waitlist: true,
      maxSeatsPerSignup: 2,
      fields: ['organization'],
      available: 40,
    });
    assert.equal(event!.updatedAt, IMPORT_NOW.toISOString());
    const online = await feed.storage.getEvent(importedEventId('test-source', 'mobilhistorie-online-2027-05-19'));
    assert.deepEqual(online!.online, { url: 'https://video.example.dk/mobilhistorie' });
  });

  it('reads a plain array of events too, and says what is not an event', async () => {
    const { items } = JSON.parse(fixture(PAGE).text) as { items: Array<Record<string, unknown>> };
    const { id: _id, ...withoutId } = items[2]!;
    const text = JSON.stringify([items[1], withoutId, 'nonsense']);
    const report = await runImport(feed.storage, { name: 'events.json', text });
    assert.equal(summaryLine(report), '1 new, 0 updated, 0 unchanged, 2 unreadable');
    assert.deepEqual(report.unreadable, [
      { label: 'item 2 ("Sommerudstilling i Stege")', reason: 'no id, so a second import could not find it again' },
      { label: 'item 3', reason: 'not an object' },
    ]);
  });

  it('changes nothing the second time, and updates an event whose source changed', async () => {
    await runImport(feed.storage, fixture(PAGE));
    assert.equal(
      summaryLine(await runImport(feed.storage, fixture(PAGE))),
      '0 new, 0 updated, 3 unchanged, 1 unreadable',
    );

    const changed = fixture(PAGE);
    changed.text = changed.text.replace('"title": "Sommerudstilling i Stege"', '"title": "Sommerudstilling på Møn"');
    assert.equal(summaryLine(await runImport(feed.storage, changed)), '0 new, 1 updated, 2 unchanged, 1 unreadable');
    const id = importedEventId('test-source', 'sommerudstilling-stege-2027');
    assert.equal((await feed.storage.getEvent(id))!.title, 'Sommerudstilling på Møn');
    assert.equal(await feed.storage.countEvents(), 3);
  });

  it('updates an event that takes signups only with a way to write the waitlist’s messages', async () => {
    await runImport(feed.storage, fixture(PAGE));
    const changed = fixture(PAGE);
    changed.text = changed.text.replace('"capacity": 40', '"capacity": 60');
    const refused = await runImport(feed.storage, changed);
    assert.equal(summaryLine(refused), '0 new, 0 updated, 2 unchanged, 2 unreadable');
    assert.match(refused.unreadable[0]!.reason, /takes signups through the feed.*--public-url/);

    const compose = messageComposer({ baseUrl: 'https://feed.example.dk', retentionDays: 30 });
    const updated = await runImport(feed.storage, changed, { compose });
    assert.equal(summaryLine(updated), '0 new, 1 updated, 2 unchanged, 1 unreadable');
    const event = await feed.storage.getEvent(importedEventId('test-source', 'netvaerkstraef-naestved-2027-04-08'));
    assert.equal(event!.signup?.mode === 'internal' && event!.signup.capacity, 60);
  });

  it('overrides the municipality and categories when told to', async () => {
    const report = await runImport(feed.storage, fixture(PAGE), { municipality: 'faxe', categories: ['foredrag'] });
    // The Roskilde event now has a municipality, but its end is still before its start.
    assert.equal(summaryLine(report), '3 new, 0 updated, 0 unchanged, 1 unreadable');
    assert.equal(report.unreadable[0]!.reason, 'end: end must not be before start');
    const event = await feed.storage.getEvent(report.events[0]!.eventId);
    assert.deepEqual([event!.municipality, event!.categories], ['faxe', ['foredrag']]);
  });
});
