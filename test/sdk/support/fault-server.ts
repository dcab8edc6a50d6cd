import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request the fault server saw. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

export type FaultHandler = (request: IncomingMessage, response: ServerResponse, attempt: number) => void;

/**
 * A small hand-made HTTP server for what the real feed never does: 500s, Retry-After, hangs, truncated JSON, wrong
 * shapes. Each test sets `handler`; `attempt` counts the requests since the handler was set, from 1.
 */
export interface FaultServer {
  baseUrl: string;
  requests: SeenRequest[];
  /** Replaces the handler and forgets the requests seen so far. */
  handle(handler: FaultHandler): void;
  close(): Promise<void>;
}

export async function startFaultServer(): Promise<FaultServer> {
  let handler: FaultHandler = (_request, response) => response.writeHead(500).end();
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    handler(request, response, requests.length);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1/`,
    requests,
    handle(next) {
      handler = next;
      requests.length = 0;
    },
    async close() {
      // Hanging responses never end by themselves.
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Answers JSON with a status and extra headers. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(text);
}
