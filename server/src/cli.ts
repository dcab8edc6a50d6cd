#!/usr/bin/env node
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import { statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createTransport } from 'nodemailer';
import { createApp } from './app.js';
import { cannotOpen, chooseDatabase, databaseFlags, databaseName, wholeNumber } from './commands/database-options.js';
import { databaseFailure, listenFailure } from './commands/start-failures.js';
import { DEFAULT_POOL_SIZE, openPostgres } from './db/open-postgres.js';
import { openSqlite } from './db/open-sqlite.js';
import { PostgresStorage } from './db/postgres-storage.js';
import { SqliteStorage } from './db/sqlite-storage.js';
import { clientAddress } from './http/client-address.js';
import { readAllowedOrigins } from './http/allowed-origins.js';
import { readAdminOrigins } from './http/cors-policy.js';
import { directorySlash } from './http/directory-slash.js';
import { postgresDataVersion, sqliteDataVersion, type DataVersion } from './http/read-cache.js';
import { serverTimeouts } from './http/server-timeouts.js';
import { messageLinks, type MessageLinks } from './messages/message-links.js';
import { OutboxMailer } from './messages/outbox-mailer.js';
import { ReminderScheduler } from './messages/reminder-scheduler.js';
import { messageComposer } from './signups/signup-mails.js';
import { seedDatabase } from './seed/seed-database.js';
import { DEMO_PEOPLE, seedPeople } from './seed/seed-people.js';
import {
  DEFAULT_PRIVACY_VERSION,
  DEFAULT_RETENTION_DAYS,
  DEFAULT_SIGNUP_RATE,
  IDEMPOTENCY_KEY_DAYS,
} from './signups/signup-defaults.js';
import { SUBMISSION_RATE } from './submissions/submission-routes.js';
import type { Storage } from './db/storage.js';

// `token`, `user` and `import` are commands of their own; anything else starts the server.
const [command, ...commandArgs] = process.argv.slice(2);
if (command === 'token' || command === 'user' || command === 'import') {
  const commands = await import('./commands/commands.js');
  const run = { token: commands.runTokenCommand, user: commands.runUserCommand, import: commands.runImportCommand };
  process.exit(await run[command](commandArgs));
}

const usage = `Usage: kultur-server [--port 8787] [--host 127.0.0.1] [--db ./data/kultur.db | --database-url URL] [--seed]
                     [--static DIR] [--public-url URL] [--demo-outbox]
       kultur-server token create --name NAME | token list | token revoke NAME_OR_ID   (token --help)
       kultur-server user add --email E --role admin|editor|organiser [--municipality ID,ID] | user list |
                     user remove E                                                    (user --help)
       kultur-server import FILE_OR_URL [--format ics|json|kultunaut] [--dry-run] ...  (import --help)

  --port         port to listen on; 0 picks a free one (env PORT)
  --host         address to listen on (env HOST)
  --db           SQLite file, created when absent (env KULTUR_DB); the default storage
  --database-url PostgreSQL instead of SQLite, e.g. postgres://kultur:secret@db.example.dk:5432/kultur (env
                 DATABASE_URL); the schema is migrated on start. Run any number of processes on one database
  --seed         fill an empty database with the demo events
  --static       also serve the files in DIR at /, e.g. the demo
  --public-url   where the server is reached from outside, e.g. https://feed.example.dk; the cancel links in
                 messages start with it (env KULTUR_PUBLIC_URL). Without it, messages carry no links, except on a
                 loopback address without SMTP (the local demo), where they point at the server itself
  --demo-outbox  serve the messages at GET /v1/dev/outbox without a token: for a local demo only

  KULTUR_ADMIN_TOKEN      comma-separated bootstrap publishing tokens, accepted beside those made with
                          "kultur-server token create"
  KULTUR_SMTP_URL         send messages over SMTP, e.g. smtps://user:pass@smtp.example.dk:465; without it they
                          stay in the outbox
  KULTUR_MAIL_FROM        the sender of messages; required with KULTUR_SMTP_URL
  KULTUR_PRIVACY_VERSION  the privacy text version recorded when a signup names none (default ${DEFAULT_PRIVACY_VERSION})
  KULTUR_RETENTION_DAYS   days after an event that its signups are deleted (default ${DEFAULT_RETENTION_DAYS})
  KULTUR_SIGNUP_RATE      signups per minute from one address; 0 turns the limit off (default ${DEFAULT_SIGNUP_RATE})
  KULTUR_SUBMISSION_RATE  events sent in per minute from one address; 0 turns the limit off (default ${SUBMISSION_RATE})
  KULTUR_TRUSTED_PROXY    comma-separated addresses or CIDR ranges of your own reverse proxies; only then is
                          X-Forwarded-For read
  KULTUR_ALLOWED_ORIGINS  comma-separated origins (e.g. https://www.lolland.dk) whose pages may send signups;
                          unset: any page may
  KULTUR_ADMIN_ORIGINS    comma-separated origins whose pages may publish and read signup lists; unset: none
  KULTUR_DB_POOL_SIZE     PostgreSQL connections per process (default ${DEFAULT_POOL_SIZE})
  KULTUR_READ_CACHE       "off" renders every answer anew instead of keeping public answers in memory`;

