import { KulturError } from './kultur-error.js';

/**
 * The feed did not answer within the client's `timeout`, retries and waits included.
 *
 * @example
 * ```ts
 * try {
 *   await client.events.list({});
 * } catch (error) {
 *   if (error instanceof KulturTimeoutError) showMessage('The calendar is slow to answer; try again.');
 *   else throw error;
 * }
 * ```
 */
export class KulturTimeoutError extends KulturError {
  override name = 'KulturTimeoutError' as const;
  /** The URL that was requested. */
  readonly url: string;
  /** The time allowed, in milliseconds. */
  readonly timeout: number;

  constructor(init: { url: string; method?: string; timeout: number }) {
    const { url, method = 'GET', timeout } = init;
    super(
      `The feed did not answer ${method} ${url} within ${timeout / 1000} s. Try again later, or give ` +
        'createKulturClient() a longer timeout.',
    );
    this.url = url;
    this.timeout = timeout;
  }
}
