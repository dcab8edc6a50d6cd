import { createPublishingClient, type PublishingClient } from '../../src/sdk/publishing/index.js';

/** One request the console sent. */
export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

/** What a route answers: a status and a JSON body (a problem when `problem` is set). */
export interface FakeAnswer {
  status: number;
  body?: unknown;
  problem?: boolean;
}

export type FakeRoute = (request: SentRequest) => FakeAnswer | Promise<FakeAnswer>;

/**
 * The feed's console API as the spec lays it out (spec-18.md, "API"), answered from memory through the client's
 * `fetch` option: the views are tested with the real publishing client (its schemas, its errors), without a server
 * that has those routes yet. Routes are keyed `METHOD /path`, `*` standing for one path segment.
 */
export function fakeFeed(routes: Record<string, FakeRoute>): { client: PublishingClient; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const match = (key: string, method: string, path: string) => {
    const [routeMethod, routePath = ''] = key.split(' ');
    if (routeMethod !== method) return false;
    const want = routePath.split('/');
    const got = path.split('/');
    return want.length === got.length && want.every((part, index) => part === '*' || part === got[index]);
  };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const type = request.headers.get('content-type') ?? '';
    const body = text && type.includes('json') ? (JSON.parse(text) as unknown) : text || undefined;
    const entry: SentRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body,
    };
    sent.push(entry);
    const key = Object.keys(routes).find((candidate) => match(candidate, request.method, url.pathname));
    const answer = key
      ? await routes[key]!(entry)
      : { status: 404, problem: true, body: { type: 'urn:kultur:problem:not-found', title: 'Not found', status: 404 } };
    if (answer.status === 204) return new Response(null, { status: 204 });
    return new Response(JSON.stringify(answer.body ?? {}), {
      status: answer.status,
      headers: { 'content-type': answer.problem ? 'application/problem+json' : 'application/json' },
    });
  };
  return { client: createPublishingClient({ baseUrl: 'http://feed.test/v1', fetch, retry: 0 }), sent };
}

/** A problem answer, as the feed refuses. */
export function problem(status: number, kind: string, errors?: { path: string; message: string }[]): FakeAnswer {
  return {
    status,
    problem: true,
    body: {
      type: `urn:kultur:problem:${kind}`,
      title: kind,
      status,
      detail: `refused: ${kind}`,
      ...(errors ? { errors } : {}),
    },
  };
}

/** A signed-in session for `role`. */
export function sessionFor(role: 'admin' | 'editor' | 'organiser', municipalities: string[] = []) {
  return {
    person: { id: `p-${role}`, email: `${role}@example.dk`, name: null, role, municipalities },
    csrfToken: 'csrf-token-1',
    expiresAt: '2027-01-01T08:00:00+01:00',
  } as const;
}

/** Sets a control in `root` as a person would: value or checked, then `input` and `change`. */
export function fill(root: ParentNode, selector: string, value: string | boolean): void {
  const control = root.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(selector);
  if (!control) throw new Error(`no control ${selector}`);
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
