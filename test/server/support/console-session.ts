import assert from 'node:assert/strict';
import type { Person, Role } from '../../../server/src/accounts/actor.js';
import type { MunicipalityId } from '../../../src/contract/schema.js';
import type { TestFeed } from './test-feed.js';

/** A browser signed in to the console: its cookie and CSRF token, and requests sent with them. */
export interface ConsoleSession {
  person: Person;
  cookie: string;
  csrfToken: string;
  /** A request with the session's cookie, and for a change its CSRF token; a body is sent as JSON. */
  request(method: string, path: string, body?: unknown): Promise<Response>;
}

let people = 0;

/** The secret of the newest sign-in message to `email` in the outbox. */
export async function signInSecretFor(feed: TestFeed, email: string): Promise<string> {
  const [message] = (await feed.storage.listOutbox({ to: email, limit: 10 })).filter((m) => m.kind === 'sign-in');
  assert.ok(message, `a sign-in message to ${email}`);
  const code = message.text.match(/^([A-Za-z0-9_-]{43})$/m)?.[1];
  assert.ok(code, `the code in:\n${message.text}`);
  return code;
}

/** The cookie's `name=value` from a `Set-Cookie` answer. */
export function sessionCookieOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  const cookie = header.match(/(__Host-kultur-session=[^;]+)/)?.[1];
  assert.ok(cookie, `a session cookie in "${header}"`);
  return cookie;
}

/** Starts a session for `person` through the API, as the console does: link by mail, then the secret posted. */
export async function signInAs(feed: TestFeed, person: Person): Promise<ConsoleSession> {
  const asked = await feed.request('/v1/session/link', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: person.email }),
  });
  assert.equal(asked.status, 202);
  const token = await signInSecretFor(feed, person.email);
  const signedIn = await feed.request('/v1/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  assert.equal(signedIn.status, 200, await signedIn.clone().text());
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const cookie = sessionCookieOf(signedIn);
  return {
    person,
    cookie,
    csrfToken,
    request: (method, path, body) =>
      feed.request(path, {
        method,
        headers: {
          cookie,
          ...(method === 'GET' || method === 'HEAD' ? {} : { 'x-kultur-csrf': csrfToken }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

/** Adds a person of the role (an editor looks after `municipalities`) and signs them in. */
export async function signedIn(
  feed: TestFeed,
  role: Role,
  municipalities: MunicipalityId[] = role === 'editor' ? ['lolland'] : [],
): Promise<ConsoleSession> {
  people += 1;
  const person: Person = {
    id: `p${people}${role}`,
    email: `${role}${people}@kultur.test`,
    name: null,
    role,
    municipalities,
  };
  const added = await feed.storage.people.addPerson(person, new Date());
  assert.ok(added, `added ${person.email}`);
  return signInAs(feed, person);
}
