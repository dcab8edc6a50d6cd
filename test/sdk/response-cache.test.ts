import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResponseCache, type Loaded, type Loader } from '../../src/sdk/response-cache.js';

/** A loader the test drives: each call waits until the test settles it. */
function controlledLoader<T>() {
  const calls: Array<{
    etag: string | undefined;
    signal: AbortSignal;
    resolve: (loaded: Loaded<T>) => void;
    reject: (error: unknown) => void;
  }> = [];
  const load: Loader<T> = (etag, signal) =>
    new Promise((resolve, reject) => {
      calls.push({ etag, signal, resolve, reject });
      signal.addEventListener('abort', () => reject(signal.reason));
    });
  return { load, calls };
}

/** A loader that answers at once with `value` and an ETag made from it. */
function answering(values: string[]) {
  const etags: Array<string | undefined> = [];
  const load: Loader<string> = async (etag) => {
    etags.push(etag);
    const value = values.shift();
    return value === undefined ? { kind: 'not-modified' } : { kind: 'value', value, etag: `"${value}"` };
  };
  return { load, etags };
}

/** The next caller starts a second fetch, rather than joining a settled or abandoned one, and gets its answer. */
async function assertStartsAfresh(
  cache: ResponseCache,
  load: Loader<string>,
  calls: ReturnType<typeof controlledLoader<string>>['calls'],
): Promise<void> {
  const next = cache.get('a', load);
  await settle();
  assert.equal(calls.length, 2);
  calls[1]!.resolve({ kind: 'value', value: 'A', etag: undefined });
  assert.equal(await next, 'A');
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('ResponseCache', () => {
  it('answers from memory while fresh, without calling the loader', async () => {
    let now = 0;
    const cache = new ResponseCache({ freshFor: 1_000, now: () => now });
    const { load, etags } = answering(['one', 'two']);

    assert.equal(await cache.get('a', load), 'one');
    now = 999;
    assert.equal(await cache.get('a', load), 'one');
    assert.equal(etags.length, 1);
  });

  it('serves a stale answer at once and refreshes it in the background', async () => {
    let now = 0;
    const cache = new ResponseCache({ freshFor: 1_000, staleFor: 5_000, now: () => now });
    const { load, etags } = answering(['one', 'two']);
    await cache.get('a', load);

    now = 1_000;
    assert.equal(await cache.get('a', load), 'one');
    assert.deepEqual(etags, [undefined, '"one"']);
    await settle();
    assert.equal(await cache.get('a', load), 'two');
    assert.equal(etags.length, 2, 'the refreshed answer is fresh again');
  });

  it('revalidates an answer older than fresh + stale before returning, keeping the body on 304', async () => {
    let now = 0;
    const cache = new ResponseCache({ freshFor: 1_000, staleFor: 1_000, now: () => now });
    const { load, etags } = answering(['one']);
    await cache.get('a', load);

    now = 2_000;
    assert.equal(await cache.get('a', load), 'one');
    assert.deepEqual(etags, [undefined, '"one"']);
    now = 2_999;
    assert.equal(await cache.get('a', load), 'one');
    assert.equal(etags.length, 2, 'a 304 makes the copy fresh again');
  });

  it('keeps the stale copy when a background refresh fails', async () => {
    let now = 0;
    const cache = new ResponseCache({ freshFor: 1_000, now: () => now });
    let fail = false;
    const load: Loader<string> = async () => {
      if (fail) throw new Error('the feed is down');
      return { kind: 'value', value: 'one', etag: undefined };
    };
    await cache.get('a', load);

    fail = true;
    now = 1_500;
    assert.equal(await cache.get('a', load), 'one');
    await settle();
    assert.equal(await cache.get('a', load), 'one');
  });

  it('shares one fetch between concurrent identical requests, and keeps keys apart', async () => {
    const cache = new ResponseCache();
    const { load, calls } = controlledLoader<string>();

    const first = cache.get('a', load);
    const second = cache.get('a', load);
    const other = cache.get('b', load);
    await settle();
    assert.equal(calls.length, 2);
    calls[0]!.resolve({ kind: 'value', value: 'A', etag: undefined });
    calls[1]!.resolve({ kind: 'value', value: 'B', etag: undefined });

    assert.deepEqual(await Promise.all([first, second, other]), ['A', 'A', 'B']);
  });

  it('hands a shared failure to every waiter and caches nothing', async () => {
    const cache = new ResponseCache();
    const { load, calls } = controlledLoader<string>();
    const first = cache.get('a', load);
    const second = cache.get('a', load);
    await settle();
    calls[0]!.reject(new Error('503'));

    await assert.rejects(first, /503/);
    await assert.rejects(second, /503/);
    await assertStartsAfresh(cache, load, calls);
  });

  it('lets one waiter abort without stopping the fetch the others wait for', async () => {
    const cache = new ResponseCache();
    const { load, calls } = controlledLoader<string>();
    const leaving = new AbortController();

    const left = cache.get('a', load, leaving.signal);
    const staying = cache.get('a', load);
    await settle();
    leaving.abort();
    await assert.rejects(left, { name: 'AbortError' });
    assert.equal(calls[0]!.signal.aborted, false);

    calls[0]!.resolve({ kind: 'value', value: 'A', etag: undefined });
    assert.equal(await staying, 'A');
  });

  it('aborts the fetch when the last waiter aborts, and starts afresh for the next caller', async () => {
    const cache = new ResponseCache();
    const { load, calls } = controlledLoader<string>();
    const one = new AbortController();
    const two = new AbortController();

    const first = cache.get('a', load, one.signal);
    const second = cache.get('a', load, two.signal);
    await settle();
    one.abort();
    two.abort();
    await assert.rejects(first, { name: 'AbortError' });
    await assert.rejects(second, { name: 'AbortError' });
    assert.equal(calls[0]!.signal.aborted, true);

    await assertStartsAfresh(cache, load, calls);
  });

  it('keeps at most maxEntries answers, evicting the least recently used', async () => {
    const cache = new ResponseCache({ maxEntries: 2 });
    const loads: string[] = [];
    const load =
      (key: string): Loader<string> =>
      async () => {
        loads.push(key);
        return { kind: 'value', value: key, etag: undefined };
      };

    await cache.get('a', load('a'));
    await cache.get('b', load('b'));
    await cache.get('a', load('a')); // a is now the most recently used
    await cache.get('c', load('c')); // evicts b
    await cache.get('a', load('a'));
    await cache.get('b', load('b'));

    assert.deepEqual(loads, ['a', 'b', 'c', 'b']);
  });
});
