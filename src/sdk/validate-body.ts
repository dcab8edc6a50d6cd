import { INVALID, type Invalid } from '../contract/compiled-checkers.js';
import { KulturValidationError } from './errors/kultur-validation-error.js';
import { misfitOf, type ContractShape } from './contract-misfit.js';

/**
 * Checks a whole answer with `parse`, the compiled checker of `shape`, or throws `KulturValidationError` naming every
 * field that does not fit (in the schema's words).
 */
export function validateBody<T>(
  parse: (value: unknown) => T | Invalid,
  shape: ContractShape,
  json: unknown,
  url: string,
): T {
  const data = parse(json);
  if (data !== INVALID) return data;
  const verdict = misfitOf(shape, json);
  if ('issues' in verdict) throw new KulturValidationError({ url, issues: verdict.issues });
  return verdict.data as T;
}
