import { expect } from '@open-wc/testing';
import { SignupSubmission, type SubmissionHost } from '../../src/components/kultur-signup/signup-submission.js';
import {
  KulturHttpError,
  KulturNetworkError,
  type KulturClient,
  type ProblemField,
  type SignupAnswer,
  type SignupRequest,
} from '../../src/sdk/index.js';

/** A host with what the submission uses of an element: its event (which a test may switch), its events, its updates. */
type TestHost = SubmissionHost & { eventId: string; updates: number; fired: string[] };

function hostFor(eventId = 'kursus-1'): TestHost {
  const element = document.createElement('div') as unknown as TestHost;
  Object.assign(element, {
    eventId,
    updates: 0,
    fired: [],
    addController() {},
    removeController() {},
    requestUpdate() {
      element.updates++;
    },
    updateComplete: Promise.resolve(true),
  });
  for (const type of ['kultur-signup-submit', 'kultur-signup-submitted', 'kultur-signup-failed']) {
    element.addEventListener(type, () => element.fired.push(type));
  }
  return element;
}

interface Call {
  eventId: string;
  input: SignupRequest;
  key: string;
}

/** A client whose `signups.create` records each call and answers with what `answer` gives, or throws it. */
function clientFor(answer: (call: Call) => SignupAnswer | Error): { client: KulturClient; calls: Call[] } {
  const calls: Call[] = [];
  const client = {
    signups: {
      create: async (eventId: string, input: SignupRequest, options: { idempotencyKey: string }) => {
        const call = { eventId, input, key: options.idempotencyKey };
        calls.push(call);
        const outcome = answer(call);
        if (outcome instanceof Error) throw outcome;
        return outcome;
      },
    },
  } as unknown as KulturClient;
  return { client, calls };
}

const confirmed: SignupAnswer = { id: 's1', status: 'confirmed' };
const input = (name = 'Ane'): SignupRequest => ({ name, email: 'ane@example.dk', consent: true, seats: 2 });

function refused(kind: string, errors?: ProblemField[]): KulturHttpError {
  const status = kind === 'invalid-body' ? 400 : 409;
  return new KulturHttpError({
    status,
    url: 'https://feed.example/v1/events/kursus-1/signups',
    method: 'POST',
    problem: { type: `urn:kultur:problem:${kind}`, title: kind, status, ...(errors ? { errors } : {}) },
  });
}

const down = () =>
  new KulturNetworkError({
    url: 'https://feed.example/v1/events/kursus-1/signups',
    method: 'POST',
    cause: new TypeError('Failed to fetch'),
  });

