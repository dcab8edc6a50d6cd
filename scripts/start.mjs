/**
 * `npm start`: builds what the demo needs (the server bundle, the CDN bundle that the demo pages load from
 * `/kultur/1/kultur.js`, with the feed at `/v1/` baked in, and the docs site into `demo/docs/`), then runs the feed
 * server on `./data/kultur.db` (created and seeded on the first run, kept afterwards) and serves `demo/` from the same
 * origin: the docs at `/docs/`.
 */
import { spawn } from 'node:child_process';
import { buildDemoBundle, root } from './demo-kit.mjs';

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

// The docs site goes into demo/docs/, so the same static server has it at /docs/; the demo runs without it if it fails.
const docs = run('npm', ['run', '--silent', 'docs'], { env: { ...process.env, KULTUR_DOCS_FOR_DEMO: '1' } }).catch(
  (error) => console.warn(`The docs site was not built (${error.message}); the demo runs without /docs/.`),
);
await Promise.all([run(process.execPath, ['server/build.mjs']), buildDemoBundle(), docs]);

const port = process.env.PORT ?? '8787';
const server = spawn(
  process.execPath,
  [
    'server/dist/cli.js',
    '--port',
    port,
    '--db',
    process.env.KULTUR_DB ?? './data/kultur.db',
    '--seed',
    '--static',
    'demo',
    // The demo shows the messages a signup sends; a production server keeps its outbox private.
    '--demo-outbox',
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
server.stdout.on('data', (chunk) => {
  const text = chunk.toString();
  process.stdout.write(text);
  const url = text.match(/listening on (http:\/\/\S+)/)?.[1];
  if (url)
    console.log(
      `\nThe demo: ${url}/\nThe console: ${url}/admin/\nThe docs: ${url}/docs/\nThe feed: ${url}/v1/events\nStop with Ctrl+C.`,
    );
});
// Ctrl+C reaches the server too (same process group); wait for it to finish cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
