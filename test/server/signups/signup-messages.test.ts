import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import { createTransport } from 'nodemailer';
import { OutboxMailer, type MailTransport } from '../../../server/src/messages/outbox-mailer.js';
import type { OutboxMessage } from '../../../server/src/messages/outbox-store.js';
import { assertProblem } from '../support/problem-assertions.js';
import { BEFORE_THE_EVENT, cancelTokenOf, courseDay, person, publish, signUp } from '../support/signup-support.js';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

async function outbox(feed: TestFeed, query = ''): Promise<OutboxMessage[]> {
  const response = await feed.request(`/v1/dev/outbox${query}`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  return (await response.json()).items;
}

describe('messages about signups', () => {
  let feed: TestFeed;
  beforeEach(async () => {
    await feed?.close();
    feed = createTestFeed({
      now: () => BEFORE_THE_EVENT,
      signupRate: 0,
      demoOutbox: true,
      publicUrl: 'https://feed.example.dk/',
      retentionDays: 45,
    });
    await publish(feed, courseDay('kursus', { capacity: 1, maxSeatsPerSignup: 2 }));
  });
  after(() => feed.close());

  it('confirms in Danish, with when, where, the cancel link on the public address and the retention', async () => {
    const answer = await signUp(feed, 'kursus', person(1, { name: 'Mette Hansen', email: 'Mette@Example.dk' }));
    const [message, ...rest] = await outbox(feed, '?to=mette@example.dk');
    assert.equal(rest.length, 0);
    assert.equal(message?.kind, 'confirmed');
    assert.equal(message.to, 'Mette@Example.dk');
    assert.equal(message.eventId, 'kursus');
    assert.equal(message.sentAt, null);
    assert.equal(message.subject, 'Du er tilmeldt: Fundraising for kulturaktører');
    // Nothing the requester wrote stands in the message, not even the name: the address may not be theirs.
    assert.match(message.text, /^Hej\n/);
    assert.doesNotMatch(message.text, /Mette Hansen/);
    assert.match(message.text, /Har du ikke selv tilmeldt dig, kan du afmelde tilmeldingen med linket herunder\./);
    assert.match(message.text, /Du er tilmeldt Fundraising for kulturaktører med 1 plads\./);
    assert.match(message.text, /Hvornår: onsdag den 10\. marts 2027 kl\. 09\.00–15\.00/);
    assert.match(message.text, /Hvor: Maribo Bibliotek, Torvet 1, 4930 Maribo/);
    assert.ok(message.text.includes(`\nhttps://feed.example.dk/v1/signups/${await cancelTokenOf(feed, answer.id)}\n`));
    assert.match(message.text, /sletter den 45 dage efter arrangementet/);
    assert.match(message.text, /In English: you are signed up/);
  });

  it('tells the waitlisted their place, and tells them again when they move up', async () => {
    const first = await signUp(feed, 'kursus', person(1));
    await signUp(feed, 'kursus', person(2, { seats: 2 }));
    await signUp(feed, 'kursus', person(3));
    const [waiting] = await outbox(feed, '?to=deltager3@example.dk');
    assert.equal(waiting?.kind, 'waitlisted');
    assert.equal(waiting.subject, 'Du er på venteliste: Fundraising for kulturaktører');
    assert.match(waiting.text, /på ventelisten som nummer 2\./);

    // Person 2 needs two seats and the course has one: cancelling person 1 moves nobody up.
    await feed.request(`/v1/signups/${await cancelTokenOf(feed, first.id)}`, { method: 'DELETE' });
    assert.equal((await outbox(feed)).filter((message) => message.kind === 'moved-up').length, 0);
    await feed.publish('PUT', '/v1/events/kursus', courseDay('kursus', { capacity: 3, maxSeatsPerSignup: 2 }));
    const movedUp = (await outbox(feed)).filter((message) => message.kind === 'moved-up');
    assert.deepEqual(movedUp.map((message) => message.to).sort(), ['deltager2@example.dk', 'deltager3@example.dk']);
    assert.equal(movedUp[0]!.subject, 'Du har fået plads: Fundraising for kulturaktører');
    assert.match(movedUp[0]!.text, /Der er blevet plads, så du er nu tilmeldt/);
    assert.match(movedUp[0]!.text, /https:\/\/feed\.example\.dk\/v1\/signups\//);
  });

  it('never builds a link from the request: without a public URL, messages carry no link at all', async () => {
    const local = createTestFeed({ now: () => BEFORE_THE_EVENT, signupRate: 0, demoOutbox: true });
    try {
      await publish(local, courseDay('kursus'));
      // The request arrives for a stranger's host (its Host header), with forwarding headers pointing there too.
      const response = await local.app.request('http://evil.example/v1/events/kursus/signups', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': 'forged-host',
          'x-forwarded-host': 'evil.example',
          forwarded: 'host=evil.example',
        },
        body: JSON.stringify(person(1)),
      });
      assert.equal(response.status, 201);
      const [message] = await outbox(local);
      assert.equal(message?.kind, 'confirmed');
      assert.doesNotMatch(message.text, /https?:|evil|\/v1\/signups\//);
      assert.match(
        message.text,
        /Vil du afmelde dig, eller har du ikke selv tilmeldt dig\? Så skriv til arrangøren, Kulturregion Storstrøm\./,
      );
      assert.match(message.text, /To cancel, write to the organiser\./);
    } finally {
      await local.close();
    }
  });

  it('asks the function it is given for the link base at each message (the CLI knows its address once it listens)', async () => {
    let base: string | undefined;
    const local = createTestFeed({
      now: () => BEFORE_THE_EVENT,
      signupRate: 0,
      demoOutbox: true,
      publicUrl: () => base,
    });
    try {
      await publish(local, courseDay('kursus'));
      await signUp(local, 'kursus', person(1));
      base = 'http://127.0.0.1:45678';
      const second = await signUp(local, 'kursus', person(2));
      const [latest, earliest] = await outbox(local);
      assert.doesNotMatch(earliest!.text, /http/);
      const link = /^(http\S+)$/m.exec(latest!.text)![1]!;
      assert.equal(link, `http://127.0.0.1:45678/v1/signups/${await cancelTokenOf(local, second.id)}`);
      const page = await local.request(new URL(link).pathname);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Afmeld din tilmelding/);
    } finally {
      await local.close();
    }
  });

  it('keeps the outbox closed unless the server runs with --demo-outbox', async () => {
    const closed = createTestFeed({ now: () => BEFORE_THE_EVENT });
    try {
      await assertProblem(await closed.request('/v1/dev/outbox'), 404);
    } finally {
      await closed.close();
    }
    await assertProblem(await feed.request('/v1/dev/outbox?from=x'), 400, 'from');
  });
});

