/**
 * An organiser's message to an event's participants, and the mail log with its retry: who may (the workbench's
 * `maySee`, with real sessions), the limits, how the message quotes the organiser, and the delivery states.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EventInput } from '../../../src/contract/schema.js';
import { signedIn } from '../support/console-session.js';
import { BEFORE_THE_EVENT, courseDay } from '../support/signup-support.js';
import { assertProblem } from '../support/problem-assertions.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';
import { people, personWorkbench, tokenClient, type WorkbenchClient } from '../support/workbench-client.js';

const message = { audience: 'all', subject: 'Parkering', text: 'Parkér ved skolen.\nDer er kaffe fra kl. 8.30.' };

describe("an organiser's message to the participants", () => {
  let feed: TestFeed;
  let as: Awaited<ReturnType<typeof personWorkbench>>;
  let id: string;
  let draftId: string;
  const post = (client: WorkbenchClient, body: unknown = message, event = id) =>
    client.call('POST', `/v1/console/events/${event}/messages`, body);
  const outbox = async (kind: string) => (await feed.storage.listOutbox({ limit: 500 })).filter((m) => m.kind === kind);

  before(async () => {
    feed = createTestFeed({ publicUrl: 'https://feed.example.dk', now: () => BEFORE_THE_EVENT });
    as = await personWorkbench(feed, Object.values(people));
    const organiser = as(people.organiser);
    const input = courseDay('unused', { capacity: 1, waitlist: true, maxSeatsPerSignup: 1 });
    ({ id } = await organiser.create({ ...input, id: undefined } as EventInput));
    await organiser.act(id, 'submit');
    await as(people.lollandEditor).act(id, 'publish');
    ({ id: draftId } = await organiser.create({ ...input, id: undefined, title: 'Kladde' } as EventInput));
    for (const who of ['anna', 'bo']) {
      const person = { name: `${who} <b>`, email: `${who}@example.dk`, seats: 1, privacyVersion: 'v1' };
      assert.ok(await feed.storage.addSignup(id, person, BEFORE_THE_EVENT));
    }
  });
  after(() => feed.close());

  it('the owner writes to all; the message says it is theirs, quotes them, and is logged with who sent it', async () => {
    const answer = await post(as(people.organiser));
    assert.equal(answer.status, 201, await answer.clone().text());
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    const logged = await answer.json();
    assert.equal(logged.sentBy, people.organiser.email);
    assert.equal(logged.recipients, 2);
    assert.equal(logged.audience, 'all');
    const sent = await outbox('organiser-message');
    assert.deepEqual(sent.map((m) => m.to).sort(), ['anna@example.dk', 'bo@example.dk']);
    const [mail] = sent;
    assert.match(mail!.subject, /^Besked fra arrangøren: Fundraising/);
    assert.match(mail!.text, /Det er arrangørens egne ord, sendt af olga@kulturhus\.dk:/);
    assert.match(mail!.text, /Emne: Parkering\n> Parkér ved skolen\.\n> Der er kaffe fra kl\. 8\.30\./);
    assert.match(mail!.text, /In English: the organiser of .* \(olga@kulturhus\.dk\) wrote the message quoted above/);
    assert.doesNotMatch(mail!.text, /<b>/);
    const list = await as(people.organiser).call('GET', `/v1/console/events/${id}/messages`);
    assert.equal(list.status, 200);
    assert.deepEqual(
      (await list.json()).items.map((m: { subject: string; sentBy: string }) => [m.subject, m.sentBy]),
      [['Parkering', people.organiser.email]],
    );
  });

  it('goes only to the audience asked for; an audience with nobody is a 409 and sends nothing', async () => {
    const before = (await outbox('organiser-message')).length;
    const answer = await post(as(people.lollandEditor), { ...message, audience: 'waitlisted' });
    assert.equal(answer.status, 201, await answer.clone().text());
    const after = await outbox('organiser-message');
    assert.deepEqual(
      after.slice(0, after.length - before).map((m) => m.to),
      ['bo@example.dk'],
    );
    await assertProblem(await post(as(people.admin), message, draftId), 409);
  });

  it('an admin and a token may; another organiser and an editor of another municipality are told there is no event', async () => {
    assert.equal((await post(as(people.admin), { ...message, audience: 'confirmed' })).status, 201);
    assert.equal((await post(tokenClient(feed), { ...message, audience: 'confirmed' })).status, 201);
    const count = (await outbox('organiser-message')).length;
    for (const stranger of [as(people.otherOrganiser), as(people.faxeEditor)]) {
      await assertProblem(await post(stranger), 404);
      await assertProblem(await stranger.call('GET', `/v1/console/events/${id}/messages`), 404);
      await assertProblem(await stranger.call('GET', `/v1/console/events/${id}/mail-log`), 404);
    }
    assert.equal((await outbox('organiser-message')).length, count);
  });

  it('signed out is 401; without the CSRF token, or from another site, 403; nothing is sent', async () => {
    const count = (await outbox('organiser-message')).length;
    const path = `/v1/console/events/${id}/messages`;
    const json = { 'content-type': 'application/json' };
    await assertProblem(
      await feed.request(path, { method: 'POST', headers: json, body: JSON.stringify(message) }),
      401,
    );
    const session = await signedIn(feed, 'admin');
    const variants: Record<string, string>[] = [
      {},
      { 'x-kultur-csrf': 'guess' },
      { 'x-kultur-csrf': session.csrfToken, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of variants) {
      const answer = await feed.request(path, {
        method: 'POST',
        headers: { ...json, cookie: session.cookie, ...headers },
        body: JSON.stringify(message),
      });
      await assertProblem(answer, 403);
    }
    assert.equal((await outbox('organiser-message')).length, count);
  });

  it('refuses an empty or long subject or text, control characters, an unknown audience or field', async () => {
    const organiser = as(people.organiser);
    const refusals: [unknown, string][] = [
      [{ ...message, subject: '  ' }, 'subject'],
      [{ ...message, subject: 'x'.repeat(151) }, 'subject'],
      [{ ...message, subject: 'Hej\nBcc: alle@example.dk' }, 'subject'],
      [{ ...message, text: '' }, 'text'],
      [{ ...message, text: 'x'.repeat(5001) }, 'text'],
      [{ ...message, text: 'Ring\u0007 til os' }, 'text'],
      [{ ...message, text: 'Bestil \u202egnp.exe' }, 'text'],
      [{ ...message, audience: 'everyone' }, 'audience'],
      [{ ...message, from: 'kulturregionen' }, ''],
    ];
    const count = (await outbox('organiser-message')).length;
    for (const [body, path] of refusals) {
      const problem = await assertProblem(await post(organiser, body), 400);
      if (path) assert.ok(JSON.stringify(problem).includes(path), JSON.stringify(problem));
    }
    assert.equal((await outbox('organiser-message')).length, count);
    assert.equal((await post(organiser, { ...message, text: 'Med\ttabulator\r\nog linjer' })).status, 201);
  });
});

describe('the mail log and its retry', () => {
  let feed: TestFeed;
  let as: Awaited<ReturnType<typeof personWorkbench>>;
  let id: string;
  const log = async (client: WorkbenchClient, path: string) => {
    const answer = await client.call('GET', path);
    assert.equal(answer.status, 200, await answer.clone().text());
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    return (await answer.json()).items as {
      id: number;
      to: string;
      kind: string;
      state: string;
      lastError: string | null;
      willRetry: boolean;
    }[];
  };

  before(async () => {
    feed = createTestFeed({ publicUrl: 'https://feed.example.dk', now: () => BEFORE_THE_EVENT });
    as = await personWorkbench(feed, Object.values(people));
    const organiser = as(people.organiser);
    const input = courseDay('unused', { capacity: 5, waitlist: true, maxSeatsPerSignup: 1 });
    ({ id } = await organiser.create({ ...input, id: undefined } as EventInput));
    await organiser.act(id, 'submit');
    await as(people.lollandEditor).act(id, 'publish');
    for (const who of ['anna', 'bo', 'carl']) {
      const person = { name: who, email: `${who}@example.dk`, seats: 1, privacyVersion: 'v1' };
      assert.ok(await feed.storage.addSignup(id, person, BEFORE_THE_EVENT));
    }
    assert.equal((await as(people.organiser).call('POST', `/v1/console/events/${id}/messages`, message)).status, 201);
  });
  after(() => feed.close());

  it('shows each message of the event queued, sent, or failed with the reason; a failed one can be retried', async () => {
    const organiser = as(people.organiser);
    const path = `/v1/console/events/${id}/mail-log`;
    const first = await log(organiser, path);
    assert.equal(first.length, 3);
    assert.ok(first.every((m) => m.state === 'queued' && m.kind === 'organiser-message'));
    const [toCarl, toBo, toAnna] = first;
    await feed.storage.recordDelivery(toAnna!.id, { sentAt: new Date() });
    await feed.storage.recordDelivery(toBo!.id, { error: '550 mailbox unavailable' });
    const second = await log(organiser, path);
    const state = (n: number) => second.find((m) => m.id === n)!;
    assert.equal(state(toAnna!.id).state, 'sent');
    assert.equal(state(toBo!.id).state, 'failed');
    assert.equal(state(toBo!.id).lastError, '550 mailbox unavailable');
    assert.equal(state(toBo!.id).willRetry, true);
    assert.equal(state(toCarl!.id).state, 'queued');
    assert.deepEqual(
      (await log(organiser, `${path}?state=failed`)).map((m) => m.id),
      [toBo!.id],
    );

    const retry = (client: WorkbenchClient, n: number) => client.call('POST', `/v1/console/mail-log/${n}/retry`);
    await assertProblem(await retry(as(people.otherOrganiser), toBo!.id), 404);
    await assertProblem(await retry(as(people.faxeEditor), toBo!.id), 404);
    await assertProblem(await retry(organiser, toAnna!.id), 409);
    await assertProblem(await retry(organiser, 999999), 404);
    await assertProblem(await retry(organiser, 0), 400);
    const retried = await retry(organiser, toBo!.id);
    assert.equal(retried.status, 204, await retried.clone().text());
    assert.equal((await log(organiser, path)).find((m) => m.id === toBo!.id)!.state, 'queued');
    const [due] = await feed.storage
      .listOutbox({ unsent: true, limit: 10 })
      .then((all) => all.filter((m) => m.id === toBo!.id));
    assert.ok(due, 'the mailer lists it again');
  });

  it("the whole log is the administrators' (and tokens'); an editor or organiser is refused", async () => {
    const all = await log(as(people.admin), '/v1/console/mail-log');
    assert.ok(
      all.some((m) => m.kind === 'sign-in'),
      "the console's own messages are in it",
    );
    assert.ok(all.some((m) => m.kind === 'organiser-message'));
    await log(tokenClient(feed), '/v1/console/mail-log?state=sent');
    await assertProblem(await as(people.lollandEditor).call('GET', '/v1/console/mail-log'), 403);
    await assertProblem(await as(people.organiser).call('GET', '/v1/console/mail-log'), 403);
    await assertProblem(await feed.request('/v1/console/mail-log'), 401);
    await assertProblem(await as(people.admin).call('GET', '/v1/console/mail-log?state=lost'), 400);
    await assertProblem(await as(people.admin).call('GET', '/v1/console/mail-log?limit=5'), 400);
  });

  it('the reminder setting is saved per event by those who may see it', async () => {
    const path = `/v1/console/events/${id}/reminder`;
    const editor = as(people.lollandEditor);
    assert.deepEqual(await (await editor.call('GET', path)).json(), { daysBefore: 2, custom: false });
    const saved = await editor.call('PUT', path, { daysBefore: 7 });
    assert.equal(saved.status, 200, await saved.clone().text());
    assert.deepEqual(await saved.json(), { daysBefore: 7, custom: true });
    assert.deepEqual(await (await editor.call('PUT', path, { daysBefore: null })).json(), {
      daysBefore: null,
      custom: true,
    });
    await assertProblem(await editor.call('PUT', path, { daysBefore: 0 }), 400);
    await assertProblem(await editor.call('PUT', path, { daysBefore: 31 }), 400);
    await assertProblem(await as(people.otherOrganiser).call('PUT', path, { daysBefore: 3 }), 404);
    assert.deepEqual(await feed.storage.messages.reminderOf(id), { daysBefore: null, custom: true });
  });
});
