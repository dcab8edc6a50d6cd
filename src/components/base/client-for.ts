import { createKulturClient, type KulturClient } from '../../sdk/client.js';

const clients = new Map<string, KulturClient>();

/**
 * One client per feed URL for the whole page, so every element on it shares one cache and one set of requests:
 * two listings of the same municipality cost one fetch.
 */
export function clientFor(api: string): KulturClient {
  const key = new URL(api, document.baseURI).href.replace(/\/?$/, '/');
  let client = clients.get(key);
  if (!client) {
    client = createKulturClient({ baseUrl: key });
    clients.set(key, client);
  }
  return client;
}
