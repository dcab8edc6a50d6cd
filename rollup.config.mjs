import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

/** zod 4 and Lit trip over rollup's own pedantry inside node_modules; those warnings are not ours to fix. */
function onwarn(warning, warn) {
  const inDependency = (warning.ids ?? [warning.id]).some((id) => id?.includes('node_modules'));
  if (inDependency && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION', 'THIS_IS_UNDEFINED'].includes(warning.code)) return;
  warn(warning);
}

/** The npm package: ES modules with types, dependencies left to the user's bundler so they are shared. */
const npmPackage = {
  input: { 'sdk/index': 'src/sdk/index.ts' },
  output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
  external: [/^zod/, /^ky/, /^lit/, /^@lit\//],
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.build.json', noEmitOnError: true, outDir: 'dist', declarationDir: 'dist' }),
  ],
  onwarn,
};

export default [npmPackage];
