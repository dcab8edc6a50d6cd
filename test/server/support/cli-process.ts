import { spawn, type ChildProcess } from 'node:child_process';

export interface CliProcess {
  child: ChildProcess;
  /** Resolves with the URL the server prints when it listens. */
  url: Promise<string>;
  output(): string;
  /** Resolves with the exit code when the process ends by itself. */
  exited: Promise<number | null>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `kultur-server` from source (or from `entry`, such as a bundle) with extra arguments and environment. */
export function startCli(args: string[], env: Record<string, string> = {}, entry = 'server/src/cli.ts'): CliProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = output.match(/listening on (http:\/\/\S+)/);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    void exited.then((code) => reject(new Error(`the server exited with ${code} before listening:\n${output}`)));
  });
  url.catch(() => {});
  return {
    child,
    url,
    output: () => output,
    exited,
    stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
