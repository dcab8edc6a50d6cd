import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startCli } from '../support/cli-process.js';
import { courseDay, person } from '../support/signup-support.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const DAY = 86_400_000;
const TOKEN = 'cli-test-token';

/** The least SMTP server nodemailer will talk to: it accepts every message and keeps its DATA. */
function fakeSmtp(): { server: Server; messages: string[] } {
  const messages: string[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          messages.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 queued\r\n');
          continue;
        }
        const line = buffer.indexOf('\r\n');
        if (line < 0) return;
        const command = buffer.slice(0, line).toUpperCase();
        buffer = buffer.slice(line + 2);
        if (command.startsWith('EHLO') || command.startsWith('HELO')) socket.write('250 fake\r\n');
        else if (command.startsWith('DATA')) ((inData = true), socket.write('354 go on\r\n'));
        else if (command.startsWith('QUIT')) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return { server, messages };
}

/** Publishes a course day a month from now on the running server. */
async function publishSoon(url: string, id: string): Promise<void> {
  const start = new Date(Date.now() + 30 * DAY);
  const response = await fetch(`${url}/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      ...courseDay(id),
      start: start.toISOString(),
      end: new Date(start.getTime() + 3_600_000).toISOString(),
    }),
  });
  assert.equal(response.status, 201, await response.text());
}

describe('kultur-server with signups', () => {
  let dir: string;
  const databases: TestDatabase[] = [];
  /** A fresh database of this run's backend, dropped after the suite. */
  const database = () => {
    const created = createTestDatabase();
    databases.push(created);
    return created;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kultur-signup-cli-'));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const created of databases) await created.drop();
  });

  it('sweeps old signups at start, limits the rate, and shows the outbox with public links', async () => {
    const db = database();
    const storage = await db.open();
    const ended = new Date(Date.now() - 40 * DAY);
    await storage.createEvent(
      {
        ...courseDay('forbi'),
        id: 'forbi',
        start: new Date(ended.getTime() - 3_600_000).toISOString(),
        end: ended.toISOString(),
      },
      ended,
    );
    for (const n of [1, 2]) {
      const { name, email } = person(n);
      await storage.addSignup('forbi', { name, email, seats: 1, privacyVersion: '2025-01' }, ended);
    }
    await storage.close();

    const server = startCli(
      ['--port', '0', ...db.serverArgs, '--demo-outbox', '--public-url', 'https://feed.example.dk'],
      {
        KULTUR_ADMIN_TOKEN: TOKEN,
        KULTUR_RETENTION_DAYS: '30',
        KULTUR_SIGNUP_RATE: '2',
        KULTUR_PRIVACY_VERSION: '2027-02',
      },
    );
    try {
      const url = await server.url;
      assert.match(server.output(), /Deleted 2 signups of past events/);
      await publishSoon(url, 'snart');
      const post = (n: number) =>
        fetch(`${url}/v1/events/snart/signups`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify(person(n)),
        });
      assert.equal((await post(1)).status, 201);
      assert.equal((await post(2)).status, 201);
      const limited = await post(3);
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);

      const { items } = await (await fetch(`${url}/v1/dev/outbox`)).json();
      assert.equal(items.length, 2);
      assert.match(items[0].text, /https:\/\/feed\.example\.dk\/v1\/signups\/[\w-]+/);
      const list = await (
        await fetch(`${url}/v1/events/snart/signups`, { headers: { authorization: `Bearer ${TOKEN}` } })
      ).json();
      assert.deepEqual(
        list.items.map((item: { privacyVersion: string }) => item.privacyVersion),
        ['2027-02', '2027-02'],
      );
    } finally {
      assert.equal(await server.stop(), 0);
    }
  });

  it('sends messages over SMTP when KULTUR_SMTP_URL is set', async () => {
    const smtp = fakeSmtp();
    await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    const db = database();
    await db.ready();
    const server = startCli(['--port', '0', ...db.serverArgs], {
      KULTUR_ADMIN_TOKEN: TOKEN,
      KULTUR_SMTP_URL: `smtp://127.0.0.1:${port}`,
      KULTUR_MAIL_FROM: 'Kulturregion Storstrøm <kultur@example.dk>',
    });
    try {
      const url = await server.url;
      assert.doesNotMatch(server.output(), /Messages stay in the outbox/);
      await publishSoon(url, 'mail');
      const response = await fetch(`${url}/v1/events/mail/signups`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify(person(1)),
      });
      assert.equal(response.status, 201);
      for (let i = 0; i < 100 && smtp.messages.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      assert.equal(smtp.messages.length, 1);
      const [message] = smtp.messages;
      assert.match(message!, /^To: deltager1@example\.dk/m);
      assert.match(message!, /^Auto-Submitted: auto-generated/m);
      assert.match(message!, /^Subject: =\?UTF-8\?/m, 'the Danish subject is encoded');
      // The demo outbox stays closed without the flag.
      assert.equal((await fetch(`${url}/v1/dev/outbox`)).status, 404);
    } finally {
      assert.equal(await server.stop(), 0);
      smtp.server.close();
    }
  });

  it('refuses bad signup settings with usage and exit code 2', async () => {
    for (const [args, env] of [
      [['--public-url', 'ftp://feed.example.dk'], {}],
      [[], { KULTUR_SIGNUP_RATE: 'many' }],
      [[], { KULTUR_RETENTION_DAYS: '-1' }],
      [[], { KULTUR_TRUSTED_PROXY: '10.0.0.1, proxy.local' }],
      [[], { KULTUR_SMTP_URL: 'smtp://127.0.0.1:25' }],
    ] as const) {
      const server = startCli(['--port', '0', '--db', join(dir, 'never.db'), ...args], env);
      assert.equal(await server.exited, 2, JSON.stringify({ args, env }));
      assert.match(server.output(), /Usage: kultur-server/);
    }
  });
});
