/**
 * The pieces of `compiled-signup-checkers.ts` that the served shapes do not need: what a request's schema says beyond
 * them (a strict object, a record of answers, a default, a plain union). Apart from `checker-kit.ts`, which the CDN
 * bundle's first download carries, so these come with a signup, not with every listing. Like the kit, each does what
 * the zod schema it stands for does with a value (the same verdict, the same data back), with no `eval`; only
 * `scripts/compile-checkers.mjs` should compose them.
 *
 * @module
 */
import { INVALID, object, type Checker } from './checker-kit.js';

/**
 * `z.strictObject(shape)`: `z.object(shape)`'s data, and `INVALID` when the value has a key the shape does not name.
 * zod finds those keys with `for…in`, inherited ones and `__proto__` included, and so does this.
 */
export function strictObject(shape: Record<string, Checker>): Checker {
  const known = new Set(Object.keys(shape));
  const checked = object(shape);
  return (value) => {
    const data = checked(value);
    if (data === INVALID) return INVALID;
    for (const key in value as object) if (!known.has(key)) return INVALID;
    return data;
  };
}

/**
 * `z.catchall(z.object(shape), each)`: `z.object(shape)`'s data, then every other key the value has (`for…in`, as zod
 * reads them) with `each`'s data, in the value's order. zod leaves out a key named `__proto__`, which would replace
 * the data's prototype, and so does this.
 */
export function catchall(shape: Record<string, Checker>, each: Checker): Checker {
  const known = new Set(Object.keys(shape));
  const checked = object(shape);
  return (value) => {
    const data = checked(value) as Record<string, unknown> | typeof INVALID;
    if (data === INVALID) return INVALID;
    const given = value as Record<string, unknown>;
    for (const key in given) {
      if (known.has(key) || key === '__proto__') continue;
      const item = each(given[key]);
      if (item === INVALID) return INVALID;
      data[key] = item;
    }
    return data;
  };
}

/** `z._default(inner, value)`: `value` for `undefined` (not checked by `inner`, as zod does not), else `inner`'s data. */
export function defaulted(inner: Checker, value: string | number | boolean): Checker {
  return (given) => (given === undefined ? value : inner(given));
}

/** `z.union(options)`: the data of the first option that takes the value, as zod gives it. */
export function firstOf(options: readonly Checker[]): Checker {
  return (value) => {
    for (const option of options) {
      const data = option(value);
      if (data !== INVALID) return data;
    }
    return INVALID;
  };
}
