import type Database from 'better-sqlite3';
import {
  IMAGE_COLUMNS,
  toStoredImage,
  type ImageRow,
  type ImageStore,
  type NewImage,
  type Rendition,
  type StoredImage,
} from '../images/image-store.js';

/** The pictures on SQLite: renditions are BLOBs in `image_renditions`. */
export class SqliteImageStore implements ImageStore {
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  async saveImage({ renditions, ...image }: NewImage, now: Date): Promise<boolean> {
    return this.#db
      .transaction(() => {
        const inserted = this.#db
          .prepare(
            `INSERT INTO images (id, original_type, width, height, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (id) DO NOTHING`,
          )
          .run(image.id, image.originalType, image.width, image.height, now.toISOString(), image.createdBy);
        if (inserted.changes === 0) return false;
        const insert = this.#db.prepare('INSERT INTO image_renditions (image_id, width, bytes) VALUES (?, ?, ?)');
        for (const { width, bytes } of renditions) insert.run(image.id, width, bytes);
        return true;
      })
      .immediate();
  }

  async findImage(id: string): Promise<StoredImage | undefined> {
    const row = this.#db.prepare<[string], ImageRow>(`SELECT ${IMAGE_COLUMNS} FROM images WHERE id = ?`).get(id);
    return row && toStoredImage(row);
  }

  async findRendition(id: string, maxWidth: number): Promise<Rendition | undefined> {
    const row = this.#db
      .prepare<[string, number], { width: number; bytes: Buffer }>(
        `SELECT width, bytes FROM image_renditions WHERE image_id = ? AND width <= ? ORDER BY width DESC LIMIT 1`,
      )
      .get(id, maxWidth);
    return row && { width: row.width, bytes: row.bytes };
  }
}
