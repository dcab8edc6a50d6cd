import { html, nothing, type TemplateResult } from 'lit';
import { honeypotField } from '../base/honeypot-field.js';
import { privacyLink } from '../base/privacy-link.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SubmitIssue } from './submit-form.js';
import type { SubmitTexts } from './submit-texts.js';

/** Ids are plain: the element's shadow root is its own id scope. Dots become hyphens. */
export const controlId = (name: string) => `kultur-submit-${name.replaceAll('.', '-')}`;

/** What every field is drawn from: the texts and the controls that need correcting. */
export interface FieldView {
  readonly t: SubmitTexts;
  readonly issues: readonly SubmitIssue[];
}

interface FieldOptions {
  hint?: string | undefined;
  optional?: boolean | undefined;
}

/** The ARIA a control needs to be tied to its hint and its message. */
interface Aria {
  id: string;
  describedBy: string | typeof nothing;
  invalid: 'true' | 'false';
}

function issueOf(view: FieldView, name: string): SubmitIssue | undefined {
  return view.issues.find((issue) => issue.control === name);
}

function ariaOf(view: FieldView, name: string, hint: boolean): Aria {
  const issue = issueOf(view, name);
  const describedBy = [hint ? `${controlId(name)}-hint` : '', issue ? `${controlId(name)}-error` : '']
    .filter(Boolean)
    .join(' ');
  return { id: controlId(name), describedBy: describedBy || nothing, invalid: issue ? 'true' : 'false' };
}

/** "(skal udfyldes)" or "(valgfrit)" after a label, in words. */
function need(view: FieldView, optional: boolean | undefined): TemplateResult {
  return html` <span class="need">${optional ? view.t.optional : view.t.required}</span>`;
}

function hintAndError(view: FieldView, name: string, hint: string | undefined) {
  const issue = issueOf(view, name);
  return html`${hint ? html`<p part="hint" class="hint" id="${controlId(name)}-hint">${hint}</p>` : nothing}
  ${
    issue
      ? html`<p part="field-error" class="field-error" id="${controlId(name)}-error">
          <span class="visually-hidden">${view.t.errorPrefix}</span> ${view.t.messages[issue.message]}
        </p>`
      : nothing
  }`;
}

/** A field of one line: text, e-mail, phone, web address, date, time or a whole number. */
export function inputField(
  view: FieldView,
  name: string,
  label: string,
  options: FieldOptions & {
    type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'time' | 'number';
    autocomplete?: 'name' | 'email' | 'tel' | 'street-address' | 'postal-code' | 'address-level2';
    inputmode?: 'numeric';
    value?: string;
  } = {},
): TemplateResult {
  const aria = ariaOf(view, name, Boolean(options.hint));
  return html`<div part="field" class="field">
    <label part="label" for=${aria.id}>${label}${need(view, options.optional)}</label>
    ${hintAndError(view, name, options.hint)}
    <input
      part="input"
      id=${aria.id}
      name=${name}
      type=${options.type ?? 'text'}
      autocomplete=${ifDefined(options.autocomplete)}
      inputmode=${ifDefined(options.inputmode)}
      .value=${options.value ?? ''}
      ?required=${!options.optional}
      aria-describedby=${aria.describedBy}
      aria-invalid=${aria.invalid}
    />
  </div>`;
}

/** A text of several lines. */
export function areaField(view: FieldView, name: string, label: string, options: FieldOptions & { rows?: number }) {
  const aria = ariaOf(view, name, Boolean(options.hint));
  return html`<div part="field" class="field">
    <label part="label" for=${aria.id}>${label}${need(view, options.optional)}</label>
    ${hintAndError(view, name, options.hint)}
    <textarea
      part="input"
      id=${aria.id}
      name=${name}
      rows=${options.rows ?? 3}
      ?required=${!options.optional}
      aria-describedby=${aria.describedBy}
      aria-invalid=${aria.invalid}
    ></textarea>
  </div>`;
}

/** A list to choose one from. */
export function selectField(
  view: FieldView,
  name: string,
  label: string,
  choices: ReadonlyArray<{ value: string; text: string }>,
  placeholder: string,
): TemplateResult {
  const aria = ariaOf(view, name, false);
  return html`<div part="field" class="field">
    <label part="label" for=${aria.id}>${label}${need(view, false)}</label>
    ${hintAndError(view, name, undefined)}
    <select
      part="input"
      id=${aria.id}
      name=${name}
      required
      aria-describedby=${aria.describedBy}
      aria-invalid=${aria.invalid}
    >
      <option value="">${placeholder}</option>
      ${choices.map((choice) => html`<option value=${choice.value}>${choice.text}</option>`)}
    </select>
  </div>`;
}

/**
 * A group of boxes (`several`) or radio buttons in a fieldset whose legend is the question. The first control carries
 * the group's id, so the error summary's link lands on it.
 */
export function choiceGroup(
  view: FieldView,
  name: string,
  legend: string,
  choices: ReadonlyArray<{ value: string; text: string; checked?: boolean }>,
  options: FieldOptions & { several: boolean; onChange?: (event: Event) => void },
): TemplateResult {
  const aria = ariaOf(view, name, Boolean(options.hint));
  return html`<fieldset part="field" class="field" aria-describedby=${aria.describedBy}>
    <legend part="label">${legend}${options.several ? need(view, false) : nothing}</legend>
    ${hintAndError(view, name, options.hint)}
    ${choices.map(
      (choice, index) =>
        html`<div class="choice-row">
          <input
            part="input"
            id=${index === 0 ? aria.id : `${aria.id}-${index}`}
            name=${name}
            type=${options.several ? 'checkbox' : 'radio'}
            value=${choice.value}
            ?checked=${choice.checked ?? false}
            aria-invalid=${aria.invalid}
            @change=${options.onChange}
          />
          <label for=${index === 0 ? aria.id : `${aria.id}-${index}`}>${choice.text}</label>
        </div>`,
    )}
  </fieldset>`;
}

/** The consent box, with what happens to unconfirmed submissions and, when given, the page's privacy text. */
export function consentField(view: FieldView, privacyHref: string | undefined, opensNewWindow: string) {
  const { t } = view;
  const issue = issueOf(view, 'consent');
  const id = controlId('consent');
  return html`<div part="field" class="field consent">
    ${hintAndError(view, 'consent', undefined)}
    <div class="consent-row">
      <input
        part="input"
        id=${id}
        name="consent"
        type="checkbox"
        required
        aria-describedby=${issue ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid=${issue ? 'true' : 'false'}
      />
      <label part="label" for=${id}>${t.consent}</label>
    </div>
    <p part="hint" class="hint" id="${id}-hint">
      ${t.consentHint} ${privacyLink(privacyHref, t.privacyLink, opensNewWindow)}
    </p>
  </div>`;
}

/** A field people never see and robots fill in: hidden from sight and from assistive tech, out of the tab order. */
export function honeypot(): TemplateResult {
  return honeypotField(controlId('website'));
}
