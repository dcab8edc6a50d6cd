import fc from 'fast-check';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { messageComposer } from '../../../server/src/signups/signup-mails.js';
import { startCli } from '../support/cli-process.js';
import { cancelTokenOf, courseDay } from '../support/signup-support.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createTestFeed } from '../support/test-feed.js';

const DAY = 86_400_000;
const TOKEN = 'privacy-test-token';

/** The people of this test: everything about them is personal data that must never reach a log line. */
const people = [
  {
    name: 'Karen Hemmelig-Jensen',
    email: 'karen.hemmelig@example.dk',
    phone: '+45 23 45 67 89',
    organization: 'Hemmeligt Teaterkompagni',
    comment: 'Jeg bruger kørestol og kommer med ledsager',
  },
  {
    name: 'Søren Fortrolig',
    email: 'soeren.fortrolig@example.dk',
    phone: '20 30 40 50',
    organization: 'Fortrolig Forening',
    comment: 'Vegetar, allergisk over for nødder',
  },
  {
    name: 'Ida Privat',
    email: 'ida.privat@example.dk',
    phone: '+4571727374',
    organization: 'Privat Kunstnerkollektiv',
    comment: 'Ring efter klokken 16',
  },
];

/** What must not appear in a log: each piece of personal data, and the forms it could take there. */
function secrets(extra: string[]): string[] {
  return [
    ...people.flatMap((person) => [
      person.name,
      ...person.name.split(/[\s-]+/).filter((part) => part.length > 4),
      person.email,
      person.email.split('@')[0]!,
      person.phone,
      person.phone.replace(/\D/g, '').slice(-8),
      person.organization,
      person.comment,
    ]),
    ...extra,
  ];
}

