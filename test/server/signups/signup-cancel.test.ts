import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import { assertProblem } from '../support/problem-assertions.js';
import {
  BEFORE_THE_EVENT,
  available,
  courseDay,
  person,
  publish,
  signUp,
  signupList,
  cancelTokenOf,
} from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

/** Who holds which status, in list order: `confirmed:Deltager 1`. */
async function statuses(feed: TestFeed, eventId: string): Promise<string[]> {
  return (await signupList(feed, eventId)).map(
    (item) => `${item.status}${item.waitlistPosition ? `#${item.waitlistPosition}` : ''}:${item.name}`,
  );
}

describe('cancelling a signup', () => {
  let feed: TestFeed;
  let clock: Date;
  beforeEach(async () => {
    await feed?.close();
    clock = BEFORE_THE_EVENT;
    feed = createTestFeed({ now: () => clock, signupRate: 0, demoOutbox: true });
    await publish(feed, courseDay('kursus', { capacity: 2, maxSeatsPerSignup: 2 }));
  });
  after(() => feed.close());

  it('DELETE frees the seat and moves the first waitlisted up; a second DELETE is 204 too', async () => {
    const first = await signUp(feed, 'kursus', person(1));
    await signUp(feed, 'kursus', person(2));
    await signUp(feed, 'kursus', person(3));
    await signUp(feed, 'kursus', person(4));
    assert.deepEqual(await statuses(feed, 'kursus'), [
      'confirmed:Deltager 1',
      'confirmed:Deltager 2',
      'waitlisted#1:Deltager 3',
      'waitlisted#2:Deltager 4',
    ]);

    const response = await feed.request(`/v1/signups/${await cancelTokenOf(feed, first.id)}`, { method: 'DELETE' });
    assert.equal(response.status, 204);
    assert.equal(await response.text(), '');
    assert.deepEqual(await statuses(feed, 'kursus'), [
      'confirmed:Deltager 2',
      'confirmed:Deltager 3',
      'waitlisted#1:Deltager 4',
    ]);

    assert.equal(
      (await feed.request(`/v1/signups/${await cancelTokenOf(feed, first.id)}`, { method: 'DELETE' })).status,
      204,
    );
    assert.equal((await signupList(feed, 'kursus')).length, 3, 'nothing more changed');
  });

  it('answers an unknown token with 404', async () => {
    const problem = await assertProblem(await feed.request('/v1/signups/no-such-token', { method: 'DELETE' }), 404);
    assert.equal(problem.type, 'urn:kultur:problem:not-found');
  });

  it('moves a group up only when all its seats fit, and never lets a smaller group behind it pass', async () => {
    const a = await signUp(feed, 'kursus', person(1));
    const b = await signUp(feed, 'kursus', person(2));
    await signUp(feed, 'kursus', person(3, { seats: 2 })); // waits first, needs two
    await signUp(feed, 'kursus', person(4)); // waits second, needs one

    await feed.request(`/v1/signups/${await cancelTokenOf(feed, a.id)}`, { method: 'DELETE' });
    // One seat is free: the pair at the front does not fit, and the single behind it waits its turn.
    assert.deepEqual(await statuses(feed, 'kursus'), [
      'confirmed:Deltager 2',
      'waitlisted#1:Deltager 3',
      'waitlisted#2:Deltager 4',
    ]);
    assert.equal(await available(feed, 'kursus'), 1);

    await feed.request(`/v1/signups/${await cancelTokenOf(feed, b.id)}`, { method: 'DELETE' });
    // Two seats: the pair moves up; the single still waits, as nothing is left.
    assert.deepEqual(await statuses(feed, 'kursus'), ['confirmed:Deltager 3', 'waitlisted#1:Deltager 4']);
    assert.equal(await available(feed, 'kursus'), 0);
  });

  it('moves up several at once when a big group leaves', async () => {
    await publish(feed, courseDay('stor', { capacity: 3, maxSeatsPerSignup: 3 }));
    const group = await signUp(feed, 'stor', person(1, { seats: 3 }));
    await signUp(feed, 'stor', person(2));
    await signUp(feed, 'stor', person(3));
    await signUp(feed, 'stor', person(4, { seats: 2 }));
    await feed.request(`/v1/signups/${await cancelTokenOf(feed, group.id)}`, { method: 'DELETE' });
    assert.deepEqual(await statuses(feed, 'stor'), [
      'confirmed:Deltager 2',
      'confirmed:Deltager 3',
      'waitlisted#1:Deltager 4',
    ]);
  });

  it('moves nobody up once the event has started', async () => {
    const first = await signUp(feed, 'kursus', person(1));
    await signUp(feed, 'kursus', person(2));
    await signUp(feed, 'kursus', person(3));
    clock = new Date('2027-03-10T09:30:00+01:00');
    await feed.request(`/v1/signups/${await cancelTokenOf(feed, first.id)}`, { method: 'DELETE' });
    assert.deepEqual(await statuses(feed, 'kursus'), ['confirmed:Deltager 2', 'waitlisted#1:Deltager 3']);
  });

  it('moves the waitlist up when the secretariat raises the capacity', async () => {
    await signUp(feed, 'kursus', person(1, { seats: 2 }));
    await signUp(feed, 'kursus', person(2));
    await signUp(feed, 'kursus', person(3));
    const response = await feed.publish('PUT', '/v1/events/kursus', courseDay('kursus', { capacity: 3 }));
    assert.equal(response.status, 200);
    assert.equal((await response.json()).signup.available, 0);
    assert.deepEqual(await statuses(feed, 'kursus'), [
      'confirmed:Deltager 1',
      'confirmed:Deltager 2',
      'waitlisted#1:Deltager 3',
    ]);
  });

  describe('the page behind the cancel link', () => {
    it('asks first: GET (and HEAD) change nothing, however often a mail scanner follows the link', async () => {
      const signup = await signUp(feed, 'kursus', person(1));
      await signUp(feed, 'kursus', person(2));
      await signUp(feed, 'kursus', person(3));
      for (let i = 0; i < 3; i++) {
        const page = await feed.request(`/v1/signups/${await cancelTokenOf(feed, signup.id)}`);
        assert.equal(page.status, 200);
        const text = await page.text();
        assert.match(text, /<html lang="da">/);
        assert.match(text, /Afmeld din tilmelding/);
        assert.match(text, /<form method="post">/);
        assert.doesNotMatch(text, /<script/i);
        assert.equal(
          (await feed.request(`/v1/signups/${await cancelTokenOf(feed, signup.id)}`, { method: 'HEAD' })).status,
          200,
        );
      }
      assert.deepEqual(await statuses(feed, 'kursus'), [
        'confirmed:Deltager 1',
        'confirmed:Deltager 2',
        'waitlisted#1:Deltager 3',
      ]);
      const outbox = await (await feed.request('/v1/dev/outbox')).json();
      assert.equal(outbox.items.length, 3, 'no message either');
    });

    it('is locked down: strict CSP with only its own style, no referrer, not cached, not indexed', async () => {
      const signup = await signUp(feed, 'kursus', person(1));
      const page = await feed.request(`/v1/signups/${await cancelTokenOf(feed, signup.id)}`);
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.match(csp, /^default-src 'none'; /);
      assert.match(csp, /style-src 'sha256-[\w+/=]+'/);
      assert.match(csp, /form-action 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe/);
      assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(page.headers.get('cache-control'), 'no-store');
      assert.match(page.headers.get('x-robots-tag') ?? '', /noindex/);
      assert.match(page.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
      // The hash in the policy is that of the page's one style element.
      const { createHash } = await import('node:crypto');
      const style = /<style>([\s\S]*?)<\/style>/.exec(await page.text())![1]!;
      assert.ok(csp.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`));
    });

    it('POST cancels, shows a Danish confirmation, and moves the first waitlisted up with a message', async () => {
      const signup = await signUp(feed, 'kursus', person(1));
      await signUp(feed, 'kursus', person(2));
      await signUp(feed, 'kursus', person(3));
      const response = await feed.request(`/v1/signups/${await cancelTokenOf(feed, signup.id)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      });
      assert.equal(response.status, 200);
      const text = await response.text();
      assert.match(text, /<h1>Du er afmeldt<\/h1>/);
      assert.match(text, /Vi har afmeldt dig/);
      assert.deepEqual(await statuses(feed, 'kursus'), ['confirmed:Deltager 2', 'confirmed:Deltager 3']);
      const outbox = await (await feed.request('/v1/dev/outbox?to=deltager3@example.dk')).json();
      assert.deepEqual(
        outbox.items.map((item: { kind: string }) => item.kind),
        ['moved-up', 'waitlisted'],
      );

      // Pressing the button again (or reloading) says it is already done.
      const again = await feed.request(`/v1/signups/${await cancelTokenOf(feed, signup.id)}`, { method: 'POST' });
      assert.equal(again.status, 200);
      assert.match(await again.text(), /allerede afmeldt/);
      const page = await feed.request(`/v1/signups/${await cancelTokenOf(feed, signup.id)}`);
      assert.match(await page.text(), /allerede afmeldt/);
      assert.deepEqual(await statuses(feed, 'kursus'), ['confirmed:Deltager 2', 'confirmed:Deltager 3']);
    });

    it('escapes everything that comes from the database, and never shows the name the signup gave', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      await publish(feed, courseDay('ondt', {}, { title: `Kursus ${evil} & "citat"` }));
      const signup = await signUp(feed, 'ondt', person(1, { name: `Mallory ${evil}` }));
      for (const method of ['GET', 'POST']) {
        const text = await (
          await feed.request(`/v1/signups/${await cancelTokenOf(feed, signup.id)}`, { method })
        ).text();
        assert.doesNotMatch(text, /<img/);
        assert.match(text, /Kursus &lt;img src=x onerror=alert\(1\)&gt; &amp; &quot;citat&quot;/);
        // The name is the requester's words, and the page speaks to the address's owner: it is not shown at all.
        assert.doesNotMatch(text, /Mallory/);
      }
    });

    it('answers an unknown token with a Danish 404 page', async () => {
      for (const method of ['GET', 'POST']) {
        const response = await feed.request('/v1/signups/ukendt-token', { method });
        assert.equal(response.status, 404);
        assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
        assert.match(await response.text(), /Tilmeldingen findes ikke/);
      }
    });

    it('answers other methods with 405', async () => {
      const response = await feed.request('/v1/signups/abc', { method: 'PUT' });
      await assertProblem(response, 405);
      assert.equal(response.headers.get('allow'), 'GET, POST, DELETE, HEAD, OPTIONS');
    });
  });
});
