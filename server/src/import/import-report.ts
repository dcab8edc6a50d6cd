import type { ImportReport } from './run-import.js';
import { regionMinuteText } from '../time/region-clock.js';

/** "N new, M updated, K unchanged, U unreadable": the last line of every import. */
export function summaryLine({ counts }: ImportReport): string {
  return `${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.unreadable} unreadable`;
}

/** The report as the command prints it: every event with what happened to it, every unreadable record and why. */
export function reportLines(report: ImportReport): string[] {
  const width = Math.max(0, ...report.events.map((event) => event.label.length));
  const lines = report.events.map((event) => {
    const start = regionMinuteText(Date.parse(event.start));
    // An all-day event shows its first day alone, padded so the ids stay in one column.
    const when = event.allDay ? start.slice(0, 10).padEnd(start.length) : start;
    return `  ${event.outcome.padEnd(9)} ${event.label.padEnd(width)}  ${when}  ${event.eventId}`;
  });
  if (report.unreadable.length) {
    lines.push('', `Unreadable (${report.unreadable.length}), not imported:`);
    lines.push(...report.unreadable.map((record) => `  ${record.label}: ${record.reason}`));
  }
  if (report.dryRun) lines.push('', 'Dry run: nothing was written. Run again without --dry-run to import.');
  lines.push(summaryLine(report));
  return lines;
}
