import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { migrations } from '../../../server/src/db/migrations.js';
import { openSqlite } from '../../../server/src/db/open-sqlite.js';
import { SqliteStorage } from '../../../server/src/db/sqlite-storage.js';
import { courseDay } from '../support/signup-support.js';
import { sqliteOnly } from '../support/test-database.js';

describe('migration 2 on a database with signups', sqliteOnly('migrates a version 1 SQLite file'), () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kultur-migration-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the waitlist in the order it had, and new signups queue behind it', async () => {
    const file = join(dir, 'v1.db');
    // A database as version 1 left it: signups in rowid order, all with the same created_at.
    const old = new Database(file);
    old.exec(migrations.find((migration) => migration.version === 1)!.sql);
    old.pragma('user_version = 1');
    const { id: _id, ...data } = courseDay('kursus', { capacity: 1 });
    old
      .prepare(
        `INSERT INTO events (id, municipality, start_ms, end_ms, status, categories, audience, search_text, data,
         created_at, updated_at)
       VALUES ('kursus', 'lolland', ?, ?, 'scheduled', '["kursus"]', '["kulturaktoerer"]', '', ?, 'x', 'x')`,
      )
      .run(Date.parse(data.start), Date.parse(data.end), JSON.stringify(data));
    const insert = old.prepare(
      `INSERT INTO signups (id, event_id, status, seats, name, email, privacy_version, cancel_token, created_at)
       VALUES (?, 'kursus', ?, 1, ?, ?, '2026-01', ?, '2027-01-01T00:00:00.000Z')`,
    );
    for (const [n, status] of [
      ['c', 'confirmed'],
      ['w1', 'waitlisted'],
      ['w2', 'waitlisted'],
      ['w3', 'waitlisted'],
    ] as const) {
      insert.run(`id-${n}`, status, `Person ${n}`, `${n}@example.dk`, `token-${n}`);
    }
    old.close();

    const db = openSqlite(file);
    assert.equal(db.pragma('user_version', { simple: true }), migrations.at(-1)!.version);
    const storage = new SqliteStorage(db);
    try {
      const added = await storage.addSignup(
        'kursus',
        { name: 'Person w4', email: 'w4@example.dk', seats: 1, privacyVersion: '2026-01' },
        new Date('2027-01-02T00:00:00Z'),
      );
      assert.equal(added?.waitlistPosition, 4);
      const list = await storage.listSignups('kursus');
      assert.deepEqual(
        list?.map((item) => `${item.status}${item.waitlistPosition ?? ''} ${item.name}`),
        [
          'confirmed Person c',
          'waitlisted1 Person w1',
          'waitlisted2 Person w2',
          'waitlisted3 Person w3',
          'waitlisted4 Person w4',
        ],
      );
      const view = await storage.findSignup('token-w2');
      assert.equal(view?.waitlistPosition, 2);
    } finally {
      await storage.close();
    }
  });
});
