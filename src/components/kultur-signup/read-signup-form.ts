import { SIGNUP_FIELDS } from '../../contract/contract-constants.js';

/**
 * The signup a filled-in form asks for: text trimmed (autofill and pasting add spaces), empty fields left out, the
 * consent box as `true` or `false`. Unchecked: `checkSignup()` tells what the feed would refuse.
 */
export function readSignupForm(
  form: HTMLFormElement,
  privacyVersion: string,
  readAnswers?: (data: FormData) => Record<string, unknown>,
): Record<string, unknown> {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const input: Record<string, unknown> = {};
  // An empty field is a missing one, so an empty e-mail is "required" rather than "not an e-mail address".
  for (const field of ['name', 'email', ...SIGNUP_FIELDS]) {
    if (text(field)) input[field] = text(field);
  }
  if (text('seats')) input.seats = Number(text('seats'));
  input.consent = data.has('consent');
  // The honeypot goes along as it is: a value there is refused, and people never see the field.
  if (data.get('website')) input.website = data.get('website');
  if (privacyVersion) input.privacyVersion = privacyVersion;
  // Only when the event asks questions, so a signup to an event without them is the same request as before.
  const answers = readAnswers?.(data);
  if (answers && Object.keys(answers).length) input.answers = answers;
  return input;
}
