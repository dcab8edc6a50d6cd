import type pg from 'pg';
import {
  IMAGE_COLUMNS,
  toStoredImage,
  type ImageRow,
  type ImageStore,
  type NewImage,
  type Rendition,
  type StoredImage,
} from '../images/image-store.js';

/** The pictures on PostgreSQL: renditions are `bytea` in `image_renditions`. */
export class PostgresImageStore implements ImageStore {
  readonly #pool: pg.Pool;
  readonly #lockTimeoutMs: number;

  constructor(pool: pg.Pool, { lockTimeoutMs }: { lockTimeoutMs: number }) {
    this.#pool = pool;
    this.#lockTimeoutMs = lockTimeoutMs;
  }

  async saveImage({ renditions, ...image }: NewImage, now: Date): Promise<boolean> {
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      // The same file sent twice at once: the second insert waits for the first's row, then finds it and does nothing.
      await client.query(`BEGIN; SET LOCAL lock_timeout = ${Math.round(this.#lockTimeoutMs)}`);
      const inserted = await client.query(
        `INSERT INTO images (id, original_type, width, height, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO NOTHING`,
        [image.id, image.originalType, image.width, image.height, now, image.createdBy],
      );
      if (inserted.rowCount === 0) {
        await client.query('ROLLBACK');
        return false;
      }
      for (const { width, bytes } of renditions) {
        await client.query('INSERT INTO image_renditions (image_id, width, bytes) VALUES ($1, $2, $3)', [
          image.id,
          width,
          Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        ]);
      }
      await client.query('COMMIT');
      return true;
    } catch (error) {
      // A connection that cannot even roll back is not given to the next request.
      await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async findImage(id: string): Promise<StoredImage | undefined> {
    const { rows } = await this.#pool.query<ImageRow>(`SELECT ${IMAGE_COLUMNS} FROM images WHERE id = $1`, [id]);
    return rows[0] && toStoredImage(rows[0]);
  }

  async findRendition(id: string, maxWidth: number): Promise<Rendition | undefined> {
    const { rows } = await this.#pool.query<{ width: number; bytes: Buffer }>(
      `SELECT width, bytes FROM image_renditions WHERE image_id = $1 AND width <= $2 ORDER BY width DESC LIMIT 1`,
      [id, maxWidth],
    );
    return rows[0] && { width: rows[0].width, bytes: rows[0].bytes };
  }
}
