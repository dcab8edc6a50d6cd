import type { OutboxStore } from './outbox-store.js';

/** What the mailer needs of a transport; nodemailer's SMTP transport fits, and tests pass their own. */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    headers: Record<string, string>;
  }): Promise<unknown>;
}

export interface OutboxMailerOptions {
  storage: OutboxStore;
  transport: MailTransport;
  /** The sender, such as `Kulturregion Storstrøm <kultur@example.dk>`. */
  from: string;
  now?: () => Date;
  /** Messages per round. */
  batch?: number;
}

/**
 * Delivers the outbox over SMTP. Messages are written in the transaction that changes a signup, so none is lost if
 * the process stops before sending; the mailer sends what is unsent, records each attempt, and leaves a message that
 * failed for the next round (a few times, then for a person to look at).
 */
export class OutboxMailer {
  readonly #options: Required<OutboxMailerOptions>;
  #running: Promise<void> | undefined;
  #again = false;

  constructor({ now = () => new Date(), batch = 20, ...options }: OutboxMailerOptions) {
    this.#options = { ...options, now, batch };
  }

  /** Starts a round now, or right after the one that is running; resolves when the outbox is done for now. */
  wake(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      try {
        do {
          this.#again = false;
          await this.deliver();
        } while (this.#again);
      } catch (error) {
        console.error('mailer: the outbox could not be read', error);
      } finally {
        this.#running = undefined;
      }
    })();
    return this.#running;
  }

  /** Sends one batch of unsent messages. */
  async deliver(): Promise<{ sent: number; failed: number }> {
    const { storage, transport, from, now, batch } = this.#options;
    const messages = await storage.listOutbox({ unsent: true, limit: batch });
    let sent = 0;
    let failed = 0;
    for (const message of messages) {
      try {
        await transport.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          // RFC 3834: an automatic message, so out-of-office replies are not sent back.
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        await storage.recordDelivery(message.id, { sentAt: now() });
        sent++;
      } catch (error) {
        await storage.recordDelivery(message.id, { error: (error as Error).message ?? String(error) });
        failed++;
      }
    }
    // A full batch that all went out may have more behind it; failures wait for the next round.
    if (messages.length === batch && failed === 0) this.#again = true;
    return { sent, failed };
  }
}
