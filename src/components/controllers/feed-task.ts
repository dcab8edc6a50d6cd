import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type FeedTaskStatus = 'idle' | 'loading' | 'complete' | 'error';

/**
 * Runs one request at a time for an element and keeps its outcome. A new run aborts the one in flight, and so does
 * disconnecting, so a slow answer for old filters never overwrites a newer one. Owns no template.
 */
export class FeedTask<T> implements ReactiveController {
  status: FeedTaskStatus = 'idle';
  value: T | undefined = undefined;
  error: unknown = undefined;
  readonly #host: ReactiveControllerHost;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Starts `work`; resolves with its value, or undefined when it failed or was overtaken. */
  async run(work: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.status = 'loading';
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      const value = await work(abort.signal);
      if (abort.signal.aborted) return undefined;
      this.value = value;
      this.status = 'complete';
      return value;
    } catch (error) {
      if (abort.signal.aborted) return undefined;
      this.error = error;
      this.status = 'error';
      return undefined;
    } finally {
      if (this.#abort === abort) this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    if (this.status === 'loading') this.status = 'idle';
  }
}
