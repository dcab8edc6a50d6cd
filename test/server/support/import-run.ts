import { readFileSync } from 'node:fs';
import type { CategoryId, MunicipalityId } from '../../../src/contract/schema.js';
import type { ImportFormat } from '../../../server/src/import/import-record.js';
import { detectFormat, readRecords, type SourceText } from '../../../server/src/import/read-source.js';
import { importRecords, type ImportReport } from '../../../server/src/import/run-import.js';
import type { Storage } from '../../../server/src/db/storage.js';
import type { ComposeMessage } from '../../../server/src/signups/signup-store.js';

/** The clock of the import tests: the fixtures' events lie in the twelve months after it. */
export const IMPORT_NOW = new Date('2027-03-01T10:00:00Z');

/** The path of a file in `test/server/fixtures`, from the repository root (where the tests run). */
export function fixturePath(name: string): string {
  return `test/server/fixtures/${name}`;
}

/** A fixture as the import reads it. */
export function fixture(name: string): SourceText {
  return { text: readFileSync(fixturePath(name), 'utf8'), name };
}

export interface RunOptions {
  source?: string;
  format?: ImportFormat;
  dryRun?: boolean;
  municipality?: MunicipalityId;
  categories?: CategoryId[];
  now?: Date;
  compose?: ComposeMessage;
}

/** Reads a source and imports it into `storage`, as `kultur-server import` does, with the test clock. */
export async function runImport(storage: Storage, text: SourceText, options: RunOptions = {}): Promise<ImportReport> {
  const source = options.source ?? 'test-source';
  const now = options.now ?? IMPORT_NOW;
  const settings = { source, municipality: options.municipality, categories: options.categories };
  const records = readRecords(text, options.format ?? detectFormat(text), settings, now);
  return importRecords({ storage, records, source, now, dryRun: options.dryRun, compose: options.compose });
}
