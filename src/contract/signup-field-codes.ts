/**
 * Why a signup field was refused: the `code` of each entry in the `errors` of a refused signup. Stable, so a form
 * can show its own words for each, in Danish or English, instead of the feed's English `message`.
 *
 * `required` (missing or blank), `too-long`, `invalid-characters` (a line break, control or text-direction
 * character in a one-line field; a control or direction character in the comment), `invalid-email`, `invalid-phone`,
 * `consent-required` (`consent` is not `true`), `invalid-seats` (not a whole number of at least 1), `too-many-seats`
 * (more than the event's `maxSeatsPerSignup`), `not-asked` (a field the event's `signup.fields` does not ask for),
 * `honeypot` (`website` has a value), `unknown-field`, `invalid` (any other wrong value).
 *
 * In a module of its own, so the signup form's chunk reads the codes without the schemas, and zod, beside them.
 *
 * @example
 * ```ts
 * import { SIGNUP_FIELD_CODES, type SignupFieldCode } from '@kulturregion/kultur/sdk';
 *
 * // A form's own words for each code; the loop finds a code added to the contract that has none yet.
 * const words: Partial<Record<SignupFieldCode, string>> = { required: 'Skal udfyldes.', 'invalid-email': 'Tjek adressen.' };
 * for (const code of SIGNUP_FIELD_CODES) if (!words[code]) console.warn(`No words for ${code}`);
 * ```
 */
export const SIGNUP_FIELD_CODES = [
  'required',
  'too-long',
  'invalid-characters',
  'invalid-email',
  'invalid-phone',
  'consent-required',
  'invalid-seats',
  'too-many-seats',
  'not-asked',
  'honeypot',
  'unknown-field',
  'invalid',
] as const;
