import { statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { MiddlewareHandler } from 'hono';

/**
 * Sends `/lolland` on to `/lolland/` when DIR holds `lolland/index.html`, as web servers do: without the slash the
 * page's relative links (`lolland.css`) would point one folder too high, and serveStatic alone answers 404.
 */
export function directorySlash(root: string): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path;
    if (path.endsWith('/') || path.includes('..') || path.includes('\0')) return next();
    let isPage = false;
    try {
      isPage = statSync(join(root, normalize(decodeURIComponent(path)), 'index.html')).isFile();
    } catch {
      isPage = false;
    }
    if (!isPage) return next();
    const search = new URL(c.req.url).search;
    return c.redirect(`${path}/${search}`, 301);
  };
}
