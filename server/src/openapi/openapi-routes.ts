import { Hono } from 'hono';
import { cachedJson, cachePolicy } from '../http/cache-policy.js';
import { methodNotAllowed } from '../http/method-not-allowed.js';
import { openApiDocument } from './openapi-document.js';

/** `GET /v1/openapi.json`: the feed described for developers and their tools, made once from the contract. */
export function openApiRoutes(): Hono {
  const app = new Hono();
  const openApi = openApiDocument();
  app.get('/v1/openapi.json', (c) => cachedJson(c, openApi, cachePolicy.reference));
  app.all('/v1/openapi.json', methodNotAllowed(['GET']));
  return app;
}
