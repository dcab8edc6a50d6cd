import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import ts from 'typescript';

/** zod 4 and Lit trip over rollup's own pedantry inside node_modules; those warnings are not ours to fix. */
function onwarn(warning, warn) {
  const inDependency = (warning.ids ?? [warning.id]).some((id) => id?.includes('node_modules'));
  if (inDependency && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION', 'THIS_IS_UNDEFINED'].includes(warning.code)) return;
  warn(warning);
}

/**
 * The feed the CDN bundle reads when a page names none: `KULTUR_DEFAULT_API=https://… npm run build` bakes another
 * one in, so a region can host its own copy without every snippet carrying an `api` attribute.
 */
function defaultApi() {
  return {
    name: 'kultur-default-api',
    transform(code, id) {
      const api = process.env.KULTUR_DEFAULT_API;
      if (!api || !id.endsWith('/components/base/default-api.ts')) return null;
      // map: null keeps the source map: one string literal changes within its line.
      return { code: code.replace(/DEFAULT_API = '[^']*'/, `DEFAULT_API = ${JSON.stringify(api)}`), map: null };
    },
  };
}

/**
 * Marks the contract's schema constructions in `src/contract/schema.ts` as pure (`/*#__PURE__*\/`), so a bundler drops the
 * schemas a bundle never uses: the browser needs the served shapes, not `EventInputSchema` and the other publishing and
 * admin schemas the server validates with (zod/mini cannot say itself that building a schema has no side effects).
 * Two marks, because a chain such as `z.strictObject(…).check(…)` is two calls that start at the same place.
 */
function pureSchemas() {
  return {
    name: 'kultur-pure-schemas',
    transform(code, id) {
      if (!id.endsWith('/src/contract/schema.ts')) return null;
      const marked = code.replace(
        /(?<![\w.$])(z\s*\.\s*\w+(?:<[^>]*>)?\(|text\(|optionalText\(|oneLine\(|severalLines\()/g,
        '/*#__PURE__*/ /*#__PURE__*/ $1',
      );
      // map: null keeps the source map: only comments are added, within their lines.
      return { code: marked, map: null };
    },
  };
}

/**
 * Shrinks the CSS of our `css\`…\`` templates: comments out, runs of whitespace down to one space, none around
 * braces, semicolons and commas. What the browser parses is the same; no template of ours interpolates in its CSS.
 * (HTML templates are left as they are: `white-space: pre-line` makes their line breaks visible in places.)
 */
function minifyCss() {
  return {
    name: 'kultur-minify-css',
    transform(code, id) {
      if (!id.includes('/src/components/') || !/\bcss\s*`/.test(code)) return null;
      const minified = code.replace(/\bcss\s*`([^`]*)`/g, (_, text) => {
        const css = text
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        // The lines taken out of the template come back after it, so the source map still points at the right lines.
        return `css\`${css}\`${'\n'.repeat(text.split('\n').length - 1)}`;
      });
      return { code: minified, map: null };
    },
  };
}

/**
 * Takes the indentation out of the text of our `html\`…\`` templates: after a line break, the spaces that indent the
 * source. Line breaks stay, since `white-space: pre-line` shows them in places; the spaces after them render in no
 * white-space mode our styles use (normal and pre-line both drop them), so what the browser shows is the same. Lines
 * stay where they were, so the source map still points at the right lines.
 */
function trimHtmlIndentation() {
  return {
    name: 'kultur-trim-html-indentation',
    transform(code, id) {
      if (!id.includes('/src/components/') || !id.endsWith('.ts') || !/\bhtml\s*`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      /** [start, end) of each literal part of an html template, in the source. */
      const parts = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'html') {
          const { template } = node;
          if (ts.isNoSubstitutionTemplateLiteral(template)) parts.push([template.getStart(source), template.end]);
          else {
            parts.push([template.head.getStart(source), template.head.end]);
            for (const span of template.templateSpans) parts.push([span.literal.getStart(source), span.literal.end]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!parts.length) return null;
      let trimmed = '';
      let at = 0;
      for (const [start, end] of parts.sort((a, b) => a[0] - b[0])) {
        trimmed += code.slice(at, start) + code.slice(start, end).replace(/\n[ \t]+/g, '\n');
        at = end;
      }
      return { code: trimmed + code.slice(at), map: null };
    },
  };
}

/**
 * Makes the SDK's lazy imports of the contract's zod side static in the npm package: `const { a } = await import('x')`
 * becomes `import { a } from 'x'`. The CDN bundle loads a signup's checkers when one is sent, and the schemas (and zod)
 * only when a checker refuses, so a listing's first download carries no zod and a signup that is taken loads none
 * (issue 21); but the npm entry exports the schemas, so an app's bundle holds zod anyway, and there a lazy import would
 * only cost the lazy-module wrappers a bundler puts around zod and the schemas (esbuild: +0.4 kB gzip). The modules are
 * named, so nothing else is made eager by accident.
 */
function eagerContractInNpm() {
  const lazy = [
    './contract-misfit.js',
    './signup-checks.js',
    './signups.js',
    './signup-schemas.js',
    '../contract/signup-field-words.js',
    '../contract/signup-field-issues.js',
  ];
  return {
    name: 'kultur-eager-contract-in-npm',
    transform(code, id) {
      if (!id.includes('/src/sdk/') || !code.includes('await import(')) return null;
      const hoisted = [];
      const eager = code.replace(/const (\{[^}]*\}) = await import\('([^']+)'\);/g, (whole, names, from) => {
        if (!lazy.includes(from)) return whole;
        hoisted.push(`import ${names} from '${from}';`);
        return '';
      });
      if (!hoisted.length) return null;
      // On the first line, so the source map still points at the right lines.
      return { code: hoisted.join(' ') + ' ' + eager, map: null };
    },
  };
}

/** The npm package: ES modules with types; dependencies stay imports, so an app's bundler shares one Lit and one zod. */
const npmPackage = {
  input: {
    index: 'src/index.ts',
    'sdk/index': 'src/sdk/index.ts',
    'sdk/publishing/index': 'src/sdk/publishing/index.ts',
    'sdk/submissions': 'src/sdk/submissions.ts',
    'contract/index': 'src/contract/index.ts',
    'components/index': 'src/components/index.ts',
    define: 'src/define.ts',
  },
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: 'src',
    // TypeScript's decorator helper (tslib) is bundled; a `node_modules` folder inside the package would confuse tools.
    entryFileNames: ({ name }) => `${name.replace(/^(?:.*\/)?node_modules\//, 'vendor/')}.js`,
  },
  external: [/^zod/, /^ky/, /^lit/, /^@lit\//],
  plugins: [
    defaultApi(),
    pureSchemas(),
    eagerContractInNpm(),
    typescript({ tsconfig: './tsconfig.build.json', noEmitOnError: true, outDir: 'dist', declarationDir: 'dist' }),
  ],
  onwarn,
};

/**
 * The script-tag bundle: `dist/kultur.js`, one minified, self-registering module with Lit, the SDK, the contract and
 * the listing inside. `<kultur-event>` and `<kultur-signup>` are split chunks beside it, fetched when first shown, so
 * a page that only lists events never downloads the form.
 */
export const cdnBundle = {
  input: 'src/kultur.ts',
  // The chunks import what they share from kultur.js itself, so the snippet's one file is the whole first download.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames: 'kultur.js',
    // Every file of the bundle is named kultur…, so a site serving the folder (or a CSP rule for it) can match one name.
    chunkFileNames: ({ name }) => `${name.startsWith('kultur-') ? '' : 'kultur-'}[name]-[hash].js`,
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    defaultApi(),
    pureSchemas(),
    minifyCss(),
    trimHtmlIndentation(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    typescript({
      tsconfig: './tsconfig.build.json',
      noEmitOnError: true,
      declaration: false,
      declarationMap: false,
      outDir: 'dist',
    }),
    terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
  ],
  onwarn,
};

export default [npmPackage, cdnBundle];
