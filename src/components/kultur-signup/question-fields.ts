import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '../../sdk/index.js';
import { fieldMessage, issueOf } from './form-issues.js';
import { controlId, type FormView } from './signup-fields.js';
import { answerPath } from './answer-path.js';

/*
 * The event's own questions in the signup form: their controls, how the form reads and checks their answers. A chunk of
 * its own in the CDN bundle, loaded with an event that asks any, so a form without questions does not carry them
 * (issue 21).
 */
export { checkAnswers } from '../../contract/questions.js';

/** The values of the yes/no pair: the form sends `true` or `false`. */
export const YES = 'yes';
export const NO = 'no';

/** "(valgfrit)" or "(skal besvares)": whether a question needs an answer is said in words, not by a mark alone. */
function marker(view: FormView, question: Question): TemplateResult {
  return html` <span class="optional">${question.required ? view.t.requiredQuestion : view.t.optional}</span>`;
}

function errorOf(view: FormView, path: string, id: string): TemplateResult | typeof nothing {
  const issue = issueOf(view.issues, path);
  return issue
    ? html`<p part="field-error" class="field-error" id=${id}>
        <span class="visually-hidden">${view.t.errorPrefix}</span> ${fieldMessage(issue, view.t, view.maxSeats)}
      </p>`
    : nothing;
}

/** A question of text: a line for `short-text`, a text area for `long-text`. The label is the organiser's, as text. */
function textQuestion(view: FormView, question: Question): TemplateResult {
  const path = answerPath(question);
  const id = controlId(path);
  const invalid = issueOf(view.issues, path) ? 'true' : 'false';
  const errorId = `${id}-error`;
  const describedBy = invalid === 'true' ? errorId : nothing;
  return html`<div part="field" class="field">
    <label part="label" for=${id}>${question.label}${marker(view, question)}</label>
    ${errorOf(view, path, errorId)}
    ${
      question.kind === 'long-text'
        ? html`<textarea
            part="input"
            id=${id}
            name=${path}
            rows="3"
            ?required=${question.required}
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
          ></textarea>`
        : html`<input
            part="input"
            id=${id}
            name=${path}
            type="text"
            ?required=${question.required}
            aria-describedby=${describedBy}
            aria-invalid=${invalid}
          />`
    }
  </div>`;
}

/**
 * A question of choices: radio buttons for `one-choice` and `yes-no`, check boxes for `several-choices`, in a fieldset
 * whose legend is the question. The first control carries the question's id, so the error summary's link lands on it.
 */
function choiceQuestion(view: FormView, question: Question): TemplateResult {
  const path = answerPath(question);
  const id = controlId(path);
  const invalid = issueOf(view.issues, path) ? 'true' : 'false';
  const errorId = `${id}-error`;
  const choices: Array<[value: string, text: string]> =
    question.kind === 'yes-no'
      ? [
          [YES, view.t.yes],
          [NO, view.t.no],
        ]
      : (question.options ?? []).map((option) => [option, option]);
  const type = question.kind === 'several-choices' ? 'checkbox' : 'radio';
  return html`<fieldset part="field" class="field choices" aria-describedby=${invalid === 'true' ? errorId : nothing}>
    <legend part="label">${question.label}${marker(view, question)}</legend>
    ${errorOf(view, path, errorId)}
    ${choices.map(
      ([value, text], index) =>
        html`<div class="choice-row">
          <input
            part="input"
            id=${index ? `${id}-${index}` : id}
            name=${path}
            type=${type}
            .value=${value}
            aria-invalid=${invalid}
          />
          <label for=${index ? `${id}-${index}` : id}>${text}</label>
        </div>`,
    )}
  </fieldset>`;
}

/** The event's own questions, after the fixed fields, each as its kind asks. */
export function questionFields(view: FormView, questions: readonly Question[]): TemplateResult[] {
  return questions.map((question) =>
    question.kind === 'short-text' || question.kind === 'long-text'
      ? textQuestion(view, question)
      : choiceQuestion(view, question),
  );
}

/** The answers a filled-in form gives: text trimmed, unanswered questions left out. */
export function readAnswersOf(
  data: FormData,
  questions: readonly Question[],
): Record<string, string | string[] | boolean> {
  const answers: Record<string, string | string[] | boolean> = {};
  for (const question of questions) {
    const values = data.getAll(answerPath(question)).filter((value): value is string => typeof value === 'string');
    if (question.kind === 'several-choices') {
      if (values.length) answers[question.id] = values;
    } else if (question.kind === 'yes-no') {
      if (values[0] === YES || values[0] === NO) answers[question.id] = values[0] === YES;
    } else if (values[0]?.trim()) answers[question.id] = values[0].trim();
  }
  return answers;
}
