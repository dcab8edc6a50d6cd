import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { MAX_BODY_BYTES } from '../../../server/src/http/body-limit.js';
import { SERVER_TIMEOUTS, serverTimeouts, type ServerTimeouts } from '../../../server/src/http/server-timeouts.js';
import { startCli } from '../support/cli-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Far above the short timeouts the servers here are given, far below Node's own (60 s for headers, 5 minutes for a
 * request, checked every 30 s): a connection closed within it was closed by the timeout under test.
 */
const CLOSED_WITHIN_MS = 10_000;
/** Longer than any test here takes, so only the timeout under test can close a connection. */
const LONG_MS = 60_000;

/** A Node server configured as `cli.ts` configures the feed's, with the given timeouts. */
async function startServer(timeouts: ServerTimeouts): Promise<{ port: number; close(): void }> {
  const app = new Hono();
  app.get('/', (c) => c.text('ok'));
  app.post('/', async (c) => c.text(`read ${(await c.req.text()).length} bytes`));
  app.post('/slow', async (c) => {
    await c.req.text();
    await sleep(timeouts.requestTimeout + 500);
    return c.text('done');
  });
  let server: Server | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve(
      { fetch: app.fetch, port: 0, hostname: '127.0.0.1', serverOptions: serverTimeouts(timeouts) },
      (info: AddressInfo) => resolve(info.port),
    ) as Server;
  });
  return {
    port,
    close() {
      server!.closeAllConnections();
      server!.close();
    },
  };
}

interface RawConnection {
  socket: Socket;
  /** Everything the server sent so far. */
  received(): string;
  /** Resolves once what the server sent matches `pattern`; rejects if it closes the connection before. */
  receive(pattern: RegExp): Promise<void>;
  /** Resolves when the server closed the connection. */
  closed: Promise<void>;
}

/** A TCP connection that sends exactly what the test writes, when it writes it. */
function rawConnection(port: number): RawConnection {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => (received += chunk));
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  return {
    socket,
    received: () => received,
    receive: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(received)) return;
          socket.off('data', check);
          resolve();
        };
        socket.on('data', check);
        socket.on('close', () => reject(new Error(`closed having sent ${JSON.stringify(received)}`)));
        check();
      }),
    closed,
  };
}

/** Writes a byte every `everyMs` for as long as the connection is open, as a slowloris client does. */
function trickle(socket: Socket, byte: string, everyMs = 100): void {
  const timer = setInterval(() => socket.writable && socket.write(byte), everyMs);
  socket.on('close', () => clearInterval(timer));
}

/** Fails when the server still holds the connection open after CLOSED_WITHIN_MS; closes it then. */
async function assertClosedByServer(connection: RawConnection): Promise<void> {
  const deadline = sleep(CLOSED_WITHIN_MS, undefined, { ref: false }).then(() => 'open' as const);
  const outcome = await Promise.race([connection.closed, deadline]);
  connection.socket.destroy();
  assert.notEqual(outcome, 'open', `the server kept the connection open for ${CLOSED_WITHIN_MS} ms`);
}

