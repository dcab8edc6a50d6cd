/**
 * Type tests: `tsc --noEmit -p .` checks them. Each `@ts-expect-error` fails the type check when the line below it
 * compiles, so a contract that stops catching a mistake fails here. The function is never called: nothing is fetched.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createKulturClient,
  isKulturError,
  type EventPage,
  type KulturClient,
  type KulturEvent,
  type Municipality,
} from '../../src/sdk/index.js';

async function typeChecks(client: KulturClient): Promise<void> {
  const page: EventPage = await client.events.list({ municipality: ['lolland', 'faxe'], limit: 10 });
  const event: KulturEvent = page.items[0]!;
  const title: string = event.title;
  const next: string | null = page.nextCursor;
  const municipalities: Municipality[] = await client.municipalities();
  for await (const each of client.events.all({ category: ['kursus'] })) {
    const start: string = each.start;
    void start;
  }
  void [title, next, municipalities];

  // @ts-expect-error a misspelt query field is refused, not silently ignored
  await client.events.list({ municipalty: ['lolland'] });
  // @ts-expect-error a municipality outside the region
  await client.events.list({ municipality: ['aarhus'] });
  // @ts-expect-error lists are arrays, not comma strings
  await client.events.list({ category: 'kursus,koncert' });
  // @ts-expect-error limit is a number
  await client.events.list({ limit: '10' });
  // @ts-expect-error a subscription URL takes no cursor
  client.events.icsUrl({ cursor: 'abc' });
  await client.events.list({ q: 'koncert', sort: 'relevance' });
  // @ts-expect-error the listing is ordered by start or relevance only
  await client.events.list({ q: 'koncert', sort: 'title' });
  // @ts-expect-error a calendar orders by time: it takes no sort
  client.events.icsUrl({ q: 'koncert', sort: 'relevance' });

  // @ts-expect-error a misspelt event property
  void event.titel;
  // @ts-expect-error a field the contract does not have
  void event.venue?.zip;
  // @ts-expect-error the status is one of four words
  const status: 'planned' = event.status;
  void status;

  // @ts-expect-error baseUrl is required
  createKulturClient({});
  // @ts-expect-error cache options are checked too
  createKulturClient({ baseUrl: 'https://feed.example.dk/v1', cache: { freshFor: '1m' } });

  const error: unknown = new Error('x');
  if (isKulturError(error, 'KulturHttpError')) {
    const status: number = error.status;
    void status;
  }
  // @ts-expect-error only the SDK's error names are accepted
  isKulturError(error, 'HTTPError');
}

describe('types', () => {
  it('are checked by tsc, not run', () => {
    assert.equal(typeof typeChecks, 'function');
  });
});
