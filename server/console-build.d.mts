import type { BuildOptions } from 'esbuild';

/** The esbuild options of the console's bundle; `write: false` keeps the output in memory. */
export function consoleBuildOptions(options: { write: boolean }): BuildOptions & { write: boolean };
