import type { MiddlewareHandler } from 'hono';
import type { ClientAddress } from '../http/client-address.js';
import { ProblemError } from '../http/problem.js';

const MINUTE_MS = 60_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per address: `perMinute` requests at once, refilled at `perMinute` a minute. A person who submits a
 * form, fixes a field and submits again is far below it; a script filling an event is not.
 */
export class RateLimiter {
  readonly #perMinute: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, Bucket>();
  #sweptAt = 0;

  constructor(perMinute: number, now: () => number) {
    this.#perMinute = perMinute;
    this.#now = now;
  }

  /** Takes a token for `address`; returns 0 when the request may go ahead, otherwise the seconds until it may. */
  take(address: string): number {
    const now = this.#now();
    this.#sweep(now);
    const perMs = this.#perMinute / MINUTE_MS;
    const bucket = this.#buckets.get(address);
    const tokens = bucket ? Math.min(this.#perMinute, bucket.tokens + (now - bucket.at) * perMs) : this.#perMinute;
    if (tokens >= 1) {
      this.#buckets.set(address, { tokens: tokens - 1, at: now });
      return 0;
    }
    this.#buckets.set(address, { tokens, at: now });
    return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
  }

  /** How many addresses are remembered; a full bucket is forgotten, so this stays small. */
  get size(): number {
    return this.#buckets.size;
  }

  /** Forgets buckets that have filled up again: they are the same as no bucket. Once a minute at most. */
  #sweep(now: number): void {
    if (now - this.#sweptAt < MINUTE_MS) return;
    this.#sweptAt = now;
    const perMs = this.#perMinute / MINUTE_MS;
    for (const [address, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * perMs >= this.#perMinute) this.#buckets.delete(address);
    }
  }
}

/** Answers 429 with `Retry-After` when the client's address has used its requests; `what` names them. */
export function rateLimit(limiter: RateLimiter, addressOf: ClientAddress, what = 'signups'): MiddlewareHandler {
  return async (c, next) => {
    const wait = limiter.take(addressOf(c));
    if (wait > 0) {
      throw new ProblemError(
        429,
        'too-many-requests',
        `Too many ${what} from this address; try again in ${wait} second${wait === 1 ? '' : 's'}.`,
        { headers: { 'retry-after': String(wait) } },
      );
    }
    await next();
  };
}
