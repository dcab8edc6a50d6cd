import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

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

/** The npm package: ES modules with types; dependencies stay imports, so an app's bundler shares one Lit and one zod. */
const npmPackage = {
  input: {
    'sdk/index': 'src/sdk/index.ts',
    'components/index': 'src/components/index.ts',
    define: 'src/define.ts',
  },
  output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
  external: [/^zod/, /^ky/, /^lit/, /^@lit\//],
  plugins: [
    defaultApi(),
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
    chunkFileNames: '[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    defaultApi(),
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
