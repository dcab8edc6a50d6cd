import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, beforeEach, describe, it } from 'node:test';
import type { Context } from 'hono';
import { clientAddress } from '../../../server/src/http/client-address.js';
import { RateLimiter } from '../../../server/src/signups/rate-limit.js';
import { assertProblem } from '../support/problem-assertions.js';
import { BEFORE_THE_EVENT, courseDay, person, publish } from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

/** What @hono/node-server hands the app: the request's socket, whose peer address the client cannot choose. */
function fromSocket(remoteAddress: string) {
  const remoteFamily = remoteAddress.includes(':') ? 'IPv6' : 'IPv4';
  return { incoming: { socket: { remoteAddress, remotePort: 40_000, remoteFamily } } };
}

let people = 0;

describe('per-address rate limit on signups', () => {
  let feed: TestFeed;
  let clock: number;

  /** A signup POST arriving on a socket from `peer`, with extra headers such as X-Forwarded-For. */
  const post = (peer: string, headers: Record<string, string> = {}) =>
    feed.app.request(
      'http://feed.test/v1/events/kursus/signups',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...headers },
        body: JSON.stringify(person(++people)),
      },
      fromSocket(peer),
    );

  const start = (options: { signupRate?: number; trustedProxies?: string[] } = {}) => {
    clock = BEFORE_THE_EVENT.getTime();
    feed = createTestFeed({
      now: () => new Date(clock),
      signupRate: options.signupRate,
      clientAddress: clientAddress(options.trustedProxies ?? []),
    });
    return publish(feed, courseDay('kursus', { capacity: 1000 }));
  };

  beforeEach(() => feed?.close());
  after(() => feed.close());

  it('lets 10 through at once by default, then answers 429 with Retry-After, per address', async () => {
    await start();
    for (let i = 0; i < 10; i++) assert.equal((await post('203.0.113.7')).status, 201);
    const refused = await post('203.0.113.7');
    const problem = await assertProblem(refused, 429);
    assert.equal(problem.type, 'urn:kultur:problem:too-many-requests');
    assert.equal(refused.headers.get('retry-after'), '6', 'one signup every six seconds at 10 a minute');
    assert.equal((await post('203.0.113.8')).status, 201, 'another address is not affected');

    clock += 5_000;
    await assertProblem(await post('203.0.113.7'), 429);
    clock += 6_000;
    assert.equal((await post('203.0.113.7')).status, 201, 'the bucket refills');
  });

  it('cannot be dodged with a made-up X-Forwarded-For when no proxy is trusted', async () => {
    await start({ signupRate: 3 });
    for (let i = 0; i < 3; i++) assert.equal((await post('198.51.100.4')).status, 201);
    for (const forwarded of ['1.1.1.1', '10.0.0.1', '1.1.1.1, 2.2.2.2', 'unknown']) {
      await assertProblem(await post('198.51.100.4', { 'x-forwarded-for': forwarded }), 429);
    }
    // The same client through IPv4-mapped IPv6 is the same client.
    await assertProblem(await post('::ffff:198.51.100.4'), 429);
  });

  it('behind a trusted proxy, counts the address the proxy saw, whatever the client prepends', async () => {
    await start({ signupRate: 2, trustedProxies: ['10.0.0.1', '172.16.0.0/12'] });
    // The proxy appends the client's address to whatever X-Forwarded-For the client sent.
    assert.equal((await post('10.0.0.1', { 'x-forwarded-for': '192.0.2.50' })).status, 201);
    assert.equal((await post('10.0.0.1', { 'x-forwarded-for': '6.6.6.6, 192.0.2.50' })).status, 201);
    await assertProblem(await post('10.0.0.1', { 'x-forwarded-for': '7.7.7.7, 192.0.2.50' }), 429);
    // Two proxies of ours in a row (172.20.x is in the trusted range): still the client's address.
    await assertProblem(await post('10.0.0.1', { 'x-forwarded-for': '8.8.8.8, 192.0.2.50, 172.20.1.1' }), 429);
    // Other people behind the same proxy have their own buckets.
    assert.equal((await post('10.0.0.1', { 'x-forwarded-for': '192.0.2.51' })).status, 201);
    // A request that bypasses the proxy is counted by its own address; its X-Forwarded-For is ignored.
    assert.equal((await post('192.0.2.99', { 'x-forwarded-for': '192.0.2.77' })).status, 201);
    assert.equal((await post('192.0.2.99', { 'x-forwarded-for': '192.0.2.78' })).status, 201);
    await assertProblem(await post('192.0.2.99', { 'x-forwarded-for': '192.0.2.79' }), 429);
  });

  it('never turns away a person typing at normal speed', async () => {
    await start();
    // A form sent, corrected twice in quick succession, then one signup every ten seconds for ten minutes.
    for (let i = 0; i < 3; i++) {
      assert.equal((await post('203.0.113.20')).status, 201);
      clock += 2_000;
    }
    for (let i = 0; i < 60; i++) {
      clock += 10_000;
      assert.equal((await post('203.0.113.20')).status, 201, `signup ${i} at ${i * 10} s`);
    }
  });

  it('counts refused requests too, so a robot cannot probe without limit', async () => {
    await start({ signupRate: 2 });
    for (let i = 0; i < 2; i++) {
      const response = await feed.app.request(
        'http://feed.test/v1/events/kursus/signups',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
        fromSocket('203.0.113.30'),
      );
      assert.equal(response.status, 400);
    }
    await assertProblem(await post('203.0.113.30'), 429);
  });

  it('is off with a rate of 0', async () => {
    await start({ signupRate: 0 });
    for (let i = 0; i < 30; i++) assert.equal((await post('203.0.113.40')).status, 201);
  });
});

describe('clientAddress', () => {
  const contextFor = (peer: string | undefined, forwarded?: string) =>
    ({
      env: peer === undefined ? undefined : fromSocket(peer),
      req: { header: (name: string) => (name === 'x-forwarded-for' ? forwarded : undefined) },
    }) as unknown as Context;

  it('reads proxies as addresses or CIDR ranges, in both IP families', () => {
    const address = clientAddress(['10.0.0.0/8', 'fd00::/8', '192.0.2.1']);
    assert.equal(address(contextFor('10.1.2.3', '203.0.113.9')), '203.0.113.9');
    assert.equal(address(contextFor('fd00::5', '2001:db8::1')), '2001:db8::1');
    assert.equal(address(contextFor('::ffff:192.0.2.1', '203.0.113.9, 10.9.9.9')), '203.0.113.9');
    assert.equal(address(contextFor('10.1.2.3')), '10.1.2.3', 'a trusted proxy that sends no header');
    assert.equal(address(contextFor('10.1.2.3', '10.2.2.2, 10.3.3.3')), '10.2.2.2', 'all hops ours');
    assert.equal(address(contextFor(undefined)), 'unknown');
  });

  it('refuses a proxy list with a mistake in it', () => {
    for (const entry of ['proxy.local', '10.0.0.0/33', '10.0.0.1/x', '::1/129']) {
      assert.throws(() => clientAddress([entry]), /KULTUR_TRUSTED_PROXY/);
    }
  });
});

describe('RateLimiter', () => {
  it('forgets addresses whose bucket has filled up again, so memory stays small', () => {
    let now = 0;
    const limiter = new RateLimiter(10, () => now);
    for (let i = 0; i < 1000; i++) limiter.take(`198.51.100.${i % 250}-${i}`);
    assert.equal(limiter.size, 1000);
    now += 60_000;
    limiter.take('203.0.113.1');
    assert.equal(limiter.size, 1);
  });
});
