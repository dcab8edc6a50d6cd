/**
 * The element reference, generated: attributes, properties, methods, events, tokens, parts, states and slots of every
 * `kultur-*` element, from `custom-elements.json` (which `npm run manifest` makes from the JSDoc headers), and the
 * exports of `@kulturregion/kultur/components`, from the source. Nothing here is written by hand: change the JSDoc.
 *
 * `node scripts/element-reference.mjs [out.md]` writes the Markdown (to stdout without a file); the docs site
 * (`scripts/docs-site.mjs`) renders it as `elements.html`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = new URL('..', import.meta.url);

/** The manifest as the build left it. */
export function readManifest() {
  try {
    return JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  } catch {
    throw new Error('custom-elements.json is missing: run `npm run manifest` (or `npm run build`) first.');
  }
}

/** Text for one table cell: one line, pipes escaped. */
function cell(text) {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
      ]
    : [];

/** Every custom element in the manifest, with the module it is declared in, sorted by tag. */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) elements.push({ module, declaration });
    }
  }
  return elements.sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
}

/** Event classes by the event name their `static type` holds, for linking `@event` names to classes and details. */
function eventClasses(manifest) {
  const byName = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      const type = declaration.members?.find((member) => member.static && member.name === 'type');
      const name = type?.default?.match(/^'(.+)'$/)?.[1];
      if (declaration.kind === 'class' && name) byName.set(name, declaration);
    }
  }
  return byName;
}

/** The public API of an element: fields and methods that a page may use, inherited ones included. */
function publicMembers(declaration) {
  const members = (declaration.members ?? []).filter(
    (member) => !member.static && !member.privacy && !member.name.startsWith('#') && !member.name.startsWith('_'),
  );
  return {
    fields: members.filter((member) => member.kind === 'field'),
    methods: members.filter((member) => member.kind === 'method'),
  };
}

/** The events an element documents with `@event` (the analyzer's guesses from `dispatchEvent` calls are left out). */
export function documentedEvents(declaration) {
  return (declaration.events ?? []).filter((event) => event.name?.startsWith('kultur-') && event.description);
}

function elementSection({ module, declaration }, classes) {
  const tag = declaration.tagName;
  const lines = [`## \`<${tag}>\``, ''];
  if (declaration.summary) lines.push(`**${cell(declaration.summary)}**`, '');
  if (declaration.description) lines.push(declaration.description.trim(), '');
  lines.push(
    `Class \`${declaration.name}\` (from \`@kulturregion/kultur\` or \`@kulturregion/kultur/components\`; ` +
      `\`@kulturregion/kultur/define\` or the CDN bundle registers the tag). Source: \`${module.path}\`.`,
    '',
  );

  const { fields, methods } = publicMembers(declaration);
  const attributes = fields.filter((field) => field.attribute);
  const properties = fields.filter((field) => !field.attribute && !field.readonly);
  lines.push(`### Attributes of \`<${tag}>\``, '');
  if (attributes.length) {
    lines.push(
      ...table(
        ['attribute', 'property', 'type', 'default', 'what'],
        attributes.map((field) => [
          code(field.attribute),
          code(field.name),
          code(field.type?.text),
          code(field.default),
          cell(field.description),
        ]),
      ),
      '',
      'Attributes and properties reflect each other one way: setting the attribute sets the property. Boolean ' +
        'attributes are on when present.',
      '',
    );
  } else {
    lines.push('None.', '');
  }
  if (properties.length) {
    lines.push(
      `### Properties of \`<${tag}>\` (JavaScript only)`,
      '',
      ...table(
        ['property', 'type', 'default', 'what'],
        properties.map((field) => [
          code(field.name),
          code(field.type?.text),
          code(field.default),
          cell(field.description),
        ]),
      ),
      '',
    );
  }
  if (methods.length) {
    lines.push(
      `### Methods of \`<${tag}>\``,
      '',
      ...table(
        ['method', 'what'],
        methods.map((method) => [
          code(`${method.name}(${(method.parameters ?? []).map((p) => p.name).join(', ')})`),
          cell(method.description),
        ]),
      ),
      '',
    );
  }

  const events = documentedEvents(declaration);
  lines.push(`### Events of \`<${tag}>\``, '');
  if (events.length) {
    lines.push(
      ...table(
        ['event', 'class', 'detail', 'bubbles, composed, cancelable', 'what'],
        events.map((event) => {
          const eventClass = classes.get(event.name);
          const detail = eventClass?.members?.find((member) => member.name === 'detail')?.type?.text;
          const cancelable = /cancelable/i.test(event.description) ? 'yes, yes, yes' : 'yes, yes, no';
          return [code(event.name), code(eventClass?.name), code(detail), cancelable, cell(event.description)];
        }),
      ),
      '',
      'Listen with `addEventListener`; TypeScript knows each `detail` (the events are declared in ' +
        '`GlobalEventHandlersEventMap`).',
      '',
    );
  } else {
    lines.push('None of its own.', '');
  }

  const sections = [
    ['CSS custom properties (tokens)', declaration.cssProperties, (item) => code(item.name)],
    ['CSS parts', declaration.cssParts, (item) => code(`::part(${item.name})`)],
    ['Custom states', declaration.cssStates, (item) => code(`:state(${item.name})`)],
    ['Slots', declaration.slots, (item) => (item.name ? code(item.name) : '(default)')],
  ];
  for (const [title, items, name] of sections) {
    lines.push(`### ${title} of \`<${tag}>\``, '');
    if (items?.length)
      lines.push(
        ...table(
          ['name', 'what'],
          items.map((item) => [name(item), cell(item.description)]),
        ),
        '',
      );
    else lines.push('None.', '');
  }
  return lines;
}

