/**
 * The docs cover the code: every element, attribute, event, token, part and state has an entry in the element
 * reference and the webmaster guides; every export of the SDK and the components has one in the references; every
 * feed operation and schema in the feed reference; every message the elements print in the guides' troubleshooting;
 * every demo theme in the guides' worked examples. Reads the site `npm run docs` built (`npm run test:docs` does both).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import ts from 'typescript';
// @ts-expect-error: plain ES module without types.
import { documentedEvents, elementsOf, exportsOf, readManifest } from '../../scripts/element-reference.mjs';
// @ts-expect-error: plain ES module without types.
import { operationTitle, operationsOf, serverDocument } from '../../scripts/feed-reference.mjs';

const SITE = 'demo/docs';
const GUIDES = ['docs/webmaster-guide.md', 'docs/webmaster-guide.en.md'];

interface Member {
  name: string;
  kind: string;
  attribute?: string;
  description?: string;
  static?: boolean;
  privacy?: string;
}
interface Named {
  name: string;
  description?: string;
}
interface Declaration {
  tagName: string;
  name: string;
  summary?: string;
  members?: Member[];
  events?: Named[];
  cssProperties?: Named[];
  cssParts?: Named[];
  cssStates?: Named[];
  slots?: Named[];
}

const read = (file: string) => readFileSync(file, 'utf8');
/** Whitespace folded, so a message wrapped across lines in Markdown still matches. */
const folded = (text: string) => text.replace(/\s+/g, ' ');
/** One `## …` section of the element reference, by its element. */
function sectionOf(markdown: string, tag: string): string {
  const start = markdown.indexOf(`## \`<${tag}>\``);
  assert.ok(start >= 0, `the element reference has no section for <${tag}>`);
  const next = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, next < 0 ? undefined : next);
}

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

/**
 * The fixed text of every `console.warn`/`console.error`/`console.info` call in `src/`: the string literals and the
 * fixed parts of template literals in its arguments, 20 characters or longer (shorter ones say nothing alone).
 */
