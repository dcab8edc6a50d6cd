/**
 * Compiles the zod schemas of the shapes the feed serves into plain TypeScript checkers, written to
 * `src/contract/compiled-checkers.ts`, and those of a signup (the request and its answer) to
 * `src/contract/compiled-signup-checkers.ts`, a module of its own that the SDK imports when a signup is sent, so the
 * CDN bundle's first download does not carry it. The SDK checks with them: they take and give exactly what the
 * schema's own `safeParse` would (same verdict, same output: strings trimmed, unknown keys left out, defaults filled
 * in), several times faster, with no `eval` or `new Function` (so the strict CSP holds) and no zod at runtime. zod
 * stays the single source of truth: when a checker refuses, the SDK asks the schema itself what is wrong.
 *
 * `npm run checkers` writes the files; test/sdk/compiled-checkers.test.ts fails when one is stale and holds each checker
 * to its schema on generated valid and broken values. Only the zod features these schemas use are modelled; anything
 * else (a refinement, a transform other than z.trim(), a default that is not a plain value …) stops the script with
 * the schema's path, rather than compiling to a checker that could disagree with zod.
 *
 * Run with tsx, since the schemas are TypeScript: `node --import tsx scripts/compile-checkers.mjs`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as contract from '../src/contract/schema.ts';
import * as envelope from '../src/contract/page-envelope.ts';

export const OUTPUT = fileURLToPath(new URL('../src/contract/compiled-checkers.ts', import.meta.url));
export const SIGNUP_OUTPUT = fileURLToPath(new URL('../src/contract/compiled-signup-checkers.ts', import.meta.url));

/** The checkers the SDK calls on every page: exported name, schema, and the type its output has. */
const TARGETS = [
  { name: 'parseEvent', schema: contract.EventSchema, type: 'KulturEvent', from: './schema.js' },
  {
    name: 'parseEventPageEnvelope',
    schema: envelope.EventPageEnvelopeSchema,
    type: 'EventPageEnvelope',
    from: './page-envelope.js',
  },
  {
    name: 'parseMunicipalityList',
    schema: contract.MunicipalityListSchema,
    type: '{ items: Municipality[] }',
    imports: ['Municipality'],
    from: './schema.js',
  },
  {
    name: 'parseCategoryList',
    schema: contract.CategoryListSchema,
    type: '{ items: Category[] }',
    imports: ['Category'],
    from: './schema.js',
  },
  // What the browser's first download checks besides the served shapes, so that it carries no zod at all: an event id
  // before it goes into a path, and a refusal's problem details.
  { name: 'parseEventId', schema: contract.EventIdSchema, type: 'string', imports: [], from: './schema.js' },
  { name: 'parseProblemDetails', schema: contract.ProblemDetailsSchema, type: 'ProblemDetails', from: './schema.js' },
];

/**
 * The checkers of a signup: what `signups.create()` sends (the output of `SignupRequestSchema`, trimmed and with its
 * default seats) and what the feed answers. A module of their own, loaded with the signup form or its first send.
 */
const SIGNUP_TARGETS = [
  {
    name: 'parseSignupRequest',
    schema: contract.SignupRequestSchema,
    type: 'SignupRequest & { seats: number }',
    imports: ['SignupRequest'],
    from: './schema.js',
  },
  { name: 'parseSignupAnswer', schema: contract.SignupAnswerSchema, type: 'SignupAnswer', from: './schema.js' },
];

/** What each file says of itself, after the line that it is generated. */
const ABOUT = {
  [OUTPUT]: [
    "The contract's served shapes as checkers built of plain functions (`checker-kit.ts`): each takes what its schema's",
    '`safeParse` takes and gives the same data (strings trimmed, unknown keys left out), or `INVALID` where the schema',
    'would refuse. No zod and no `eval` at runtime, so a page with a strict CSP runs them, and several times faster than',
    'the schemas. They do not say what is wrong: for that, ask the schema itself.',
  ],
  [SIGNUP_OUTPUT]: [
    "A signup's request and answer as checkers built of plain functions (`checker-kit.ts`, `request-checker-kit.ts`):",
    "each gives what its schema's `safeParse` gives (text trimmed, `seats` defaulted to 1), or `INVALID` where the",
    'schema would refuse. Apart from `compiled-checkers.ts`, so the CDN bundle loads them with a signup, not with a',
    'listing; and a signup that is taken loads no zod. They do not say what is wrong: for that, ask the schema itself.',
  ],
};

