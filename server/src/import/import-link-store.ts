/** The import's part of storage: which event each record of a source became. */

/** Which event a record of an import source became, and a digest of what was imported then. */
export interface ImportLink {
  /** The name the import was given (`--source`). */
  source: string;
  /** The source's own id for the record: a Kultunaut ArrNr, an iCalendar UID (and date), a feed event's id. */
  externalId: string;
  eventId: string;
  contentHash: string;
}

export interface ImportLinkStore {
  /** The events a source's earlier imports made, by the source's own ids. */
  listImportLinks(source: string): Promise<ImportLink[]>;
  /** Records (or brings up to date) which event a source's record became. The event must exist. */
  saveImportLink(link: ImportLink, now: Date): Promise<void>;
}

/** An import link row as both storages select it. */
export interface ImportLinkRow {
  source: string;
  external_id: string;
  event_id: string;
  content_hash: string;
}

export function toImportLink(row: ImportLinkRow): ImportLink {
  return { source: row.source, externalId: row.external_id, eventId: row.event_id, contentHash: row.content_hash };
}
