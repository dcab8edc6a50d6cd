import * as z from 'zod/mini';

/** A JSON Schema or an OpenAPI object, as the document is written. */
export type JsonSchema = Record<string, unknown>;

export const componentUri = (id: string) => `#/components/schemas/${id}`;

/** One schema written out in place, in the document's dialect. */
export function inlineSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const { $schema, ...converted } = z.toJSONSchema(schema, { target: 'draft-2020-12', io });
  return converted;
}

/** A JSON body of a named component. */
export const json = (ref: string) => ({ 'application/json': { schema: { $ref: componentUri(ref) } } });

/** A refusal: problem details. */
export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: componentUri('Problem') } } },
});
