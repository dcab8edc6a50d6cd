import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDays,
  daysBetween,
  isTimeZoneName,
  regionDate,
  regionInstantOf,
  regionIso,
  regionMinuteText,
  startOfNextRegionDay,
  startOfRegionDay,
  weekdayOf,
  zonedInstant,
} from '../../../server/src/time/region-clock.js';

/** What Intl itself says a clock in Copenhagen shows at an instant, with the offset: the module's yardstick. */
const intlClock = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'longOffset',
});

function intlIso(epochMs: number): string {
  const p = Object.fromEntries(intlClock.formatToParts(epochMs).map((part) => [part.type, part.value]));
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName!.replace('GMT', '');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

describe('the region’s clock (time/region-clock.ts)', () => {
  it('writes every half hour of three years as Intl reads the clock in Copenhagen, offset included', () => {
    for (const year of [2026, 2027, 2031]) {
      for (let instant = Date.UTC(year, 0, 1); instant < Date.UTC(year + 1, 0, 1); instant += 1_800_000) {
        const iso = regionIso(instant);
        assert.equal(iso, intlIso(instant));
        assert.equal(Date.parse(iso), instant);
        assert.equal(regionDate(instant), iso.slice(0, 10));
        assert.equal(regionMinuteText(instant), `${iso.slice(0, 10)} ${iso.slice(11, 16)}`);
      }
    }
  });

  it('finds the instant a wall-clock time names, in winter and summer, and across the changes', () => {
    assert.equal(regionIso(regionInstantOf('2027-01-15', 9, 30)), '2027-01-15T09:30:00+01:00');
    assert.equal(regionIso(regionInstantOf('2027-07-15', 19, 0)), '2027-07-15T19:00:00+02:00');
    // 02:30 on the last Sunday of March does not exist: it is read with the winter offset, an hour later.
    assert.equal(regionIso(regionInstantOf('2027-03-28', 2, 30)), '2027-03-28T03:30:00+02:00');
    // 02:30 on the last Sunday of October happens twice: the second time is taken.
    assert.equal(regionIso(regionInstantOf('2027-10-31', 2, 30)), '2027-10-31T02:30:00+01:00');
    const newYork = zonedInstant({ year: 2027, month: 1, day: 15, hour: 9, minute: 0, second: 0 }, 'America/New_York');
    assert.equal(new Date(newYork).toISOString(), '2027-01-15T14:00:00.000Z');
  });

  it('begins and ends a calendar day at the region’s midnight', () => {
    assert.equal(new Date(startOfRegionDay('2027-01-15')).toISOString(), '2027-01-14T23:00:00.000Z');
    assert.equal(new Date(startOfRegionDay('2027-07-15')).toISOString(), '2027-07-14T22:00:00.000Z');
    assert.equal(new Date(startOfNextRegionDay('2027-03-27')).toISOString(), '2027-03-27T23:00:00.000Z');
    assert.equal(startOfNextRegionDay('2027-03-28') - startOfRegionDay('2027-03-28'), 23 * 3_600_000);
  });

  it('counts calendar days and weekdays', () => {
    assert.equal(addDays('2027-02-27', 2), '2027-03-01');
    assert.equal(addDays('2027-01-01', -1), '2026-12-31');
    assert.equal(daysBetween('2026-12-30', '2027-01-02'), 3);
    assert.equal(daysBetween('2027-01-02', '2026-12-30'), -3);
    assert.equal(weekdayOf('2027-03-28'), 0);
    assert.equal(weekdayOf('2027-03-26'), 5);
  });

  it('knows the time-zone names the runtime knows', () => {
    assert.equal(isTimeZoneName('Europe/Copenhagen'), true);
    assert.equal(isTimeZoneName('Europe/Atlantis'), false);
  });
});
