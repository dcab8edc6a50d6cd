import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';

/**
 * Sends `/lolland` on to `/lolland/` when DIR holds `lolland/index.html`, as web servers do: without the slash the
 * page's relative links (`lolland.css`) would point one folder too high, and serveStatic alone answers 404.
 *
 * The new address is written from the folder found, one encoded name after another, never copied from the request:
 * a copied `//lolland` would go out as `Location: //lolland/`, which a browser reads as the host `lolland`.
 */
export function directorySlash(root: string): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const folder = folderNames(url.pathname);
    if (!folder || !isFile(join(root, ...folder, 'index.html'))) return next();
    const address = folder.map((name) => encodeURIComponent(name)).join('/');
    return c.redirect(`/${address}/${url.search}`, 301);
  };
}

/**
 * The names of the folders a path leads through, or undefined when it could be no folder serveStatic serves: one
 * that ends in a slash already, climbs with `..`, or holds a backslash or NUL. Empty names (`//`) and `.` are dropped.
 */
function folderNames(pathname: string): string[] | undefined {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.endsWith('/') || path.includes('..') || /[\\\0]/.test(path)) return undefined;
  const names = path.split('/').filter((name) => name !== '' && name !== '.');
  return names.length ? names : undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
