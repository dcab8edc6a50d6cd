import assert from 'node:assert/strict';
import { ProblemDetailsSchema, type ProblemDetails } from '../../../src/contract/schema.js';

/** Asserts a refusal: the given 4xx status, problem+json, and (when named) an error entry for `path`. */
export async function assertProblem(response: Response, status: number, path?: string): Promise<ProblemDetails> {
  const text = await response.text();
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${text}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const problem = ProblemDetailsSchema.parse(JSON.parse(text));
  assert.equal(problem.status, status);
  assert.ok(problem.detail && problem.detail.length > 10, 'detail says what to do');
  if (path !== undefined) {
    assert.ok(
      problem.errors?.some((error) => error.path === path),
      `expected an error for "${path}", got ${JSON.stringify(problem.errors)}`,
    );
  }
  return problem;
}