describe('server timeouts (http/server-timeouts.ts)', () => {
  describe('headersTimeout', () => {
    let server: Awaited<ReturnType<typeof startServer>>;
    before(async () => {
      server = await startServer({
        headersTimeout: 500,
        requestTimeout: LONG_MS,
        keepAliveTimeout: LONG_MS,
        connectionsCheckingInterval: 100,
      });
    });
    after(() => server.close());

    it('answers 408 and closes a connection whose headers trickle in a byte at a time', async () => {
      const connection = rawConnection(server.port);
      connection.socket.write('GET / HTTP/1.1\r\nHost: feed.example\r\nX-Slow: ');
      trickle(connection.socket, 'a');
      await assertClosedByServer(connection);
      assert.match(connection.received(), /^HTTP\/1\.1 408 /);
    });

    it('closes a connection that never sends a byte', async () => {
      const connection = rawConnection(server.port);
      await assertClosedByServer(connection);
    });
  });

  describe('requestTimeout', () => {
    let server: Awaited<ReturnType<typeof startServer>>;
    before(async () => {
      server = await startServer({
        headersTimeout: 500,
        requestTimeout: 1_000,
        keepAliveTimeout: LONG_MS,
        connectionsCheckingInterval: 100,
      });
    });
    after(() => server.close());

    it('answers 408 and closes a connection whose body trickles in a byte at a time', async () => {
      const connection = rawConnection(server.port);
      connection.socket.write('POST / HTTP/1.1\r\nHost: feed.example\r\nContent-Length: 5000\r\n\r\n');
      trickle(connection.socket, 'a');
      await assertClosedByServer(connection);
      assert.match(connection.received(), /^HTTP\/1\.1 408 /);
    });

    it('does not count the time the answer takes once the body is in', async () => {
      const connection = rawConnection(server.port);
      connection.socket.write('POST /slow HTTP/1.1\r\nHost: feed.example\r\nContent-Length: 2\r\n\r\n{}');
      await connection.receive(/\r\n\r\n[^]*done$/);
      connection.socket.destroy();
      assert.match(connection.received(), /^HTTP\/1\.1 200 /);
    });
  });

  describe('keepAliveTimeout', () => {
    let server: Awaited<ReturnType<typeof startServer>>;
    before(async () => {
      server = await startServer({
        headersTimeout: LONG_MS,
        requestTimeout: LONG_MS,
        keepAliveTimeout: 1_000,
        connectionsCheckingInterval: 100,
      });
    });
    after(() => server.close());

    it('tells the client how long an idle connection is kept, and closes it after that', async () => {
      const connection = rawConnection(server.port);
      connection.socket.write('GET / HTTP/1.1\r\nHost: feed.example\r\n\r\n');
      await connection.receive(/\r\n\r\nok$/);
      assert.match(connection.received(), /^HTTP\/1\.1 200 /);
      // Node's default would say timeout=5.
      assert.match(connection.received(), /\r\nKeep-Alive: timeout=1\r\n/i);
      await assertClosedByServer(connection);
    });
  });

  describe('the values kultur-server uses', () => {
    it('give a whole body time to arrive over a slow link, and enforce the header timeout promptly', () => {
      // GPRS, the slowest mobile data still in use, carries some 40 kbit/s.
      const slowLinkBytesPerSecond = 40_000 / 8;
      assert.ok(
        SERVER_TIMEOUTS.requestTimeout >= (MAX_BODY_BYTES / slowLinkBytesPerSecond) * 1000,
        `a ${MAX_BODY_BYTES}-byte body at 40 kbit/s does not fit in requestTimeout`,
      );
      // Node refuses a header timeout longer than the request timeout.
      assert.ok(SERVER_TIMEOUTS.headersTimeout <= SERVER_TIMEOUTS.requestTimeout);
      assert.ok(SERVER_TIMEOUTS.connectionsCheckingInterval * 5 <= SERVER_TIMEOUTS.headersTimeout);
      // Proxies and balancers keep idle connections to the server for 60 s; they must be the ones to close them.
      assert.ok(SERVER_TIMEOUTS.keepAliveTimeout > 60_000);
    });
  });

  describe('kultur-server', () => {
    let database: TestDatabase;
    before(async () => {
      database = createTestDatabase();
      await database.ready();
    });
    after(() => database.drop());

    it('starts its server with these timeouts', async () => {
      const server = startCli(['--port', '0', ...database.serverArgs]);
      try {
        const port = Number(new URL(await server.url).port);
        const connection = rawConnection(port);
        connection.socket.write('GET /healthz HTTP/1.1\r\nHost: feed.example\r\n\r\n');
        await connection.receive(/\r\n\r\n[^]*"ok"/);
        connection.socket.destroy();
        assert.match(connection.received(), /^HTTP\/1\.1 200 /);
        const seconds = Math.floor(SERVER_TIMEOUTS.keepAliveTimeout / 1000);
        assert.match(connection.received(), new RegExp(`\\r\\nKeep-Alive: timeout=${seconds}\\r\\n`, 'i'));
      } finally {
        assert.equal(await server.stop(), 0);
      }
    });
  });
});
