import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import type { SubmissionRequest, SubmittedEvent } from '../../../src/contract/index.js';
import { FORM_MAX_AGE_MS, FORM_MIN_AGE_MS } from '../../../server/src/submissions/form-token.js';
import { CONFIRM_LINK_MS } from '../../../server/src/submissions/submission-mails.js';
import { SUBMISSION_RATE, WAITING_PER_ADDRESS } from '../../../server/src/submissions/submission-routes.js';
import { signedIn } from '../support/console-session.js';
import { assertProblem } from '../support/problem-assertions.js';
import { createTestFeed, type TestFeed, type TestFeedOptions } from '../support/test-feed.js';

const json = { 'content-type': 'application/json' };
const PUBLIC_URL = 'https://kultur.example.dk';

/** An event as a cultural actor sends it in from a municipal site. */
function submittedEvent(overrides: Partial<SubmittedEvent> = {}): SubmittedEvent {
  return {
    title: 'Koncert i Sakskøbing Kirke',
    summary: 'Korkoncert med sange fra Lolland.',
    description: 'Koret synger sommersange.\n\nFri entré.',
    start: '2027-06-10T19:00:00+02:00',
    end: '2027-06-10T21:00:00+02:00',
    allDay: false,
    municipality: 'lolland',
    venue: { name: 'Sakskøbing Kirke', address: 'Kirkepladsen 1', postalCode: '4990', city: 'Sakskøbing' },
    categories: ['koncert'],
    audience: ['borgere'],
    organizer: { name: 'Sakskøbing Kammerkor' },
    price: 0,
    ...overrides,
  };
}

