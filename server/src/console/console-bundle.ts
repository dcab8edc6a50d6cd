import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { consoleFolder } from '../assets.js';

/** The console's script: its bytes and a short hash of them, the `?v=` of its address. */
export interface ConsoleScript {
  body: Uint8Array<ArrayBuffer>;
  version: string;
}

/** Finds the console's script; called on the first request for the console, then kept. */
export type LoadConsoleScript = () => Promise<ConsoleScript>;

function scriptOf(bytes: Uint8Array): ConsoleScript {
  const body = new Uint8Array(bytes.byteLength);
  body.set(bytes);
  return { body, version: createHash('sha256').update(body).digest('hex').slice(0, 12) };
}

/** The script `build.mjs` wrote into `folder` (`dist/admin/` beside the server's bundle). */
export async function readConsoleScript(folder: URL = consoleFolder): Promise<ConsoleScript> {
  return scriptOf(await readFile(new URL('console.js', folder)));
}

/**
 * The script built now, in memory, from `src/console/`: for the server run from source (tsx, the tests, `npm start`
 * in a checkout), where a `dist/admin/` left by an earlier build could be stale and a fresh clone has none. esbuild is
 * a development dependency of the repository, there whenever the sources are.
 */
export async function buildConsoleScript(): Promise<ConsoleScript> {
  const [{ build }, { consoleBuildOptions }] = await Promise.all([
    import('esbuild'),
    import('../../console-build.mjs'),
  ]);
  const result = await build(consoleBuildOptions({ write: false }));
  const script = result.outputFiles?.find((file) => file.path.endsWith('.js'));
  if (!script) throw new Error('esbuild made no console.js');
  return scriptOf(script.contents);
}

/** From the bundle (`dist/cli.js`): the built file; from the sources: built on demand. */
const fromSource = import.meta.url.endsWith('.ts');

/** Loads once and keeps the answer; a failure is not kept, so the next request tries again. */
export function once(load: LoadConsoleScript): LoadConsoleScript {
  let pending: Promise<ConsoleScript> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** The default: the built file next to the server's bundle, or a build from the sources when run from them. */
export const defaultConsoleScript: LoadConsoleScript = once(
  fromSource ? buildConsoleScript : () => readConsoleScript(),
);