const HOUR_MS = 3_600_000;
const MAIL_ROUND_MS = 60_000;

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readOptions() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: process.env.PORT ?? '8787' },
        host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
        ...databaseFlags,
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
    if (values.static !== undefined && !isFolder(values.static)) {
      throw new Error(`--static: "${values.static}" is not a folder; give the folder that holds the site's files`);
    }
    const database = chooseDatabase(values, env);
    const smtpUrl = env.KULTUR_SMTP_URL || undefined;
    if (smtpUrl && !env.KULTUR_MAIL_FROM) {
      throw new Error('KULTUR_MAIL_FROM must name the sender when KULTUR_SMTP_URL is set');
    }
    const trustedProxies = list(env.KULTUR_TRUSTED_PROXY);
    return {
      ...values,
      ...database,
      port,
      publicUrl,
      smtpUrl,
      mailFrom: env.KULTUR_MAIL_FROM ?? '',
      privacyVersion: env.KULTUR_PRIVACY_VERSION || DEFAULT_PRIVACY_VERSION,
      retentionDays: wholeNumber('KULTUR_RETENTION_DAYS', env.KULTUR_RETENTION_DAYS || `${DEFAULT_RETENTION_DAYS}`),
      signupRate: wholeNumber('KULTUR_SIGNUP_RATE', env.KULTUR_SIGNUP_RATE || `${DEFAULT_SIGNUP_RATE}`),
      submissionRate: wholeNumber('KULTUR_SUBMISSION_RATE', env.KULTUR_SUBMISSION_RATE || `${SUBMISSION_RATE}`),
      trustedProxies,
      // Parsed now, so a mistyped proxy address stops the start rather than the first signup.
      clientAddress: clientAddress(trustedProxies),
      adminOrigins: readAdminOrigins(env.KULTUR_ADMIN_ORIGINS),
      allowedOrigins: readAllowedOrigins(env.KULTUR_ALLOWED_ORIGINS),
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
const storageName = databaseName(options);

/** The storage, and how to tell that its data changed (for the read cache). */
async function openStorage(): Promise<{ storage: Storage; dataVersion: DataVersion }> {
  try {
    if (!options.databaseUrl) {
      const db = openSqlite(options.db);
      return { storage: new SqliteStorage(db), dataVersion: sqliteDataVersion(db) };
    }
    const pool = await openPostgres(options.databaseUrl, { poolSize: options.poolSize });
    return { storage: new PostgresStorage(pool), dataVersion: postgresDataVersion(pool) };
  } catch (error) {
    // What a start can expect is one sentence with the fix; anything else keeps its stack, as a bug should.
    console.error(cannotOpen(error, options));
    if (!databaseFailure(error, { name: storageName, postgres: options.databaseUrl !== undefined }))
      console.error(error);
    process.exit(1);
  }
}

const { storage, dataVersion } = await openStorage();
console.log(`Storage: ${storageName}`);

/**
 * `--seed`, run once the server listens: the seeded pictures are served by this server, so their addresses start with
 * its own base, the one the links in messages use (`links.base`). Without a base, the events get no pictures.
 */
async function seed(imageBase: string | undefined): Promise<void> {
  try {
    const seeded = await seedDatabase(storage, new Date(), { imageBase });
    if (!seeded.events) return;
    const pictures = imageBase
      ? `, with pictures from ${imageBase}/v1/images/demo/`
      : ', without pictures: set --public-url (KULTUR_PUBLIC_URL) and seed a new database to have them';
    console.log(`Seeded ${seeded.events} events and ${seeded.signups} signups into ${storageName}${pictures}`);
  } catch (error) {
    console.error(`Could not seed ${storageName}:`, error);
    process.exit(1);
  }
}

/**
 * `--seed` with `--demo-outbox`: the demo's people (one of each role), and how to sign in as them, since their links
 * are read in the demo outbox. Said at every start: the people stay in the database.
 */
async function seedConsole(base: string): Promise<void> {
  const added = await seedPeople(storage.people, new Date());
  if (added) console.log(`Added ${added} demo people to the console`);
  const who = DEMO_PEOPLE.map((person) => `${person.email} (${person.role})`).join(', ');
  console.log(
    `The console: ${base}/admin/ - sign in as ${who}; the sign-in link is in the demo outbox, ` +
      `${base}/v1/dev/outbox?to=${DEMO_PEOPLE[0]!.email}`,
  );
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
    // Spent and expired sign-in links, ended sessions, and sign-in messages (they hold a secret) after a day.
    await storage.people.sweepAccounts(new Date());
    // Submitted events whose confirmation link ran out, and who sent an event in, as long after it as signups.
    await storage.submissions.sweepSubmissions(new Date(), options.retentionDays);
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

// Decided once the server listens: the local demo's links point at its own address, port 0 included.
let links: MessageLinks | undefined;

// Reminders before events (two days by default, per event): due ones are queued every few minutes, each once even with
// several processes on one database. Started once the server listens, when the links' base is known.
const reminders = new ReminderScheduler({
  storage: storage.messages,
  compose: (notice) => messageComposer({ baseUrl: links?.base, retentionDays: options.retentionDays })(notice),
  onMessagesQueued: mailer ? () => void mailer.wake() : undefined,
});

const adminTokens = list(process.env.KULTUR_ADMIN_TOKEN);
const hasTokens = (await storage.listTokens()).some((token) => !token.revokedAt);
const app = createApp({
  storage,
  adminTokens,
  publicUrl: () => links?.base,
  privacyVersion: options.privacyVersion,
  retentionDays: options.retentionDays,
  signupRate: options.signupRate,
  submissionRate: options.submissionRate,
  clientAddress: options.clientAddress,
  adminOrigins: options.adminOrigins,
  allowedOrigins: options.allowedOrigins,
  demoOutbox: options['demo-outbox'],
  onMessagesQueued: mailer ? () => void mailer.wake() : undefined,
  // KULTUR_READ_CACHE=off renders every answer anew: for measuring what the cache saves (`npm run bench`).
  readCache: process.env.KULTUR_READ_CACHE === 'off' ? undefined : { version: dataVersion },
});
if (options.static) {
  // serveStatic resolves its root against the working directory.
  const root = relative(process.cwd(), resolve(options.static)) || '.';
  // Compressed as any web server or CDN in front of a site would: the pages, their CSS and the bundle's chunks go
  // out gzipped (kultur.js 97 KB as it is, 34 KB gzipped), which is what a visitor on a phone downloads.
  app.get('*', compress({ encoding: 'gzip' }), directorySlash(root), serveStatic({ root }));
}

const serveOptions = { fetch: app.fetch, port: options.port, hostname: options.host, serverOptions: serverTimeouts() };
const server = serve(serveOptions, async (info: AddressInfo) => {
  links = messageLinks({ publicUrl: options.publicUrl, sendsMail: mailer !== undefined }, info);
  // Before the listening line, which scripts and tests wait for: by then the demo is there.
  if (options.seed) await seed(links.base);
  reminders.start();
  if (options.seed && options['demo-outbox'] && links.base) await seedConsole(links.base);
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`Kultur feed listening on http://${host}:${info.port}`);
  if (!adminTokens.length && !hasTokens) {
    console.log('Publishing by API token is off: make one with "kultur-server token create --name NAME" for a CMS.');
  }
  if (!mailer) console.log('Messages stay in the outbox: set KULTUR_SMTP_URL and KULTUR_MAIL_FROM to send them.');
  if (options['demo-outbox']) console.log('Demo outbox at /v1/dev/outbox: anyone can read the messages.');
  console.log(links.notice);
});
// Listening fails after serve() returns: a port in use, an address not this machine's.
server.on('error', (error) => {
  const sentence = listenFailure(error, { host: options.host, port: options.port });
  console.error(sentence ?? error);
  process.exit(1);
});

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests, then stopping`);
  // A request still running after ten seconds is abandoned rather than keeping the process alive forever.
  const deadline = setTimeout(() => process.exit(1), 10_000).unref();
  // A connection idle now is closed at once; one still sending its answer (a compressed file streams) when it is done,
  // rather than when its keep-alive runs out.
  const closeIdle = () => {
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  const idle = setInterval(closeIdle, 100).unref();
  server.close(async () => {
    clearInterval(idle);
    await storage.close();
    clearTimeout(deadline);
    process.exit(0);
  });
  closeIdle();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
