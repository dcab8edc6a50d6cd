import { Hono, type MiddlewareHandler } from 'hono';
import type { Actor, ActorVariables } from '../accounts/actor.js';
import { cachePolicy } from '../http/cache-policy.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';
import { DEMO_IMAGE_POLICY } from './demo-image-routes.js';
import {
  DEFAULT_RENDITION_WIDTH,
  IMAGE_ID,
  IMAGE_UPLOAD_TYPES,
  imageId,
  processImage,
  RENDITION_WIDTHS,
} from './image-processing.js';
import type { ImageStore } from './image-store.js';

/** Where pictures are uploaded; a picture's address is this, a slash and its id. */
export const IMAGES_PATH = '/v1/images';

export interface ImageRouteOptions {
  images: ImageStore;
  /** Lets through only requests someone acts for, and says who (`c.get('actor')`); any role may upload. */
  actor: MiddlewareHandler<{ Variables: ActorVariables }>;
  now?: () => Date;
}

/** Who uploaded a picture, as the `images` table keeps it. */
export function uploaderOf(actor: Actor): string {
  return actor.kind === 'person' ? `person:${actor.person.id}` : `token:${actor.name}`;
}

/**
 * Pictures for events, uploaded by staff and served to everyone.
 *
 * - `POST /v1/images`: the picture file as the body, with its type as `Content-Type`. The answer (201, or 200 when the
 *   same file was uploaded before) is `{id, url, width, height}` and `Location`. Only the WebP renditions are kept
 *   (`image-processing.ts`), never the file: its metadata, a GPS position included, is gone from the first moment.
 * - `GET /v1/images/{id}`: the 960 pixels wide rendition, or `?w=480|960|1600`. The id is the file's content hash, so
 *   an address never changes content and may be kept for a year. Served with the demo pictures' sandboxing policy: a
 *   picture opened on its own runs and loads nothing.
 */
export function imageRoutes({
  images,
  actor,
  now = () => new Date(),
}: ImageRouteOptions): Hono<{ Variables: ActorVariables }> {
  const app = new Hono<{ Variables: ActorVariables }>();
  const picture = `${IMAGES_PATH}/:id`;

  app.post(IMAGES_PATH, actor, async (c) => {
    const declared = c.req.header('content-type')?.split(';')[0]!.trim().toLowerCase();
    if (!IMAGE_UPLOAD_TYPES.some((type) => type === declared)) {
      throw new ProblemError(
        415,
        'unsupported-media-type',
        `Send the picture file itself as the body, with Content-Type ${IMAGE_UPLOAD_TYPES.join(', ')}` +
          `${declared ? ` (not ${declared})` : ''}.`,
      );
    }
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    // The same file again: no need to read it twice.
    let stored = await images.findImage(imageId(bytes));
    let created = false;
    if (!stored) {
      const processed = await processImage(bytes);
      created = await images.saveImage({ ...processed, createdBy: uploaderOf(c.get('actor')) }, now());
      stored = await images.findImage(processed.id);
      if (!stored) throw new Error(`picture ${processed.id} was saved but is not found`);
    }
    const url = `${IMAGES_PATH}/${stored.id}`;
    c.header('location', url);
    c.header('cache-control', cachePolicy.none);
    return c.json({ id: stored.id, url, width: stored.width, height: stored.height }, created ? 201 : 200);
  });
  app.all(IMAGES_PATH, methodNotAllowed(['POST']));

  app.get(picture, async (c) => {
    const id = c.req.param('id');
    const width = renditionWidth(c.req.queries('w'));
    const rendition = IMAGE_ID.test(id) ? await images.findRendition(id, width) : undefined;
    if (!rendition) {
      throw new ProblemError(404, 'not-found', `No picture has the id "${id}". Upload it with POST ${IMAGES_PATH}.`);
    }
    c.header('content-type', 'image/webp');
    c.header('cache-control', cachePolicy.immutable);
    c.header('content-security-policy', DEMO_IMAGE_POLICY);
    // Any site may show the pictures, also one that requires it with Cross-Origin-Embedder-Policy.
    c.header('cross-origin-resource-policy', 'cross-origin');
    return c.body(new Uint8Array(rendition.bytes));
  });
  app.all(picture, methodNotAllowed(['GET']));
  return app;
}

/** The width `?w=` asks for: one of `RENDITION_WIDTHS`, given once, or the default without it. */
function renditionWidth(values: string[] | undefined): number {
  if (!values) return DEFAULT_RENDITION_WIDTH;
  const width = RENDITION_WIDTHS.find((standard) => values.length === 1 && String(standard) === values[0]);
  if (width === undefined) {
    const detail = `w must be one of ${RENDITION_WIDTHS.join(', ')}, given once (or left out for ${DEFAULT_RENDITION_WIDTH}).`;
    throw new ProblemError(400, 'invalid-parameter', detail, {
      errors: [{ path: 'w', message: detail }],
    });
  }
  return width;
}
