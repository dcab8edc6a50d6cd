/**
 * The feed API reference, generated from the server's OpenAPI document (`openApiDocument()` in
 * `server/src/openapi/openapi-document.ts`, itself generated from the zod contract): every operation with its parameters, body,
 * responses and whether it needs the publishing token, then every schema. `docs/feed-api.md` is the guide for people;
 * this is the exhaustive list. Run through a TypeScript loader: `node --import tsx scripts/feed-reference.mjs [out.md]`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { slug } from './slug.mjs';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const oneLine = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
const cell = (text) => oneLine(text).replace(/\|/g, '\\|');
/** Sentences joined without doubling the full stop. */
const sentences = (...parts) =>
  parts
    .filter(Boolean)
    .map((part) => oneLine(part).replace(/\.$/, ''))
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('. ');
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
      ]
    : [];

/** The heading of an operation, and so its anchor: `GET /v1/events`. */
export const operationTitle = (method, path) => `${method.toUpperCase()} ${path}`;
const schemaTitle = (name) => `Schema ${name}`;
const refName = (ref) => ref.replace('#/components/schemas/', '');

/** Every operation of the document, in its order. */
export function operationsOf(document) {
  const operations = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      if (item[method]) operations.push({ method, path, operation: item[method], shared: item.parameters ?? [] });
    }
  }
  return operations;
}

/** A schema as a short type, in Markdown (a `$ref` links to its schema). */
function typeOf(schema) {
  if (!schema) return 'any';
  if (schema.$ref) return `[${refName(schema.$ref)}](#${slug(schemaTitle(refName(schema.$ref)))})`;
  if ('const' in schema) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' or ');
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeOf).join(' or ');
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'object'];
  return types
    .map((type) => {
      if (type === 'array') return `array of ${typeOf(schema.items)}`;
      if (schema.format && type === 'string') return `string (${schema.format})`;
      return type;
    })
    .join(' or ');
}

/** Limits worth telling a client: lengths, ranges, defaults. Long patterns are left to the JSON document. */
function limitsOf(schema) {
  const limits = [];
  if (schema.default !== undefined) limits.push(`default ${JSON.stringify(schema.default)}`);
  if (schema.minLength === 1) limits.push('not empty');
  else if (schema.minLength > 1) limits.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined) limits.push(`at most ${schema.maxLength} characters`);
  if (schema.minimum !== undefined) limits.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) limits.push(`≤ ${schema.maximum}`);
  if (schema.pattern && schema.pattern.length <= 40 && !schema.format) limits.push(`pattern \`${schema.pattern}\``);
  return limits.join(', ');
}

/** An object's properties as rows, nested objects (and the variants of a union) flattened to dotted names. */
function propertyRows(schema, prefix = '', depth = 0) {
  const rows = [];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    for (const variant of variants) {
      if (variant.type !== 'object' || !variant.properties) continue;
      const tag = Object.entries(variant.properties).find(([, property]) => 'const' in property);
      const label = tag ? `${prefix.replace(/\.$/, '')} (${tag[0]} ${JSON.stringify(tag[1].const)}).` : prefix;
      rows.push(...propertyRows(variant, label, depth));
    }
    return rows;
  }
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    rows.push([
      `\`${prefix}${name}\``,
      typeOf(property),
      required.has(name) ? 'yes' : '',
      cell(sentences(property.description, limitsOf(property))),
    ]);
    const nested = property.type === 'object' || property.anyOf || property.oneOf ? property : undefined;
    const inner =
      nested?.anyOf?.length === 2 && nested.anyOf.some((v) => v.type === 'null')
        ? nested.anyOf.find((v) => v.type !== 'null')
        : nested;
    if (inner && depth < 2 && (inner.properties || inner.anyOf || inner.oneOf)) {
      rows.push(...propertyRows(inner, `${prefix}${name}.`, depth + 1));
    }
  }
  return rows;
}

function schemaBlock(schema) {
  if (schema?.$ref || schema?.type !== 'object') return [`Body: ${typeOf(schema)}.`, ''];
  return [...table(['field', 'type', 'required', 'what'], propertyRows(schema)), ''];
}

function operationSection({ method, path, operation, shared }) {
  const lines = [`### ${operationTitle(method, path)}`, ''];
  if (operation.summary) lines.push(`**${oneLine(operation.summary)}.**`, '');
  if (operation.description) lines.push(operation.description.trim(), '');
  if (operation.security?.length) {
    lines.push('Needs `Authorization: Bearer <token>` (the secretariat’s publishing token, `KULTUR_ADMIN_TOKEN`).', '');
  }
  const parameters = [...shared, ...(operation.parameters ?? [])];
  if (parameters.length) {
    lines.push(
      ...table(
        ['parameter', 'in', 'type', 'required', 'what'],
        parameters.map((parameter) => [
          `\`${parameter.name}\``,
          parameter.in,
          typeOf(parameter.schema),
          parameter.required ? 'yes' : '',
          cell(sentences(parameter.description, limitsOf(parameter.schema ?? {}))),
        ]),
      ),
      '',
    );
  }
  for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
    lines.push(`Request body (\`${type}\`${operation.requestBody.required ? ', required' : ''}):`, '');
    lines.push(...schemaBlock(media.schema));
  }
  lines.push(
    ...table(
      ['status', 'what', 'body'],
      Object.entries(operation.responses ?? {}).map(([status, response]) => [
        `\`${status}\``,
        cell(response.description),
        Object.entries(response.content ?? {})
          .map(([type, media]) => `\`${type}\`${media.schema ? `: ${typeOf(media.schema)}` : ''}`)
          .join('<br>'),
      ]),
    ),
    '',
  );
  return lines;
}

/** The whole reference as Markdown. */
export function feedReference(document) {
  const operations = operationsOf(document);
  const lines = [
    `# ${document.info.title} API reference`,
    '',
    `Version ${document.info.version}, OpenAPI ${document.openapi}. Generated from the server's OpenAPI document ` +
      '(`GET /v1/openapi.json`, here as [openapi.json](openapi.json)) by `scripts/feed-reference.mjs`. ' +
      '[The feed API guide](feed-api.md) explains filters, paging, caching and errors for people.',
    '',
    document.info.description ?? '',
    '',
    '## Operations',
    '',
    ...table(
      ['operation', 'what', 'token'],
      operations.map(({ method, path, operation }) => [
        `[\`${operationTitle(method, path)}\`](#${slug(operationTitle(method, path))})`,
        cell(operation.summary),
        operation.security?.length ? 'yes' : '',
      ]),
    ),
    '',
  ];
  for (const each of operations) lines.push(...operationSection(each));
  lines.push('## Schemas', '');
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    lines.push(`### ${schemaTitle(name)}`, '');
    if (schema.description) lines.push(oneLine(schema.description), '');
    lines.push(...schemaBlock(schema));
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** The server's document, read from its source (this module must run under a TypeScript loader such as tsx). */
export async function serverDocument() {
  const { openApiDocument } = await import('../server/src/openapi/openapi-document.ts');
  return openApiDocument();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const markdown = feedReference(await serverDocument());
  const out = process.argv[2];
  if (out) writeFileSync(out, markdown);
  else process.stdout.write(markdown);
}
