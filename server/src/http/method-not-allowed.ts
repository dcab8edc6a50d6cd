import type { Handler, Hono } from 'hono';
import { ProblemError } from './problem.js';

/** Answers a known path called with a method it does not take: 405 with `Allow`, not a misleading 404. */
export function methodNotAllowed(allowed: readonly string[]): Handler {
  const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  return (c) => {
    throw new ProblemError(405, 'method-not-allowed', `${c.req.method} is not supported here; use ${allow}.`, {
      headers: { allow },
    });
  };
}

/**
 * The 405 for a path that several rooms serve (the events room reads `/v1/events`, publishing writes to it), added
 * once every room is mounted: it names every method they serve there, so no room has to know the others' methods.
 */
export function refuseOtherMethods(app: Hono, path: string): void {
  const served = app.routes.filter((route) => route.path === path && route.method !== 'ALL');
  app.all(path, methodNotAllowed([...new Set(served.map((route) => route.method))]));
}
