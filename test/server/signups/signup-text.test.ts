/**
 * What a signup may carry: plain text a person typed, and only the fields the event asks for. A stranger can type any
 * address into a form, so whatever the text holds must never pass for our words, and nothing beyond what the event
 * asked for is kept.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkSignup } from '../../../src/contract/signup-field-issues.js';
import { assertProblem } from '../support/problem-assertions.js';
import {
  BEFORE_THE_EVENT,
  courseDay,
  person,
  postSignup,
  publish,
  signUp,
  signupList,
} from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

/** Characters that break a line, steer the eye or the terminal, or reorder what is shown. */
const LINE_BREAKS = { LF: '\n', CR: '\r', 'CR LF': '\r\n', NEL: '\u0085', LS: '\u2028', PS: '\u2029' };
const CONTROLS = {
  BEL: '\u0007',
  BS: '\u0008',
  ESC: '\u001B',
  DEL: '\u007F',
  CSI: '\u009B',
  VT: '\u000B',
  FF: '\u000C',
};
const DIRECTION = {
  RLO: '\u202E',
  LRO: '\u202D',
  RLE: '\u202B',
  LRE: '\u202A',
  PDF: '\u202C',
  RLI: '\u2067',
  LRI: '\u2066',
  FSI: '\u2068',
  PDI: '\u2069',
  RLM: '\u200F',
  LRM: '\u200E',
  ALM: '\u061C',
};
const ONE_LINE_FIELDS = ['name', 'organization', 'municipality', 'privacyVersion'] as const;

describe('the text a signup carries', () => {
  let feed: TestFeed;
  before(async () => {
    feed = createTestFeed({ now: () => BEFORE_THE_EVENT, signupRate: 0, demoOutbox: true });
    await publish(
      feed,
      courseDay('alt', { capacity: 500, fields: ['phone', 'organization', 'municipality', 'comment'] }),
    );
    await publish(feed, courseDay('kun-navn', { capacity: 500, fields: [] }));
  });
  after(() => feed.close());

  async function assertRefused(body: Record<string, unknown>, path: string, code: string): Promise<void> {
    const before = await feed.database.count('SELECT count(*) AS n FROM signups');
    const problem = await assertProblem(await postSignup(feed, 'alt', body), 400, path);
    assert.equal(problem.type, 'urn:kultur:problem:invalid-body');
    const error = problem.errors?.find((each) => each.path === path);
    assert.equal(error?.code, code, JSON.stringify(problem));
    assert.ok(problem.detail?.startsWith(path), problem.detail);
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM signups'), before, 'nothing stored');
  }

  it('refuses line breaks, control and direction characters in every one-line field, naming the field', async () => {
    let n = 0;
    for (const field of ONE_LINE_FIELDS) {
      for (const [what, char] of Object.entries({ ...LINE_BREAKS, ...CONTROLS, ...DIRECTION })) {
        const value = `Mette${char}Hansen`;
        await assertRefused(person(++n, { [field]: value }), field, 'invalid-characters');
        // The SDK's check before sending says the same, so the form shows it without a round trip.
        const issue = checkSignup(person(n, { [field]: value })).find((each) => each.path === field);
        assert.equal(issue?.code, 'invalid-characters', `${field} with ${what}`);
      }
    }
    const problem = await assertProblem(await postSignup(feed, 'alt', person(1, { name: 'A\u202Eevil' })), 400, 'name');
    assert.match(problem.errors![0]!.message, /one line, without line breaks, control characters or text-direction/);
  });

  it('takes line breaks and tabs in the comment, and refuses the other controls and direction characters there', async () => {
    await signUp(feed, 'alt', person(900, { comment: 'Første linje\r\nAnden linje\n\n\tmed indrykning' }));
    const [stored] = (await signupList(feed, 'alt')).filter((item) => item.email === 'deltager900@example.dk');
    assert.equal(stored?.comment, 'Første linje\r\nAnden linje\n\n\tmed indrykning');
    for (const char of Object.values({ ...CONTROLS, ...DIRECTION, NEL: '\u0085', LS: '\u2028', PS: '\u2029' })) {
      await assertRefused(person(901, { comment: `Vegetar${char}, tak` }), 'comment', 'invalid-characters');
    }
  });

  it('keeps letters of every language, accents, emoji and ordinary punctuation', async () => {
    for (const [n, name] of [
      'Søren Ærø-Åberg',
      'Zoë d’Arcy',
      'Łukasz Żółć',
      'محمد علي',
      '李小龍',
      'Ana 🎻',
    ].entries()) {
      await signUp(feed, 'alt', person(950 + n, { name, organization: `${name} & Co. (ApS)` }));
    }
  });

  it('refuses the fields the event does not ask for, naming each, and stores nothing', async () => {
    const before = await feed.database.count('SELECT count(*) AS n FROM signups');
    const body = person(1, { phone: '+45 12 34 56 78', comment: 'Hej', organization: 'Teatret' });
    const problem = await assertProblem(await postSignup(feed, 'kun-navn', body), 400);
    assert.equal(problem.type, 'urn:kultur:problem:invalid-body');
    assert.deepEqual(
      problem.errors?.map((error) => [error.path, error.code]),
      [
        ['phone', 'not-asked'],
        ['organization', 'not-asked'],
        ['comment', 'not-asked'],
      ],
    );
    assert.match(problem.detail!, /^phone, organization, comment is not asked for by this event/);
    assert.equal(await feed.database.count('SELECT count(*) AS n FROM signups'), before);
    // Without them, the same person is welcome.
    await signUp(feed, 'kun-navn', person(1));
  });
});
