import {
  PROBLEM_TITLES,
  problemType,
  type ProblemDetails,
  type ProblemField,
  type ProblemKind,
} from '@kulturregion/kultur/contract';

export { problemType, type ProblemKind };

/**
 * A request the server refuses. Thrown anywhere in a handler; the app's error handler turns it into an
 * `application/problem+json` response.
 */
export class ProblemError extends Error {
  readonly problem: ProblemDetails;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    kind: ProblemKind,
    detail: string,
    options: { errors?: ProblemField[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.problem = { type: problemType(kind), title: PROBLEM_TITLES[kind], status, detail, errors: options.errors };
    this.headers = options.headers ?? {};
  }
}

/** Renders problem details; personal or not, a refusal is never cached. */
export function problemResponse(problem: ProblemDetails, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers },
  });
}
