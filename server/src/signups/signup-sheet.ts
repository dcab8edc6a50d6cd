import type { Answer, Question, SignupRecord, SignupStatus } from '@kulturregion/kultur/contract';
import { toCsv } from '../http/csv.js';
import { regionMinuteText } from '../time/region-clock.js';

const statusNames: Record<SignupStatus, string> = { confirmed: 'Bekræftet', waitlisted: 'Venteliste' };

type Column = readonly [string, (record: SignupRecord) => string | number | undefined];

/** The organiser's columns: Danish headings, person first, then the seat and the place in the queue. */
const columns: readonly Column[] = [
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

/** An answer in a cell: text as written, chosen options joined by "; ", yes/no in Danish. */
export function answerText(answer: Answer | undefined): string | undefined {
  if (answer === undefined) return undefined;
  if (typeof answer === 'boolean') return answer ? 'Ja' : 'Nej';
  return Array.isArray(answer) ? answer.join('; ') : answer;
}

/**
 * A column per question: the event's questions in their order, headed by their words, then a column for each question
 * the event no longer asks that someone answered before it was removed (headed by its id: its words are gone). An
 * answer is kept under its question's id, so a question whose words or options changed keeps its earlier answers.
 */
function questionColumns(records: readonly SignupRecord[], questions: readonly Question[]): Column[] {
  const asked = questions.map((question): Column => [
    question.label,
    (record) => answerText(record.answers?.[question.id]),
  ]);
  const askedIds = new Set(questions.map((question) => question.id));
  const removed = [...new Set(records.flatMap((record) => Object.keys(record.answers ?? {})))]
    .filter((id) => !askedIds.has(id))
    .sort();
  return [
    ...asked,
    ...removed.map((id): Column => [`Fjernet spørgsmål (${id})`, (record) => answerText(record.answers?.[id])]),
  ];
}

/** An event's signup list as a CSV file that opens as a sheet in Danish Excel; a column per question after the rest. */
export function signupSheet(records: readonly SignupRecord[], questions: readonly Question[] = []): string {
  const all = [...columns, ...questionColumns(records, questions)];
  return toCsv(
    all.map(([header]) => header),
    records.map((record) => all.map(([, value]) => value(record))),
  );
}
