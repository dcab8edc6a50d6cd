/** Characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * The cell separator. Danish Excel (and Excel in every locale whose decimal mark is a comma) splits a double-clicked
 * CSV file on semicolons, so a semicolon is what opens the file as columns.
 */
export const CSV_SEPARATOR = ';';

/**
 * One CSV cell. A value a spreadsheet would run as a formula gets a leading apostrophe, so a name such as
 * `=HYPERLINK(...)` is shown, not executed, when an organiser opens the list. A cell that holds the separator, a
 * quote or a line break is quoted as RFC 4180 does it.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV as Excel opens it: RFC 4180 with semicolons for commas, CRLF line ends, and a byte-order mark so æ, ø and å
 * are read as UTF-8.
 */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>,
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
