/**
 * The pieces `compiled-checkers.ts` is built of: small checkers that do what the zod schema they stand for does with a
 * value it takes (the same verdict, the same data back), without zod's issue bookkeeping, which is what makes zod slow
 * on a page of events. Each checker returns the data, or `INVALID` where the schema would refuse. No `eval`, no
 * `new Function`: a page with a strict CSP runs them. Only `scripts/compile-checkers.mjs` should compose them, since it
 * checks that the zod schema is one they model.
 *
 * @module
 */

/** What a checker returns for a value its schema refuses. */
export const INVALID: unique symbol = Symbol('kultur.invalid');
export type Invalid = typeof INVALID;

/** A value as the schema gives it back, or INVALID. */
export type Checker = (value: unknown) => unknown;

/** A checker for an optional property: absent (or undefined) passes; the object keeps an undefined that was there. */
export type OptionalChecker = Checker & { optional: true };

/** A string's length in code points, as zod's length checks count it (a lone surrogate counts as one). */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * `z.string()` with, in this order, `z.trim()`, `z.minLength(min)`, `z.maxLength(max)` and `z.regex(pattern)`, each
 * where given. A code point is one or two UTF-16 units, so only a length near a bound needs counting.
 */
export function text(trim: boolean, min: number, max: number, pattern?: RegExp): Checker {
  return (value) => {
    if (typeof value !== 'string') return INVALID;
    const given = trim ? value.trim() : value;
    const units = given.length;
    if (units < min || (units < min * 2 && codePoints(given) < min)) return INVALID;
    if (units > max && codePoints(given) > max) return INVALID;
    if (pattern && !pattern.test(given)) return INVALID;
    return given;
  };
}

/** A URL parsed as zod parses it: `URL.parse` where there is one. */
function parseUrl(text: string): URL | null {
  try {
    return typeof URL.parse === 'function' ? URL.parse(text) : new URL(text);
  } catch {
    return null;
  }
}

/**
 * An http(s) address that the URL parser cannot refuse, so it needs no parsing: a host of letters, digits and hyphens
 * whose last label starts with a letter (so it is never read as an IPv4 number, which can be out of range) and none of
 * whose labels starts with `xn--` (punycode, which can be invalid), a port of at most four digits, and then printable
 * ASCII only (no space, tab or line break, which the parser would encode or drop). Anything else is parsed.
 */
const PLAIN_WEB_URL = /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*\.?(?::\d{0,4})?(?:[/?#][!-~]*)?$/i;

/**
 * `z.url({ protocol })`: the trimmed text must parse as a URL whose protocol (without its colon) fits; with zod's own
 * http(s) pattern, it must also start with "http://" or "https://". The data is the trimmed text without tabs and line
 * breaks, as zod gives it.
 */
export function webUrl(protocol: RegExp, slashes: boolean): Checker {
  return (value) => {
    if (typeof value !== 'string') return INVALID;
    const trimmed = value.trim();
    if (slashes && !/^https?:\/\//i.test(trimmed)) return INVALID;
    // Most of a page's addresses are plain ones that parse for certain: no URL to build (a third of a page's checking).
    if (slashes && PLAIN_WEB_URL.test(trimmed)) return trimmed;
    const url = parseUrl(trimmed);
    if (url === null || !protocol.test(url.protocol.slice(0, -1))) return INVALID;
    return trimmed.replace(/[\t\n\r]/g, '');
  };
}

/** `z.number()` (finite), or `z.int()` (a safe integer), within `min` and `max` inclusive. */
export function number(integer: boolean, min = -Infinity, max = Infinity): Checker {
  return (value) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!integer || Number.isSafeInteger(value)) &&
    value >= min &&
    value <= max
      ? value
      : INVALID;
}

/** `z.boolean()`. */
export const boolean: Checker = (value) => (typeof value === 'boolean' ? value : INVALID);

/** `z.unknown()`: anything, as it is. */
export const anything: Checker = (value) => value;

/** `z.enum(values)` and `z.literal(values)`. */
export function oneOf(values: readonly unknown[]): Checker {
  const allowed = new Set(values);
  return (value) => (allowed.has(value) ? value : INVALID);
}

/** `z.optional(inner)`, as an object's property. */
export function optional(inner: Checker): OptionalChecker {
  return Object.assign((value: unknown) => (value === undefined ? value : inner(value)), { optional: true as const });
}

/** `z.nullable(inner)`. */
export function nullable(inner: Checker): Checker {
  return (value) => (value === null ? value : inner(value));
}

/** `z.array(element)` with `z.minLength(min)` and `z.maxLength(max)`: a new array of the elements' data. */
export function array(element: Checker, min = 0, max = Infinity): Checker {
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return INVALID;
    const data: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = element(value[i]);
      if (item === INVALID) return INVALID;
      data[i] = item;
    }
    return data;
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `z.object(shape)`: a new object with the shape's keys in its order, unknown keys left out. An optional key that is
 * absent stays absent; one that is there with `undefined` stays there, as zod keeps it.
 */
export function object(shape: Record<string, Checker>): Checker {
  const keys = Object.keys(shape);
  const checkers = keys.map((key) => shape[key]!);
  const optionals = checkers.map((checker) => (checker as Partial<OptionalChecker>).optional === true);
  return (value) => {
    if (!isObject(value)) return INVALID;
    const data: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const given = value[key];
      if (given === undefined && optionals[i]) {
        if (key in value) data[key] = undefined;
        continue;
      }
      const checked = checkers[i]!(given);
      if (checked === INVALID) return INVALID;
      data[key] = checked;
    }
    return data;
  };
}

/** `z.discriminatedUnion(key, options)`: the option whose tag the object's `key` holds. */
export function union(key: string, options: Record<string, Checker>): Checker {
  const byTag = new Map(Object.entries(options));
  return (value) => (isObject(value) ? (byTag.get(value[key] as string)?.(value) ?? INVALID) : INVALID);
}
