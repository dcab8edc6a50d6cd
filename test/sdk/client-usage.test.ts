import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createKulturClient, type KulturClientOptions } from '../../src/sdk/index.js';

describe('createKulturClient usage', () => {
  it('normalises baseUrl to an absolute URL ending in a slash, with or without one given', () => {
    for (const baseUrl of [
      'https://feed.example.dk/v1',
      'https://feed.example.dk/v1/',
      new URL('https://feed.example.dk/v1'),
    ]) {
      const client = createKulturClient({ baseUrl });
      assert.equal(client.baseUrl, 'https://feed.example.dk/v1/');
      assert.equal(
        client.events.icsUrl({ category: ['kursus'] }),
        'https://feed.example.dk/v1/events.ics?category=kursus',
      );
    }
  });

  it('refuses a missing or unreadable baseUrl at once, pointing at the guide', () => {
    for (const options of [{}, { baseUrl: '' }, { baseUrl: 'feed.example.dk/v1' }] as KulturClientOptions[]) {
      assert.throws(() => createKulturClient(options), {
        name: 'TypeError',
        message:
          /^createKulturClient\(\) needs baseUrl, .* See docs\/sdk\.md#create-a-client in @kulturregion\/kultur\.$/,
      });
    }
  });

  it('refuses a timeout that is not a positive number', () => {
    for (const timeout of [0, -1, Number.NaN]) {
      assert.throws(() => createKulturClient({ baseUrl: 'https://feed.example.dk/v1', timeout }), {
        name: 'TypeError',
        message: /timeout must be a positive number .* See docs\/sdk\.md#timeouts-and-retries/,
      });
    }
  });
});