function consoleMessages(): { file: string; text: string }[] {
  const files = filesUnder('src')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join('src', file));
  const found: { file: string; text: string }[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.expression.getText() === 'console' &&
        ['warn', 'error', 'info'].includes(node.expression.name.text)
      ) {
        const pieces: string[] = [];
        const collect = (child: ts.Node): void => {
          if (ts.isStringLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child)) pieces.push(child.text);
          else if (ts.isTemplateExpression(child)) {
            pieces.push(child.head.text, ...child.templateSpans.map((span) => span.literal.text));
            child.templateSpans.forEach((span) => collect(span.expression));
          } else ts.forEachChild(child, collect);
        };
        node.arguments.forEach(collect);
        for (const text of pieces.map((piece) => piece.trim())) if (text.length >= 20) found.push({ file, text });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('the docs cover the code', () => {
  let manifest: { modules: unknown[] };
  let elements: { declaration: Declaration }[];
  let reference: string;

  before(() => {
    assert.ok(existsSync(join(SITE, 'index.html')), `${SITE} is missing: run \`npm run docs\` first`);
    manifest = readManifest();
    elements = elementsOf(manifest);
    reference = read(join(SITE, 'elements.md'));
  });

  it('builds every page the index links to', () => {
    for (const page of [
      'index.html',
      'webmaster-guide.html',
      'webmaster-guide.en.html',
      'console.html',
      'frameworks.html',
      'elements.html',
      'feed-reference.html',
      'openapi.json',
      'sdk/index.html',
      'theming.html',
      'sdk.html',
      'feed-api.html',
    ]) {
      assert.ok(existsSync(join(SITE, page)), `${page} is missing from the site`);
    }
  });

  it('describes every element the source registers', () => {
    /**
     * Elements no page places: `<kultur-events>` renders its month calendar in its own shadow root (its class is
     * `@internal`, so the manifest leaves it out); `layout="month"` is what the docs describe.
     */
    const internal = new Set(['kultur-events-month']);
    const registered = filesUnder('src/components')
      .flatMap((file) => [...read(join('src/components', file)).matchAll(/\.define\('(kultur-[a-z-]+)'\)/g)])
      .map((match) => match[1]!)
      .filter((tag) => !internal.has(tag))
      .sort();
    assert.deepEqual(elements.map(({ declaration }) => declaration.tagName).sort(), registered);
    for (const { declaration } of elements) {
      assert.ok(declaration.summary, `<${declaration.tagName}> has no @summary`);
    }
  });

  it('has every attribute, property, event, token, part and state of each element, each with a description', () => {
    let entries = 0;
    for (const { declaration } of elements) {
      const tag = declaration.tagName;
      const section = sectionOf(reference, tag);
      const publicFields = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && !member.privacy && !member.name.startsWith('#'),
      );
      for (const field of publicFields) {
        assert.ok(field.description, `<${tag}>.${field.name} has no description`);
        assert.ok(section.includes(`\`${field.name}\``), `<${tag}>.${field.name} is not in the element reference`);
        if (field.attribute) assert.ok(section.includes(`\`${field.attribute}\``), `<${tag} ${field.attribute}>`);
        entries++;
      }
      const named: [string, Named[] | undefined, (name: string) => string][] = [
        ['event', documentedEvents(declaration), (name) => `\`${name}\``],
        ['token', declaration.cssProperties, (name) => `\`${name}\``],
        ['part', declaration.cssParts, (name) => `\`::part(${name})\``],
        ['state', declaration.cssStates, (name) => `\`:state(${name})\``],
      ];
      for (const [kind, items, entry] of named) {
        for (const item of items ?? []) {
          assert.ok(item.description, `the ${kind} ${item.name} of <${tag}> has no description`);
          assert.ok(section.includes(entry(item.name)), `the ${kind} ${item.name} of <${tag}> is not in the reference`);
          entries++;
        }
      }
    }
    assert.ok(entries > 100, `only ${entries} entries checked`);
  });

  it('documents every event the elements declare in GlobalEventHandlersEventMap', () => {
    const declared = filesUnder('src/components/events').flatMap((file) =>
      [...read(join('src/components/events', file)).matchAll(/'(kultur-[a-z-]+)': Kultur\w+Event;/g)].map(
        (match) => match[1]!,
      ),
    );
    assert.ok(declared.length >= 6);
    const documented = elements.flatMap(({ declaration }) => documentedEvents(declaration).map((e: Named) => e.name));
    assert.deepEqual([...new Set(documented)].sort(), declared.sort());
    const frameworks = read('docs/frameworks.md');
    for (const name of declared) assert.ok(frameworks.includes(name), `docs/frameworks.md does not name ${name}`);
  });

  it('lists every export of @kulturregion/kultur/components with a description', () => {
    const exports: { name: string; doc: string }[] = exportsOf('src/components/index.ts');
    assert.ok(exports.length >= 15);
    for (const { name, doc } of exports) {
      assert.ok(doc, `the export ${name} has no JSDoc`);
      assert.match(reference, new RegExp(`\\| \`${name}\` \\|`), `the export ${name} is not in the element reference`);
    }
  });

  it('has a reference page for every export of @kulturregion/kultur/sdk and /contract', () => {
    // typedoc names a page by the entry that shows the symbol and its name: sdk.createKulturClient.html,
    // contract.MUNICIPALITIES.html; what both entries export is shown once.
    const named = new Set(
      filesUnder(join(SITE, 'sdk')).map((file) =>
        file
          .split('/')
          .pop()!
          .replace(/^(sdk|contract)\./, ''),
      ),
    );
    for (const entry of ['src/sdk/index.ts', 'src/contract/index.ts']) {
      const exports: { name: string }[] = exportsOf(entry);
      assert.ok(exports.length >= 20, entry);
      const missing = exports.filter(({ name }) => !named.has(`${name}.html`)).map(({ name }) => name);
      assert.deepEqual(missing, [], entry);
    }
  });

  it('has every feed operation and schema in the feed reference', async () => {
    const document = await serverDocument();
    const feed = read(join(SITE, 'feed-reference.md'));
    const operations: { method: string; path: string }[] = operationsOf(document);
    assert.ok(operations.length >= 15);
    for (const { method, path } of operations) {
      assert.ok(feed.includes(`### ${operationTitle(method, path)}\n`), `${method} ${path} is not in the reference`);
    }
    for (const name of Object.keys(document.components.schemas)) {
      assert.ok(feed.includes(`### Schema ${name}\n`), `the schema ${name} is not in the reference`);
    }
    assert.deepEqual(JSON.parse(read(join(SITE, 'openapi.json'))), JSON.parse(JSON.stringify(document)));
  });

  for (const guide of GUIDES) {
    describe(guide, () => {
      let text: string;
      before(() => {
        text = read(guide);
      });

      it('shows every element and every attribute', () => {
        for (const { declaration } of elements) {
          assert.ok(text.includes(`<${declaration.tagName}`), `${guide} never shows <${declaration.tagName}>`);
          for (const member of declaration.members ?? []) {
            if (member.attribute && !member.static) {
              assert.match(
                text,
                new RegExp(`\\| \`${member.attribute}\` +\\|`),
                `${guide} has no row for ${member.attribute} of <${declaration.tagName}>`,
              );
            }
          }
        }
      });

      it('quotes every message the elements and the SDK print in the console', () => {
        const messages = consoleMessages();
        assert.ok(messages.length >= 5, `only ${messages.length} messages found`);
        const body = folded(text);
        for (const { file, text: message } of messages) {
          assert.ok(body.includes(folded(message)), `${guide} does not quote this message of ${file}: "${message}"`);
        }
      });

      it('has a worked example for each demo municipality, as demo/themes.css sets it', () => {
        const themes = [...read('demo/themes.css').matchAll(/\.theme-([a-z]+) \{([^}]+)\}/g)];
        assert.equal(themes.length, 6);
        for (const [, municipality, body] of themes) {
          for (const declaration of body!
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)) {
            assert.ok(text.includes(declaration), `${guide} lacks ${municipality}'s "${declaration}"`);
          }
          assert.ok(
            text.includes(`../demo/${municipality}/index.html`),
            `${guide} does not link ${municipality}'s demo`,
          );
        }
      });

      it('has the snippet with integrity and the <noscript> fallback to /v1/events.html', () => {
        assert.match(text, /integrity="sha384-…"/);
        assert.match(text, /crossorigin="anonymous"/);
        assert.match(text, /<noscript>\s*<a href="https:\/\/[^"]+\/v1\/events\.html\?/);
        for (const cms of ['Drupal', 'OS2web', 'WordPress', 'Umbraco', 'Sitecore']) assert.ok(text.includes(cms), cms);
        for (const directive of ['script-src', 'connect-src', 'img-src', 'style-src', 'trusted-types']) {
          assert.ok(text.includes(directive), directive);
        }
      });
    });
  }
});
