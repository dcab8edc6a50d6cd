import type * as z from 'zod/mini';
import type { ProblemField } from '@kulturregion/kultur/contract';

type Issue = z.core.$ZodIssue;

const formats: Record<string, string> = {
  date: 'must be a calendar date such as 2027-03-10',
  datetime: 'must be a date and time with its offset, such as 2027-03-10T09:00:00+01:00',
  url: 'must be an http or https URL',
  email: 'must be an e-mail address',
};

const units: Record<string, [one: string, many: string]> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
};

function bound(issue: { origin: string; inclusive?: boolean }, limit: number | bigint, side: 'least' | 'most') {
  const unit = units[issue.origin];
  if (!unit) {
    const exclusive = issue.inclusive === false;
    return side === 'least'
      ? `must be ${exclusive ? 'more than' : 'at least'} ${limit}`
      : `must be ${exclusive ? 'less than' : 'at most'} ${limit}`;
  }
  if (side === 'least' && Number(limit) === 1)
    return issue.origin === 'string' ? 'must not be empty' : 'must list at least one';
  return `must have at ${side} ${limit} ${unit[Number(limit) === 1 ? 0 : 1]}`;
}

/** A message a webmaster can act on: what is allowed, in words, rather than the validator's internals. */
function explain(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.endsWith('received undefined') ? 'is required' : `must be ${article(issue.expected)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'too_small':
      return bound(issue, issue.minimum, 'least');
    case 'too_big':
      return bound(issue, issue.maximum, 'most');
    case 'invalid_format':
      return (
        formats[issue.format] ??
        (issue.format === 'regex' ? `does not have the expected form (${issue.pattern})` : issue.message)
      );
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Names why a field was refused; by default zod's own issue code. */
export type IssueCoder = (issue: Issue, path: string) => string;

/** Turns schema issues into the `errors` of problem details, one per field, each naming it by its dotted path. */
export function fieldsOf(error: z.core.$ZodError, codeOf: IssueCoder = (issue) => issue.code): ProblemField[] {
  const fields = error.issues.flatMap((issue): ProblemField[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      // Named one by one, so a misspelt field is pointed at rather than lost among the others.
      return issue.keys.map((key) => {
        const keyPath = [path, key].filter(Boolean).join('.');
        return { path: keyPath, message: 'is not a known field; check the spelling', code: codeOf(issue, keyPath) };
      });
    }
    return [{ path: path || '(body)', message: explain(issue), code: codeOf(issue, path) }];
  });
  return withoutRepeats(fields);
}

/** A list with two bad items gives the same complaint twice; once is enough. */
export function withoutRepeats(fields: ProblemField[]): ProblemField[] {
  const seen = new Set<string>();
  return fields.filter((field) => {
    const key = `${field.path}\n${field.message}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** One sentence that sums the field errors up for `detail`. */
export function summarise(fields: ProblemField[]): string {
  const [first, ...rest] = fields;
  if (!first) return 'The request is not valid.';
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}, listed in errors)` : '';
  return `${first.path} ${first.message}${more}.`;
}
