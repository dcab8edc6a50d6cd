import { Hono } from 'hono';
import { cachePolicy } from '../http/cache-policy.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { ProblemError } from '../http/problem.js';
import { DEMO_IMAGES_PATH, demoImages, type DemoImage } from './demo-images.js';

/**
 * An SVG opened on its own is a document: it could run script or load things if it held any. Ours hold none, and this
 * policy makes sure no picture served here ever can: nothing is fetched, nothing runs (`sandbox`), only the SVG's own
 * inline styling applies. Inside an `<img>` a browser runs no script anyway; the policy is for the picture opened
 * directly, in a tab.
 */
export const DEMO_IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export interface DemoImageRouteOptions {
  /** The pictures served; the files in `assets/demo-images/` by default. */
  images?: ReadonlyMap<string, DemoImage>;
}

/**
 * `GET /v1/images/demo/{file}`: the pictures of the seeded demo events, so the demo shows them with no network and
 * from the feed's own origin. Only the SVG files of the folder are served, by exact name: a path with `..`, an
 * encoded slash or any other name is simply not a key of the map, and gets a 404.
 *
 * The seed's addresses carry `?v=` with a hash of the file: that exact address never changes content, so it may be
 * cached for a year. Without it, or with an older one (a database seeded before a picture changed), the answer is the
 * current picture, cached like reference data. Other query parameters are ignored, as a static file server does:
 * an image CDN or a CMS may add its own.
 */
export function demoImageRoutes({ images = demoImages() }: DemoImageRouteOptions = {}): Hono {
  const app = new Hono();
  const route = `${DEMO_IMAGES_PATH}:file`;
  app.get(route, (c) => {
    const name = c.req.param('file');
    const image = images.get(name);
    if (!image) {
      throw new ProblemError(
        404,
        'not-found',
        `No demo picture is called "${name}". The seeded events' image URLs name the pictures there are.`,
      );
    }
    c.header('content-type', 'image/svg+xml');
    c.header('cache-control', c.req.query('v') === image.version ? cachePolicy.immutable : cachePolicy.reference);
    c.header('content-security-policy', DEMO_IMAGE_POLICY);
    // Any site may show the pictures, also one that requires it with Cross-Origin-Embedder-Policy.
    c.header('cross-origin-resource-policy', 'cross-origin');
    return c.body(image.body);
  });
  app.all(route, methodNotAllowed(['GET']));
  return app;
}
