import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { SignupAnswerSchema, type SignupAnswer } from '../../../src/contract/schema.js';
import { assertSeatsHeld } from '../support/seats-held.js';
import { BEFORE_THE_EVENT, courseDay, person, postSignup, publish } from '../support/signup-support.js';
import { sqliteOnly } from '../support/test-database.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

/** The worker is TypeScript too: it registers tsx's loader first (`--import tsx` does not reach threads). */
const workerSource = `
  import('tsx/esm/api')
    .then(({ register }) => register())
    .then(() => import(${JSON.stringify(new URL('../support/signup-worker.ts', import.meta.url).href)}));
`;

const CAPACITY = 50;
const PEOPLE = 200;

const SIZE = { people: PEOPLE, capacity: CAPACITY };

describe(`${PEOPLE} people signing up at once for ${CAPACITY} seats`, () => {
  let feed: TestFeed;
  before(() => {
    feed = createTestFeed({ now: () => BEFORE_THE_EVENT, signupRate: 0 });
  });
  after(() => feed.close());

  it('through app.request, all at once', async (t) => {
    await publish(feed, courseDay('samtidig', { capacity: CAPACITY, maxSeatsPerSignup: 1 }));
    const started = performance.now();
    const responses = await Promise.all(
      Array.from({ length: PEOPLE }, (_, n) => postSignup(feed, 'samtidig', person(n))),
    );
    t.diagnostic(`${PEOPLE} signups through app.request in ${(performance.now() - started).toFixed(0)} ms`);
    const answers = await Promise.all(
      responses.map(async (response) => {
        assert.equal(response.status, 201);
        return SignupAnswerSchema.parse(await response.json());
      }),
    );
    await assertSeatsHeld(feed.database, 'samtidig', answers, SIZE);
  });

  it('over real HTTP, on several keep-alive connections', async (t) => {
    await publish(feed, courseDay('http', { capacity: CAPACITY, maxSeatsPerSignup: 1 }));
    const sockets = new Set<unknown>();
    const server = serve({ fetch: feed.app.fetch, port: 0, hostname: '127.0.0.1' });
    server.on('connection', (socket) => sockets.add(socket));
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const post = (n: number) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const body = JSON.stringify(person(n));
        const request = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: '/v1/events/http/signups',
            method: 'POST',
            agent,
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              'idempotency-key': randomUUID(),
            },
          },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (text += chunk));
            response.on('end', () => resolve({ status: response.statusCode!, body: text }));
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    try {
      const started = performance.now();
      const results = await Promise.all(Array.from({ length: PEOPLE }, (_, n) => post(n)));
      t.diagnostic(
        `${PEOPLE} signups over HTTP on ${sockets.size} connections in ${(performance.now() - started).toFixed(0)} ms`,
      );
      assert.ok(sockets.size > 1 && sockets.size <= 8, `${sockets.size} connections`);
      const answers = results.map(({ status, body }) => {
        assert.equal(status, 201, body);
        return SignupAnswerSchema.parse(JSON.parse(body));
      });
      await assertSeatsHeld(feed.database, 'http', answers, SIZE);
    } finally {
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  // On PostgreSQL, postgres-two-processes.test.ts runs real server processes instead.
  it(
    'from four threads, each with its own connection to the file, as four server processes would',
    sqliteOnly('the threads open the SQLite file'),
    async (t) => {
      await publish(feed, courseDay('traade', { capacity: CAPACITY, maxSeatsPerSignup: 1 }));
      const workers = 4;
      const barrier = new Int32Array(new SharedArrayBuffer(4));
      const started = performance.now();
      const batches = await Promise.all(
        Array.from({ length: workers }, (_, w) => {
          const worker = new Worker(workerSource, {
            eval: true,
            workerData: {
              dbFile: feed.database.sqliteFile,
              eventId: 'traade',
              // Interleaved, so no thread has all the early numbers.
              people: Array.from({ length: PEOPLE / workers }, (_, i) => i * workers + w),
              now: BEFORE_THE_EVENT.toISOString(),
              barrier,
              workers,
            },
          });
          return new Promise<SignupAnswer[]>((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
          });
        }),
      );
      t.diagnostic(
        `${PEOPLE} signups from ${workers} threads in ${(performance.now() - started).toFixed(0)} ms (with thread start)`,
      );
      await assertSeatsHeld(
        feed.database,
        'traade',
        batches.flat().map((answer) => SignupAnswerSchema.parse(answer)),
        SIZE,
      );
    },
  );
});
