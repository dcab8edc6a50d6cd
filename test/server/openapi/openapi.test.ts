import { Validator } from '@seriousme/openapi-schema-validator';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestFeed, type TestFeed } from '../support/test-feed.js';

describe('GET /v1/openapi.json', () => {
  let feed: TestFeed;
  before(() => {
    feed = createTestFeed();
  });
  after(() => feed.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    const response = await feed.request('/v1/openapi.json');
    assert.equal(response.status, 200);
    const document = await response.json();
    assert.equal(document.openapi, '3.1.0');
    const result = await new Validator().validate(document);
    assert.deepEqual(result.errors, undefined);
    assert.equal(result.valid, true);
  });

  it('rejects a broken document, so the check above means something', async () => {
    const document = await (await feed.request('/v1/openapi.json')).json();
    document.paths['/v1/events'].get.responses = 'none';
    const result = await new Validator().validate(document);
    assert.equal(result.valid, false);
  });

  it('describes every route the server answers and every contract schema it uses', async () => {
    const document = await (await feed.request('/v1/openapi.json')).json();
    for (const path of [
      '/v1/events',
      '/v1/events/{id}',
      '/v1/events.ics',
      '/v1/events/{id}.ics',
      '/v1/events.html',
      '/v1/municipalities',
      '/v1/categories',
      '/v1/images',
      '/v1/images/{id}',
      '/v1/images/demo/{file}',
      '/v1/openapi.json',
      '/healthz',
      '/v1/session/link',
      '/v1/session',
      '/v1/sessions',
      '/v1/people',
      '/v1/people/{id}',
      '/v1/console/events',
      '/v1/console/events/{id}',
      '/v1/console/events/{id}/publish',
      '/v1/console/series',
      '/v1/console/places',
      '/v1/submissions/form-token',
      '/v1/submissions',
      '/v1/submissions/confirm',
    ]) {
      assert.ok(document.paths[path], `${path} missing`);
    }
    assert.deepEqual(Object.keys(document.components.schemas).sort(), [
      'CategoryList',
      'Event',
      'EventInput',
      'EventPage',
      'MunicipalityList',
      'Problem',
    ]);
    // Generated from the zod schema: the enum comes from MUNICIPALITY_IDS, not from a hand-written copy.
    const municipality = document.paths['/v1/events'].get.parameters.find(
      (p: { name: string }) => p.name === 'municipality',
    );
    assert.deepEqual(municipality.schema.items.enum, [
      'faxe',
      'guldborgsund',
      'lolland',
      'naestved',
      'stevns',
      'vordingborg',
    ]);
    assert.equal(municipality.explode, false);
    // Every $ref points at a component that exists.
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const name = ref.slice('"$ref":"#/components/schemas/'.length, -1);
      assert.ok(document.components.schemas[name], `dangling ${ref}`);
    }
  });
});
