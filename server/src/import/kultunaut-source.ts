/**
 * The Kultunaut export that Danish municipalities already have, as XML or JSON: one record per arrangement, with
 * fields such as `ArrNr`, `ArrNavn`/`ArrTitel`, `ArrBeskrivelse`, `ArrLangBeskriv` (HTML), `Startdato`, `Slutdato`,
 * `ArrTidspunkt` (free text: "kl. 19.30"), `StedNavn`, `StedAdresse`, `Postnr`, `By`, `Pris`, `Billede`, `Link`.
 * Field names are matched without regard to case.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readDanishDate, readDanishTimes, type ClockTime } from './danish-time.js';
import { draftEvent } from './event-draft.js';
import { htmlToText } from './html-text.js';
import {
  ImportSourceError,
  readRecord,
  RecordProblem,
  type ImportSettings,
  type SourceRecord,
} from './import-record.js';
import { regionInstantOf, regionIso } from '../time/region-clock.js';

/** Fields only a Kultunaut record has; an object with one of them is a record. */
const RECORD_FIELDS = ['arrnr', 'arrnavn', 'arrtitel'];

type Fields = Map<string, string>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return isObject(value) && Object.keys(value).some((key) => RECORD_FIELDS.includes(key.toLowerCase()));
}

/** Every record in a parsed document, wherever the export nests them. */
function findRecords(node: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (isRecord(node)) found.push(node);
  else if (Array.isArray(node)) for (const child of node) findRecords(child, found);
  else if (isObject(node)) for (const child of Object.values(node)) findRecords(child, found);
  return found;
}

/** Whether a parsed JSON document holds Kultunaut records. */
export function hasKultunautRecords(document: unknown): boolean {
  return findRecords(document).length > 0;
}

function fieldsOf(record: Record<string, unknown>): Fields {
  const fields: Fields = new Map();
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value).trim();
      if (text) fields.set(key.toLowerCase(), text);
    }
  }
  return fields;
}

/** An amount in kroner from `Pris`: "Gratis", "75 kr.", "Entré: 50,-", "1.200,50 kr"; empty is free. */
export function readPrice(text: string | undefined): number {
  const given = text?.trim() ?? '';
  if (!given) return 0;
  const amount = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-))?/.exec(given);
  if (amount) {
    const kroner = Number(amount[1]!.replace(/\./g, ''));
    const ore = amount[2] && amount[2] !== '-' ? Number(amount[2].padEnd(2, '0')) / 100 : 0;
    return kroner + ore;
  }
  if (/gratis|fri entré|fri adgang|free/i.test(given)) return 0;
  throw new RecordProblem(`Pris "${given}" is not an amount in kroner or "gratis"`);
}

function dateField(fields: Fields, name: string): string | undefined {
  const given = fields.get(name.toLowerCase());
  if (given === undefined) return undefined;
  const date = readDanishDate(given);
  if (!date) throw new RecordProblem(`${name} "${given}" is not a date such as 2027-03-12 or 12-03-2027`);
  return date;
}

function at(date: string, time: ClockTime): number {
  return regionInstantOf(date, time.hour, time.minute);
}

/** Start, end and all-day from the dates and `ArrTidspunkt`. */
function timesOf(fields: Fields) {
  const first = dateField(fields, 'Startdato');
  if (!first) throw new RecordProblem('Startdato is missing');
  const last = dateField(fields, 'Slutdato') ?? first;
  const times = readDanishTimes(fields.get('arrtidspunkt'));
  if (times.kind === 'unreadable') throw new RecordProblem(times.reason);
  if (times.kind === 'all-day') {
    return {
      start: regionIso(at(first, { hour: 0, minute: 0 })),
      end: regionIso(at(last, { hour: 23, minute: 59 })),
      allDay: true,
    };
  }
  const start = at(first, times.start);
  let end = at(last, times.end ?? times.start);
  // "kl. 22-02" on one date ends after midnight.
  if (end < start && last === first)
    end = at(new Date(Date.parse(first) + 86_400_000).toISOString().slice(0, 10), times.end!);
  return { start: regionIso(start), end: regionIso(end), allDay: false };
}

function webUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return /^www\./i.test(text) ? `https://${text}` : text;
}

function readKultunautRecord(record: Record<string, unknown>, index: number, settings: ImportSettings): SourceRecord {
  const fields = fieldsOf(record);
  const number = fields.get('arrnr');
  const title = fields.get('arrnavn') ?? fields.get('arrtitel');
  const label = `${number ? `ArrNr ${number}` : `record ${index + 1}`}${title ? ` ("${title}")` : ''}`;
  return readRecord(label, () => {
    if (!number) throw new RecordProblem('no ArrNr, so a second import could not find it again');
    const description = htmlToText(fields.get('arrlangbeskriv')) || htmlToText(fields.get('arrbeskrivelse'));
    const place = ['stednavn', 'stedadresse', 'postnr', 'by'].map((key) => fields.get(key));
    const [name, address, postalCode, city] = place;
    const input = draftEvent(
      {
        title,
        description,
        summary: htmlToText(fields.get('arrbeskrivelse')),
        ...timesOf(fields),
        place: place.some(Boolean)
          ? { kind: 'venue', name, address, postalCode, city, text: place.filter(Boolean).join(', ') }
          : undefined,
        categoryHints: ['kategori', 'genre', 'arrtype'].flatMap((key) => fields.get(key) ?? []),
        organizerName: fields.get('arrangoer') ?? fields.get('arrangør'),
        price: readPrice(fields.get('pris')),
        url: webUrl(fields.get('link')),
        imageUrl: webUrl(fields.get('billede')),
        status: /aflyst/i.test(fields.get('status') ?? '') ? 'cancelled' : 'scheduled',
      },
      settings,
    );
    return { kind: 'read', externalId: number, label, input };
  });
}

/** The records of a Kultunaut export already parsed from JSON. */
export function readKultunautDocument(document: unknown, settings: ImportSettings): SourceRecord[] {
  const records = findRecords(document);
  if (!records.length) {
    throw new ImportSourceError('No Kultunaut records found: no element or object has an ArrNr, ArrNavn or ArrTitel.');
  }
  return records.map((record, index) => readKultunautRecord(record, index, settings));
}

/** The records of a Kultunaut XML export. */
export function readKultunautXml(text: string, settings: ImportSettings): SourceRecord[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new ImportSourceError(`The XML is not well-formed: line ${valid.err.line}: ${valid.err.msg}`);
  }
  const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true });
  return readKultunautDocument(parser.parse(text), settings);
}
