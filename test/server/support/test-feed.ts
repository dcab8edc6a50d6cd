import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../../../server/src/app.js';
import { openSqlite } from '../../../server/src/db/open-sqlite.js';
import { SqliteStorage } from '../../../server/src/db/sqlite-storage.js';

export const ADMIN_TOKEN = 'test-token-5f1c2a';

export interface TestFeed {
  app: Hono;
  storage: SqliteStorage;
  dbFile: string;
  /** Sends a request to the app as a client would; paths start with `/`. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** The same with the publishing token and a JSON body. */
  publish(method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

/** App options a test may set; the storage and token are the test feed's own. */
export type TestFeedOptions = Omit<AppOptions, 'storage' | 'adminTokens'>;

/** The real app on a fresh temporary SQLite file, removed by `close()`. */
export function createTestFeed(options: TestFeedOptions = {}): TestFeed {
  const dir = mkdtempSync(join(tmpdir(), 'kultur-test-'));
  const dbFile = join(dir, 'kultur.db');
  const storage = new SqliteStorage(openSqlite(dbFile));
  const app = createApp({ ...options, storage, adminTokens: [ADMIN_TOKEN] });
  const request = async (path: string, init?: RequestInit) => app.request(`http://feed.test${path}`, init);
  return {
    app,
    storage,
    dbFile,
    request,
    publish: (method, path, body) =>
      request(path, {
        method,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    async close() {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
