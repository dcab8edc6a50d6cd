import type { AccountsStore } from '../accounts/accounts-store.js';
import type { EventStore } from '../events/event-store.js';
import type { ImageStore } from '../images/image-store.js';
import type { ImportLinkStore } from '../import/import-link-store.js';
import type { MessageStore } from '../messages/message-store.js';
import type { OutboxStore } from '../messages/outbox-store.js';
import type { NumbersStore } from '../numbers/numbers-store.js';
import type { ParticipantStore } from '../participants/participant-store.js';
import type { PublishingStore } from '../publishing/publishing-store.js';
import type { TokenStore } from '../publishing/token-store.js';
import type { SignupStore } from '../signups/signup-store.js';
import type { SubmissionStore } from '../submissions/submission-store.js';
import type { WorkbenchStore } from '../workbench/workbench-store.js';

/**
 * Everything the server keeps: each feature declares its part in its own room (`events/event-store.ts`,
 * `signups/signup-store.ts`, …) and asks for no more than that part; the two databases (`sqlite-storage.ts`,
 * `postgres-storage.ts`) implement the whole. Methods are async so that a networked database (PostgreSQL) can
 * implement the same interface as the embedded default.
 */
export interface Storage extends EventStore, PublishingStore, TokenStore, SignupStore, OutboxStore, ImportLinkStore {
  /** The console's people, sign-in links and sessions (`accounts/accounts-store.ts`). */
  readonly people: AccountsStore;
  /** Uploaded pictures and their renditions: a sub-store of its own (`images/image-store.ts`). */
  readonly images: ImageStore;
  /** The console's drafts, approvals, owners, series and change log (`workbench/workbench-store.ts`). */
  readonly workbench: WorkbenchStore;
  /** An event's participants in the console: added by hand, moved up, removed, checked in (`participants/`). */
  readonly participants: ParticipantStore;
  /** The numbers the region reports (`numbers/numbers-store.ts`). */
  readonly numbers: NumbersStore;
  /** The calendar SEQUENCE, reminders, organisers' messages and the mail log (`messages/message-store.ts`). */
  readonly messages: MessageStore;
  /** Events sent in without an account, waiting for their sender's confirmation (`submissions/`). */
  readonly submissions: SubmissionStore;
  /** Proves the database answers, for the health check. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
