import type { Handler } from 'hono';
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
