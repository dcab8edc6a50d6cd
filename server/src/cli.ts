#!/usr/bin/env node
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AddressInfo } from 'node:net';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createTransport } from 'nodemailer';
import {
  createApp,
  DEFAULT_PRIVACY_VERSION,
  DEFAULT_RETENTION_DAYS,
  DEFAULT_SIGNUP_RATE,
  IDEMPOTENCY_KEY_DAYS,
} from './app.js';
import { DEFAULT_POOL_SIZE, openPostgres } from './db/open-postgres.js';
import { openSqlite } from './db/open-sqlite.js';
import { PostgresStorage } from './db/postgres-storage.js';
import { SqliteStorage } from './db/sqlite-storage.js';
import { clientAddress } from './http/client-address.js';
import { OutboxMailer } from './mail/outbox-mailer.js';
import { seedDatabase } from './seed/seed-database.js';
import type { Storage } from './storage.js';

const usage = `Usage: kultur-server [--port 8787] [--host 127.0.0.1] [--db ./data/kultur.db | --database-url URL] [--seed]
                     [--static DIR] [--public-url URL] [--demo-outbox]

  --port         port to listen on; 0 picks a free one (env PORT)
  --host         address to listen on (env HOST)
  --db           SQLite file, created when absent (env KULTUR_DB); the default storage
  --database-url PostgreSQL instead of SQLite, e.g. postgres://kultur:secret@db.example.dk:5432/kultur (env
                 DATABASE_URL); the schema is migrated on start. Run any number of processes on one database
  --seed         fill an empty database with the demo events
  --static       also serve the files in DIR at /, e.g. the demo
  --public-url   where the server is reached from outside, e.g. https://feed.example.dk; the cancel links in
                 messages start with it (env KULTUR_PUBLIC_URL; default: each request's own origin)
  --demo-outbox  serve the messages at GET /v1/dev/outbox without a token: for a local demo only

  KULTUR_ADMIN_TOKEN      comma-separated publishing tokens; without it publishing is off
  KULTUR_SMTP_URL         send messages over SMTP, e.g. smtps://user:pass@smtp.example.dk:465; without it they
                          stay in the outbox
  KULTUR_MAIL_FROM        the sender of messages; required with KULTUR_SMTP_URL
  KULTUR_PRIVACY_VERSION  the privacy text version recorded when a signup names none (default ${DEFAULT_PRIVACY_VERSION})
  KULTUR_RETENTION_DAYS   days after an event that its signups are deleted (default ${DEFAULT_RETENTION_DAYS})
  KULTUR_SIGNUP_RATE      signups per minute from one address; 0 turns the limit off (default ${DEFAULT_SIGNUP_RATE})
  KULTUR_TRUSTED_PROXY    comma-separated addresses or CIDR ranges of your own reverse proxies; only then is
                          X-Forwarded-For read
  KULTUR_DB_POOL_SIZE     PostgreSQL connections per process (default ${DEFAULT_POOL_SIZE})`;

const HOUR_MS = 3_600_000;
const MAIL_ROUND_MS = 60_000;

function wholeNumber(name: string, text: string): number {
  if (!/^\d{1,6}$/.test(text.trim())) throw new Error(`${name} must be a whole number; got "${text}"`);
  return Number(text);
}

