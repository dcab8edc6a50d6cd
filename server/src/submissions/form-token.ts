import { createHmac } from 'node:crypto';
import { sameSecret } from '../accounts/secrets.js';

/** A form sent sooner than this after it was shown was not filled in by a person. */
export const FORM_MIN_AGE_MS = 3_000;
/** A form older than this is refused: a token is not a pass to keep. A person reloads the page. */
export const FORM_MAX_AGE_MS = 24 * 60 * 60_000;

/** What a form token says of the form that carries it. */
export type FormTokenCheck =
  { kind: 'fine' } | { kind: 'forged' } | { kind: 'too-soon'; waitMs: number } | { kind: 'expired' };

/**
 * The time trap without a cookie: a token is the moment it was issued, signed with the feed's own key (HMAC-SHA256),
 * so the client cannot make one younger or older than it is. Nothing is stored per token; the key is shared by every
 * process through the database (`SubmissionStore.formKey`).
 */
export class FormTokens {
  readonly #key: () => Promise<string>;

  constructor(key: () => Promise<string>) {
    this.#key = key;
  }

  async issue(now: Date): Promise<string> {
    const issued = now.getTime().toString(36);
    return `${issued}.${await this.#mac(issued)}`;
  }

  async check(token: string, now: Date): Promise<FormTokenCheck> {
    const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match || !sameSecret(match[2]!, await this.#mac(match[1]!))) return { kind: 'forged' };
    const age = now.getTime() - parseInt(match[1]!, 36);
    if (age < FORM_MIN_AGE_MS) return { kind: 'too-soon', waitMs: FORM_MIN_AGE_MS - age };
    if (age > FORM_MAX_AGE_MS) return { kind: 'expired' };
    return { kind: 'fine' };
  }

  async #mac(issued: string): Promise<string> {
    return createHmac('sha256', await this.#key())
      .update(`kultur-form-token:${issued}`)
      .digest('base64url');
  }
}
