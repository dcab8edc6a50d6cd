import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import { assertProblem } from '../support/problem-assertions.js';
import { signedIn, type ConsoleSession } from '../support/console-session.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

describe('the console’s people', () => {
  let feed: TestFeed;
  let admin: ConsoleSession;
  beforeEach(async () => {
    await feed?.close();
    feed = createTestFeed({ publicUrl: 'https://kultur.example.dk' });
    admin = await signedIn(feed, 'admin');
  });
  after(() => feed.close());

  it('lets an admin invite, list and remove people', async () => {
    const added = await admin.request('POST', '/v1/people', {
      email: 'sofie@faxe.dk',
      role: 'editor',
      municipalities: ['faxe', 'stevns'],
      name: 'Sofie Holm',
    });
    assert.equal(added.status, 201);
    const sofie = await added.json();
    assert.equal(added.headers.get('location'), `/v1/people/${sofie.id}`);
    assert.deepEqual(sofie.municipalities, ['faxe', 'stevns']);
    const [invitation] = await feed.storage.listOutbox({ to: 'sofie@faxe.dk', limit: 1 });
    assert.equal(invitation?.kind, 'invitation');
    assert.ok(invitation.text.includes('https://kultur.example.dk/admin/'));
    assert.ok(!invitation.text.includes('Sofie Holm'), 'no requester text in the message');

    const list = await (await admin.request('GET', '/v1/people')).json();
    assert.deepEqual(
      list.items.map((person: { email: string }) => person.email),
      [admin.person.email, 'sofie@faxe.dk'].sort(),
    );
    await assertProblem(
      await admin.request('POST', '/v1/people', { email: 'SOFIE@faxe.dk', role: 'admin' }),
      409,
      'email',
    );

    assert.equal((await admin.request('DELETE', `/v1/people/${sofie.id}`)).status, 204);
    await assertProblem(await admin.request('DELETE', `/v1/people/${sofie.id}`), 404);
  });

  it('ends a removed person’s sessions at once', async () => {
    const editor = await signedIn(feed, 'editor');
    assert.equal((await editor.request('GET', '/v1/session')).status, 200);
    assert.equal((await admin.request('DELETE', `/v1/people/${editor.person.id}`)).status, 204);
    await assertProblem(await editor.request('GET', '/v1/session'), 401);
  });

  it('keeps the last admin', async () => {
    await assertProblem(await admin.request('DELETE', `/v1/people/${admin.person.id}`), 409);
    const second = await signedIn(feed, 'admin');
    assert.equal((await second.request('DELETE', `/v1/people/${admin.person.id}`)).status, 204);
  });

  it('refuses people who are not admins, signed-out requests and requests without the CSRF token', async () => {
    const editor = await signedIn(feed, 'editor');
    const organiser = await signedIn(feed, 'organiser');
    for (const session of [editor, organiser]) {
      await assertProblem(await session.request('GET', '/v1/people'), 403);
      await assertProblem(await session.request('POST', '/v1/people', { email: 'x@y.dk', role: 'admin' }), 403);
      await assertProblem(await session.request('DELETE', `/v1/people/${admin.person.id}`), 403);
    }
    await assertProblem(await feed.request('/v1/people'), 401);
    const forged = await feed.request('/v1/people', {
      method: 'POST',
      headers: { cookie: admin.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'mallory@example.dk', role: 'admin' }),
    });
    await assertProblem(forged, 403);
    const crossSite = await feed.request('/v1/people', {
      method: 'POST',
      headers: {
        cookie: admin.cookie,
        'x-kultur-csrf': admin.csrfToken,
        'sec-fetch-site': 'cross-site',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ email: 'mallory@example.dk', role: 'admin' }),
    });
    await assertProblem(crossSite, 403);
    assert.equal(await feed.storage.people.findPersonByEmail('mallory@example.dk'), undefined);
    const wrongToken = await feed.request(`/v1/people/${admin.person.id}`, {
      method: 'DELETE',
      headers: { cookie: admin.cookie, 'x-kultur-csrf': editor.csrfToken },
    });
    await assertProblem(wrongToken, 403);
  });

  it('takes only what a person is', async () => {
    await assertProblem(
      await admin.request('POST', '/v1/people', { email: 'a@b.dk', role: 'editor' }),
      400,
      'municipalities',
    );
    await assertProblem(
      await admin.request('POST', '/v1/people', { email: 'a@b.dk', role: 'organiser', municipalities: ['faxe'] }),
      400,
      'municipalities',
    );
    await assertProblem(
      await admin.request('POST', '/v1/people', { email: 'not an address', role: 'admin' }),
      400,
      'email',
    );
    await assertProblem(await admin.request('POST', '/v1/people', { email: 'a@b.dk', role: 'owner' }), 400, 'role');
    await assertProblem(
      await admin.request('POST', '/v1/people', { email: 'a@b.dk', role: 'admin', password: 'x' }),
      400,
    );
    await assertProblem(await admin.request('PUT', '/v1/people'), 405);
  });

  it('lets a publishing token manage people, as a machine of the secretariat', async () => {
    const added = await feed.publish('POST', '/v1/people', { email: 'ole@stevns.dk', role: 'organiser' });
    assert.equal(added.status, 201);
  });
});
