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

/**
 * Sets the cookie for the session's absolute lifetime, as `Max-Age` (relative, so a browser's wrong clock does not
 * matter); the idle end is the server's to enforce.
 */
export function writeSessionCookie(c: Context, secret: string, lifetimeMs: number): void {
  setCookie(c, SESSION_COOKIE, secret, { ...attributes, maxAge: Math.floor(lifetimeMs / 1000) });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, attributes);
}
