import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor, Person } from '../../../server/src/accounts/actor.js';
import { CONSOLE_STATES } from '../../../server/src/workbench/console-state.js';
import {
  creationRefusalOf,
  maySee,
  publishesOnSave,
  refusalOf,
  scopeOf,
  whoOf,
  WORKBENCH_ACTIONS,
  type EventFacts,
} from '../../../server/src/workbench/permissions.js';
import { people } from '../support/workbench-client.js';

const as = (person: Person): Actor => ({ kind: 'person', person });
const token: Actor = { kind: 'token', tokenId: null, name: 'Faxe Kulturhus' };

const lollandDraftOf = (ownerId: string | null): EventFacts => ({ municipality: 'lolland', ownerId, state: 'draft' });

describe('permissions: what each role may do on the workbench', () => {
  it('a token and an admin may do everything to every event', () => {
    for (const actor of [token, as(people.admin)]) {
      for (const state of CONSOLE_STATES) {
        for (const action of WORKBENCH_ACTIONS) {
          assert.equal(refusalOf(actor, action, { municipality: 'stevns', ownerId: 'p-x', state }), undefined);
        }
      }
      assert.equal(creationRefusalOf(actor, 'faxe', { publish: true }), undefined);
      assert.deepEqual(scopeOf(actor), { kind: 'all' });
      assert.equal(publishesOnSave(actor), true);
    }
  });

  it('an editor may do everything to the events of their municipalities, and nothing to others', () => {
    const editor = as(people.lollandEditor);
    for (const action of WORKBENCH_ACTIONS) {
      for (const state of CONSOLE_STATES) {
        assert.equal(refusalOf(editor, action, { municipality: 'lolland', ownerId: null, state }), undefined);
        assert.equal(refusalOf(editor, action, { municipality: 'guldborgsund', ownerId: 'p-org', state }), undefined);
        assert.match(
          refusalOf(editor, action, { municipality: 'faxe', ownerId: 'p-editor', state })!,
          /not one of yours/,
          'owning an event elsewhere gives an editor no right to it',
        );
      }
    }
    assert.equal(creationRefusalOf(editor, 'lolland', { publish: true }), undefined);
    assert.match(creationRefusalOf(editor, 'faxe', { publish: false })!, /lolland, guldborgsund, not of faxe/);
    assert.deepEqual(scopeOf(editor), { kind: 'municipalities', municipalities: ['lolland', 'guldborgsund'] });
    assert.equal(maySee(editor, { municipality: 'faxe', ownerId: null }), false);
    assert.equal(publishesOnSave(editor), true);
  });

  it('an editor of no municipality may make nothing', () => {
    const nobody = as({ ...people.faxeEditor, municipalities: [] });
    assert.match(creationRefusalOf(nobody, 'faxe', { publish: false })!, /events of none/);
    assert.match(refusalOf(nobody, 'view', lollandDraftOf(null))!, /not one of yours/);
  });

  it('an organiser works on their own events: writes and submits, never publishes, rejects or cancels', () => {
    const organiser = as(people.organiser);
    for (const state of CONSOLE_STATES) {
      const own: EventFacts = { municipality: 'faxe', ownerId: 'p-org', state };
      for (const action of ['view', 'edit', 'submit', 'copy'] as const) {
        assert.equal(refusalOf(organiser, action, own), undefined, `${action} ${state}`);
      }
      assert.match(refusalOf(organiser, 'publish', own)!, /cannot publish; submit/);
      assert.match(refusalOf(organiser, 'reject', own)!, /editor or an administrator/);
      assert.match(refusalOf(organiser, 'cancel', own)!, /editor or an administrator/);
      const deletable = state === 'draft' || state === 'pending';
      assert.equal(refusalOf(organiser, 'delete', own) === undefined, deletable, `delete ${state}`);
      for (const action of WORKBENCH_ACTIONS) {
        assert.match(refusalOf(organiser, action, { ...own, ownerId: 'p-org2' })!, /not one of yours/);
        assert.match(refusalOf(organiser, action, { ...own, ownerId: null })!, /not one of yours/);
      }
    }
    assert.equal(creationRefusalOf(organiser, 'vordingborg', { publish: false }), undefined);
    assert.match(creationRefusalOf(organiser, 'vordingborg', { publish: true })!, /cannot publish/);
    assert.deepEqual(scopeOf(organiser), { kind: 'owner', ownerId: 'p-org' });
    assert.equal(publishesOnSave(organiser), false);
  });

  it('names the actor in the change log by e-mail or token name', () => {
    assert.equal(whoOf(token), 'Faxe Kulturhus');
    assert.equal(whoOf(as(people.organiser)), 'olga@kulturhus.dk');
  });
});
