/**
 * `npm run bench`: every benchmark of issue 7, one after the other on this machine, into `bench/results.json` and the
 * tables of `docs/performance.md` (between its `<!-- bench:… -->` markers). `npm run bench -- --quick` takes fewer
 * samples and skips 100,000 events and PostgreSQL (a minute or two); `--only=size,render` runs some (the
 * names: size, validate, render, page, server, growth, first-visit) and keeps the other sections of results.json. `npm run build`
 * first: the size bench reads `dist/`. Timings are reported, never enforced: they depend on the machine.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchFirstVisit } from './first-visit.js';
import { benchGrowth } from './growth.js';
import { benchLighthouse } from './lighthouse.js';
import { machine } from './lib/machine.js';
import { benchPageImpact } from './page-impact.js';
import { benchRender } from './render.js';
import { writeReport } from './report.js';
import { benchServer } from './server.js';
import { benchSize } from './size.js';
import { benchValidate } from './validate.js';

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (name: string) => !only || only.includes(name);

const started = Date.now();
const results: Record<string, unknown> = { machine: machine(), quick, only };
console.log(`Kultur bench${quick ? ' (quick)' : ''}:`, results.machine);
if (wanted('size')) results.size = await benchSize();
if (wanted('validate')) results.validate = await benchValidate({ quick });
if (wanted('render')) results.render = await benchRender({ quick });
if (wanted('page')) results.page = await benchPageImpact({ quick });
if (wanted('lighthouse')) results.lighthouse = await benchLighthouse({ quick });
if (wanted('server')) results.server = await benchServer({ quick });
if (wanted('growth')) results.growth = await benchGrowth({ quick });
if (wanted('first-visit')) results.firstVisit = await benchFirstVisit({ quick });
results.seconds = Math.round((Date.now() - started) / 1000);

const root = join(import.meta.dirname, '..');
const prettier = await import('prettier');
const resultsFile = join(root, 'bench/results.json');
const options = (await prettier.resolveConfig(resultsFile)) ?? {};
// With --only, the sections not run keep their last figures.
const kept =
  only && existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>) : {};
// Which machine, date and load measured each section: a partial run's `machine` is only its own.
const sections = ['size', 'validate', 'render', 'page', 'lighthouse', 'server', 'growth', 'firstVisit'];
const measuredOn = (from: Record<string, unknown>) =>
  Object.fromEntries(sections.filter((section) => section in from).map((section) => [section, from.machine]));
const merged = {
  ...kept,
  ...results,
  measuredOn: {
    ...measuredOn(kept),
    ...((kept.measuredOn as Record<string, unknown> | undefined) ?? {}),
    ...measuredOn(results),
  },
};
writeFileSync(resultsFile, await prettier.format(JSON.stringify(merged), { ...options, filepath: resultsFile }));
await writeReport(join(root, 'docs/performance.md'), results);
console.log(`bench/results.json and docs/performance.md written, in ${results.seconds} s`);
