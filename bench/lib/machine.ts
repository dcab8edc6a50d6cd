import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
// @ts-expect-error: plain ES module without types.
import { findChromium } from '../../scripts/ensure-chromium.mjs';

/** What the figures were measured on, written beside them. */
export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
  chromium: string;
  /** The 1-minute load average when the bench started: other work on the machine skews every timing. */
  loadAverage: number;
}

function osName(): string {
  try {
    const pretty = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?/m)?.[1];
    return `${pretty ?? process.platform}, Linux ${release()}`;
  } catch {
    return `${process.platform} ${release()}`;
  }
}

function chromiumVersion(): string {
  const executable = findChromium() as string | undefined;
  if (!executable) return 'none';
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return executable;
  }
}

export function machine(): Machine {
  const cpu = cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
    cores: cpu.length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    chromium: chromiumVersion(),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}
