import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignupAnswerSchema, SignupRequestSchema } from '../../src/contract/schema.js';
import { checkSignup } from '../../src/contract/signup-field-issues.js';
import { KulturInputError } from '../../src/sdk/errors/kultur-input-error.js';
import { KulturValidationError } from '../../src/sdk/errors/kultur-validation-error.js';
import { toAnswerIssues } from '../../src/sdk/answer-issue.js';
import { signupAnswerOf, signupBody, signupIssuesOf } from '../../src/sdk/signup-checks.js';
import { FULL_SIGNUP, signupInput } from './support/signup-values.js';

/** Values per property in `npm test`; `KULTUR_FUZZ_RUNS` sets more. */
const RUNS = Number(process.env.KULTUR_FUZZ_RUNS || 1_000);

/** The fields a form checks one at a time: the request's own, a question's answer, and one the schema does not know. */
const FIELDS = [
  ...Object.keys(SignupRequestSchema.shape),
  'answers.kost',
  'answers.__proto__',
  'organisation',
  '(body)',
];

describe("a signup's checks, checker first and zod to word a refusal", () => {
  it('find what checkSignup finds, for the whole signup and for each field alone', async () => {
    await fc.assert(
      fc.asyncProperty(signupInput, async (input) => {
        const all = checkSignup(input);
        assert.deepEqual(await signupIssuesOf(input), all);
        for (const field of FIELDS) {
          assert.deepEqual(
            await signupIssuesOf(input, field),
            all.filter((issue) => issue.path === field),
            `${field} of ${JSON.stringify(input)}`,
          );
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it("find a field's issues while the other fields are still empty, as a form left field by field does", async () => {
    assert.deepEqual(await signupIssuesOf({ name: 'Mette', consent: false }, 'name'), []);
    assert.deepEqual(await signupIssuesOf({ email: 'mette@', consent: false }, 'email'), [
      { path: 'email', code: 'invalid-email', message: 'must be an e-mail address' },
    ]);
    assert.deepEqual(await signupIssuesOf({ phone: '12', consent: false }, 'phone'), [
      {
        path: 'phone',
        code: 'invalid-phone',
        message: 'must be 6 to 20 digits, spaces, (), - and an optional leading +',
      },
    ]);
  });

  it("send the schema's data: text trimmed, seats 1 when absent", async () => {
    await fc.assert(
      fc.asyncProperty(signupInput, async (input) => {
        const parsed = SignupRequestSchema.safeParse(input);
        if (parsed.success) {
          assert.deepStrictEqual(await signupBody(input), parsed.data);
          assert.equal(JSON.stringify(await signupBody(input)), JSON.stringify(parsed.data));
        } else {
          const error = await signupBody(input).then(
            () => assert.fail(`taken, though the schema refuses ${JSON.stringify(input)}`),
            (error: unknown) => error,
          );
          assert.ok(error instanceof KulturInputError);
          assert.deepEqual(error.issues, checkSignup(input));
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    const { seats, ...withoutSeats } = FULL_SIGNUP;
    assert.equal(seats, 2);
    assert.equal(((await signupBody(withoutSeats)) as { seats: number }).seats, 1);
  });

  it("take the feed's answer as the schema does, and name what does not fit as it does", async () => {
    const url = 'https://feed.example.dk/v1/events/x/signups';
    assert.deepEqual(await signupAnswerOf({ id: 's1', status: 'confirmed', extra: 1 }, url), {
      id: 's1',
      status: 'confirmed',
    });
    for (const json of [
      undefined,
      { id: 's1', status: 'maybe' },
      { id: 's1', status: 'waitlisted', waitlistPosition: 0 },
    ]) {
      const error = await signupAnswerOf(json, url).then(
        () => assert.fail(`took ${JSON.stringify(json)}`),
        (error: unknown) => error,
      );
      assert.ok(error instanceof KulturValidationError);
      const parsed = SignupAnswerSchema.safeParse(json);
      assert.equal(parsed.success, false);
      assert.deepEqual(error.issues, toAnswerIssues(parsed.error!.issues));
    }
  });
});
