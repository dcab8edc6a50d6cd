/**
 * What does not fit the contract, in the schemas' own words. The SDK checks answers with the compiled checkers
 * (`contract/compiled-checkers.ts`) and imports this module, and with it the schemas and zod, only when one refuses:
 * in the CDN bundle it is a chunk of its own, which a page whose feed answers as the contract says never fetches.
 */
import { CategoryListSchema, EventSchema, MunicipalityListSchema } from '../contract/schema.js';
import { EventPageEnvelopeSchema } from '../contract/page-envelope.js';
import { toAnswerIssues, type AnswerIssue } from './answer-issue.js';

const SCHEMAS = {
  event: EventSchema,
  envelope: EventPageEnvelopeSchema,
  municipalities: MunicipalityListSchema,
  categories: CategoryListSchema,
};

/** The served shapes a compiled checker stands for, by the name the SDK asks about them. */
export type ContractShape = keyof typeof SCHEMAS;

/**
 * The schema's verdict on `value`: the issues, or the data should the schema take it after all. (A checker and its
 * schema agree; test/sdk/compiled-checkers.test.ts holds them to it. Should they ever not, the schema has the last word.)
 */
export function misfitOf(shape: ContractShape, value: unknown): { issues: AnswerIssue[] } | { data: unknown } {
  const parsed = SCHEMAS[shape].safeParse(value);
  return parsed.success ? { data: parsed.data } : { issues: toAnswerIssues(parsed.error.issues) };
}
