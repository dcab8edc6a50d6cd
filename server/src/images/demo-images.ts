import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { assetsFolder } from '../assets.js';

/** Where the feed serves the demo's pictures; a picture's address is this plus its file name. */
export const DEMO_IMAGES_PATH = '/v1/images/demo/';

/** The folder of the demo's pictures: drawings made for this project (`assets/demo-images/README.md`). */
export const demoImagesFolder = new URL('demo-images/', assetsFolder);

/** A picture's file name: lower-case words joined by hyphens, `.svg`. Nothing else in the folder is served. */
const PICTURE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/;

export interface DemoImage {
  name: string;
  body: Uint8Array<ArrayBuffer>;
  /** The first 12 hex digits of the file's SHA-256: the `?v=` of its address, so a changed file gets a new one. */
  version: string;
}

const loaded = new Map<string, ReadonlyMap<string, DemoImage>>();

/**
 * The demo's pictures by file name, read once per folder and kept in memory (a few small files). Only what
 * is in the folder when the server starts can ever be served: a request names a key of this map or gets a 404.
 */
export function demoImages(folder: URL = demoImagesFolder): ReadonlyMap<string, DemoImage> {
  let images = loaded.get(folder.href);
  if (!images) {
    const names = readdirSync(folder).filter((name) => PICTURE_NAME.test(name));
    images = new Map(
      names.sort().map((name) => {
        const bytes = readFileSync(new URL(name, folder));
        const body = new Uint8Array(bytes.byteLength);
        body.set(bytes);
        const version = createHash('sha256').update(body).digest('hex').slice(0, 12);
        return [name, { name, body, version }];
      }),
    );
    loaded.set(folder.href, images);
  }
  return images;
}

/**
 * The address of a demo picture on the feed at `base` (such as `http://127.0.0.1:8787`), with its version:
 * `{base}/v1/images/demo/{name}?v={version}`.
 *
 * @throws when the folder has no such picture: a seed that names a missing file fails at once.
 */
export function demoImageUrl(base: string, name: string): string {
  const image = demoImages().get(name);
  if (!image) throw new Error(`No demo picture "${name}" in ${demoImagesFolder.pathname}`);
  return `${base.replace(/\/+$/, '')}${DEMO_IMAGES_PATH}${name}?v=${image.version}`;
}