describe('SignupSubmission', () => {
  it('sends with a key, says so while sending, and keeps the answer', async () => {
    const host = hostFor();
    const submission = new SignupSubmission(host);
    const { client, calls } = clientFor(() => confirmed);
    const sent = submission.send(input(), client, 'Sender …');
    expect(submission.sending).to.equal(true);
    expect(submission.announcement).to.equal('Sender …');
    expect(await sent).to.deep.equal({ kind: 'sent' });
    expect(submission.sending).to.equal(false);
    expect(submission.announcement).to.equal('');
    expect(submission.answered).to.deep.equal({ signup: confirmed, email: 'ane@example.dk', seats: 2 });
    expect(calls).to.have.length(1);
    expect(calls[0]!.eventId).to.equal('kursus-1');
    expect(calls[0]!.key).to.be.a('string').and.not.equal('');
    expect(host.fired).to.deep.equal(['kultur-signup-submit', 'kultur-signup-submitted']);
    expect(host.updates).to.be.greaterThan(0);
  });

  it('sends nothing when kultur-signup-submit is prevented', async () => {
    const host = hostFor();
    host.addEventListener('kultur-signup-submit', (event) => event.preventDefault());
    const submission = new SignupSubmission(host);
    const { client, calls } = clientFor(() => confirmed);
    expect(await submission.send(input(), client, '')).to.deep.equal({ kind: 'prevented' });
    expect(calls).to.have.length(0);
    expect(submission.sending).to.equal(false);
  });

  it('sends the same signup again with the same key after a failure, a changed one with a new key', async () => {
    const submission = new SignupSubmission(hostFor());
    let fail = true;
    const { client, calls } = clientFor(() => (fail ? down() : confirmed));
    expect(await submission.send(input(), client, '')).to.deep.equal({ kind: 'failed' });
    expect(submission.error).to.be.instanceOf(KulturNetworkError);
    expect(await submission.send(input(), client, '')).to.deep.equal({ kind: 'failed' });
    expect(calls[1]!.key).to.equal(calls[0]!.key);
    expect(await submission.send(input('Bo'), client, '')).to.deep.equal({ kind: 'failed' });
    expect(calls[2]!.key).not.to.equal(calls[1]!.key);
    fail = false;
    expect(await submission.send(input('Bo'), client, '')).to.deep.equal({ kind: 'sent' });
    expect(calls[3]!.key).to.equal(calls[2]!.key);
    expect(submission.error).to.equal(undefined);
    // After an answer, the same signup is a new one (another person from the same form, say): a new key.
    await submission.send(input('Bo'), client, '');
    expect(calls[4]!.key).not.to.equal(calls[3]!.key);
  });

  it('makes a new key when the feed says the key was used for another signup', async () => {
    const submission = new SignupSubmission(hostFor());
    const { client, calls } = clientFor(() => refused('idempotency-key-reused'));
    expect(await submission.send(input(), client, '')).to.deep.equal({ kind: 'failed' });
    await submission.send(input(), client, '');
    expect(calls[1]!.key).not.to.equal(calls[0]!.key);
  });

  it("turns the feed's field errors into issues, unknown codes as invalid, and says when the event changed", async () => {
    const submission = new SignupSubmission(hostFor());
    const errors = [
      { path: 'email', message: 'no', code: 'invalid-email' },
      { path: 'phone', message: 'no', code: 'something-new' },
      { path: 'name', message: 'no' },
    ];
    let answer = refused('invalid-body', errors);
    const { client } = clientFor(() => answer);
    expect(await submission.send(input(), client, '')).to.deep.equal({
      kind: 'invalid',
      issues: [
        { path: 'email', code: 'invalid-email' },
        { path: 'phone', code: 'invalid' },
        { path: 'name', code: 'invalid' },
      ],
      changed: false,
    });
    expect(submission.error).to.equal(undefined);
    for (const code of ['too-many-seats', 'not-asked']) {
      answer = refused('invalid-body', [{ path: 'seats', message: 'no', code }]);
      const outcome = await submission.send(input(), client, '');
      expect(outcome, code).to.deep.include({ kind: 'invalid', changed: true });
    }
  });

  it('closes the form for the refusals that mean it no longer applies, and says why', async () => {
    const reasons = {
      'signup-full': 'full',
      'signup-closed': 'past',
      'signup-not-open': 'not-open',
      'no-signup': 'no-signup',
      'not-found': 'not-found',
    };
    for (const [kind, reason] of Object.entries(reasons)) {
      const submission = new SignupSubmission(hostFor());
      const { client } = clientFor(() => refused(kind));
      expect(await submission.send(input(), client, ''), kind).to.deep.equal({ kind: 'closed' });
      expect(submission.refusal, kind).to.equal(reason);
      expect(submission.error, kind).to.equal(undefined);
    }
  });

  it('fires kultur-signup-failed, and leaves an outcome for an event the element no longer shows alone', async () => {
    const host = hostFor();
    const submission = new SignupSubmission(host);
    const { client } = clientFor(() => {
      host.eventId = 'another-event';
      return down();
    });
    expect(await submission.send(input(), client, '')).to.deep.equal({ kind: 'overtaken' });
    expect(host.fired).to.deep.equal(['kultur-signup-submit', 'kultur-signup-failed']);
    expect(submission.error).to.equal(undefined);

    host.eventId = 'kursus-1';
    const { client: answering } = clientFor(() => {
      host.eventId = 'another-event';
      return confirmed;
    });
    expect(await submission.send(input(), answering, '')).to.deep.equal({ kind: 'overtaken' });
    expect(submission.answered).to.equal(undefined);
  });

  it('forgets what came of sending, and the key, when the element is switched to another event', async () => {
    const host = hostFor();
    const submission = new SignupSubmission(host);
    submission.hostUpdate();
    const { client, calls } = clientFor(() => refused('signup-full'));
    await submission.send(input(), client, '');
    submission.hostUpdate();
    expect(submission.refusal).to.equal('full');
    host.eventId = 'another-event';
    submission.hostUpdate();
    expect(submission.refusal).to.equal(undefined);
    const other = clientFor(() => down());
    await submission.send(input(), other.client, '');
    expect(other.calls[0]!.key).not.to.equal(calls[0]!.key);
    expect(submission.error).to.be.instanceOf(KulturNetworkError);
    host.eventId = 'kursus-1';
    submission.hostUpdate();
    expect(submission.error).to.equal(undefined);
    await submission.send(input(), client, '');
    expect(calls[1]!.key).not.to.equal(calls[0]!.key);
  });
});
