/**
 * Runs a command against a throwaway PostgreSQL cluster, then removes the cluster.
 *
 *     node scripts/with-postgres.mjs node --import tsx --test test/server/signups/*.test.ts
 *
 * The cluster lives in a temporary directory (`initdb -A trust`), listens on a free port on 127.0.0.1 only, and is
 * stopped and deleted when the command ends, fails or is interrupted. The command gets
 * `KULTUR_TEST_DATABASE=postgres://postgres@127.0.0.1:PORT/postgres`; the test harness creates one database per test
 * feed on it. Durability is switched off (`fsync=off`): nothing here outlives the run.
 *
 * When `KULTUR_TEST_DATABASE` already holds a postgres:// URL, no cluster is started and the command runs against
 * that server. Set `PG_BIN` to the directory of `initdb` and `pg_ctl` to use another PostgreSQL installation.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { constants, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('Usage: node scripts/with-postgres.mjs COMMAND [ARGS...]');
  process.exit(2);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');

/** The directory holding `initdb` and `pg_ctl`: `PG_BIN`, Debian's newest, or whatever is on PATH. */
function findBinaries() {
  const has = (dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  if (process.env.PG_BIN) return has(process.env.PG_BIN) ? process.env.PG_BIN : undefined;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((version) => /^\d+$/.test(version))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) if (has(join(debian, version, 'bin'))) return join(debian, version, 'bin');
  }
  return (process.env.PATH ?? '').split(delimiter).find((dir) => dir && has(dir));
}

function ensureBinaries() {
  const found = findBinaries();
  if (found) return found;
  if (process.env.PG_BIN) {
    console.error(`PG_BIN is ${process.env.PG_BIN}, which has no initdb and pg_ctl. Point it at PostgreSQL's bin.`);
    process.exit(1);
  }
  if (isRoot && isDebian) {
    console.log('PostgreSQL is missing: installing Debian’s postgresql package for the PostgreSQL tests.');
    const install = spawnSync(
      'sh',
      ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql'],
      { stdio: 'inherit' },
    );
    const installed = install.status === 0 && findBinaries();
    if (installed) return installed;
    console.error('Installing postgresql failed (see the apt-get output above).');
    process.exit(1);
  }
  console.error(
    [
      'The PostgreSQL tests need PostgreSQL’s server programs (initdb, pg_ctl), and none were found.',
      isDebian
        ? 'Install them with:  sudo apt-get install postgresql'
        : 'Install PostgreSQL with your package manager,',
      'or point PG_BIN at the directory that holds initdb and pg_ctl:  PG_BIN=/usr/lib/postgresql/15/bin npm run test:postgres',
      'or run against a server of your own:  KULTUR_TEST_DATABASE=postgres://user@host:5432/postgres npm run test:postgres',
    ].join('\n'),
  );
  process.exit(1);
}

/** A port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL program: as the `postgres` user when we are root, since initdb and postgres refuse root. */
function runPg(bin, program, args) {
  const [file, argv] = isRoot
    ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]]
    : [join(bin, program), args];
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return result;
}

/** Runs the command and resolves with its exit code; signals that stop us are passed on to it first. */
function runCommand(env) {
  return new Promise((resolve) => {
    // `node` is this very Node, not whichever one PATH finds first: the version check passed for this one.
    const file = command[0] === 'node' ? process.execPath : command[0];
    const child = spawn(file, command.slice(1), { stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
    child.once('error', (error) => {
      console.error(`Could not start ${command[0]}: ${error.message}`);
      resolve(127);
    });
    child.once('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 0)));
  });
}

async function main() {
  const given = process.env.KULTUR_TEST_DATABASE;
  if (given && /^postgres(ql)?:\/\//.test(given)) return runCommand(process.env);

  const bin = ensureBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'kultur-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  let started = false;
  const cleanUp = () => {
    if (started) {
      // A throwaway cluster: no need for a clean shutdown checkpoint.
      runPg(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Until the command runs, a signal only has the cluster to clean up.
  const early = (signal) => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', early);
  process.once('SIGTERM', early);
  try {
    if (isRoot) chownSync(dir, idOf('-u', 'postgres'), idOf('-g', 'postgres'));
    const init = runPg(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}${init.stderr}`);
    const port = await freePort();
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c max_connections=200',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    const start = runPg(bin, 'pg_ctl', ['-D', data, '-l', log, '-w', '-o', settings, 'start']);
    if (start.status !== 0) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-20).join('\n') : '';
      throw new Error(`pg_ctl start failed:\n${start.stdout}${start.stderr}\n${tail}`);
    }
    started = true;
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    console.log(`Throwaway PostgreSQL cluster at ${url} (${bin})`);
    process.off('SIGINT', early);
    process.off('SIGTERM', early);
    return await runCommand({ ...process.env, KULTUR_TEST_DATABASE: url });
  } finally {
    cleanUp();
  }
}

/** A user's or group's number, from `id -u` or `id -g`. */
function idOf(flag, name) {
  const result = spawnSync('id', [flag, name], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`There is no "${name}" user to run PostgreSQL as: ${result.stderr.trim()}`);
  return Number(result.stdout.trim());
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
