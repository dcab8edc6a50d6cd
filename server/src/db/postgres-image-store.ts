import type pg from 'pg';
import { inTransaction } from './postgres-transaction.js';
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
    return inTransaction(this.#pool, this.#lockTimeoutMs, async (client) => {
      // The same file sent twice at once: the second insert waits for the first's row, then finds it and does nothing.
      const inserted = await client.query(
        `INSERT INTO images (id, original_type, width, height, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO NOTHING`,
        [image.id, image.originalType, image.width, image.height, now, image.createdBy],
      );
      if (inserted.rowCount === 0) return false;
      for (const { width, bytes } of renditions) {
        await client.query('INSERT INTO image_renditions (image_id, width, bytes) VALUES ($1, $2, $3)', [
          image.id,
          width,
          Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        ]);
      }
      return true;
    });
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
