import type { SignupRecord, SignupStatus } from '@kulturregion/kultur/contract';
import { toCsv } from '../http/csv.js';
import { regionMinuteText } from '../time/region-clock.js';

const statusNames: Record<SignupStatus, string> = { confirmed: 'Bekræftet', waitlisted: 'Venteliste' };

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
  // `2027-03-01 11:05` in the region's time: Excel reads it as a date and time in any locale.
  ['Tilmeldt', (record) => regionMinuteText(Date.parse(record.createdAt))],
  // Checked in at the door: the time, as Tilmeldt; an empty cell while not, so COUNTA counts who came.
  ['Fremmødt', (record) => record.attendedAt && regionMinuteText(Date.parse(record.attendedAt))],
];

/** An event's signup list as a CSV file that opens as a sheet in Danish Excel. */
export function signupSheet(records: readonly SignupRecord[]): string {
  return toCsv(
    columns.map(([header]) => header),
    records.map((record) => columns.map(([, value]) => value(record))),
  );
}
