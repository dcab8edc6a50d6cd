/**
 * The submissions' part of storage: events sent in without an account, waiting for their sender to use the
 * confirmation link, and the key the form tokens are signed with.
 */
import type { Submitter } from '@kulturregion/kultur/contract';
import type { StoredEventInput } from '../events/event-store.js';
import type { MessageDraft } from '../signups/signup-store.js';

/** A submission as it waits: the event as it becomes a draft (its id chosen already), and who sent it. */
export interface PendingSubmission {
  input: StoredEventInput;
  submitter: Submitter;
}

export interface NewSubmission extends PendingSubmission {
  /** The SHA-256 digest of the confirmation link's secret: the only form of it kept. */
  digest: string;
  expiresAt: Date;
  /** The confirmation mail, queued in the same transaction. */
  message: MessageDraft;
}

export interface SubmissionStore {
  /** The form tokens' key: `candidate` when none is kept yet, else the one kept first (every process gets the same). */
  formKey(candidate: string): Promise<string>;
  /** How many submissions to `email` (any case) wait for confirmation, sent after `since`. */
  countWaiting(email: string, since: Date): Promise<number>;
  /** Keeps the submission and queues its confirmation mail, in one transaction. */
  addSubmission(submission: NewSubmission, now: Date): Promise<void>;
  /** The submission whose link has this digest, while the link works. */
  findSubmission(digest: string, now: Date): Promise<PendingSubmission | undefined>;
  /** Spends the link: the submission has become a draft. */
  removeSubmission(digest: string): Promise<void>;
  /**
   * Deletes submissions whose link ran out, their confirmation mails (they hold the secret) a day on, and the name and
   * address of who sent an event in once the event ended `keepDays` days ago (or is gone).
   */
  sweepSubmissions(now: Date, keepDays: number): Promise<number>;
}