/** The exports of an entry, with their kind and the first sentence of their JSDoc, read as TypeScript reads them. */
export function exportsOf(entry) {
  const file = fileURLToPath(new URL(entry, root));
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    experimentalDecorators: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file));
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      const kind = !declaration
        ? 'value'
        : ts.isClassDeclaration(declaration)
          ? 'class'
          : ts.isFunctionDeclaration(declaration)
            ? 'function'
            : ts.isInterfaceDeclaration(declaration)
              ? 'interface'
              : ts.isTypeAliasDeclaration(declaration)
                ? 'type'
                : 'constant';
      const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker));
      const source = declaration?.getSourceFile().fileName.replace(fileURLToPath(root), '') ?? '';
      return { name: exported.name, kind, doc, source };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const firstSentence = (text) => cell(text.split(/(?<=\.)\s/)[0]);

/** The whole reference as Markdown. */
export function elementReference(manifest = readManifest()) {
  const elements = elementsOf(manifest);
  const classes = eventClasses(manifest);
  const lines = [
    '# Element reference',
    '',
    'Generated from `custom-elements.json` and the source by `scripts/element-reference.mjs`: every attribute, ' +
      'property, event, token, part and state of the Kultur elements. The [webmaster guide](webmaster-guide.en.md) ' +
      '([dansk](webmaster-guide.md)) shows them in use; [theming](theming.md) explains the global tokens every ' +
      'element reads (`--kultur-color-accent` and the rest).',
    '',
    ...table(
      ['element', 'what'],
      elements.map(({ declaration }) => [
        `[\`<${declaration.tagName}>\`](#${declaration.tagName})`,
        cell(declaration.summary),
      ]),
    ),
    '',
  ];
  for (const element of elements) lines.push(...elementSection(element, classes));

  lines.push(
    '## Exports of `@kulturregion/kultur/components`',
    '',
    'The element classes register nothing when imported; `@kulturregion/kultur/define` registers every tag. The ' +
      'main entry `@kulturregion/kultur` exports all of these and the SDK.',
    '',
    ...table(
      ['export', 'kind', 'what'],
      exportsOf('src/components/index.ts').map((item) => [code(item.name), item.kind, firstSentence(item.doc)]),
    ),
    '',
  );
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const markdown = elementReference();
  const out = process.argv[2];
  if (out) writeFileSync(out, markdown);
  else process.stdout.write(markdown);
}
