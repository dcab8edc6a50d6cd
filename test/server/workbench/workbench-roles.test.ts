import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventInput } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';
import { personWorkbench, people, type WorkbenchClient } from '../support/workbench-client.js';

const concert = eventInput({
  title: 'Sommerkoncert i domkirken',
  start: '2030-07-05T19:30:00+02:00',
  end: '2030-07-05T21:00:00+02:00',
  municipality: 'lolland',
});

describe('the workbench for each role, at the API', () => {
  let feed: TestFeed;
  let organiser: WorkbenchClient;
  let otherOrganiser: WorkbenchClient;
  let editor: WorkbenchClient;
  let faxeEditor: WorkbenchClient;
  let admin: WorkbenchClient;
  before(async () => {
    feed = createTestFeed();
    const as = await personWorkbench(feed, Object.values(people));
    organiser = as(people.organiser);
    otherOrganiser = as(people.otherOrganiser);
    editor = as(people.lollandEditor);
    faxeEditor = as(people.faxeEditor);
    admin = as(people.admin);
  });
  after(() => feed.close());

  it('an organiser drafts and submits, an editor of the municipality approves, and the public sees it then', async () => {
    const draft = await organiser.create(concert);
    assert.deepEqual(draft.owner, { id: people.organiser.id, email: people.organiser.email });
    const { id } = draft;
    const refused = await assertProblem(await organiser.call('POST', `/v1/console/events/${id}/publish`), 403);
    assert.match(refused.detail!, /submit the event for approval/);
    await assertProblem(await otherOrganiser.call('GET', `/v1/console/events/${id}`), 404);
    await assertProblem(await faxeEditor.call('GET', `/v1/console/events/${id}`), 404);
    await assertProblem(await faxeEditor.call('POST', `/v1/console/events/${id}/publish`), 404);

    await organiser.act(id, 'submit');
    assert.equal((await feed.request(`/v1/events/${id}`)).status, 404);
    const approved = await editor.act(id, 'publish');
    assert.equal(approved.state, 'published');
    assert.equal(approved.owner?.email, people.organiser.email, 'the owner stays with the published event');
    assert.equal((await feed.request(`/v1/events/${id}`)).status, 200);

    // The organiser's edit of the published event waits for approval; the public sees the old one meanwhile.
    const change = await organiser.call('PUT', `/v1/console/events/${id}`, { input: { ...concert, price: 75 } });
    const pending = await change.json();
    assert.equal(pending.state, 'published');
    assert.equal(pending.pendingChange, true);
    assert.equal(pending.input.price, 75);
    assert.equal(pending.published.price, 0);
    assert.equal((await (await feed.request(`/v1/events/${id}`)).json()).price, 0);
    await assertProblem(await organiser.call('POST', `/v1/console/events/${id}/cancel`, { reason: 'nej' }), 403);
    await assertProblem(await organiser.call('DELETE', `/v1/console/events/${id}`), 403);

    const rejected = await editor.act(id, 'reject', { reason: 'Prisen skal stå i beskrivelsen også.' });
    // The change goes back to its author, not away: it is their working copy again, and waits for nobody.
    assert.equal(rejected.pendingChange, false);
    assert.equal(rejected.input.price, 75);
    const queue = await editor.list('state=pending');
    assert.ok(!queue.items.some((item) => item.id === id), 'out of the approval queue');
    await organiser.act(id, 'submit');
    await editor.act(id, 'publish');
    assert.equal((await (await feed.request(`/v1/events/${id}`)).json()).price, 75);

    const log = await (await organiser.call('GET', `/v1/console/events/${id}/changes`)).json();
    assert.deepEqual(
      log.items.map((change: { who: string; action: string }) => [change.who, change.action]),
      [
        [people.lollandEditor.email, 'approved'],
        [people.organiser.email, 'submitted'],
        [people.lollandEditor.email, 'rejected'],
        [people.organiser.email, 'submitted'],
        [people.lollandEditor.email, 'approved'],
        [people.organiser.email, 'submitted'],
        [people.organiser.email, 'created'],
      ],
    );
  });

  it('an editor works only in their municipalities and cannot move an event out of them', async () => {
    await assertProblem(
      await editor.call('POST', '/v1/console/events', { input: { ...concert, municipality: 'faxe' } }),
      403,
      'input.municipality',
    );
    const { id } = await editor.create(concert);
    const moved = await editor.call('PUT', `/v1/console/events/${id}`, { input: { ...concert, municipality: 'faxe' } });
    await assertProblem(moved, 403, 'input.municipality');
    await editor.act(id, 'publish');
    const edited = await editor.call('PUT', `/v1/console/events/${id}`, { input: { ...concert, price: 50 } });
    assert.equal((await edited.json()).published.price, 50, 'an editor’s change is public at once');
    const cancelled = await editor.act(id, 'cancel', { reason: 'Kirken er lukket for renovering.' });
    assert.equal(cancelled.cancellationReason, 'Kirken er lukket for renovering.');
    await assertProblem(await faxeEditor.call('PUT', `/v1/console/events/${id}`, { input: concert }), 404);
    assert.equal((await admin.detail(id)).state, 'cancelled');
  });

  it('an organiser deletes their own draft, and copies only what they own', async () => {
    const { id } = await organiser.create(concert);
    await assertProblem(await otherOrganiser.call('DELETE', `/v1/console/events/${id}`), 404);
    await assertProblem(await otherOrganiser.call('POST', `/v1/console/events/${id}/copy`), 404);
    const copy = await organiser.act(id, 'copy', undefined, 201);
    assert.equal(copy.owner?.id, people.organiser.id);
    const adminCopy = await admin.act(id, 'copy', undefined, 201);
    assert.equal(adminCopy.owner?.id, people.admin.id, 'a copy belongs to whoever made it');
    assert.equal((await organiser.call('DELETE', `/v1/console/events/${id}`)).status, 204);
  });
});
