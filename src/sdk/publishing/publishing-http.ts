import ky from 'ky';
import type * as z from 'zod/mini';
import { toAnswerIssues } from '../answer-issue.js';
import { KulturValidationError } from '../errors/kultur-validation-error.js';
import { toKulturError } from '../to-kultur-error.js';

/** What the publishing transport needs from the client's options. */
export interface PublishingHttpOptions {
  fetch?: typeof globalThis.fetch | undefined;
  /** A publishing token: sent as `Authorization: Bearer`, and no cookie is sent. Without it, the session cookie. */
  token?: string | undefined;
  /** Total time for one call, in milliseconds. */
  timeout: number;
  /** Retries for GET only: a write is never sent twice by the client. */
  retry: number;
}

/** One call: the method, an optional body (JSON, or raw bytes with their type) and the caller's signal. */
export interface PublishingRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  json?: unknown;
  body?: Blob | ArrayBuffer | Uint8Array<ArrayBuffer>;
  contentType?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
  /** Most time this call may take, when it needs longer than the client's default (an upload). */
  timeout?: number;
}

/** The transport of the publishing client: one ky instance, the session's CSRF token, the SDK's error family. */
export interface PublishingHttp {
  /** The CSRF token of the signed-in session; sent as `X-Kultur-CSRF` on every call but GET. */
  csrfToken: string | undefined;
  /** Sends the request and parses the answer with `schema`; `undefined` for an answer without a body (204). */
  call<Schema extends z.ZodMiniType>(url: string, schema: Schema, init?: PublishingRequest): Promise<z.output<Schema>>;
  /** Sends the request and expects no body worth reading (204, or 202 with `{}`). */
  send(url: string, init?: PublishingRequest): Promise<Response>;
}

export function createPublishingHttp({ fetch, token, timeout, retry }: PublishingHttpOptions): PublishingHttp {
  const http = ky.create({
    ...(fetch ? { fetch } : {}),
    headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    // The session cookie is the feed's own (`__Host-`, SameSite=Strict): sent to the same origin only, never along
    // with a token.
    credentials: token ? 'omit' : 'same-origin',
    timeout: false,
    retry: { limit: retry, methods: ['get'], statusCodes: [408, 429, 500, 502, 503, 504], retryOnTimeout: false },
  });

  const state: PublishingHttp = {
    csrfToken: undefined,

    async send(url, init = {}) {
      const { method = 'GET', json, body, contentType, signal, headers = {} } = init;
      const limit = init.timeout ?? timeout;
      const extra: Record<string, string> = { ...headers };
      if (method !== 'GET' && !token && state.csrfToken) extra['x-kultur-csrf'] = state.csrfToken;
      if (body !== undefined && contentType) extra['content-type'] = contentType;
      try {
        return await http(url, {
          method,
          headers: extra,
          totalTimeout: limit,
          ...(signal ? { signal } : {}),
          ...(json === undefined ? {} : { json }),
          ...(body === undefined ? {} : { body }),
        });
      } catch (error) {
        throw toKulturError(error, { url, method, timeout: limit, signal });
      }
    },

    async call(url, schema, init = {}) {
      const method = init.method ?? 'GET';
      const response = await state.send(url, init);
      let json: unknown;
      try {
        json = response.status === 204 ? undefined : ((await response.json()) as unknown);
      } catch (error) {
        const issue = { path: [], code: 'invalid_json', message: `not valid JSON (${String(error)})` };
        throw new KulturValidationError({ url, method, issues: [issue] });
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success)
        throw new KulturValidationError({ url, method, issues: toAnswerIssues(parsed.error.issues) });
      return parsed.data;
    },
  };
  return state;
}
