import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { EventInput } from '../../../src/contract/schema.js';
import { eventInput } from '../../server/support/event-fixture.js';
import { createTestFeed, type TestFeed } from '../../server/support/test-feed.js';

/** The real feed server over HTTP on a free port, on a fresh temporary SQLite file. */
export interface RealFeed {
  /** Such as `http://127.0.0.1:41234/v1` (no trailing slash, as people write it). */
  baseUrl: string;
  feed: TestFeed;
  /** Publishes a valid event with this id straight into storage. */
  add(id: string, overrides?: Partial<EventInput>): Promise<void>;
  close(): Promise<void>;
}

export async function startRealFeed(): Promise<RealFeed> {
  const feed = createTestFeed();
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve) => {
    const server = serve({ fetch: feed.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ server, port: info.port }),
    );
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    feed,
    async add(id, overrides = {}) {
      const stored = await feed.storage.createEvent({ ...eventInput(overrides), id }, new Date());
      if (!stored) throw new Error(`could not add ${id}`);
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await feed.close();
    },
  };
}
