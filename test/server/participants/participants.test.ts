import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { signedIn } from '../support/console-session.js';
import { eventInput } from '../support/event-fixture.js';
import { assertProblem } from '../support/problem-assertions.js';
import { BEFORE_THE_EVENT, person, signUp } from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';
import { personWorkbench, people, tokenClient, type WorkbenchClient } from '../support/workbench-client.js';

interface Participant {
  id: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  waitlistPosition?: number;
  answers?: Record<string, unknown>;
  seats: number;
  name: string;
  email: string;
  organization?: string;
  attendedAt?: string;
}
interface Counts {
  capacity: number;
  confirmed: number;
  confirmedSeats: number;
  attended: number;
  attendedSeats: number;
  notYet: number;
  notYetSeats: number;
  waitlisted: number;
  cancelled: number;
}

const course = (title: string) =>
  eventInput({
    title,
    municipality: 'lolland',
    signup: { mode: 'internal', capacity: 3, waitlist: true, maxSeatsPerSignup: 2, fields: ['organization'] },
  });

describe("an event's participants in the console", () => {
  let feed: TestFeed;
  let clock: Date;
  let as: Awaited<ReturnType<typeof personWorkbench>>;
  let owner: WorkbenchClient;
  let id: string;
  const path = () => `/v1/console/events/${id}/participants`;

  /** Asserts `status` and no-store; the JSON. */
  async function expect<T>(response: Promise<Response>, status: number): Promise<T> {
    const answer = await response;
    const text = await answer.text();
    assert.equal(answer.status, status, text);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    return JSON.parse(text) as T;
  }
  const list = (client: WorkbenchClient = owner, query = '') =>
    expect<{ counts: Counts; items: Participant[]; event: { signup: { capacity: number } } }>(
      client.call('GET', `${path()}${query}`),
      200,
    );
  const add = (body: unknown, client: WorkbenchClient = owner) =>
    expect<{ participant: Participant; counts: Counts }>(client.call('POST', path(), body), 201);
  const outbox = async (to: string) => feed.storage.listOutbox({ to, limit: 20 });

  before(async () => {
    clock = BEFORE_THE_EVENT;
    feed = createTestFeed({ now: () => clock, publicUrl: 'https://feed.example.dk' });
    as = await personWorkbench(feed, Object.values(people));
    owner = as(people.organiser);
  });
  after(() => feed.close());

  beforeEach(async () => {
    clock = BEFORE_THE_EVENT;
    const editor = as(people.lollandEditor);
    ({ id } = await owner.create(course(`Kursusdag ${Math.random()}`)));
    await owner.act(id, 'submit');
    await editor.act(id, 'publish');
  });

  it('lists confirmed, waitlisted and cancelled, and finds people by name, e-mail or organisation', async () => {
    await signUp(feed, id, person(1, { organization: 'Maribo Teaterforening', seats: 2 }));
    await signUp(feed, id, person(2, { name: 'Åse Østergård' }));
    await signUp(feed, id, person(3));
    const third = (await list()).items.find((p) => p.email === 'deltager3@example.dk')!;
    assert.equal(third.status, 'waitlisted');
    await expect(owner.call('DELETE', `${path()}/${third.id}`), 200);
    const { items, counts } = await list();
    assert.deepEqual(
      items.map((p) => [p.name, p.status]),
      [
        ['Deltager 1', 'confirmed'],
        ['Åse Østergård', 'confirmed'],
        ['Deltager 3', 'cancelled'],
      ],
    );
    assert.equal(counts.confirmedSeats, 3);
    assert.equal(counts.cancelled, 1);
    assert.deepEqual(
      (await list(owner, '?q=teater')).items.map((p) => p.name),
      ['Deltager 1'],
    );
    assert.deepEqual(
      (await list(owner, '?q=ase%20%C3%98STER')).items.map((p) => p.name),
      ['Åse Østergård'],
    );
    assert.deepEqual(
      (await list(owner, '?q=deltager3@')).items.map((p) => p.status),
      ['cancelled'],
    );
    assert.deepEqual(
      (await list(owner, '?status=cancelled')).items.map((p) => p.name),
      ['Deltager 3'],
    );
    await assertProblem(await owner.call('GET', `${path()}?status=maybe`), 400, 'status');
  });

  it("shows each participant's answers, and the event's questions to read them by", async () => {
    const question = { id: 'kost', kind: 'short-text', label: 'Særlige hensyn til maden?', required: false } as const;
    const asking = course(`Kursus med spørgsmål ${Math.random()}`);
    const signup = asking.signup?.mode === 'internal' ? { ...asking.signup, questions: [question] } : null;
    const { id: asked } = await owner.create({ ...asking, signup });
    await owner.act(asked, 'submit');
    await as(people.lollandEditor).act(asked, 'publish');
    await signUp(feed, asked, person(1, { answers: { kost: 'Vegetar' } }));
    const shown = await expect<{
      items: Participant[];
      event: { signup: { questions: unknown[] } };
    }>(owner.call('GET', `/v1/console/events/${asked}/participants`), 200);
    assert.deepEqual(shown.event.signup.questions, [question]);
    assert.deepEqual(shown.items[0]?.answers, { kost: 'Vegetar' });
  });

  it('adds a participant by hand by the web rules: a seat, then the waitlist, each told through the outbox', async () => {
    const first = await add({ name: 'Telefon Hansen', email: 'hansen@example.dk', seats: 2, organization: 'Nakskov' });
    assert.equal(first.participant.status, 'confirmed');
    assert.equal(first.counts.confirmedSeats, 2);
    const [confirmation] = await outbox('hansen@example.dk');
    assert.equal(confirmation?.kind, 'confirmed');
    assert.match(confirmation!.text, /https:\/\/feed\.example\.dk\/v1\/signups\//);
    assert.doesNotMatch(confirmation!.text, /Telefon Hansen/, 'the name the organiser typed is not in the message');

    const second = await add({ name: 'Gruppe Jensen', email: 'jensen@example.dk', seats: 2 });
    assert.equal(second.participant.status, 'waitlisted', 'two seats do not fit in the one left');
    assert.equal(second.participant.waitlistPosition, 1);
    assert.equal((await outbox('jensen@example.dk'))[0]?.kind, 'waitlisted');

    await assertProblem(await owner.call('POST', path(), { name: 'Igen', email: 'HANSEN@example.dk' }), 409, 'email');
    await assertProblem(
      await owner.call('POST', path(), { name: 'Mange', email: 'm@example.dk', seats: 3 }),
      400,
      'seats',
    );
    await assertProblem(
      await owner.call('POST', path(), { name: 'Tlf', email: 't@example.dk', phone: '12345678' }),
      400,
      'phone',
    );
    await assertProblem(await owner.call('POST', path(), { name: 'Linje\nskift', email: 'l@example.dk' }), 400, 'name');
    await assertProblem(await owner.call('POST', path(), { name: 'Uden' }), 400, 'email');
  });

  it('adds after signups close, but not to an event that has ended or is cancelled', async () => {
    const start = BEFORE_THE_EVENT.getTime() + 3_600_000;
    const today = {
      ...course('I dag'),
      start: new Date(start).toISOString(),
      end: new Date(start + 2 * 3_600_000).toISOString(),
    };
    ({ id } = await owner.create(today));
    await owner.act(id, 'submit');
    await as(people.lollandEditor).act(id, 'publish');
    clock = new Date(start + 3_600_000); // during the event: the web signup has closed
    await add({ name: 'Ved døren', email: 'door@example.dk' });
    clock = new Date(start + 3 * 3_600_000);
    await assertProblem(await owner.call('POST', path(), { name: 'For sent', email: 'late@example.dk' }), 409);
    clock = BEFORE_THE_EVENT;
    await as(people.lollandEditor).act(id, 'cancel', { reason: 'Sygdom' });
    await assertProblem(await owner.call('POST', path(), { name: 'Aflyst', email: 'c@example.dk' }), 409);
  });

  it('moves someone up from the waitlist only while seats allow, out of turn if the organiser says so', async () => {
    await add({ name: 'A', email: 'a@example.dk', seats: 2 });
    const b = (await add({ name: 'B', email: 'b@example.dk', seats: 2 })).participant;
    const c = (await add({ name: 'C', email: 'c@example.dk', seats: 1 })).participant;
    assert.equal(b.status, 'waitlisted');
    assert.equal(c.status, 'waitlisted', 'nobody jumps the queue on their own, even with a seat free');
    const refused = await assertProblem(await owner.call('POST', `${path()}/${b.id}/move-up`), 409);
    assert.match(refused.detail!, /2 seats and 1 is free/);
    const moved = await expect<{ participant: Participant; counts: Counts }>(
      owner.call('POST', `${path()}/${c.id}/move-up`),
      200,
    );
    assert.equal(moved.participant.status, 'confirmed');
    assert.equal(moved.counts.confirmedSeats, 3);
    assert.equal((await outbox('c@example.dk'))[0]?.kind, 'moved-up');
    await assertProblem(await owner.call('POST', `${path()}/${c.id}/move-up`), 409);
    await assertProblem(await owner.call('POST', `${path()}/00000000-0000-4000-8000-000000000000/move-up`), 404);
    await assertProblem(await owner.call('POST', `${path()}/not-an-id/move-up`), 404);
  });

  it('removes someone: cancelled, told in the same transaction, and the waitlist moves up as for a cancellation', async () => {
    const a = (await add({ name: 'A', email: 'a@example.dk', seats: 2 })).participant;
    const b = (await add({ name: 'B', email: 'b@example.dk', seats: 2 })).participant;
    const removed = await expect<{ participant: Participant; counts: Counts; movedUp: number }>(
      owner.call('DELETE', `${path()}/${a.id}`),
      200,
    );
    assert.equal(removed.participant.status, 'cancelled');
    assert.equal(removed.movedUp, 1);
    const [told] = await outbox('a@example.dk');
    assert.equal(told?.kind, 'removed');
    assert.match(told!.subject, /afmeldt/);
    assert.match(told!.text, /Arrangøren har afmeldt din tilmelding/);
    assert.equal((await outbox('b@example.dk'))[0]?.kind, 'moved-up');
    assert.equal((await list()).items.find((p) => p.id === b.id)?.status, 'confirmed');
    // Again: the same answer, no second message.
    const messages = (await outbox('a@example.dk')).length;
    await expect(owner.call('DELETE', `${path()}/${a.id}`), 200);
    assert.equal((await outbox('a@example.dk')).length, messages);
  });

  it('checks in and undoes, with the counts in each answer; only the confirmed are checked in', async () => {
    const a = (await add({ name: 'A', email: 'a@example.dk', seats: 2 })).participant;
    const b = (await add({ name: 'B', email: 'b@example.dk', seats: 2 })).participant;
    type Answer = { participant: Participant; counts: Counts };
    const marked = await expect<Answer>(owner.call('PUT', `${path()}/${a.id}/attended`), 200);
    assert.ok(marked.participant.attendedAt);
    assert.deepEqual(
      [marked.counts.confirmed, marked.counts.attended, marked.counts.attendedSeats, marked.counts.notYet],
      [1, 1, 2, 0],
    );
    const first = marked.participant.attendedAt;
    clock = new Date(clock.getTime() + 60_000);
    const again = await expect<Answer>(owner.call('PUT', `${path()}/${a.id}/attended`), 200);
    assert.equal(again.participant.attendedAt, first, 'a double tap keeps the first time');
    const undone = await expect<Answer>(owner.call('DELETE', `${path()}/${a.id}/attended`), 200);
    assert.equal(undone.participant.attendedAt, undefined);
    assert.deepEqual([undone.counts.attended, undone.counts.notYet, undone.counts.notYetSeats], [0, 1, 2]);
    await assertProblem(await owner.call('PUT', `${path()}/${b.id}/attended`), 409);
    await assertProblem(await owner.call('GET', `${path()}/${a.id}/attended`), 405);
  });

  it('exports the list as CSV for Danish Excel with the attended column, formulas defused', async () => {
    const a = (await add({ name: '=HYPERLINK("https://evil.example","Klik")', email: 'a@example.dk' })).participant;
    await add({ name: 'Bo; "Citat"', email: 'b@example.dk', organization: '@SUM(A1)' });
    await expect(owner.call('PUT', `${path()}/${a.id}/attended`), 200);
    const answer = await owner.call('GET', `${path()}?format=csv`);
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    assert.match(answer.headers.get('content-type') ?? '', /^text\/csv/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await answer.arrayBuffer());
    assert.ok(text.startsWith('\uFEFFNavn;E-mail;'));
    const lines = text.split('\r\n');
    assert.match(lines[0]!, /;Tilmeldt;Fremmødt$/);
    assert.match(
      lines[1]!,
      /^"'=HYPERLINK\(""https:\/\/evil.example"",""Klik""\)";a@example\.dk;.*;\d{4}-\d\d-\d\d \d\d:\d\d$/,
    );
    assert.match(lines[2]!, /^"Bo; ""Citat""";b@example\.dk;;'@SUM\(A1\);.*;$/);
    // The organisers' list at /v1/events/{id}/signups has the same column.
    const old = await feed.publish('GET', `/v1/events/${id}/signups?format=csv`);
    assert.match((await old.text()).split('\r\n')[0]!, /;Fremmødt$/);
  });

  it('prints an attendance list: a strict page with name, organisation, seats and a column to sign', async () => {
    await add({ name: 'Zorro <script>alert(1)</script>', email: 'x@example.dk', organization: 'Kunst & Co' });
    await add({ name: 'Anna', email: 'anna@example.dk', seats: 2 });
    const answer = await owner.call('GET', `${path()}/attendance-list`);
    assert.equal(answer.status, 200);
    const csp = answer.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /script-src/);
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    const page = await answer.text();
    assert.match(page, /<html lang="da">/);
    assert.match(page, /<th scope="col">Underskrift<\/th>/);
    assert.match(page, /@media print/);
    assert.ok(page.indexOf('Anna') < page.indexOf('&lt;script&gt;'), 'sorted by name');
    assert.doesNotMatch(page, /<script>/);
    assert.match(page, /Kunst &amp; Co/);
    const english = await (await owner.call('GET', `${path()}/attendance-list?lang=en`)).text();
    assert.match(english, /<html lang="en">/);
    assert.match(english, /Signature/);
  });

  it('the owner, an editor of the municipality, an admin and a token act; others are told 404', async () => {
    const added = await add({ name: 'A', email: 'a@example.dk' }, as(people.lollandEditor));
    for (const client of [as(people.admin), tokenClient(feed)]) {
      await expect(client.call('PUT', `${path()}/${added.participant.id}/attended`), 200);
      assert.equal((await list(client)).counts.attended, 1);
    }
    for (const stranger of [as(people.otherOrganiser), as(people.faxeEditor)]) {
      for (const [method, suffix, body] of [
        ['GET', '', undefined],
        ['GET', '?format=csv', undefined],
        ['GET', '/attendance-list', undefined],
        ['POST', '', { name: 'B', email: 'b@example.dk' }],
        ['POST', `/${added.participant.id}/move-up`, undefined],
        ['PUT', `/${added.participant.id}/attended`, undefined],
        ['DELETE', `/${added.participant.id}/attended`, undefined],
        ['DELETE', `/${added.participant.id}`, undefined],
      ] as const) {
        const problem = await assertProblem(await stranger.call(method, `${path()}${suffix}`, body), 404);
        assert.doesNotMatch(JSON.stringify(problem), /a@example/);
      }
    }
    assert.equal((await list()).counts.confirmed, 1, 'nothing changed');
  });

  it('a signed-out request reads nothing, and one without the CSRF header changes nothing', async () => {
    await assertProblem(await feed.request(path()), 401);
    await assertProblem(await feed.request(`${path()}/attendance-list`), 401);
    const session = await signedIn(feed, 'admin');
    const send = (headers: Record<string, string>, method: string, suffix: string, body?: unknown) =>
      feed.request(`${path()}${suffix}`, {
        method,
        headers: { cookie: session.cookie, 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const a = (await add({ name: 'A', email: 'a@example.dk' })).participant;
    for (const [method, suffix, body] of [
      ['POST', '', { name: 'B', email: 'b@example.dk' }],
      ['PUT', `/${a.id}/attended`, undefined],
      ['DELETE', `/${a.id}`, undefined],
    ] as const) {
      await assertProblem(await send({}, method, suffix, body), 403);
      await assertProblem(
        await send({ 'x-kultur-csrf': session.csrfToken, 'sec-fetch-site': 'cross-site' }, method, suffix, body),
        403,
      );
    }
    const { items } = await list();
    assert.deepEqual(
      items.map((p) => [p.email, p.status, p.attendedAt]),
      [['a@example.dk', 'confirmed', undefined]],
    );
    // The same session with its token is let in.
    assert.equal((await session.request('PUT', `${path()}/${a.id}/attended`)).status, 200);
  });

  it('answers 404 for an event that is not published, and for an id that is not one', async () => {
    const { id: draft } = await owner.create(course('Kladde'));
    await assertProblem(await owner.call('GET', `/v1/console/events/${draft}/participants`), 404);
    await assertProblem(await owner.call('GET', '/v1/console/events/NOT_AN_ID/participants'), 400);
  });
});
