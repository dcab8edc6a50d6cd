import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Storage } from '../db/storage.js';
import { chooseDatabase, databaseFlags, openStorage } from './database-options.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandSpec {
  usage: string;
  /** The command's own options, beside `--db`, `--database-url` and `--help`. */
  options: Options;
  /** Checks the parsed arguments before the database is opened; returns what is wrong, or undefined. */
  check(values: Record<string, unknown>, positionals: string[]): string | undefined;
  run(storage: Storage, values: Record<string, unknown>, positionals: string[]): Promise<number>;
}

/**
 * Parses a command's arguments (with `--db`/`--database-url` and `--help`), opens the database, runs the command and
 * closes the database. Exit codes: 0 done, 1 failed, 2 a usage mistake (printed with the usage).
 */
export async function runWithStorage(args: string[], spec: CommandSpec): Promise<number> {
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { ...databaseFlags, ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${spec.usage}`);
    return 2;
  }
  if (values.help) {
    console.log(spec.usage);
    return 0;
  }
  let database;
  try {
    const problem = spec.check(values, positionals);
    if (problem) throw new Error(problem);
    database = chooseDatabase(values as { db?: string; 'database-url'?: string });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${spec.usage}`);
    return 2;
  }
  let storage: Storage;
  try {
    storage = await openStorage(database);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  try {
    return await spec.run(storage, values, positionals);
  } finally {
    await storage.close();
  }
}
