import type { ComposeMessage } from '../signups/signup-store.js';
import type { MessageStore } from './message-store.js';

/** How often the server looks for due reminders. */
export const REMINDER_ROUND_MS = 5 * 60_000;

export interface ReminderSchedulerOptions {
  storage: Pick<MessageStore, 'queueDueReminders'>;
  compose: ComposeMessage;
  /** The clock; tests pass their own. */
  now?: () => Date;
  /** Called when reminders were queued, so the mailer sends them at once. */
  onMessagesQueued?: () => void;
}

/**
 * Queues the reminders that are due, in the server process, as the retention sweep and the mailer run there
 * (`cli.ts`). Each round is one transaction; the storage takes a unique key per signup and start time, so however many
 * processes run a scheduler on one database, each reminder is queued once.
 */
export class ReminderScheduler {
  readonly #options: ReminderSchedulerOptions;

  constructor(options: ReminderSchedulerOptions) {
    this.#options = options;
  }

  /** One round: how many reminders it queued. */
  async round(): Promise<number> {
    const { storage, compose, now = () => new Date(), onMessagesQueued } = this.#options;
    const queued = await storage.queueDueReminders(now(), compose);
    if (queued) onMessagesQueued?.();
    return queued;
  }

  /** Runs a round now and then every `intervalMs`; errors are logged and the next round tries again. */
  start(intervalMs = REMINDER_ROUND_MS): () => void {
    const run = () =>
      this.round().catch((error) => console.error('reminders: the due reminders could not be queued', error));
    void run();
    const timer = setInterval(run, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
