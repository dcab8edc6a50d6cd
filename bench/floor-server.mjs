/**
 * The floor for the server bench: a bare `node:http` server answering each path with bytes recorded from the real
 * feed (status, headers, body), in a process of its own as the feed is. It does no routing beyond a Map lookup, no
 * validation and no database: what serving the same answer cannot cost less than.
 *
 *     node bench/floor-server.mjs answers.json   # prints "floor listening on http://127.0.0.1:PORT"
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** @type {Record<string, { status: number; headers: Record<string, string>; body: string; notModified?: Record<string, string> }>} */
const answers = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byKey = new Map(
  Object.entries(answers).map(([key, answer]) => [key, { ...answer, body: Buffer.from(answer.body, 'base64') }]),
);

const server = createServer((request, response) => {
  const answer = byKey.get(`${request.method} ${request.url}`) ?? byKey.get(`${request.method} *`);
  if (!answer) {
    response.writeHead(404).end();
    return;
  }
  // A POST's body is read, as the feed must; the floor then answers what the feed answered.
  request.resume();
  request.on('end', () => {
    if (answer.notModified && request.headers['if-none-match'] === answer.headers.etag) {
      response.writeHead(304, answer.notModified).end();
    } else {
      response.writeHead(answer.status, answer.headers).end(answer.body);
    }
  });
});
server.listen(0, '127.0.0.1', () => console.log(`floor listening on http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
