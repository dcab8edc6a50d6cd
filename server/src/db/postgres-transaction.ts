import type pg from 'pg';

/**
 * Runs `work` in a transaction on a connection of its own, with a lock timeout so a write never hangs on a lock
 * (`storage-busy.ts` turns the timeout into a 503). A connection that cannot even roll back is not given back.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  lockTimeoutMs: number,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(`BEGIN; SET LOCAL lock_timeout = ${Math.round(lockTimeoutMs)}`);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
