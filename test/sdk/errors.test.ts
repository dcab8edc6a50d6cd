import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import {
  isKulturError,
  KulturError,
  KulturHttpError,
  KulturNetworkError,
  KulturTimeoutError,
  KulturValidationError,
} from '../../src/sdk/index.js';

describe('the error family', () => {
  const url = 'https://feed.example.dk/v1/events';
  const errors = [
    new KulturHttpError({ status: 503, url }),
    new KulturNetworkError({ url, cause: new TypeError('fetch failed') }),
    new KulturTimeoutError({ url, timeout: 10_000 }),
    new KulturValidationError({
      url,
      issues: [{ path: ['items', 0, 'start'], message: 'expected string', code: 'x' }],
    }),
  ];

  it('are KulturErrors and Errors, each named after its class', () => {
    for (const error of errors) {
      assert.ok(error instanceof KulturError);
      assert.ok(error instanceof Error);
      assert.equal(error.name, error.constructor.name);
      assert.ok(isKulturError(error));
      assert.ok(isKulturError(error, error.name));
    }
  });

  it('narrows by name with isKulturError(value, name)', () => {
    const [http, network] = errors;
    assert.equal(isKulturError(http, 'KulturHttpError'), true);
    assert.equal(isKulturError(http, 'KulturNetworkError'), false);
    assert.equal(isKulturError(network, 'KulturNetworkError'), true);
  });

  it('says what happened and what to do', () => {
    assert.deepEqual(
      errors.map((error) => error.message),
      [
        'The feed answered 503 to GET https://feed.example.dk/v1/events. The feed has a problem of its own; try ' +
          'again later, and tell its operator if it lasts.',
        'Could not reach the feed for GET https://feed.example.dk/v1/events (fetch failed). Check the network ' +
          'connection, and that baseUrl names a feed that is running and allows this origin.',
        'The feed did not answer GET https://feed.example.dk/v1/events within 10 s. Try again later, or give ' +
          'createKulturClient() a longer timeout.',
        "The feed's answer to GET https://feed.example.dk/v1/events does not fit the Kultur feed contract " +
          '(items.0.start: expected string). Check that baseUrl points at a Kultur feed with its version (such as ' +
          '…/v1); if it does, update @kulturregion/kultur.',
      ],
    );
  });

  it('keeps the cause of a network error', () => {
    assert.ok(errors[1]!.cause instanceof TypeError);
  });

  it('recognises errors from another copy of the SDK in another realm, where instanceof cannot', async () => {
    // A second, bundled copy of the SDK run in a fresh realm: two municipal widgets that each bundle it, or an iframe.
    const bundle = await build({
      entryPoints: ['src/sdk/index.ts'],
      bundle: true,
      format: 'iife',
      globalName: 'KulturSdk',
      write: false,
      logLevel: 'silent',
    });
    const copy = runInNewContext(
      `${bundle.outputFiles[0]!.text}; KulturSdk`,
      // A bare realm has no web APIs; the SDK's dependencies reach for these while loading.
      { TextEncoder, TextDecoder },
    ) as typeof import('../../src/sdk/index.js');
    const foreign = new copy.KulturHttpError({ status: 404, url });

    assert.equal(foreign instanceof KulturHttpError, false);
    assert.equal(foreign instanceof Error, false);
    assert.equal(isKulturError(foreign), true);
    assert.equal(isKulturError(foreign, 'KulturHttpError'), true);
    assert.equal(copy.isKulturError(errors[0]), true);
  });

  it('recognises nothing else', () => {
    for (const value of [
      new Error('x'),
      new TypeError('x'),
      { name: 'KulturHttpError' },
      null,
      undefined,
      'KulturError',
    ]) {
      assert.equal(isKulturError(value), false);
    }
  });
});
