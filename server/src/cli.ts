#!/usr/bin/env node
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AddressInfo } from 'node:net';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from './app.js';
import { openSqlite } from './db/open-sqlite.js';
import { SqliteStorage } from './db/sqlite-storage.js';
import { seedDatabase } from './seed/seed-database.js';

const usage = `Usage: kultur-server [--port 8787] [--host 127.0.0.1] [--db ./data/kultur.db] [--seed] [--static DIR]

  --port    port to listen on; 0 picks a free one (env PORT)
  --host    address to listen on (env HOST)
  --db      SQLite file, created when absent (env KULTUR_DB)
  --seed    fill an empty database with the demo events
  --static  also serve the files in DIR at /, e.g. the demo

  KULTUR_ADMIN_TOKEN  comma-separated publishing tokens; without it publishing is off`;

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: process.env.PORT ?? '8787' },
        host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
        db: { type: 'string', default: process.env.KULTUR_DB ?? './data/kultur.db' },
        seed: { type: 'boolean', default: false },
        static: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    const port = Number(values.port);
    if (!/^\d{1,5}$/.test(values.port) || port > 65_535)
      throw new Error(`--port must be 0 to 65535; got "${values.port}"`);
    return { ...values, port };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}

const options = readOptions();
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const storage = new SqliteStorage(openSqlite(options.db));
if (options.seed) {
  const seeded = await seedDatabase(storage, new Date());
  if (seeded.events) console.log(`Seeded ${seeded.events} events and ${seeded.signups} signups into ${options.db}`);
}

const adminTokens = (process.env.KULTUR_ADMIN_TOKEN ?? '')
  .split(',')
  .map((token) => token.trim())
  .filter(Boolean);
const app = createApp({ storage, adminTokens });
if (options.static) {
  // serveStatic resolves its root against the working directory.
  const root = relative(process.cwd(), resolve(options.static)) || '.';
  app.get('*', serveStatic({ root }));
}

const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`Kultur feed listening on http://${host}:${info.port}`);
  if (!adminTokens.length) console.log('Publishing is off: set KULTUR_ADMIN_TOKEN to enable it.');
});

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests, then stopping`);
  // A request still running after ten seconds is abandoned rather than keeping the process alive forever.
  const deadline = setTimeout(() => process.exit(1), 10_000).unref();
  server.close(async () => {
    await storage.close();
    clearTimeout(deadline);
    process.exit(0);
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
