import { CATEGORY_IDS, MUNICIPALITY_IDS, type CategoryId, type MunicipalityId } from '@kulturregion/kultur/contract';
import { DEFAULT_RETENTION_DAYS } from '../signups/signup-defaults.js';
import { IMPORT_FORMATS, ImportSourceError, type ImportFormat } from '../import/import-record.js';
import { reportLines } from '../import/import-report.js';
import { defaultSourceName, detectFormat, readRecords, readSourceText } from '../import/read-source.js';
import { importRecords } from '../import/run-import.js';
import { messageComposer } from '../signups/signup-mails.js';
import type { Storage } from '../db/storage.js';
import { databaseUsage, wholeNumber } from './database-options.js';
import { runWithStorage } from './run-with-storage.js';

const FORMAT_NAMES: Record<ImportFormat, string> = {
  ics: 'iCalendar',
  json: 'the feed’s JSON',
  kultunaut: 'a Kultunaut export',
};

const usage = `Usage: kultur-server import FILE_OR_URL [--format ics|json|kultunaut] [--source NAME] [--dry-run]
                            [--municipality ID] [--category ID[,ID]] [--public-url URL]
                            [--db FILE | --database-url URL]

Imports events from an iCalendar file (.ics), the feed's own JSON, or a Kultunaut export (XML or JSON). Importing
the same source again updates its events instead of adding them twice. Every record that cannot be read is listed
with the reason; the last line counts "N new, M updated, K unchanged, U unreadable".

  --format        ics, json or kultunaut; by default told from the content and the file name
  --source        the source's name, which keys its events (default: the file name without extension, or the
                  URL's host and path). Keep it the same for every import of one source
  --dry-run       show what would be new, updated, unchanged and unreadable, and write nothing
  --municipality  every event's municipality (${MUNICIPALITY_IDS.join(', ')}); by default found from the
                  postal code or town, and a place outside the six is reported as unreadable
  --category      every event's categories, comma-separated (${CATEGORY_IDS.join(', ')}); by default
                  found from words in the title and the source's own categories
  --public-url    the server's address, e.g. https://feed.example.dk (env KULTUR_PUBLIC_URL): needed only to update
                  events that take signups through the feed, whose waitlisted people may get a seat
${databaseUsage}`;

function listOf(text: unknown): string[] {
  return typeof text === 'string'
    ? text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : [];
}

function check(values: Record<string, unknown>, positionals: string[]): string | undefined {
  if (positionals.length !== 1) return 'import needs one file or URL';
  if (values.format !== undefined && !IMPORT_FORMATS.includes(values.format as ImportFormat)) {
    return `--format must be one of ${IMPORT_FORMATS.join(', ')}; got "${values.format}"`;
  }
  if (values.municipality !== undefined && !MUNICIPALITY_IDS.includes(values.municipality as MunicipalityId)) {
    return `--municipality must be one of ${MUNICIPALITY_IDS.join(', ')}; got "${values.municipality}"`;
  }
  const unknown = listOf(values.category).filter((id) => !CATEGORY_IDS.includes(id as CategoryId));
  if (unknown.length) return `--category takes ${CATEGORY_IDS.join(', ')}; got "${unknown.join(', ')}"`;
  if (values.category !== undefined && !listOf(values.category).length) return '--category names no category';
  if (values.source !== undefined && !String(values.source).trim()) return '--source must not be empty';
  const publicUrl = values['public-url'];
  if (typeof publicUrl === 'string' && publicUrl && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(publicUrl)) {
    return `--public-url must be an http or https URL such as https://feed.example.dk; got "${publicUrl}"`;
  }
  return undefined;
}

async function run(storage: Storage, values: Record<string, unknown>, [location]: string[]): Promise<number> {
  const now = new Date();
  const source = String(values.source ?? defaultSourceName(location!)).trim();
  const publicUrl = (values['public-url'] as string | undefined) || process.env.KULTUR_PUBLIC_URL || undefined;
  const retentionDays = wholeNumber(
    'KULTUR_RETENTION_DAYS',
    process.env.KULTUR_RETENTION_DAYS || `${DEFAULT_RETENTION_DAYS}`,
  );
  try {
    const text = await readSourceText(location!);
    const format = (values.format as ImportFormat | undefined) ?? detectFormat(text);
    const settings = {
      source,
      municipality: values.municipality as MunicipalityId | undefined,
      categories: listOf(values.category) as CategoryId[],
    };
    const records = readRecords(text, format, settings, now);
    console.log(`${location} as ${FORMAT_NAMES[format]}, source "${source}": ${records.length} records`);
    const report = await importRecords({
      storage,
      records,
      source,
      now,
      dryRun: Boolean(values['dry-run']),
      compose: publicUrl ? messageComposer({ baseUrl: publicUrl.replace(/\/+$/, ''), retentionDays }) : undefined,
    });
    console.log(reportLines(report).join('\n'));
    return 0;
  } catch (error) {
    if (!(error instanceof ImportSourceError)) throw error;
    console.error(error.message);
    return 1;
  }
}

/** `kultur-server import FILE_OR_URL …`. */
export function runImportCommand(args: string[]): Promise<number> {
  return runWithStorage(args, {
    usage,
    options: {
      format: { type: 'string' },
      source: { type: 'string' },
      'dry-run': { type: 'boolean' },
      municipality: { type: 'string' },
      category: { type: 'string' },
      'public-url': { type: 'string' },
    },
    check,
    run,
  });
}