describe('events sent in without an account', () => {
  let feed: TestFeed;
  let clock: Date;
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

  const open = (options: TestFeedOptions = {}) => {
    clock = new Date('2027-05-01T09:00:00Z');
    feed = createTestFeed({ now: () => clock, publicUrl: PUBLIC_URL, ...options });
  };

  /** A form token, fetched as the element does, and the seconds a person takes to fill the form in. */
  const formToken = async (fillMs = FORM_MIN_AGE_MS + 30_000): Promise<string> => {
    const response = await feed.request('/v1/submissions/form-token');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const { token } = (await response.json()) as { token: string };
    advance(fillMs);
    return token;
  };

  const send = (body: unknown, headers: Record<string, string> = {}) =>
    feed.request('/v1/submissions', { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });

  const request = async (overrides: Partial<SubmissionRequest> = {}): Promise<SubmissionRequest> => ({
    event: submittedEvent(),
    submitter: { name: 'Birthe Jensen', email: 'birthe@kammerkor.dk', phone: '+45 20 30 40 50' },
    consent: true,
    ...overrides,
    formToken: 'formToken' in overrides ? overrides.formToken! : await formToken(),
  });

  /** The code in the newest confirmation mail to `email`, and the mail. */
  const confirmation = async (email: string) => {
    const [message] = (await feed.storage.listOutbox({ to: email, limit: 10 })).filter((m) => m.kind === 'submission');
    assert.ok(message, `a confirmation mail to ${email}`);
    const code = message.text.match(/#code=([A-Za-z0-9_-]{43})$/m)?.[1];
    assert.ok(code, `the link in:\n${message.text}`);
    return { code, message };
  };

  const confirm = (code: string) =>
    feed.request('/v1/submissions/confirm', { method: 'POST', headers: json, body: JSON.stringify({ code }) });

  beforeEach(async () => {
    await feed?.close();
    open();
  });
  after(() => feed.close());

  it('mails a single-use link, and the confirmed event waits in the municipality’s approval queue', async () => {
    const sent = await send(await request());
    assert.equal(sent.status, 202, await sent.clone().text());
    assert.equal(sent.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await sent.json(), {
      status: 'confirmation-sent',
      expiresAt: new Date(clock.getTime() + CONFIRM_LINK_MS).toISOString(),
    });

    const { code, message } = await confirmation('birthe@kammerkor.dk');
    assert.equal(message.to, 'birthe@kammerkor.dk');
    assert.ok(message.text.includes(`${PUBLIC_URL}/v1/submissions/confirm#code=${code}`), message.text);
    assert.ok(message.text.includes('“Koncert i Sakskøbing Kirke”'), 'the title quoted as the sender’s');
    assert.equal(
      await feed.database.count('SELECT count(*) AS n FROM submissions WHERE digest = ?', code),
      0,
      'only the digest is kept',
    );

    const editor = await signedIn(feed, 'editor', ['lolland']);
    const before = await editor.request('GET', '/v1/console/events?state=pending');
    assert.deepEqual((await before.json()).items, [], 'nothing in the queue before the link is used');

    const confirmed = await confirm(code);
    assert.equal(confirmed.status, 200, await confirmed.clone().text());
    assert.deepEqual(await confirmed.json(), { status: 'pending-approval' });

    const queue = await (await editor.request('GET', '/v1/console/events?state=pending')).json();
    assert.equal(queue.items.length, 1);
    const [item] = queue.items;
    assert.equal(item.title, 'Koncert i Sakskøbing Kirke');
    assert.equal(item.state, 'pending');
    assert.deepEqual(item.submitter, { name: 'Birthe Jensen', email: 'birthe@kammerkor.dk' });

    const detail = await (await editor.request('GET', `/v1/console/events/${item.id}`)).json();
    assert.deepEqual(detail.submitter, {
      name: 'Birthe Jensen',
      email: 'birthe@kammerkor.dk',
      phone: '+45 20 30 40 50',
    });
    assert.equal(detail.owner, null);
    assert.equal(detail.input.status, 'scheduled');
    assert.equal(detail.input.signup, null);

    const published = await editor.request('POST', `/v1/console/events/${item.id}/publish`);
    assert.equal(published.status, 200, await published.clone().text());
    const listing = await (await feed.request('/v1/events?from=2027-06-01')).json();
    assert.deepEqual(
      listing.items.map((event: { title: string }) => event.title),
      ['Koncert i Sakskøbing Kirke'],
    );
    const log = await (await editor.request('GET', `/v1/console/events/${item.id}/changes`)).json();
    assert.deepEqual(
      log.items.map((change: { who: string; action: string }) => [change.who, change.action]),
      [
        [editor.person.email, 'approved'],
        ['birthe@kammerkor.dk', 'submitted'],
      ],
    );
  });

  it('spends the link once, and not after a day', async () => {
    assert.equal((await send(await request())).status, 202);
    const { code } = await confirmation('birthe@kammerkor.dk');
    assert.equal((await confirm(code)).status, 200);
    await assertProblem(await confirm(code), 400, 'code');

    assert.equal((await send(await request({ submitter: { name: 'Ole', email: 'ole@example.dk' } }))).status, 202);
    const late = await confirmation('ole@example.dk');
    advance(CONFIRM_LINK_MS + 1);
    const problem = await assertProblem(await confirm(late.code), 400, 'code');
    assert.equal(problem.type, 'urn:kultur:problem:submission-link-invalid');
    await assertProblem(await confirm('not-a-code'), 400, 'code');

    const editor = await signedIn(feed, 'admin');
    const queue = await (await editor.request('GET', '/v1/console/events?state=pending')).json();
    assert.equal(queue.items.length, 1, 'one draft for the first link, none for the late one');

    // The hourly sweep deletes what was never confirmed, and the confirmation mails a day on.
    await feed.storage.submissions.sweepSubmissions(clock, 30);
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM submissions'), 0);
    assert.equal(await feed.database.count("SELECT count(*) AS n FROM outbox WHERE kind = 'submission'"), 0);
  });

  it('clears who sent an event in once the event is long over', async () => {
    assert.equal((await send(await request())).status, 202);
    assert.equal((await confirm((await confirmation('birthe@kammerkor.dk')).code)).status, 200);
    const editor = await signedIn(feed, 'admin');
    const [item] = (await (await editor.request('GET', '/v1/console/events?state=pending')).json()).items;
    await feed.storage.submissions.sweepSubmissions(clock, 30);
    assert.ok((await feed.storage.workbench.findEvent(item.id))?.submitter, 'kept while the event is ahead');
    await feed.storage.submissions.sweepSubmissions(new Date('2027-07-11T00:00:00Z'), 30);
    assert.equal((await feed.storage.workbench.findEvent(item.id))?.submitter, null);
  });

  it('shows the link’s page with a button, so a mail scanner’s GET spends nothing', async () => {
    assert.equal((await send(await request())).status, 202);
    const { code } = await confirmation('birthe@kammerkor.dk');
    const page = await feed.request(`/v1/submissions/confirm`);
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    const text = await page.text();
    assert.match(text, /<html lang="da">/);
    assert.match(text, /<script type="module" src="\/v1\/submissions\/confirm.js"><\/script>/);
    assert.match(text, /<button type="submit">Bekræft<\/button>/);
    const script = await feed.request('/v1/submissions/confirm.js');
    assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);

    const pending = await feed.database.count('SELECT count(*) AS n FROM submissions');
    assert.equal(pending, 1, 'the GET confirmed nothing');

    const form = await feed.request('/v1/submissions/confirm', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ code }).toString(),
    });
    assert.equal(form.status, 200);
    assert.match(await form.text(), /sendt til godkendelse/);
    const again = await feed.request('/v1/submissions/confirm', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ code }).toString(),
    });
    assert.equal(again.status, 400);
    assert.match(await again.text(), /Linket virker ikke længere/);
  });

  it('refuses a filled-in honeypot as the signup does', async () => {
    const problem = await assertProblem(await send(await request({ website: 'https://spam.example' })), 400, 'website');
    assert.equal(problem.errors?.find((error) => error.path === 'website')?.code, 'honeypot');
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM submissions'), 0);
  });

  it('refuses a form sent too soon, a forged token and one older than a day', async () => {
    const quick = await send(await request({ formToken: await formToken(1_000) }));
    assert.equal(quick.headers.get('retry-after'), '2');
    const tooSoon = await assertProblem(quick, 400, 'formToken');
    assert.equal(tooSoon.type, 'urn:kultur:problem:form-sent-too-soon');
    assert.match(tooSoon.detail!, /wait 2 seconds and send it again/);

    const token = await formToken();
    const [issued] = token.split('.');
    const younger = (parseInt(issued!, 36) - 60_000).toString(36);
    for (const forged of [`${younger}.${token.split('.')[1]}`, 'x', `${issued}.${'A'.repeat(43)}`]) {
      const problem = await assertProblem(await send(await request({ formToken: forged })), 400, 'formToken');
      assert.equal(problem.type, 'urn:kultur:problem:form-token-invalid');
    }

    const old = await formToken(FORM_MAX_AGE_MS + 1);
    const expired = await assertProblem(await send(await request({ formToken: old })), 400, 'formToken');
    assert.match(expired.detail!, /more than a day ago/);

    // A token from another feed (another key) is forged here.
    const other = createTestFeed({ now: () => clock, publicUrl: PUBLIC_URL });
    try {
      const foreign = (await (await other.request('/v1/submissions/form-token')).json()).token as string;
      advance(FORM_MIN_AGE_MS);
      await assertProblem(await send(await request({ formToken: foreign })), 400, 'formToken');
    } finally {
      await other.close();
    }
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM submissions'), 0);
  });

  it('limits submissions per client and confirmation mails waiting per address', async () => {
    const bodies = [];
    for (let n = 0; n <= SUBMISSION_RATE; n += 1) {
      bodies.push(await request({ submitter: { name: 'Ole', email: `ole${n}@example.dk` } }));
    }
    for (const body of bodies.slice(0, SUBMISSION_RATE)) assert.equal((await send(body)).status, 202);
    const limited = await send(bodies.at(-1));
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    await assertProblem(limited, 429);

    await feed.close();
    open({ submissionRate: 0 });
    for (let n = 0; n < WAITING_PER_ADDRESS; n += 1) assert.equal((await send(await request())).status, 202);
    const waiting = await send(await request({ submitter: { name: 'Birthe', email: 'BIRTHE@kammerkor.dk' } }));
    assert.equal(waiting.headers.get('retry-after'), '3600');
    assert.match((await assertProblem(waiting, 429)).detail!, /use the link in one of them/);
    assert.equal(
      (await feed.storage.listOutbox({ to: 'birthe@kammerkor.dk', limit: 10 })).length,
      WAITING_PER_ADDRESS,
      'no more mails to the address',
    );
  });

  it('refuses bad bodies with the fields to fix, and what a stranger may not set', async () => {
    await feed.close();
    open({ submissionRate: 0 });
    const base = await request();
    const cases: Array<[unknown, string]> = [
      [{ ...base, event: { ...base.event, title: '' } }, 'event.title'],
      [{ ...base, event: { ...base.event, end: '2027-06-10T18:00:00+02:00' } }, 'event.end'],
      [{ ...base, event: { ...base.event, venue: undefined } }, 'event.venue'],
      [{ ...base, event: { ...base.event, municipality: 'aarhus' } }, 'event.municipality'],
      [{ ...base, event: { ...base.event, status: 'cancelled' } }, 'event.status'],
      [{ ...base, event: { ...base.event, id: 'mit-eget-id' } }, 'event.id'],
      [{ ...base, event: { ...base.event, signup: { mode: 'external', url: 'https://x.dk' } } }, 'event.signup'],
      [{ ...base, event: { ...base.event, image: { url: 'https://x.dk/a.jpg', alt: '' } } }, 'event.image'],
      [{ ...base, submitter: { name: 'Birthe', email: 'birthe@' } }, 'submitter.email'],
      [{ ...base, submitter: { name: 'Birthe\nJensen', email: 'b@x.dk' } }, 'submitter.name'],
      [{ ...base, submitter: { ...base.submitter, phone: 'ring' } }, 'submitter.phone'],
      [{ ...base, consent: false }, 'consent'],
      [{ ...base, formToken: undefined }, 'formToken'],
    ];
    for (const [body, path] of cases) await assertProblem(await send(body), 400, path);
    const codes = (await assertProblem(await send(cases[10]![0]), 400)).errors?.map((error) => error.code);
    assert.deepEqual(codes, ['invalid-phone']);
    await assertProblem(await feed.request('/v1/submissions', { method: 'POST', headers: json, body: '{' }), 400);
    await assertProblem(await feed.request('/v1/submissions', { method: 'POST', body: 'x' }), 415);
    await assertProblem(await feed.request('/v1/submissions', { method: 'PUT' }), 405);
    await assertProblem(await feed.request('/v1/submissions/form-token', { method: 'POST' }), 405);
  });

  it('refuses submissions, naming the fix, when the feed has no public address for the link', async () => {
    await feed.close();
    open({ publicUrl: undefined });
    const token = await assertProblem(await feed.request('/v1/submissions/form-token'), 403);
    assert.equal(token.type, 'urn:kultur:problem:submissions-off');
    assert.match(token.detail!, /--public-url/);
    await assertProblem(await send({}), 403);
  });

  it('never builds the link from what the request carries', async () => {
    const sent = await send(await request(), { host: 'evil.example', 'x-forwarded-host': 'evil.example' });
    assert.equal(sent.status, 202);
    const { message } = await confirmation('birthe@kammerkor.dk');
    assert.doesNotMatch(message.text, /evil/);
  });

  it('keeps submissions from the anonymous, and from other municipalities’ editors and organisers', async () => {
    assert.equal((await send(await request())).status, 202);
    assert.equal((await confirm((await confirmation('birthe@kammerkor.dk')).code)).status, 200);
    const admin = await signedIn(feed, 'admin');
    const [item] = (await (await admin.request('GET', '/v1/console/events?state=pending')).json()).items;

    for (const path of ['/v1/console/events?state=pending', `/v1/console/events/${item.id}`]) {
      await assertProblem(await feed.request(path), 401);
    }
    await assertProblem(await feed.request(`/v1/console/events/${item.id}/publish`, { method: 'POST' }), 401);
    await assertProblem(await feed.request(`/v1/events/${item.id}`), 404);

    const faxe = await signedIn(feed, 'editor', ['faxe']);
    const organiser = await signedIn(feed, 'organiser');
    for (const other of [faxe, organiser]) {
      assert.deepEqual((await (await other.request('GET', '/v1/console/events?state=pending')).json()).items, []);
      await assertProblem(await other.request('GET', `/v1/console/events/${item.id}`), 404);
      await assertProblem(await other.request('POST', `/v1/console/events/${item.id}/publish`), 404);
    }
    const lolland = await signedIn(feed, 'editor', ['lolland']);
    assert.equal((await (await lolland.request('GET', '/v1/console/events?state=pending')).json()).items.length, 1);
  });

  it('holds the POST to KULTUR_ALLOWED_ORIGINS like a signup, and lets any page read the answer', async () => {
    await feed.close();
    open({ allowedOrigins: ['https://www.lolland.dk'] });
    const refused = await send(await request(), { origin: 'https://evil.example' });
    await assertProblem(refused, 403);
    const allowed = await send(await request(), { origin: 'https://www.lolland.dk' });
    assert.equal(allowed.status, 202);
    assert.equal(allowed.headers.get('access-control-allow-origin'), '*');
    const preflight = await feed.request('/v1/submissions', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://www.lolland.dk',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Content-Type/);
  });
});
