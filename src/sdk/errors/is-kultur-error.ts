import { hasKulturBrand, type KulturError } from './kultur-error.js';
import type { KulturHttpError } from './kultur-http-error.js';
import type { KulturInputError } from './kultur-input-error.js';
import type { KulturNetworkError } from './kultur-network-error.js';
import type { KulturTimeoutError } from './kultur-timeout-error.js';
import type { KulturValidationError } from './kultur-validation-error.js';

/**
 * The SDK's error subclasses by their `name`, for `isKulturError(value, name)`.
 *
 * @example
 * ```ts
 * function describe(error: KulturErrorsByName[keyof KulturErrorsByName]): string {
 *   return error.name === 'KulturHttpError' ? `HTTP ${error.status}` : error.name;
 * }
 * ```
 */
export interface KulturErrorsByName {
  KulturHttpError: KulturHttpError;
  KulturInputError: KulturInputError;
  KulturNetworkError: KulturNetworkError;
  KulturTimeoutError: KulturTimeoutError;
  KulturValidationError: KulturValidationError;
}

/**
 * Whether `value` is an error from the Kultur SDK, optionally of one kind. Unlike `instanceof` it also recognises
 * errors from another copy of the SDK (two widgets on one page) or another realm (an iframe).
 *
 * @example
 * ```ts
 * try {
 *   await client.events.get(id);
 * } catch (error) {
 *   if (isKulturError(error, 'KulturHttpError') && error.status === 404) return showNotFound();
 *   if (isKulturError(error)) return showMessage(error.message);
 *   throw error;
 * }
 * ```
 */
export function isKulturError(value: unknown): value is KulturError;
export function isKulturError<Name extends keyof KulturErrorsByName>(
  value: unknown,
  name: Name,
): value is KulturErrorsByName[Name];
export function isKulturError(value: unknown, name?: keyof KulturErrorsByName): boolean {
  return hasKulturBrand(value) && (name === undefined || (value as Error).name === name);
}
