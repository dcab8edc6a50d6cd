/**
 * A second writer on the same SQLite file, in its own thread with its own connection: what a second server process
 * would be. It waits at the barrier so every worker starts at once, then signs its people up as fast as it can.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from '../../../server/src/db/open-sqlite.js';
import { SqliteStorage } from '../../../server/src/db/sqlite-storage.js';
import { messageComposer } from '../../../server/src/signups/signup-mails.js';

interface Job {
  dbFile: string;
  eventId: string;
  people: number[];
  now: string;
  barrier: Int32Array;
  workers: number;
}

const { dbFile, eventId, people, now, barrier, workers } = workerData as Job;
const storage = new SqliteStorage(openSqlite(dbFile));
const compose = messageComposer({ baseUrl: 'http://feed.test', retentionDays: 30 });

Atomics.add(barrier, 0, 1);
while (Atomics.load(barrier, 0) < workers) Atomics.wait(barrier, 0, Atomics.load(barrier, 0), 50);

const answers = [];
for (const n of people) {
  const outcome = await storage.signUp({
    eventId,
    signup: { name: `Deltager ${n}`, email: `deltager${n}@example.dk`, seats: 1, privacyVersion: '2026-01' },
    idempotencyKey: `worker-key-${n}`,
    requestHash: `hash-${n}`,
    now: new Date(now),
    compose,
  });
  if (outcome.kind !== 'created') throw new Error(`signup ${n}: ${outcome.kind}`);
  answers.push(JSON.parse(outcome.answer.body));
}
await storage.close();
parentPort!.postMessage(answers);