/** A database URL fit for a log line: the password replaced by stars. */
function withoutPassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: process.env.PORT ?? '8787' },
        host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
        db: { type: 'string' },
        'database-url': { type: 'string' },
        seed: { type: 'boolean', default: false },
        static: { type: 'string' },
        'public-url': { type: 'string', default: process.env.KULTUR_PUBLIC_URL },
        'demo-outbox': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    const port = Number(values.port);
    if (!/^\d{1,5}$/.test(values.port) || port > 65_535)
      throw new Error(`--port must be 0 to 65535; got "${values.port}"`);
    const publicUrl = values['public-url'] || undefined;
    if (publicUrl !== undefined && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(publicUrl)) {
      throw new Error(`--public-url must be an http or https URL such as https://feed.example.dk; got "${publicUrl}"`);
    }
    const env = process.env;
    if (values.db !== undefined && values['database-url'] !== undefined) {
      throw new Error('--db and --database-url are both given: --db names a SQLite file, --database-url PostgreSQL');
    }
    // A flag beats the environment; DATABASE_URL beats KULTUR_DB, as the platforms that set it mean it to.
    const databaseUrl = values['database-url'] ?? (values.db === undefined ? env.DATABASE_URL || undefined : undefined);
    if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
      throw new Error(
        `--database-url (or DATABASE_URL) must be a postgres:// URL such as postgres://kultur@localhost:5432/kultur; ` +
          `got "${withoutPassword(databaseUrl)}"`,
      );
    }
    const smtpUrl = env.KULTUR_SMTP_URL || undefined;
    if (smtpUrl && !env.KULTUR_MAIL_FROM) {
      throw new Error('KULTUR_MAIL_FROM must name the sender when KULTUR_SMTP_URL is set');
    }
    const trustedProxies = list(env.KULTUR_TRUSTED_PROXY);
    return {
      ...values,
      db: values.db ?? env.KULTUR_DB ?? './data/kultur.db',
      databaseUrl,
      poolSize: Math.max(1, wholeNumber('KULTUR_DB_POOL_SIZE', env.KULTUR_DB_POOL_SIZE || `${DEFAULT_POOL_SIZE}`)),
      port,
      publicUrl,
      smtpUrl,
      mailFrom: env.KULTUR_MAIL_FROM ?? '',
      privacyVersion: env.KULTUR_PRIVACY_VERSION || DEFAULT_PRIVACY_VERSION,
      retentionDays: wholeNumber('KULTUR_RETENTION_DAYS', env.KULTUR_RETENTION_DAYS || `${DEFAULT_RETENTION_DAYS}`),
      signupRate: wholeNumber('KULTUR_SIGNUP_RATE', env.KULTUR_SIGNUP_RATE || `${DEFAULT_SIGNUP_RATE}`),
      trustedProxies,
      // Parsed now, so a mistyped proxy address stops the start rather than the first signup.
      clientAddress: clientAddress(trustedProxies),
    };
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

/** Where the data lives, for the log: never the password. */
const storageName = options.databaseUrl
  ? `PostgreSQL ${withoutPassword(options.databaseUrl)}`
  : `SQLite file ${options.db}`;

async function openStorage(): Promise<Storage> {
  if (!options.databaseUrl) return new SqliteStorage(openSqlite(options.db));
  try {
    return new PostgresStorage(await openPostgres(options.databaseUrl, { poolSize: options.poolSize }));
  } catch (error) {
    console.error(`Could not open ${storageName}: ${(error as Error).message}`);
    process.exit(1);
  }
}

const storage = await openStorage();
console.log(`Storage: ${storageName}`);
if (options.seed) {
  const seeded = await seedDatabase(storage, new Date());
  if (seeded.events) console.log(`Seeded ${seeded.events} events and ${seeded.signups} signups into ${storageName}`);
}

// Signups are deleted a number of days after their event (GDPR storage limitation): now, and every hour.
async function sweep(): Promise<void> {
  try {
    const swept = await storage.sweep(new Date(), {
      signupDays: options.retentionDays,
      idempotencyKeyDays: IDEMPOTENCY_KEY_DAYS,
    });
    if (swept.signups || swept.idempotencyKeys) {
      console.log(`Deleted ${swept.signups} signups of past events and ${swept.idempotencyKeys} idempotency keys`);
    }
  } catch (error) {
    console.error('retention sweep failed; it runs again in an hour', error);
  }
}
await sweep();
setInterval(sweep, HOUR_MS).unref();

const mailer =
  options.smtpUrl === undefined
    ? undefined
    : new OutboxMailer({ storage, transport: createTransport(options.smtpUrl), from: options.mailFrom });
if (mailer) {
  void mailer.wake();
  setInterval(() => void mailer.wake(), MAIL_ROUND_MS).unref();
}

const adminTokens = list(process.env.KULTUR_ADMIN_TOKEN);
const app = createApp({
  storage,
  adminTokens,
  publicUrl: options.publicUrl,
  privacyVersion: options.privacyVersion,
  retentionDays: options.retentionDays,
  signupRate: options.signupRate,
  clientAddress: options.clientAddress,
  demoOutbox: options['demo-outbox'],
  onMessagesQueued: mailer ? () => void mailer.wake() : undefined,
});
if (options.static) {
  // serveStatic resolves its root against the working directory.
  const root = relative(process.cwd(), resolve(options.static)) || '.';
  app.get('*', serveStatic({ root }));
}

const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`Kultur feed listening on http://${host}:${info.port}`);
  if (!adminTokens.length) console.log('Publishing is off: set KULTUR_ADMIN_TOKEN to enable it.');
  if (!mailer) console.log('Messages stay in the outbox: set KULTUR_SMTP_URL and KULTUR_MAIL_FROM to send them.');
  if (options['demo-outbox']) console.log('Demo outbox at /v1/dev/outbox: anyone can read the messages.');
  if (!options.publicUrl) console.log('Links in messages use each request’s origin: set --public-url in production.');
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
