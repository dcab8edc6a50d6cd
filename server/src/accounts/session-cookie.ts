import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * The session cookie: `__Host-` (so it is only ever set by this origin, on `/`, with `Secure`), `HttpOnly` (no script
 * reads it), `SameSite=Strict` (no other site's page sends it). Browsers treat `http://localhost` and `127.0.0.1` as
 * secure, so the local demo signs in too.
 */
export const SESSION_COOKIE = 'kultur-session';

const attributes = { path: '/', secure: true, httpOnly: true, sameSite: 'Strict', prefix: 'host' } as const;

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE, 'host');
}

/** Sets the cookie until the session's absolute end: the idle end is the server's to enforce. */
export function writeSessionCookie(c: Context, secret: string, expires: Date): void {
  setCookie(c, SESSION_COOKIE, secret, { ...attributes, expires });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, attributes);
}
