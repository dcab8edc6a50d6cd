import type { CategoryId, MunicipalityId } from '@kulturregion/kultur/contract';

export const IMPORT_FORMATS = ['ics', 'json', 'kultunaut'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What the person running the import decided for every record. */
export interface ImportSettings {
  /** The name of the source; with a record's own id it keys the event, so a second import updates it. */
  source: string;
  /** Every event's municipality, instead of guessing it from the postal code or town. */
  municipality?: MunicipalityId;
  /** Every event's categories, instead of guessing them from the title and the source's own categories. */
  categories?: CategoryId[];
}

/**
 * One record of a source after reading: the event it describes (still to be validated against the contract), or why
 * it could not be read. `label` names it in the report the way the source does ("ArrNr 4711", "UID …").
 */
export type SourceRecord =
  | { kind: 'read'; externalId: string; label: string; input: Record<string, unknown> }
  | { kind: 'unreadable'; label: string; reason: string };

/** A whole source that cannot be read at all: not the format, not well-formed. */
export class ImportSourceError extends Error {
  override name = 'ImportSourceError';
}

/** A record-level problem thrown while reading one record, turned into an unreadable record by the caller. */
export class RecordProblem extends Error {
  override name = 'RecordProblem';
}

/** Reads one record, turning a `RecordProblem` (or a parser's error) into an unreadable record with its reason. */
export function readRecord(label: string, read: () => SourceRecord): SourceRecord {
  try {
    return read();
  } catch (error) {
    return { kind: 'unreadable', label, reason: (error as Error).message };
  }
}
