import { REGION_TIME_ZONE } from '../time/region-clock.js';

/**
 * The region's time zone as a VTIMEZONE (RFC 5545 §3.6.5): Central European Time, with summer time from the last
 * Sunday of March at 02:00 to the last Sunday of October at 03:00, the EU rule Denmark has kept since 1996. Every
 * `TZID=Europe/Copenhagen` in the feed's calendars refers to it, so a calendar that knows no zone names still places
 * each event right.
 */
export const COPENHAGEN_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${REGION_TIME_ZONE}`,
  `X-LIC-LOCATION:${REGION_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19960331T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
