/**
 * An event's own questions, and the rules an answer to them keeps. The feed checks a signup's `answers` with these
 * rules, and so can a form before sending: `checkAnswers` is the feed's own check. (It is its own function, not part
 * of `checkSignup`, because it needs the event's questions, which the form has and a bare signup does not.)
 *
 * @module
 */
import type { Answer, Question, SignupFieldCode } from './schema.js';
import type { SignupFieldIssue } from './signup-field-issues.js';

/** Longest answer of one line (`short-text`) and of several (`long-text`), in characters. */
export const MAX_SHORT_ANSWER = 200;
export const MAX_LONG_ANSWER = 2_000;

/** The same character rules as the fixed fields: one line for `short-text`, line breaks and tabs for `long-text`. */
const controls =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const notOneLine = new RegExp(`[${controls}\\t\\n\\r]`);
const notText = new RegExp(`[${controls}]`);

const words: Partial<Record<SignupFieldCode, string>> = {
  required: 'is required: the event asks this question and needs an answer',
  'too-long': 'is too long',
  'invalid-characters': 'must not hold control or text-direction characters (line breaks only in long-text answers)',
  'not-asked': "is not one of the event's questions (see its signup.questions): leave it out",
};

/** What `readAnswers` found: the answers as the feed keeps them, and what it would refuse. */
export interface ReadAnswers {
  /** Text trimmed, blank answers left out, choices in the order of the options. Empty when nothing was answered. */
  answers: Record<string, Answer>;
  issues: SignupFieldIssue[];
}

/**
 * Reads a signup's `answers` against the event's `questions`: each issue's `path` is `answers.<question id>`, with
 * `required` (a required question unanswered), `too-long`, `invalid-characters`, `not-asked` (no such question) or
 * `invalid` (the wrong kind of answer, or a choice that is not among the options).
 */
export function readAnswers(given: unknown, questions: readonly Question[] = []): ReadAnswers {
  const answers: Record<string, Answer> = {};
  const issues: SignupFieldIssue[] = [];
  const source = typeof given === 'object' && given !== null && !Array.isArray(given) ? given : {};
  const refuse = (id: string, code: SignupFieldCode, message = words[code] ?? 'is not a valid answer') =>
    issues.push({ path: id ? `answers.${id}` : 'answers', code, message });
  if (given !== undefined && source !== given) refuse('', 'invalid', 'must be an object keyed by question id');
  const asked = new Map(questions.map((question) => [question.id, question]));
  for (const id of Object.keys(source).sort()) {
    if (!asked.has(id)) refuse(id, 'not-asked');
  }
  for (const question of questions) {
    const value: unknown = Object.hasOwn(source, question.id)
      ? (source as Record<string, unknown>)[question.id]
      : undefined;
    const read = answerOf(question, value);
    if (read === undefined) {
      if (question.required) refuse(question.id, 'required');
    } else if (typeof read === 'object' && !Array.isArray(read) && 'code' in read) {
      refuse(question.id, read.code, read.code === 'invalid' ? wrongKind[question.kind] : undefined);
    } else answers[question.id] = read;
  }
  return { answers, issues };
}

/**
 * What the feed would refuse in a signup's `answers` to an event's questions: `[]` when it would take them.
 *
 * @example
 * ```ts
 * const questions = event.signup?.mode === 'internal' ? (event.signup.questions ?? []) : [];
 * const issues = [...checkSignup(input), ...checkAnswers(input.answers, questions)];
 * ```
 */
export function checkAnswers(answers: unknown, questions: readonly Question[] = []): SignupFieldIssue[] {
  return readAnswers(answers, questions).issues;
}

const wrongKind: Record<Question['kind'], string> = {
  'short-text': 'must be text on one line',
  'long-text': 'must be text',
  'one-choice': "must be one of the question's options, as text",
  'several-choices': "must be a list of the question's options",
  'yes-no': 'must be true (yes) or false (no)',
};

type Refused = { code: SignupFieldCode };
const invalid: Refused = { code: 'invalid' };

/** One answer as kept: undefined when unanswered, or the code it is refused for. */
function answerOf(question: Question, value: unknown): Answer | Refused | undefined {
  if (value === undefined || value === null) return undefined;
  switch (question.kind) {
    case 'yes-no':
      return typeof value === 'boolean' ? value : invalid;
    case 'short-text':
    case 'long-text': {
      if (typeof value !== 'string') return invalid;
      const text = value.trim();
      if (!text) return undefined;
      const long = question.kind === 'long-text';
      if (text.length > (long ? MAX_LONG_ANSWER : MAX_SHORT_ANSWER)) return { code: 'too-long' };
      if ((long ? notText : notOneLine).test(text)) return { code: 'invalid-characters' };
      return text;
    }
    case 'one-choice': {
      if (typeof value !== 'string') return invalid;
      const chosen = value.trim();
      if (!chosen) return undefined;
      return question.options?.includes(chosen) ? chosen : invalid;
    }
    case 'several-choices': {
      if (!Array.isArray(value) || value.some((each) => typeof each !== 'string')) return invalid;
      const chosen = new Set((value as string[]).map((each) => each.trim()));
      const options = question.options ?? [];
      if ([...chosen].some((each) => !options.includes(each))) return invalid;
      return chosen.size ? options.filter((option) => chosen.has(option)) : undefined;
    }
  }
}
