import type { SignupRecord, SignupStatus } from '@kulturregion/kultur/contract';
import { toCsv } from '../http/csv.js';
import { regionWallClock } from '../time/copenhagen.js';

const statusNames: Record<SignupStatus, string> = { confirmed: 'Bekræftet', waitlisted: 'Venteliste' };

const pad = (value: number) => String(value).padStart(2, '0');

/** `2027-03-01 11:05` in the region's time: Excel reads it as a date and time in any locale. */
function regionTimestamp(iso: string): string {
  const { year, month, day, hour, minute } = regionWallClock(Date.parse(iso));
  return `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}`;
}

/** The organiser's columns: Danish headings, person first, then the seat and the place in the queue. */
const columns: ReadonlyArray<readonly [string, (record: SignupRecord) => string | number | undefined]> = [
  ['Navn', (record) => record.name],
  ['E-mail', (record) => record.email],
  ['Telefon', (record) => record.phone],
  ['Organisation', (record) => record.organization],
  ['Kommune', (record) => record.municipality],
  ['Kommentar', (record) => record.comment],
  ['Pladser', (record) => record.seats],
  ['Status', (record) => statusNames[record.status]],
  ['Venteliste-nr.', (record) => record.waitlistPosition],
  ['Tilmeldt', (record) => regionTimestamp(record.createdAt)],
];

/** An event's signup list as a CSV file that opens as a sheet in Danish Excel. */
export function signupSheet(records: readonly SignupRecord[]): string {
  return toCsv(
    columns.map(([header]) => header),
    records.map((record) => columns.map(([, value]) => value(record))),
  );
}