/** The kit's pieces that a request's schema needs and the served shapes do not: in `request-checker-kit.ts`. */
const REQUEST_KIT = new Set(['strictObject', 'catchall', 'defaulted', 'firstOf']);

/** Names for the schemas the contract exports, so the generated code reads like the contract. */
const NAMES = new Map(
  Object.entries({ ...contract, ...envelope })
    .filter(([name, value]) => name.endsWith('Schema') && value?._zod)
    .map(([name, schema]) => [schema, name.slice(0, -'Schema'.length)]),
);

class Unsupported extends Error {}

/** Generates the module text of `targets`' checkers for `output` (not yet formatted). */
function generate(targets, output) {
  const lines = []; // module-level constants, each after those it uses
  const names = new Map(); // expression or schema -> constant name
  const kit = new Set();

  /** A module-level constant for `key` (an expression, or a schema), named after `hint`. */
  function constant(key, hint, make) {
    if (names.has(key)) return names.get(key);
    const code = make();
    const taken = new Set(names.values());
    let name = hint;
    for (let n = 2; taken.has(name); n++) name = `${hint}${n}`;
    names.set(key, name);
    lines.push(`const ${name} = ${code};`);
    return name;
  }

  const use = (piece) => (kit.add(piece), `${REQUEST_KIT.has(piece) ? 'requestKit' : 'kit'}.${piece}`);
  const regex = (pattern) => {
    if (pattern.global || pattern.sticky) throw new Unsupported(`a pattern with the g or y flag: ${pattern}`);
    return `/${pattern.source}/${pattern.flags}`;
  };

  /** The checks zod runs on a schema after its type: its own (string formats are checks too), then `.check(…)`'s. */
  function checksOf(schema) {
    const own = schema._zod.traits.has('$ZodCheck') ? [schema] : [];
    return [...own, ...(schema._zod.def.checks ?? [])];
  }

  /**
   * zod's string checks as `text()` runs them: z.trim() first, then the length bounds and one pattern. Only the trim's
   * place matters (the checks after it see the trimmed text; a check cannot change the verdict of another), so one
   * that comes later, or twice the same check, is refused.
   */
  function textOf(schema, where) {
    const steps = { trim: false, min: 0, max: 'Infinity', pattern: undefined };
    const seen = new Set();
    const step = (name) => {
      if (seen.has(name) || (name === 'trim' && seen.size))
        throw new Unsupported(`${where}: string checks in an order text() does not run them`);
      seen.add(name);
    };
    for (const check of checksOf(schema)) {
      const c = check._zod.def;
      if (c.check === 'overwrite') {
        // z.trim() is the only overwrite modelled; any other would change the data unseen.
        if (!/^\(?\w+\)?\s*=>\s*\w+\.trim\(\)$/.test(String(c.tx).trim()))
          throw new Unsupported(`${where}: an overwrite other than z.trim() (${c.tx})`);
        step('trim');
        steps.trim = true;
      } else if (c.check === 'min_length') {
        step('min');
        steps.min = c.minimum;
      } else if (c.check === 'max_length') {
        step('max');
        steps.max = c.maximum;
      } else if (
        c.check === 'string_format' &&
        ['regex', 'datetime', 'date', 'time', 'email'].includes(c.format) &&
        c.pattern
      ) {
        step('pattern');
        steps.pattern = regex(c.pattern);
      } else throw new Unsupported(`${where}: string check ${c.check} ${c.format ?? ''}`);
    }
    const args = [steps.trim, steps.min, steps.max, ...(steps.pattern ? [steps.pattern] : [])];
    const format = checksOf(schema).find((check) => check._zod.def.check === 'string_format')?._zod.def.format;
    const bounds = `${steps.min ? `From${steps.min}` : ''}${steps.max !== 'Infinity' ? `To${steps.max}` : ''}`;
    const hint =
      format === 'email'
        ? `email${bounds}`
        : format && format !== 'regex'
          ? `iso${format[0].toUpperCase()}${format.slice(1)}`
          : `${steps.trim ? 'trimmed' : 'text'}${bounds}${steps.pattern ? 'Matching' : ''}`;
    return { hint, code: `${use('text')}(${args.join(', ')})` };
  }

  /** The checker expression for `schema`; leaves and objects become constants, shared where they are the same. */
  function checker(schema, where) {
    const def = schema._zod.def;
    if (def.coerce) throw new Unsupported(`${where}: coercion`);
    const named = NAMES.get(schema);
    const leaf = (hint, code) => constant(code, named ? lowerFirst(named) : hint, () => code);
    switch (def.type) {
      case 'string': {
        const checks = checksOf(schema);
        const url = checks.find((check) => check._zod.def.format === 'url');
        if (!url) {
          const { hint, code } = textOf(schema, where);
          return leaf(hint, code);
        }
        const c = url._zod.def;
        if (checks.length !== 1 || c.hostname || c.normalize || !c.protocol)
          throw new Unsupported(`${where}: z.url with other checks, a hostname, normalize or no protocol`);
        // zod insists on "://" for exactly its own http(s) protocol pattern (regexes.httpProtocol).
        return leaf('webUrl', `${use('webUrl')}(${regex(c.protocol)}, ${c.protocol.source === '^https?$'})`);
      }
      case 'number': {
        let integer = false;
        let min = '-Infinity';
        let max = 'Infinity';
        for (const check of checksOf(schema)) {
          const c = check._zod.def;
          if (c.check === 'number_format' && c.format === 'safeint') integer = true;
          else if (c.check === 'greater_than' && c.inclusive && typeof c.value === 'number') min = String(c.value);
          else if (c.check === 'less_than' && c.inclusive && typeof c.value === 'number') max = String(c.value);
          else throw new Unsupported(`${where}: number check ${c.check} ${c.format ?? ''}`);
        }
        const args = max !== 'Infinity' ? [integer, min, max] : min !== '-Infinity' ? [integer, min] : [integer];
        return leaf(where.split('.').at(-1), `${use('number')}(${args.join(', ')})`);
      }
      case 'boolean':
        noChecks(schema, where);
        return use('boolean');
      case 'unknown':
        noChecks(schema, where);
        return use('anything');
      case 'enum':
      case 'literal': {
        noChecks(schema, where);
        const values = [...(def.type === 'enum' ? schema._zod.values : def.values)];
        if (values.some((each) => !['string', 'number', 'boolean'].includes(typeof each) || Number.isNaN(each)))
          throw new Unsupported(`${where}: values ${String(values)}`);
        return leaf(`${where.split('.').at(-1)}Values`, `${use('oneOf')}(${JSON.stringify(values)})`);
      }
      case 'optional':
      case 'nullable': {
        noChecks(schema, where);
        if (def.innerType._zod.optin === 'defaulted') throw new Unsupported(`${where}: a default`);
        return `${use(def.type)}(${checker(def.innerType, where)})`;
      }
      case 'default': {
        noChecks(schema, where);
        // The default as zod gives it: a fresh shallow copy each parse, so only a plain value is modelled.
        const value = def.defaultValue;
        if (!['string', 'number', 'boolean'].includes(typeof value) || Number.isNaN(value))
          throw new Unsupported(`${where}: a default that is not a plain value (${String(value)})`);
        return `${use('defaulted')}(${checker(def.innerType, where)}, ${JSON.stringify(value)})`;
      }
      case 'array': {
        let min = '0';
        let max = 'Infinity';
        for (const check of checksOf(schema)) {
          const c = check._zod.def;
          if (c.check === 'min_length') min = String(c.minimum);
          else if (c.check === 'max_length') max = String(c.maximum);
          else throw new Unsupported(`${where}: array check ${c.check}`);
        }
        const bounds = max !== 'Infinity' ? [min, max] : min !== '0' ? [min] : [];
        return `${use('array')}(${[checker(def.element, `${where}[]`), ...bounds].join(', ')})`;
      }
      case 'object': {
        noChecks(schema, where);
        // z.strictObject's catchall is z.never(): any other key refuses the object. Another catchall checks them.
        const rest = def.catchall;
        const strict = rest?._zod.def.type === 'never';
        if (rest && !strict && (rest._zod.optin !== undefined || rest._zod.optout !== undefined))
          throw new Unsupported(`${where}: a catchall that may hold undefined`);
        return constant(schema, named ? lowerFirst(named) : rest && !strict ? 'record' : 'object', () => {
          const fields = Object.entries(def.shape).map(([key, child]) => {
            const at = `${where}.${key}`;
            if (key === '__proto__') throw new Unsupported(`${at}: a key named __proto__`);
            const type = child._zod.def.type;
            // A default fills in an absent key as zod does (the object checker asks each required key's checker).
            if (type !== 'optional' && type !== 'default' && (child._zod.optin !== undefined || type === 'unknown'))
              throw new Unsupported(`${at}: a required key that may hold undefined`);
            if (type === 'default' && child._zod.optout !== undefined)
              throw new Unsupported(`${at}: a default that may give undefined`);
            return `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${checker(child, at)}`;
          });
          const shape = `{ ${fields.join(', ')} }`;
          if (strict) return `${use('strictObject')}(${shape})`;
          if (rest) return `${use('catchall')}(${shape}, ${checker(rest, `${where}[key]`)})`;
          return `${use('object')}(${shape})`;
        });
      }
      case 'union': {
        noChecks(schema, where);
        if (schema._zod.traits.has('$ZodXor') || def.unionFallback)
          throw new Unsupported(`${where}: an exclusive union (z.xor) or a fallback`);
        if (def.discriminator === undefined) {
          // A plain union: the first option that takes the value gives the data, as zod's does.
          const options = def.options.map((option, i) => checker(option, `${where}|${i}`));
          return `${use('firstOf')}([${options.join(', ')}])`;
        }
        const options = def.options.map((option) => {
          const tags = [...(option._zod.def.shape?.[def.discriminator]?._zod.values ?? [])];
          if (option._zod.def.type !== 'object' || tags.length !== 1 || typeof tags[0] !== 'string')
            throw new Unsupported(`${where}: a union option without one string tag`);
          return `${JSON.stringify(tags[0])}: ${checker(option, `${where}(${tags[0]})`)}`;
        });
        return `${use('union')}(${JSON.stringify(def.discriminator)}, { ${options.join(', ')} })`;
      }
      default:
        throw new Unsupported(`${where}: zod type ${def.type}`);
    }
  }

  const exported = targets.map((target) => {
    const schemaName = NAMES.get(target.schema);
    const name = checker(target.schema, schemaName);
    return [
      `/** \`${schemaName}Schema.safeParse(value)\`'s data where it succeeds, INVALID where it fails. */`,
      `export const ${target.name} = ${name} as (value: unknown) => ${target.type} | Invalid;`,
    ].join('\n');
  });

  const typeImports = new Map();
  for (const target of targets) {
    const names = target.imports ?? [target.type];
    typeImports.set(target.from, [...new Set([...(typeImports.get(target.from) ?? []), ...names])]);
  }
  for (const [from, names] of typeImports) if (!names.length) typeImports.delete(from);

  const usesRequestKit = [...kit].some((piece) => REQUEST_KIT.has(piece));
  return [
    '// Generated by scripts/compile-checkers.mjs from the zod schemas of src/contract: do not edit. `npm run checkers`',
    '// writes it anew; test/sdk/compiled-checkers.test.ts fails when it is stale.',
    '/**',
    ...ABOUT[output].map((line) => ` * ${line}`),
    ' *',
    ' * @module',
    ' */',
    "import * as kit from './checker-kit.js';",
    ...(usesRequestKit ? ["import * as requestKit from './request-checker-kit.js';"] : []),
    "import type { Invalid } from './checker-kit.js';",
    ...[...typeImports].map(([from, names]) => `import type { ${names.sort().join(', ')} } from '${from}';`),
    '',
    "export { INVALID, type Invalid } from './checker-kit.js';",
    '',
    ...lines,
    '',
    ...exported,
    '',
  ].join('\n');
}

function noChecks(schema, where) {
  if (schema._zod.def.checks?.length) throw new Unsupported(`${where}: checks on a ${schema._zod.def.type}`);
}

function lowerFirst(text) {
  return text[0].toLowerCase() + text.slice(1);
}

/** The text of the module `output` (OUTPUT or SIGNUP_OUTPUT), formatted as the repository formats TypeScript. */
export async function compiledCheckers(output = OUTPUT) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(output)) ?? {};
  const targets = output === SIGNUP_OUTPUT ? SIGNUP_TARGETS : TARGETS;
  return prettier.format(generate(targets, output), { ...options, filepath: output });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    for (const output of [OUTPUT, SIGNUP_OUTPUT]) {
      writeFileSync(output, await compiledCheckers(output));
      console.log(`Wrote ${output}`);
    }
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    console.error(`compile-checkers: cannot compile ${error.message}; model it in scripts/compile-checkers.mjs.`);
    process.exitCode = 1;
  }
}
