import type { Context } from 'hono';

/**
 * How long caches may keep a response. Feed reads are public and change when the secretariat publishes, so a CDN
 * may serve them for a few minutes, revalidate with the ETag, and keep serving the last good copy if we are down.
 */
export const cachePolicy = {
  feed: 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400',
  /** Reference data and the API description change with a release, not with publishing. */
  reference: 'public, max-age=3600, stale-while-revalidate=86400, stale-if-error=604800',
  /** An address whose content never changes, such as a file named with its hash. */
  immutable: 'public, max-age=31536000, immutable',
  /** Admin answers, health and refusals. */
  none: 'no-store',
} as const;

/** A JSON answer that caches may keep as `cacheControl` says. */
export function cachedJson(c: Context, body: unknown, cacheControl: string): Response {
  c.header('cache-control', cacheControl);
  return c.json(body);
}
