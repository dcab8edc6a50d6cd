import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readFeedJson } from './feed-json-source.js';
import { readIcs } from './ics-source.js';
import { ImportSourceError, type ImportFormat, type ImportSettings, type SourceRecord } from './import-record.js';
import { hasKultunautRecords, readKultunautDocument, readKultunautXml } from './kultunaut-source.js';

/** Larger sources are refused: a year of a municipality's events is a few megabytes at most. */
const MAX_SOURCE_BYTES = 50 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 60_000;

export interface SourceText {
  text: string;
  /** The file name or URL path, whose extension hints at the format. */
  name: string;
  contentType?: string;
}

function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** The text of a file, or of an http(s) URL. */
export async function readSourceText(location: string): Promise<SourceText> {
  if (!isUrl(location)) {
    const bytes = await readFile(location).catch((error: NodeJS.ErrnoException) => {
      throw new ImportSourceError(
        error.code === 'ENOENT' ? `There is no file ${location}.` : `Could not read ${location}: ${error.message}`,
      );
    });
    if (bytes.length > MAX_SOURCE_BYTES) throw new ImportSourceError(`${location} is larger than 50 MB.`);
    return { text: new TextDecoder().decode(bytes), name: location };
  }
  let response: Response;
  try {
    response = await fetch(location, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    throw new ImportSourceError(`Could not fetch ${location}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new ImportSourceError(`Fetching ${location} answered ${response.status}.`);
  const text = await response.text();
  if (text.length > MAX_SOURCE_BYTES) throw new ImportSourceError(`${location} is larger than 50 MB.`);
  return { text, name: new URL(location).pathname, contentType: response.headers.get('content-type') ?? undefined };
}

/** A source name from a file name or URL when none is given: `kalender-faxe.ics` becomes `kalender-faxe`. */
export function defaultSourceName(location: string): string {
  const path = isUrl(location) ? new URL(location).host + new URL(location).pathname : basename(location);
  const withoutExtension = path.replace(/\.(ics|ical|ifb|json|xml)$/i, '');
  return withoutExtension.replace(/\/+$/, '') || location;
}

/** The format of a source: iCalendar and XML by their first characters, JSON by whether it holds Kultunaut records. */
export function detectFormat(source: SourceText): ImportFormat {
  const start = source.text.replace(/^\uFEFF/, '').trimStart();
  const extension = extname(source.name).toLowerCase();
  if (/^BEGIN:VCALENDAR/i.test(start) || ['.ics', '.ical', '.ifb'].includes(extension)) return 'ics';
  if (start.startsWith('<') || extension === '.xml') return 'kultunaut';
  if (start.startsWith('{') || start.startsWith('[')) {
    try {
      return hasKultunautRecords(JSON.parse(start)) ? 'kultunaut' : 'json';
    } catch {
      throw new ImportSourceError(`${source.name} looks like JSON but does not parse as JSON.`);
    }
  }
  throw new ImportSourceError(
    `Could not tell the format of ${source.name}: it is not iCalendar, XML or JSON. Name it with --format.`,
  );
}

function parseJson(source: SourceText): unknown {
  try {
    return JSON.parse(source.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportSourceError(`${source.name} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads every record of a source in the given format. */
export function readRecords(
  source: SourceText,
  format: ImportFormat,
  settings: ImportSettings,
  now: Date,
): SourceRecord[] {
  switch (format) {
    case 'ics':
      return readIcs(source.text, settings, now);
    case 'json':
      return readFeedJson(parseJson(source), settings);
    case 'kultunaut':
      return source.text
        .replace(/^\uFEFF/, '')
        .trimStart()
        .startsWith('<')
        ? readKultunautXml(source.text, settings)
        : readKultunautDocument(parseJson(source), settings);
  }
}
