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
  const storage = deferred<Storage>(opened);
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

/** The parts of storage that are stores of their own (`storage.people`), rather than methods. */
const SUB_STORES = new Set<PropertyKey>([
  'people',
  'workbench',
  'images',
  'participants',
  'numbers',
  'messages',
  'submissions',
]);

/**
 * A storage whose every call waits for the real one to open, and fails with its error if it could not; its sub-stores
 * wait the same way.
 */
function deferred<T extends object>(opening: Promise<T>): T {
  opening.catch(() => {});
  return new Proxy({} as T, {
    get: (_target, name) => {
      if (SUB_STORES.has(name)) return deferred(opening.then((store) => store[name as keyof T] as object));
      return async (...args: unknown[]) => {
        const store = await opening;
        return (store[name as keyof T] as (...args: unknown[]) => Promise<unknown>).apply(store, args);
      };
    },
  });
}
