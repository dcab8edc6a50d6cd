import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { ADMIN_TOKEN, createTestFeed, type TestFeed } from '../server/support/test-feed.js';

/** The real feed over HTTP, with the demo outbox (to read sign-in mails) and links that point at itself. */
export interface PublishingFeed {
  /** Such as `http://127.0.0.1:41234/v1`. */
  baseUrl: string;
  origin: string;
  token: string;
  feed: TestFeed;
  /** The messages the outbox holds for `to`, newest first. */
  outbox(to: string): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function startPublishingFeed(): Promise<PublishingFeed> {
  let origin = '';
  const feed = createTestFeed({ demoOutbox: true, publicUrl: () => origin });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve) => {
    const server = serve({ fetch: feed.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ server, port: info.port }),
    );
  });
  origin = `http://127.0.0.1:${port}`;
  return {
    baseUrl: `${origin}/v1`,
    origin,
    token: ADMIN_TOKEN,
    feed,
    async outbox(to) {
      const response = await fetch(`${origin}/v1/dev/outbox?to=${encodeURIComponent(to)}`);
      return ((await response.json()) as { items: unknown[] }).items;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await feed.close();
    },
  };
}

/**
 * A `fetch` that keeps cookies as a browser does for one origin (Node's keeps none): what `Set-Cookie` set is sent
 * back, and a cookie set to expire is dropped. Enough for the session cookie.
 */
export function cookieFetch(): { fetch: typeof fetch; cookies: Map<string, string> } {
  const cookies = new Map<string, string>();
  const jarFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (cookies.size) {
      request.headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(request);
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) || value === '';
      if (expired) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
  return { fetch: jarFetch, cookies };
}
