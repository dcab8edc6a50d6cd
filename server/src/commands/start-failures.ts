/**
 * The failures a start can expect, each told in one sentence that names the fix: the person at the terminal needs
 * what to change, not a stack trace. Anything not recognised here is a bug, and keeps its stack.
 */
import { NewerDatabaseError } from '../db/newer-database.js';
interface SystemError {
  code?: string;
  errno?: number;
  syscall?: string;
}

function codeOf(error: unknown): string | undefined {
  return (error as SystemError | undefined)?.code;
}

/**
 * Why the database could not be opened, in one sentence; undefined for an error nobody expects. `name` is the
 * database as the log names it (`SQLite file ./data/kultur.db`, `PostgreSQL postgres://…`, never the password).
 */
export function databaseFailure(
  error: unknown,
  { name, postgres }: { name: string; postgres: boolean },
): string | undefined {
  if (error instanceof NewerDatabaseError) {
    return (
      `${name} was migrated by a newer kultur-server (schema ${error.found}; this one knows ${error.known}): run ` +
      'that version or a newer one, or restore a backup made before the upgrade.'
    );
  }
  const code = codeOf(error);
  if (!postgres) {
    switch (code) {
      case 'EACCES':
      case 'EPERM':
      case 'EROFS':
      case 'SQLITE_CANTOPEN':
      case 'SQLITE_READONLY':
      case 'SQLITE_READONLY_DIRECTORY':
      case 'SQLITE_IOERR_WRITE':
        return (
          `Cannot write ${name}: make the file and its folder writable for this user, or choose another file with ` +
          '--db or KULTUR_DB.'
        );
      case 'ENOTDIR':
      case 'EISDIR':
      // Its folder would be made where a file is.
      case 'EEXIST':
        return `${name} is not a file path: choose a file with --db or KULTUR_DB, such as ./data/kultur.db.`;
      case 'SQLITE_NOTADB':
      case 'SQLITE_CORRUPT':
        return `${name} is not a SQLite database: choose another file with --db or KULTUR_DB.`;
      case 'SQLITE_BUSY':
        return `${name} is locked by another program: stop it, or choose another file with --db or KULTUR_DB.`;
      default:
        return undefined;
    }
  }
  switch (code) {
    case 'ECONNREFUSED':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return (
        `${name} does not answer (${code}): check the host and port in DATABASE_URL (or --database-url), and that ` +
        'PostgreSQL runs there.'
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${name}: the host name is not known (${code}): check the host in DATABASE_URL (or --database-url).`;
    case '28P01':
    case '28000':
      return `${name} refused the user or password (${code}): check them in DATABASE_URL (or --database-url).`;
    case '3D000':
      return `${name}: the database does not exist: create it (createdb) or fix its name in DATABASE_URL.`;
    case '42501':
      return (
        `${name}: the user may not create the tables (${code}): give it the rights on the database, or use its ` +
        'owner in DATABASE_URL.'
      );
    case '53300':
      return `${name} has no connection left (${code}): lower KULTUR_DB_POOL_SIZE or raise max_connections.`;
    default:
      return undefined;
  }
}

/** Why the server could not listen on host and port, in one sentence; undefined for an error nobody expects. */
export function listenFailure(error: unknown, { host, port }: { host: string; port: number }): string | undefined {
  switch (codeOf(error)) {
    case 'EADDRINUSE':
      return (
        `Port ${port} on ${host} is in use by another program: stop it, or start on another port with --port or ` +
        'PORT (0 picks a free one).'
      );
    case 'EACCES':
      return `Port ${port} needs administrator rights: use a port from 1024 up with --port or PORT.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${host} is not an address of this machine: give one with --host or HOST, such as 127.0.0.1 or 0.0.0.0.`;
    default:
      return undefined;
  }
}
