/**
 * Stops with one sentence that names the fix when this Node.js is not one that package.json's `engines.node` allows,
 * before an install, `npm start` or `npm test` fails somewhere obscure (ky 2 and better-sqlite3 13 need Node 22;
 * better-sqlite3 13 even crashes on Node 20). Silent when the version fits.
 *
 *     node scripts/check-node.mjs [--quiet] [VERSION]
 *
 * VERSION (default: this Node's) is for tests; `--quiet` drops the sentence and keeps the exit code (1: too old).
 * It runs on old Node versions too, so it imports nothing but `node:fs` and knows only the range syntax we write
 * (`^x.y.z`, `>=`, `>`, `<=`, `<`, `=`, plain versions, spaces for "and", `||` for "or"): anything else is an error.
 */
import { readFileSync } from 'node:fs';

/** Three numbers from `v22.1`, `22.1.0` or `22`; missing parts are zero. */
function parse(text) {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`Not a version: "${text}"`);
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** Whether the version fits one comparator such as `>=22.22.3` or `^24.15.0`. */
function fits(version, comparator) {
  const match = /^(\^|>=|<=|>|<|=)?(.+)$/.exec(comparator);
  if (!match) throw new Error(`Not a comparator: "${comparator}"`);
  const operator = match[1] ?? '=';
  const bound = parse(match[2]);
  const order = compare(version, bound);
  switch (operator) {
    case '^':
      return order >= 0 && version[0] === bound[0];
    case '>=':
      return order >= 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '<':
      return order < 0;
    default:
      return order === 0;
  }
}

/** Whether the version satisfies a range: `||` between alternatives, spaces between comparators that all must hold. */
function satisfies(versionText, range) {
  const version = parse(versionText);
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .split(/\s+/)
      .every((comparator) => fits(version, comparator)),
  );
}

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const version = args.find((arg) => !arg.startsWith('--')) ?? process.versions.node;
const range = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node;

if (!satisfies(version, range)) {
  if (!quiet) {
    console.error(
      `Kultur needs Node.js ${range} (package.json "engines") but this is Node.js ${version.replace(/^v/, '')}: ` +
        'switch to Node.js 22 or 24, for example with `. scripts/use-node.sh` in this shell (it puts the oldest ' +
        'supported Node.js from the npm registry on PATH), then run the npm command again.',
    );
  }
  process.exitCode = 1;
}