/** An SMTP server that refuses every recipient, naming the address in its refusal as real servers do. */
function refusingSmtp(): Server {
  return createServer((socket) => {
    let buffer = '';
    socket.write('220 refusing ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let line = buffer.indexOf('\r\n'); line >= 0; line = buffer.indexOf('\r\n')) {
        const command = buffer.slice(0, line);
        buffer = buffer.slice(line + 2);
        if (/^RCPT TO:/i.test(command)) {
          socket.write(`550 5.1.1 ${command.slice(8)}: Recipient address rejected: User unknown\r\n`);
        } else if (/^QUIT/i.test(command)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
}

describe('no personal data in the logs', () => {
  const databases: TestDatabase[] = [];
  after(async () => {
    for (const database of databases) await database.drop();
  });

  it('logs no name, e-mail, phone, organisation, comment or cancel token, whatever happens to a signup', async (t) => {
    const smtp = refusingSmtp();
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const database = createTestDatabase();
    databases.push(database);
    await database.ready();
    const cli = startCli(['--port', '0', ...database.serverArgs], {
      KULTUR_ADMIN_TOKEN: TOKEN,
      KULTUR_SIGNUP_RATE: '9',
      KULTUR_SMTP_URL: `smtp://127.0.0.1:${(smtp.address() as AddressInfo).port}`,
      KULTUR_MAIL_FROM: 'Kulturregion Storstrøm <kultur@example.dk>',
    });
    const tokens: string[] = [];
    try {
      const url = await cli.url;
      const admin = (method: string, path: string, body?: unknown) =>
        fetch(`${url}${path}`, {
          method,
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      const start = new Date(Date.now() + 30 * DAY);
      const when = { start: start.toISOString(), end: new Date(+start + 3_600_000).toISOString() };
      const fields = ['phone', 'organization', 'comment'] as const;
      for (const [id, waitlist] of [
        ['lille-kursus', true],
        ['fuldt-kursus', false],
      ] as const) {
        const response = await admin('POST', '/v1/events', {
          ...courseDay(id, { capacity: 1, waitlist, fields: [...fields] }),
          ...when,
        });
        assert.equal(response.status, 201);
      }
      const statuses: number[] = [];
      const signUp = async (eventId: string, body: unknown, key: string = randomUUID(), type = 'application/json') => {
        const response = await fetch(`${url}/v1/events/${eventId}/signups`, {
          method: 'POST',
          headers: { 'content-type': type, 'idempotency-key': key },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        });
        statuses.push(response.status);
        await response.body?.cancel();
        return response.status;
      };
      const [karen, soeren, ida] = people.map((person) => ({ ...person, consent: true })) as [
        (typeof people)[0] & { consent: true },
        (typeof people)[0] & { consent: true },
        (typeof people)[0] & { consent: true },
      ];
      const key = randomUUID();
      assert.equal(await signUp('lille-kursus', karen, key), 201); // confirmed: a message the SMTP server refuses
      assert.equal(await signUp('lille-kursus', karen, key), 201); // the same again: replayed
      assert.equal(await signUp('lille-kursus', { ...karen, seats: 2 }, key), 422); // the key with another body
      assert.equal(await signUp('lille-kursus', soeren), 201); // waitlisted
      assert.equal(await signUp('lille-kursus', { ...ida, email: ida.email.toUpperCase() }), 201); // waitlisted
      assert.equal(await signUp('lille-kursus', soeren), 201); // the same e-mail twice: answered as new, stores nothing
      assert.equal(await signUp('fuldt-kursus', ida), 201); // the one seat
      assert.equal(await signUp('fuldt-kursus', karen), 409); // full, and no waitlist
      assert.equal(await signUp('fuldt-kursus', { ...ida, email: ida.email.replace('@', '(at)') }), 400);
      // Over the limit of nine a minute from one address.
      assert.equal(await signUp('fuldt-kursus', { ...ida, email: 'ida.privat+2@example.dk' }), 429);
      t.diagnostic(`signup answers: ${statuses.join(', ')}`);

      // The tokens, as the people would find them in their mail: Karen's, Søren's, Ida's on the small course.
      const rows = await database.rows<{ cancel_token: string }>('SELECT cancel_token FROM signups ORDER BY seq');
      tokens.push(...rows.map((row) => row.cancel_token));
      // Cancelling moves the waitlist up (another message), by DELETE and by the page's form.
      assert.equal((await fetch(`${url}/v1/signups/${tokens[0]}`)).status, 200);
      assert.equal((await fetch(`${url}/v1/signups/${tokens[0]}`, { method: 'DELETE' })).status, 204);
      assert.equal((await fetch(`${url}/v1/signups/${tokens[1]}`, { method: 'POST' })).status, 200);
      assert.equal((await admin('GET', '/v1/events/lille-kursus/signups?format=csv')).status, 200);
      assert.equal((await admin('GET', '/v1/events/lille-kursus/signups')).status, 200);
      // The mailer has tried every message, and the SMTP server has refused each with the address in its words.
      for (let waited = 0; waited < 5_000; waited += 100) {
        const [row] = await database.rows<{ n: number }>('SELECT count(*) AS n FROM outbox WHERE attempts = 0');
        if (Number(row!.n) === 0) break;
        await sleep(100);
      }
      const failures = await database.rows<{ last_error: string }>('SELECT last_error FROM outbox');
      assert.ok(failures.length >= 4 && failures.every((row) => /Recipient address rejected/.test(row.last_error)));
    } finally {
      await cli.stop();
      smtp.close();
    }
    const log = cli.output();
    assert.match(log, /listening on/);
    const leaked = secrets(tokens).filter((secret) => log.toLowerCase().includes(secret.toLowerCase()));
    assert.deepEqual(leaked, [], `personal data in the log:\n${log}`);
    t.diagnostic(`${log.split('\n').filter(Boolean).length} log lines scanned for ${secrets(tokens).length} secrets`);
  });
});

describe('the retention sweep', () => {
  const compose = messageComposer({ baseUrl: 'http://feed.test', retentionDays: 30 });

  it('deletes the signups, messages and keys of events past the retention, and nothing else', async () => {
    const feed = createTestFeed();
    let round = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 60 }),
          // Events that ended between 90 days ago and 30 days ahead, in whole hours plus a half, so that none ends
          // exactly on the retention boundary.
          fc.array(fc.record({ endedHoursAgo: fc.integer({ min: -720, max: 2160 }), people: fc.nat(3) }), {
            minLength: 1,
            maxLength: 6,
          }),
          async (retentionDays, events) => {
            round++;
            const now = new Date('2027-06-01T12:00:00Z');
            const ids = events.map((_, i) => `behold-${round}-${i}`);
            for (const [i, event] of events.entries()) {
              const end = new Date(+now - (event.endedHoursAgo + 0.5) * 3_600_000);
              const start = new Date(+end - 3 * 3_600_000);
              const id = ids[i]!;
              const input = {
                ...courseDay(id, { capacity: 2 }),
                id,
                start: start.toISOString(),
                end: end.toISOString(),
              };
              assert.ok(await feed.storage.createEvent(input, new Date(+start - 60 * DAY)));
              for (let n = 0; n < event.people; n++) {
                const outcome = await feed.storage.signUp({
                  eventId: ids[i]!,
                  signup: { name: `P ${n}`, email: `p${n}-${round}-${i}@example.dk`, seats: 1, privacyVersion: '1' },
                  idempotencyKey: randomUUID(),
                  requestHash: `${round}-${i}-${n}`,
                  now: new Date(+start - 30 * DAY),
                  compose,
                });
                assert.equal(outcome.kind, 'created');
                // Every third one cancels: cancelled signups are personal data too, and go with the rest.
                if (n === 2 && outcome.kind === 'created') {
                  const cancelToken = await cancelTokenOf(feed, JSON.parse(outcome.answer.body).id);
                  await feed.storage.cancelSignup(cancelToken, start, compose);
                }
              }
            }
            await feed.storage.sweep(now, { signupDays: retentionDays, idempotencyKeyDays: 10_000 });
            for (const [i, event] of events.entries()) {
              const gone = event.endedHoursAgo + 0.5 > retentionDays * 24;
              const count = (sql: string) => feed.database.count(sql.replace('?', `'${ids[i]}'`));
              const signups = await count('SELECT count(*) AS n FROM signups WHERE event_id = ?');
              const messages = await count(
                'SELECT count(*) AS n FROM outbox o JOIN signups s ON s.id = o.signup_id WHERE s.event_id = ?',
              );
              const keys = await count(
                'SELECT count(*) AS n FROM idempotency_keys k JOIN signups s ON s.id = k.signup_id WHERE s.event_id = ?',
              );
              const what = `event ${i} ended ${event.endedHoursAgo + 0.5} h ago, retention ${retentionDays} d`;
              assert.equal(signups, gone ? 0 : event.people, `${what}: signups`);
              assert.equal(keys, gone ? 0 : event.people, `${what}: idempotency keys`);
              assert.ok(gone ? messages === 0 : messages >= event.people, `${what}: ${messages} messages`);
              // The event itself stays: only the personal data goes.
              assert.equal(await count('SELECT count(*) AS n FROM events WHERE id = ?'), 1, `${what}: the event`);
            }
          },
        ),
        { numRuns: 25 },
      );
      const total = await feed.database.count('SELECT count(*) AS n FROM events');
      assert.equal(total > 0, true);
    } finally {
      await feed.close();
    }
  });
});
