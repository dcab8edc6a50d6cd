/**
 * One thing in the feed's answer that does not fit the contract.
 *
 * @example
 * ```ts
 * if (error instanceof KulturValidationError) {
 *   for (const issue of error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
 * }
 * ```
 */
export interface AnswerIssue {
  /** Where: property names and array indexes from the top of the answer, such as `['items', 3, 'start']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in a few English words. */
  readonly message: string;
  /** A stable name for the kind of problem, such as `invalid_type` or `invalid_json`. */
  readonly code: string;
}

/** The parts of a zod issue the SDK reads; zod's own messages are "Invalid input" under `zod/mini` without a locale. */
interface RawIssue {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly format?: unknown;
  readonly values?: readonly unknown[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly keys?: readonly unknown[];
}

/** Describes an issue without loading a zod locale (which would cost bundle size and change the host's zod). */
function describe(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${String(issue.expected)}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return `not a valid ${String(issue.format)}`;
    case 'too_small':
      return `too small (at least ${String(issue.minimum)})`;
    case 'too_big':
      return `too big (at most ${String(issue.maximum)})`;
    case 'unrecognized_keys':
      return `unknown keys ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.message;
  }
}

/** Turns zod issues into the SDK's own, so the public types do not depend on zod's. */
export function toAnswerIssues(issues: readonly RawIssue[]): AnswerIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: describe(issue),
    code: issue.code ?? 'custom',
  }));
}
