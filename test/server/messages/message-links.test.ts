/**
 * Where the links in messages point: only where the operator said, or (the local demo) the server itself, never where
 * a request says it is.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { after, describe, it } from 'node:test';
import { messageLinks } from '../../../server/src/messages/message-links.js';
import type { OutboxMessage } from '../../../server/src/messages/outbox-store.js';
import { startCli } from '../support/cli-process.js';
import { courseDayAhead, person } from '../support/signup-support.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const TOKEN = 'message-links-token';

describe('messageLinks', () => {
  const loopback = { address: '127.0.0.1', port: 8787 };

  it('takes the public URL whenever one is set, without its trailing slashes', () => {
    for (const sendsMail of [false, true]) {
      for (const listening of [loopback, { address: '0.0.0.0', port: 80 }]) {
        const links = messageLinks({ publicUrl: 'https://feed.example.dk//', sendsMail }, listening);
        assert.equal(links.base, 'https://feed.example.dk');
        assert.equal(links.notice, 'Links in messages start with https://feed.example.dk (--public-url).');
      }
    }
  });

  it('lets only a loopback server whose messages stay on the machine point at itself', () => {
    for (const [address, base] of [
      ['127.0.0.1', 'http://127.0.0.1:8787'],
      ['127.10.0.3', 'http://127.10.0.3:8787'],
      ['::1', 'http://[::1]:8787'],
      ['::ffff:127.0.0.1', 'http://[::ffff:127.0.0.1]:8787'],
    ] as const) {
      const links = messageLinks({ publicUrl: undefined, sendsMail: false }, { address, port: 8787 });
      assert.equal(links.base, base, address);
      assert.match(links.notice, /^Links in messages point at this machine .*: set --public-url \(KULTUR_PUBLIC_URL\)/);
    }
  });

  it('writes no links from any other server: public addresses, all interfaces, or mail that leaves', () => {
    const cases = [
      { sendsMail: false, listening: { address: '0.0.0.0', port: 8787 } },
      { sendsMail: false, listening: { address: '::', port: 8787 } },
      { sendsMail: false, listening: { address: '192.0.2.10', port: 8787 } },
      { sendsMail: false, listening: { address: '128.0.0.1', port: 8787 } },
      { sendsMail: true, listening: loopback },
    ];
    for (const { sendsMail, listening } of cases) {
      const links = messageLinks({ publicUrl: undefined, sendsMail }, listening);
      assert.equal(links.base, undefined, `${listening.address}, mail ${sendsMail}`);
      assert.equal(
        links.notice,
        'Messages carry no cancel links: set --public-url (KULTUR_PUBLIC_URL) to where people reach this server, such ' +
          'as https://feed.example.dk.',
      );
    }
  });
});

describe('kultur-server and the links in its messages', () => {
  const databases: TestDatabase[] = [];
  after(async () => {
    for (const database of databases) await database.drop();
  });

  /** Starts the server, signs one person up with a forged Host, and returns the start-up log and the message. */
  async function signUpThrough(args: string[], env: Record<string, string> = {}) {
    const database = createTestDatabase();
    databases.push(database);
    await database.ready();
    const cli = startCli(['--port', '0', '--demo-outbox', ...database.serverArgs, ...args], {
      KULTUR_ADMIN_TOKEN: TOKEN,
      ...env,
    });
    try {
      const url = await cli.url;
      const event = courseDayAhead('kursus');
      const published = await fetch(`${url}/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(event),
      });
      assert.equal(published.status, 201);
      // A forged Host (as curl sends it: fetch may not), and the forwarding headers a proxy would set.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const sent = request(
          `${url}/v1/events/kursus/signups`,
          {
            method: 'POST',
            headers: {
              host: 'evil.example',
              'content-type': 'application/json',
              'idempotency-key': randomUUID(),
              'x-forwarded-host': 'evil.example',
              forwarded: 'host=evil.example;proto=https',
            },
          },
          (response) => {
            response.resume();
            resolve(response.statusCode);
          },
        );
        sent.on('error', reject);
        sent.end(JSON.stringify(person(1)));
      });
      assert.equal(status, 201);
      const [message] = (await (await fetch(`${url}/v1/dev/outbox`)).json()).items as OutboxMessage[];
      return { url, log: cli.output(), message: message! };
    } finally {
      await cli.stop();
    }
  }

  it('on loopback without mail, points the links at itself and says so at start', async () => {
    const { url, log, message } = await signUpThrough([]);
    assert.match(log, new RegExp(`Links in messages point at this machine \\(${url.replace(/[.]/g, '\\.')}\\)`));
    assert.match(message.text, new RegExp(`^${url.replace(/[.]/g, '\\.')}/v1/signups/[\\w-]{32}$`, 'm'));
  });

  it('with --public-url, uses it and nothing the request said', async () => {
    const { log, message } = await signUpThrough(['--public-url', 'https://feed.example.dk']);
    assert.match(log, /Links in messages start with https:\/\/feed\.example\.dk \(--public-url\)\./);
    assert.match(message.text, /^https:\/\/feed\.example\.dk\/v1\/signups\/[\w-]{32}$/m);
    assert.doesNotMatch(message.text, /evil/);
  });

  it('with mail leaving the machine and no public URL, writes no links and says how to fix it', async () => {
    // Nothing listens on port 9 (discard): delivery fails and is retried later, which this test does not need.
    const { log, message } = await signUpThrough([], {
      KULTUR_SMTP_URL: 'smtp://127.0.0.1:9',
      KULTUR_MAIL_FROM: 'Kultur <kultur@example.dk>',
    });
    assert.match(log, /Messages carry no cancel links: set --public-url \(KULTUR_PUBLIC_URL\)/);
    assert.doesNotMatch(message.text, /https?:\/\//);
    assert.match(message.text, /Så skriv til arrangøren/);
  });
});
