/**
 * The brand every Kultur error carries. `Symbol.for` gives the same symbol in every realm and in every copy of the
 * SDK, so `isKulturError()` works where `instanceof` does not: two municipal widgets that each bundle the SDK, or an
 * error that crossed from an iframe.
 */
const brand = Symbol.for('kulturregion.kultur.error');

/**
 * The base of every error the SDK throws. Catch it to tell the feed's failures from your own bugs; check `name` or
 * the subclass to decide what to show.
 *
 * @example
 * ```ts
 * try {
 *   await client.events.list({ municipality: ['lolland'] });
 * } catch (error) {
 *   if (isKulturError(error)) showMessage(error.message);
 *   else throw error;
 * }
 * ```
 */
export class KulturError extends Error {
  override name = 'KulturError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    Object.defineProperty(this, brand, { value: true });
  }
}

/** Whether `value` carries the Kultur error brand; see `isKulturError()` for the public guard. */
export function hasKulturBrand(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}
