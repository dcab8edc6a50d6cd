/** The pictures' part of storage: each uploaded picture once, and its WebP renditions. */

/** A picture as the storage keeps it. Times are ISO 8601 in UTC. */
export interface StoredImage {
  /** The SHA-256 of the uploaded file (hex): the same file uploaded twice is one picture. */
  id: string;
  /** The uploaded file's media type, such as `image/jpeg`: what was sent, not what is served (always WebP). */
  originalType: string;
  /** The uploaded picture's size upright (after its EXIF orientation), in pixels. */
  width: number;
  height: number;
  createdAt: string;
  /** Who uploaded it: `person:<id>` or `token:<name>` (`images/image-routes.ts`). */
  createdBy: string;
}

/** One size of a picture, as served: WebP with no metadata. */
export interface Rendition {
  /** Its width in pixels: a standard width, or the picture's own when that is smaller (pictures are never enlarged). */
  width: number;
  bytes: Uint8Array;
}

/** A picture to keep, with every rendition made from it. */
export interface NewImage extends Omit<StoredImage, 'createdAt'> {
  renditions: readonly Rendition[];
}

export interface ImageStore {
  /**
   * Keeps a picture and its renditions in one transaction. Returns false, and changes nothing, when a picture with
   * that id is kept already (the same file uploaded before, or by a request that got there first).
   */
  saveImage(image: NewImage, now: Date): Promise<boolean>;
  /** The picture with this id, without its renditions. */
  findImage(id: string): Promise<StoredImage | undefined>;
  /** The widest rendition of the picture no wider than `maxWidth`; undefined when there is no such picture. */
  findRendition(id: string, maxWidth: number): Promise<Rendition | undefined>;
}

/** An `images` row as both storages select it. */
export interface ImageRow {
  id: string;
  original_type: string;
  width: number;
  height: number;
  created_at: string;
  created_by: string;
}

/** The columns `ImageRow` reads. */
export const IMAGE_COLUMNS = 'id, original_type, width, height, created_at, created_by';

export function toStoredImage(row: ImageRow): StoredImage {
  return {
    id: row.id,
    originalType: row.original_type,
    width: Number(row.width),
    height: Number(row.height),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}