describe('OutboxMailer', () => {
  let feed: TestFeed;
  beforeEach(async () => {
    await feed?.close();
    feed = createTestFeed({ now: () => BEFORE_THE_EVENT, signupRate: 0, demoOutbox: true });
    await publish(feed, courseDay('kursus', { capacity: 1 }));
  });
  after(() => feed.close());

  it('sends unsent messages through nodemailer once, marked as automatic, and records them as sent', async () => {
    await signUp(feed, 'kursus', person(1, { name: 'Søren Ærø' }));
    await signUp(feed, 'kursus', person(2));
    const json = createTransport({ jsonTransport: true });
    const sent: Array<Record<string, unknown>> = [];
    const transport: MailTransport = {
      async sendMail(message) {
        const info = await json.sendMail(message);
        sent.push(JSON.parse(info.message as unknown as string));
        return info;
      },
    };
    const mailer = new OutboxMailer({
      storage: feed.storage,
      transport,
      from: 'Kulturregion Storstrøm <kultur@example.dk>',
      now: () => new Date('2027-02-10T10:01:00Z'),
    });
    await mailer.wake();
    await mailer.wake();
    assert.equal(sent.length, 2, 'each message once');
    assert.deepEqual(
      sent.map((message) => (message.to as Array<{ address: string }>)[0]!.address),
      ['deltager1@example.dk', 'deltager2@example.dk'],
      'oldest first',
    );
    assert.equal((sent[0]!.from as { name: string }).name, 'Kulturregion Storstrøm');
    assert.equal(sent[0]!.subject, 'Du er tilmeldt: Fundraising for kulturaktører');
    assert.match(sent[0]!.text as string, /^Hej\n\nDu er tilmeldt Fundraising for kulturaktører/);
    assert.equal((sent[0]!.headers as Record<string, string>)['Auto-Submitted'], 'auto-generated');
    assert.ok((await outbox(feed)).every((message) => message.sentAt === '2027-02-10T10:01:00.000Z'));
  });

  it('keeps a message SMTP refused for the next round, and gives up after five attempts', async () => {
    await signUp(feed, 'kursus', person(1));
    let attempts = 0;
    const failing: MailTransport = {
      async sendMail() {
        attempts++;
        throw new Error('421 try again later');
      },
    };
    const mailer = new OutboxMailer({ storage: feed.storage, transport: failing, from: 'kultur@example.dk' });
    for (let round = 0; round < 7; round++) await mailer.wake();
    assert.equal(attempts, 5);
    const [message] = await outbox(feed);
    assert.equal(message?.sentAt, null, 'still there for a person to look at');
  });
});
