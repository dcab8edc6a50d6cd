import assert from 'node:assert/strict';
import type { SignupAnswer } from '../../../src/contract/schema.js';
import type { TestDatabase } from './test-database.js';

/**
 * The promise to check after `people` signed up at once for `capacity` seats of one each: exactly `capacity`
 * confirmed, the rest waitlisted at 1, 2, 3…, nobody lost or twice; both in the answers and in the database itself,
 * read through a connection of its own.
 */
export async function assertSeatsHeld(
  database: TestDatabase,
  eventId: string,
  answers: SignupAnswer[],
  { people, capacity }: { people: number; capacity: number },
): Promise<void> {
  const positions = Array.from({ length: people - capacity }, (_, i) => i + 1);
  assert.equal(answers.length, people);
  assert.equal(answers.filter((answer) => answer.status === 'confirmed').length, capacity);
  const answered = answers.flatMap((answer) => (answer.status === 'waitlisted' ? [answer.waitlistPosition] : []));
  assert.deepEqual(
    answered.sort((a, b) => a! - b!),
    positions,
  );
  assert.equal(new Set(answers.map((answer) => answer.id)).size, people, 'an id came twice');

  const rows = await database.rows<{ id: string; email: string; status: string }>(
    'SELECT id, email, status FROM signups WHERE event_id = ? ORDER BY seq',
    eventId,
  );
  assert.equal(rows.length, people, 'a signup was lost or doubled in the database');
  assert.equal(new Set(rows.map((row) => row.email.toLowerCase())).size, people, 'someone is in the database twice');
  const confirmed = rows.filter((row) => row.status === 'confirmed');
  assert.equal(confirmed.length, capacity);
  // Whoever was answered `confirmed` holds a seat in the database, and its waitlist is in the answered order.
  const byId = new Map(answers.map((answer) => [answer.id, answer]));
  assert.ok(confirmed.every((row) => byId.get(row.id)?.status === 'confirmed'));
  const waiting = rows.filter((row) => row.status === 'waitlisted');
  assert.deepEqual(
    waiting.map((row) => byId.get(row.id)?.waitlistPosition),
    positions,
  );
  const messages = await database.count(
    'SELECT count(*) AS n FROM outbox o JOIN signups s ON s.id = o.signup_id WHERE s.event_id = ?',
    eventId,
  );
  assert.equal(messages, people, 'one message per signup');
}
