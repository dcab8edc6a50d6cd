import { expect } from '@open-wc/testing';
import { regionDay } from '../../src/components/format/event-format.js';

/** The day in Denmark at `instant`, as Intl's time zone data has it. */
function intlDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(instant);
}

const HOUR = 3_600_000;

describe('regionDay', () => {
  it("agrees with Intl's Europe/Copenhagen at every hour of 2024 to 2040, and at the minutes around each change", () => {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' });
    const mismatches: string[] = [];
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2041, 0, 1); time += HOUR) {
      // Every hour, and the minutes just before and after it: a clock change happens on the hour (01:00 UTC).
      for (const instant of [time - 1, time, time + 1].map((t) => new Date(t))) {
        if (regionDay(instant) !== format.format(instant)) mismatches.push(instant.toISOString());
      }
    }
    expect(mismatches).to.deep.equal([]);
  });

  it('turns the day at midnight in Denmark, in winter and in summer', () => {
    expect(regionDay(new Date('2027-01-14T22:59:59Z'))).to.equal('2027-01-14');
    expect(regionDay(new Date('2027-01-14T23:00:00Z'))).to.equal('2027-01-15');
    expect(regionDay(new Date('2027-07-14T21:59:59Z'))).to.equal('2027-07-14');
    expect(regionDay(new Date('2027-07-14T22:00:00Z'))).to.equal('2027-07-15');
    expect(intlDay(new Date('2027-07-14T22:00:00Z'))).to.equal('2027-07-15');
  });
});
