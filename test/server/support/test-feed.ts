import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../../../server/src/app.js';
import type { Storage } from '../../../server/src/db/storage.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const ADMIN_TOKEN = 'test-token-5f1c2a';

export interface TestFeed {
  app: Hono;
  storage: Storage;
  /** The feed's own database, for reading what was stored as another connection would. */
  database: TestDatabase;
  /** Sends a request to the app as a client would; paths start with `/`. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** The same with the publishing token and a JSON body. */
  publish(method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

/** App options a test may set; the storage and token are the test feed's own. */
export type TestFeedOptions = Omit<AppOptions, 'storage' | 'adminTokens'>;

/**
 * The real app on a fresh database of this run's backend (a temporary SQLite file, or a new PostgreSQL database when
 * `KULTUR_TEST_DATABASE` says so), removed by `close()`.
 *
 * It is returned at once, so a test can write `feed = createTestFeed()`; opening a PostgreSQL database takes a round
 * trip or two, which the storage waits for before its first call.
 */
export function createTestFeed(options: TestFeedOptions = {}): TestFeed {
  const database = createTestDatabase();
  const opened = database.open();
  const storage = deferred(opened);
  const app = createApp({ ...options, storage, adminTokens: [ADMIN_TOKEN] });
  const request = async (path: string, init?: RequestInit) => app.request(`http://feed.test${path}`, init);
  return {
    app,
    storage,
    database,
    request,
    publish: (method, path, body) =>
      request(path, {
        method,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    async close() {
      await opened.then(
        (opened) => opened.close(),
        () => {},
      );
      await database.drop();
    },
  };
}

/**
 * A storage whose every call waits for the real one to open, and fails with its error if it could not. A sub-store
 * (`storage.workbench`) is deferred the same way: its methods wait too.
 */
function deferred(opening: Promise<Storage>): Storage {
  opening.catch(() => {});
  return new Proxy({} as Storage, { get: (_target, key) => deferredMember(opening, key) });
}

/** A member of what `opening` resolves to: called, it waits and calls it; read further, it defers that member. */
function deferredMember(opening: Promise<object>, key: string | symbol): unknown {
  return new Proxy(() => {}, {
    apply: async (_target, _this, args: unknown[]) => {
      const owner = (await opening) as Record<string | symbol, (...args: unknown[]) => Promise<unknown>>;
      return owner[key]!.apply(owner, args);
    },
    get: (_target, inner) => {
      const member = opening.then((owner) => (owner as Record<string | symbol, object>)[key]!);
      // Its error reaches whoever calls the member; unobserved until then, it must not end the process.
      member.catch(() => {});
      return deferredMember(member, inner);
    },
  });
}
