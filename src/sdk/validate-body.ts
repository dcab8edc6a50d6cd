import { INVALID, type Invalid } from '../contract/compiled-checkers.js';
import { KulturValidationError } from './errors/kultur-validation-error.js';
import type { ContractShape } from './contract-misfit.js';

/**
 * Checks a whole answer with `parse`, the compiled checker of `shape`, or throws `KulturValidationError` naming every
 * field that does not fit (in the schema's words). The schemas, and zod with them, are loaded only then
 * (`contract-misfit.ts`): a page whose feed answers as the contract says never downloads them.
 */
export async function validateBody<T>(
  parse: (value: unknown) => T | Invalid,
  shape: ContractShape,
  json: unknown,
  url: string,
): Promise<T> {
  const data = parse(json);
  if (data !== INVALID) return data;
  const { misfitOf } = await import('./contract-misfit.js');
  const verdict = misfitOf(shape, json);
  if ('issues' in verdict) throw new KulturValidationError({ url, issues: verdict.issues });
  return verdict.data as T;
}
