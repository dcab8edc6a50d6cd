/**
 * The text layer of iCalendar (RFC 5545 §3.1–3.3): content lines, their escaping and folding, and date values.
 */
import { REGION_TIME_ZONE, regionOffsetMinutes, regionWallClock, type WallClock } from '../time/region-clock.js';

/** A content line may be at most 75 octets long before its line break (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

/** iCalendar lines end with CRLF, whatever the platform. */
export const CRLF = '\r\n';

// Control characters RFC 5545 does not allow in a value; tab and the line break (escaped below) are allowed.
const disallowedControls = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** A TEXT value (§3.3.11): backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(disallowedControls, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/**
 * A parameter value such as `CN`, always quoted. A quoted value cannot hold a double quote or a line break, so those
 * (and the caret itself) are written as RFC 6868 caret escapes, which current clients read back.
 */
export function quoteParameter(value: string): string {
  const escaped = value
    .replace(/\r\n?/g, '\n')
    .replace(disallowedControls, '')
    .replace(/[\^\n"]/g, (char) => (char === '^' ? '^^' : char === '\n' ? '^n' : "^'"));
  return `"${escaped}"`;
}

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line into lines of at most 75 octets: each continuation starts with one space (§3.1). The line is
 * cut between characters, never inside a character's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** One property, `NAME;PARAM=value:value`, folded. Parameter values come ready to write (see `quoteParameter`). */
export function contentLine(name: string, value: string, parameters: Record<string, string> = {}): string {
  const written = Object.entries(parameters)
    .map(([key, parameter]) => `;${key}=${parameter}`)
    .join('');
  return foldLine(`${name}${written}:${value}`);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function basicDateTime({ year, month, day, hour, minute, second }: WallClock): string {
  return `${pad(year, 4)}${pad(month)}${pad(day)}T${pad(hour)}${pad(minute)}${pad(second)}`;
}

/** An instant in UTC (§3.3.5 form 2): `20270310T080000Z`. */
export function utcDateTime(epochMs: number): string {
  const date = new Date(epochMs);
  return `${basicDateTime({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  })}Z`;
}

/** A calendar day (`YYYY-MM-DD`) as a DATE value: `20270310`. */
export function dateValue(isoDate: string): string {
  return isoDate.replaceAll('-', '');
}

/** A DATE-TIME property's value and parameters. */
export interface DateTimeValue {
  value: string;
  parameters: Record<string, string>;
}

const HOUR_MS = 3_600_000;

/**
 * An instant as the region's wall clock with `TZID` (§3.3.5 form 3), so calendars show it in Danish time and move it
 * with the clocks. The wall-clock times of the October night the clocks go back (02:00 to 03:00) happen twice; RFC 5545
 * says such a time means the first pass, but clients differ (ical.js takes the second), so an instant in either pass is
 * written in UTC instead, which means one instant everywhere.
 */
export function regionDateTime(epochMs: number): DateTimeValue {
  const offset = regionOffsetMinutes(epochMs);
  const happensTwice =
    regionOffsetMinutes(epochMs + HOUR_MS) < offset || offset < regionOffsetMinutes(epochMs - HOUR_MS);
  if (happensTwice) return { value: utcDateTime(epochMs), parameters: {} };
  return { value: basicDateTime(regionWallClock(epochMs)), parameters: { TZID: REGION_TIME_ZONE } };
}
