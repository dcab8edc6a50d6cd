import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startCli } from '../support/cli-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const TOKEN = 'aborted-upload-test-token';
/** How long to wait for the server to log the aborted requests: ample on a busy machine. */
const LOGGED_WITHIN_MS = 15_000;

/**
 * Sends a request announcing a 5000-byte body, a few bytes of it, and then closes the connection, as a phone that
 * loses its signal half-way through a signup does.
 */
async function abortUpload(url: string, path: string, headers: Record<string, string>): Promise<void> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => {});
  await new Promise((resolve) => socket.once('connect', resolve));
  const head = Object.entries({
    Host: 'feed.example',
    'Content-Type': 'application/json',
    'Content-Length': '5000',
    ...headers,
  })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n{"name":"Ka`);
  // Time for the server to start reading the body, so the close cuts the upload rather than the request line.
  await sleep(200);
  socket.destroy();
}

describe('an upload the client aborts', () => {
  let database: TestDatabase;
  before(async () => {
    database = createTestDatabase();
    await database.ready();
  });
  after(() => database.drop());

  it('is one line in the log, not a stack trace or an internal error, and the server keeps answering', async () => {
    const server = startCli(['--port', '0', ...database.serverArgs], { KULTUR_ADMIN_TOKEN: TOKEN });
    let stderr = '';
    server.child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
    const abortLines = () => stderr.split('\n').filter((line) => line.startsWith('request aborted by the client: '));
    try {
      const url = await server.url;
      await abortUpload(url, '/v1/events/x/signups', { 'Idempotency-Key': 'first' });
      await abortUpload(url, '/v1/events/x/signups', { 'Idempotency-Key': 'second' });
      await abortUpload(url, '/v1/events', { Authorization: `Bearer ${TOKEN}` });

      const deadline = Date.now() + LOGGED_WITHIN_MS;
      while (abortLines().length < 3 && Date.now() < deadline) await sleep(50);
      assert.equal((await fetch(`${url}/healthz`)).status, 200);

      assert.doesNotMatch(stderr, /^\s+at /m, `a stack trace was logged:\n${stderr}`);
      assert.deepEqual(abortLines().sort(), [
        'request aborted by the client: POST /v1/events',
        'request aborted by the client: POST /v1/events/x/signups',
        'request aborted by the client: POST /v1/events/x/signups',
      ]);
      assert.equal(stderr.split('\n').filter(Boolean).length, 3, `more than the three lines:\n${stderr}`);
    } finally {
      assert.equal(await server.stop(), 0);
    }
  });
});
