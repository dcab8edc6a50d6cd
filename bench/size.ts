/**
 * Size: minified, gzip -9 and brotli -q 11 bytes of `dist/kultur.js`, each chunk, and each npm entry bundled as an app
 * would (esbuild, ky and zod/mini inside), with what each package costs in `kultur.js` (esbuild's metafile of the same
 * entry: minified bytes per input, and the gzip bytes of each package bundled alone).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error: plain ES module without types.
import * as sizeCheck from '../scripts/check-size.mjs';

interface Sizes {
  minified: number;
  gzip: number;
  brotli: number;
}

export interface SizeResult {
  cdn: Array<{ file: string } & Sizes>;
  npm: Array<{ entry: string } & Sizes>;
  /** Minified bytes each package or part of ours takes in `kultur.js` (esbuild, one bundle). */
  parts: Array<{ part: string; minified: number }>;
  /** Each dependency bundled alone, as the floor of what it costs. */
  alone: Array<{ name: string } & Sizes>;
  budgets: { cdn: number; sdk: number; cdnAim: number; sdkAim: number; everything: number };
  /** What a Danish page downloads to show the listing, an event in it and its signup form (gzip -9 each file). */
  everything: { files: string[]; gzip: number };
}

const {
  sizesOf,
  appBundle,
  npmEntries,
  cdnFiles,
  elementChunks,
  CDN_BUDGET_GZIP,
  SDK_BUDGET_GZIP,
  CDN_AIM_GZIP,
  SDK_AIM_GZIP,
  EVERYTHING_BUDGET_GZIP,
} = sizeCheck as {
  sizesOf: (code: Uint8Array | string) => Sizes;
  appBundle: (contents: string, options?: { metafile?: boolean; external?: string[] }) => Promise<{ code: Uint8Array }>;
  npmEntries: Array<{ name: string; contents: string; external?: string[] }>;
  cdnFiles: () => string[];
  elementChunks: () => { files: string[] };
  EVERYTHING_BUDGET_GZIP: number;
  CDN_BUDGET_GZIP: number;
  SDK_BUDGET_GZIP: number;
  CDN_AIM_GZIP: number;
  SDK_AIM_GZIP: number;
};

function partOf(input: string): string {
  const dependency = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  if (dependency)
    return dependency === 'lit-html' || dependency === 'lit-element' || dependency === '@lit/reactive-element'
      ? 'lit'
      : dependency;
  if (input.includes('src/contract/schema')) return 'the contract (src/contract/schema.ts)';
  if (/src\/contract\/(?:compiled-checkers|checker-kit)/.test(input)) return 'the compiled checkers (src/contract)';
  if (input.includes('src/contract/')) return 'the contract, the rest (reference data, constants)';
  if (input.includes('src/sdk/')) return 'SDK code (src/sdk)';
  if (input.includes('kultur-events.styles') || input.includes('.styles.') || input.includes('base/kultur-element')) {
    return 'CSS (component and base styles)';
  }
  if (input.includes('i18n/')) return 'texts (src/components/i18n)';
  if (input.includes('kultur-events/')) return 'the listing (src/components/kultur-events)';
  return 'other component code';
}

export async function benchSize(): Promise<SizeResult> {
  const dist = join(import.meta.dirname, '..', 'dist');
  const cdn = cdnFiles().map((file) => ({ file, ...sizesOf(readFileSync(join(dist, file))) }));
  const npm = [];
  for (const { name, contents, external } of npmEntries) {
    npm.push({ entry: name, ...sizesOf((await appBundle(contents, { external })).code) });
  }

  // The CDN entry as esbuild splits it: its entry file and the shared files it imports statically, which together are
  // what kultur.js holds, without the chunks it loads lazily (the elements, the month view, the forms, and since
  // issue 21 the schemas with zod).
  const result = await build({
    entryPoints: [join(import.meta.dirname, '..', 'src/kultur.ts')],
    bundle: true,
    minify: true,
    splitting: true,
    outdir: join(import.meta.dirname, 'tmp'),
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const firstLoad = new Set(
    Object.keys(outputs).filter((file) => outputs[file]!.entryPoint?.endsWith('src/kultur.ts') && file.endsWith('.js')),
  );
  for (const file of firstLoad) {
    for (const { path, kind } of outputs[file]!.imports) if (kind === 'import-statement') firstLoad.add(path);
  }
  const totals = new Map<string, number>();
  for (const file of firstLoad) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[file]!.inputs)) {
      const part = partOf(input);
      totals.set(part, (totals.get(part) ?? 0) + bytesInOutput);
    }
  }
  const parts = [...totals].map(([part, minified]) => ({ part, minified })).sort((a, b) => b.minified - a.minified);
  const alone = [];
  for (const [name, contents] of [
    ['ky alone', "export { default } from 'ky';"],
    ['the contract with zod/mini (every schema)', "export * from './src/contract/schema.ts';"],
    [
      'lit and @lit/context, one element',
      "import { LitElement, html } from 'lit'; export { createContext, consume } from '@lit/context'; customElements.define('x-a', class extends LitElement { render() { return html`<p>a</p>`; } });",
    ],
  ] as const) {
    const code = (
      await build({
        stdin: { contents, resolveDir: join(import.meta.dirname, '..'), loader: 'ts' },
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2022',
        conditions: ['production'],
        write: false,
        logLevel: 'silent',
      })
    ).outputFiles[0]!.contents;
    alone.push({ name, ...sizesOf(code) });
  }
  const shown = ['kultur.js', ...elementChunks().files];
  const gzipOf = (file: string) => cdn.find((entry) => entry.file === file)!.gzip;
  return {
    cdn,
    npm,
    parts,
    alone,
    budgets: {
      cdn: CDN_BUDGET_GZIP,
      sdk: SDK_BUDGET_GZIP,
      cdnAim: CDN_AIM_GZIP,
      sdkAim: SDK_AIM_GZIP,
      everything: EVERYTHING_BUDGET_GZIP,
    },
    everything: { files: shown, gzip: shown.reduce((sum, file) => sum + gzipOf(file), 0) },
  };
}
