/**
 * A web-test-runner plugin that lets the framework tests (`test/browser/frameworks-*.test.ts`) import React and Vue
 * by their usual names, as an app would:
 *
 * - `react` and `react-dom/client` ship as CommonJS only; the browser cannot load that, so they are bundled once with
 *   esbuild into one ES module (one copy of React for both) and served from a virtual path.
 * - `vue` resolves to its browser build with the template compiler (`vue/dist/vue.esm-browser.js`): the bundler build
 *   that nodeResolve would pick expects a bundler to replace `process.env`.
 *
 * Angular ships ES modules and needs nothing here.
 */
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__kultur/frameworks/';
const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * Named exports of a CommonJS module, as Node sees them. Asked of another process: React's development build patches
 * `console` as it loads, which the test runner's own console does not survive.
 */
function namesOf(specifier) {
  const { stdout } = spawnSync(
    process.execPath,
    ['-e', 'console.log(JSON.stringify(Object.keys(require(process.argv[1]))))', specifier],
    { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  return JSON.parse(stdout).filter((name) => identifier.test(name) && name !== 'default');
}

/** The modules served, by the bare specifier the tests import. */
const VIRTUAL = {
  react: 'react.js',
  'react-dom/client': 'react-dom-client.js',
};

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function frameworkModulesPlugin() {
  /** @type {Promise<string> | undefined} */
  let reactBundle;
  const bundleReact = () =>
    (reactBundle ??= build({
      stdin: {
        contents:
          "import * as React from 'react'; import * as ReactDOMClient from 'react-dom/client'; " +
          'export { React, ReactDOMClient };',
        resolveDir: process.cwd(),
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text));

  return {
    name: 'kultur-framework-modules',
    resolveImport({ source }) {
      if (source in VIRTUAL) return `${PREFIX}${VIRTUAL[source]}`;
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const file = context.path.slice(PREFIX.length);
      if (file === 'react-bundle.js') return { body: await bundleReact(), type: 'js' };
      if (file === 'react.js') {
        const names = namesOf('react');
        return {
          body: `import { React } from './react-bundle.js';\nexport default React;\nexport const { ${names.join(', ')} } = React;\n`,
          type: 'js',
        };
      }
      if (file === 'react-dom-client.js') {
        const names = namesOf('react-dom/client');
        return {
          body: `import { ReactDOMClient } from './react-bundle.js';\nexport default ReactDOMClient;\nexport const { ${names.join(', ')} } = ReactDOMClient;\n`,
          type: 'js',
        };
      }
      return undefined;
    },
  };
}
