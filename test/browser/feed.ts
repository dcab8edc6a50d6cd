/** Where the real feed server started by the test runner listens (see `scripts/feed-server-plugin.mjs`). */
export interface FeedServer {
  /** The feed's base URL with its version and a trailing slash, such as `http://127.0.0.1:4321/v1/`. */
  baseUrl: string;
  /** The bearer token for the admin routes. */
  adminToken: string;
}

let pending: Promise<FeedServer> | undefined;

/** Asks the test runner where the feed server is (once per test file). */
export async function feedServer(): Promise<FeedServer> {
  pending ??= fetch('/__kultur/feed').then(async (response) => {
    if (!response.ok) {
      throw new Error(`The test runner has no feed server: /__kultur/feed answered ${response.status}.`);
    }
    return (await response.json()) as FeedServer;
  });
  return pending;
}
