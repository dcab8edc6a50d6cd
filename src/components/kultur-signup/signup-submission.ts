import type { ReactiveController, ReactiveControllerHost } from 'lit';
// The values from their own modules, not the SDK's index: that one exports the zod schemas too, and importing it
// would make this chunk load them (and zod) before anything is refused.
import { problemKindOf } from '../../contract/problem-kinds.js';
import { SIGNUP_FIELD_CODES } from '../../contract/signup-field-codes.js';
import { isKulturError } from '../../sdk/errors/is-kultur-error.js';
import { newIdempotencyKey } from '../../sdk/idempotency-key.js';
import type { KulturClient, SignupAnswer, SignupFieldCode, SignupRequest } from '../../sdk/index.js';
import { KulturSignupFailedEvent } from '../events/kultur-signup-failed-event.js';
import { KulturSignupSubmitEvent } from '../events/kultur-signup-submit-event.js';
import { KulturSignupSubmittedEvent } from '../events/kultur-signup-submitted-event.js';
import type { FormIssue } from './form-issues.js';
import { closedReasonOf, type ClosedReason } from './signup-availability.js';

/** The feed's answer to a signup, with what the answer's text names. */
export interface Answered {
  signup: SignupAnswer;
  email: string;
  seats: number;
}

/** The element a submission sends for: it names the event, and gets the submission's events. */
export type SubmissionHost = ReactiveControllerHost & HTMLElement & { readonly eventId: string };

/**
 * What became of a send, for the element to show: `sent` (the answer is in {@link SignupSubmission.answered}),
 * `invalid` (the feed refused fields; `changed` when that means the event changed since it was loaded), `closed` (the
 * form no longer applies: {@link SignupSubmission.refusal}), `failed` (may be retried: {@link SignupSubmission.error}),
 * `prevented` (the page cancelled `kultur-signup-submit`; nothing was sent) or `overtaken` (the element was switched to
 * another event meanwhile; the outcome belongs to the old one).
 */
export type SubmissionOutcome =
  | { kind: 'sent' | 'closed' | 'failed' | 'prevented' | 'overtaken' }
  | { kind: 'invalid'; issues: FormIssue[]; changed: boolean };

/**
 * Sends the signup of `<kultur-signup>` and keeps what came of it. Safe to repeat: the same signup sent again (a retry)
 * carries the same `Idempotency-Key`, so a lost answer can never sign someone up twice. Fires the element's
 * `kultur-signup-submit` (cancelable), `kultur-signup-submitted` and `kultur-signup-failed`, and turns the feed's
 * refusals into what the form shows. Owns no template: the element renders from its fields.
 */
export class SignupSubmission implements ReactiveController {
  /** A send is under way: the button is disabled. */
  sending = false;
  /** The last send's failure, when it can be retried (network, timeout, 5xx, 429). */
  error: unknown = undefined;
  /** The feed refused because the form no longer applies (closed, full, not open): this overrides the event. */
  refusal: ClosedReason | undefined = undefined;
  /** The feed took the signup. */
  answered: Answered | undefined = undefined;
  /** What a screen reader is told while the signup is on its way. */
  announcement = '';
  readonly #host: SubmissionHost;
  /** The key of the last send and the signup it carried: the same signup sent again reuses it. */
  #attempt: { key: string; body: string } | undefined;
  /** The event what is kept here belongs to. */
  #eventId = '';

  constructor(host: SubmissionHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    // Switched to another event: what came of sending for the old one, and its key, are forgotten before rendering.
    if (this.#host.eventId === this.#eventId) return;
    this.#eventId = this.#host.eventId;
    this.error = undefined;
    this.refusal = undefined;
    this.answered = undefined;
    this.#attempt = undefined;
  }

  /** Sends `input` for the host's event with `client`; `announcement` is what a screen reader hears meanwhile. */
  async send(input: SignupRequest, client: KulturClient, announcement: string): Promise<SubmissionOutcome> {
    const { eventId } = this.#host;
    const submit = new KulturSignupSubmitEvent(eventId, input);
    this.#host.dispatchEvent(submit);
    if (submit.defaultPrevented) return { kind: 'prevented' };

    const body = JSON.stringify(input);
    // The same signup again (a retry) keeps its key, so a lost answer cannot make a second signup; a changed one is
    // another request, and the feed would refuse an old key with a new body.
    const key = this.#attempt?.body === body ? this.#attempt.key : newIdempotencyKey();
    this.#attempt = { key, body };
    this.sending = true;
    this.error = undefined;
    this.announcement = announcement;
    this.#host.requestUpdate();
    // From here on each way out is synchronous, so the update requested here shows the whole outcome.
    let signup: SignupAnswer;
    try {
      signup = await client.signups.create(eventId, input, { idempotencyKey: key });
    } catch (error) {
      this.#stopSending();
      return this.#failed(eventId, error);
    }
    this.#stopSending();
    // Made apart from dispatchEvent(): the manifest analyzer reads `dispatchEvent(new X(a))` as an event named `a`.
    const done = new KulturSignupSubmittedEvent(eventId, signup);
    this.#host.dispatchEvent(done);
    // The page switched the element to another event meanwhile: the answer belongs to the old one's form.
    if (eventId !== this.#host.eventId) return { kind: 'overtaken' };
    this.#attempt = undefined;
    this.answered = { signup, email: input.email, seats: input.seats ?? 1 };
    return { kind: 'sent' };
  }

  #failed(eventId: string, error: unknown): SubmissionOutcome {
    const failed = new KulturSignupFailedEvent(eventId, error);
    this.#host.dispatchEvent(failed);
    if (eventId !== this.#host.eventId) return { kind: 'overtaken' };
    const problem = isKulturError(error, 'KulturHttpError') ? error.problem : undefined;
    const kind = problemKindOf(problem?.type);
    if (kind === 'invalid-body' && problem?.errors?.length) {
      const codes: readonly string[] = SIGNUP_FIELD_CODES;
      const issues = problem.errors.map((field) => ({
        path: field.path,
        code: (codes.includes(field.code ?? '') ? field.code : 'invalid') as SignupFieldCode,
      }));
      // Too many seats, or a field the event no longer asks for, means the event changed since it was loaded.
      const changed = issues.some(
        (issue) =>
          issue.code === 'too-many-seats' ||
          issue.code === 'not-asked' ||
          // A choice no longer among the options: the organiser changed the question.
          (issue.code === 'invalid' && issue.path.startsWith('answers.')),
      );
      return { kind: 'invalid', issues, changed };
    }
    const closed = closedReasonOf(kind);
    if (closed) {
      this.refusal = closed;
      return { kind: 'closed' };
    }
    if (kind === 'idempotency-key-reused') this.#attempt = undefined;
    this.error = error;
    return { kind: 'failed' };
  }

  #stopSending(): void {
    this.sending = false;
    this.announcement = '';
    this.#host.requestUpdate();
  }
}
