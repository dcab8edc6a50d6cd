import { html, nothing, type TemplateResult } from 'lit';
import { honeypotField } from '../base/honeypot-field.js';
import { privacyLink } from '../base/privacy-link.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SIGNUP_FIELDS } from '../../contract/contract-constants.js';
import type { KulturEvent, Municipality, SignupField } from '../../sdk/index.js';
import type { Language } from '../i18n/language.js';
import { fieldMessage, issueOf, type FormIssue } from './form-issues.js';
import type { SignupTexts } from './signup-texts.js';
import { webAddress } from '../format/web-address.js';

/** The value the municipality list stores for someone from outside the six: Danish, like the names. */
const OTHER_MUNICIPALITY = 'Anden kommune';

/** Ids of controls are plain: each element's shadow root is its own id scope. */
export const controlId = (name: string) => `kultur-signup-${name.replace('.', '-')}`;

/** The optional fields the form asks: the event's, narrowed to those `fields` (the attribute) names when set. */
export function shownFields(event: KulturEvent, fields: string): SignupField[] {
  const asked: readonly string[] = event.signup?.mode === 'internal' ? event.signup.fields : [];
  const wanted = fields.trim() ? fields.split(/[\s,]+/) : asked;
  return SIGNUP_FIELDS.filter((field) => asked.includes(field) && wanted.includes(field));
}

/**
 * While the event loads: the loading line where the form's first line will be, and under it the form with name and
 * e-mail drawn with the form's own classes, so the form arriving moves little (layout shift, issue 7); optional fields
 * add to it.
 */
export function formSkeleton(t: SignupTexts): TemplateResult {
  const bone = (size = '') => html`<span class="bone ${size}">&nbsp;</span>`;
  return html`
    <p part="message" class="availability">${t.loading}</p>
    <div class="form skeleton" aria-hidden="true">
      <div class="field">${bone('short')}<span class="input"></span></div>
      <div class="field">${bone('short')}<span class="hint">${bone()}</span><span class="input"></span></div>
      <div class="field">
        <div class="consent-row"><span class="input"></span>${bone()}</div>
        <p class="hint">${bone('long')}${bone()}</p>
      </div>
      <span class="button"></span>
    </div>
  `;
}

/** What the fields of the signup form are drawn from: its texts, the fields that need correcting, the seat limit. */
export interface FormView {
  readonly t: SignupTexts;
  readonly issues: readonly FormIssue[];
  /** The event's limit of seats per signup, which the message about too many names. */
  readonly maxSeats: number;
}

/** What a field's control needs to be tied to its label, hint and message. */
interface FieldAria {
  id: string;
  describedBy: string | typeof nothing;
  invalid: 'true' | 'false';
}

/** The message that ties a field to its problem; `id` is what the control's `aria-describedby` names. */
function fieldError(view: FormView, issue: FormIssue, id: string): TemplateResult {
  return html`<p part="field-error" class="field-error" id=${id}>
    <span class="visually-hidden">${view.t.errorPrefix}</span> ${fieldMessage(issue, view.t, view.maxSeats)}
  </p>`;
}

/** One field: its label, hint and message around the control that `control` makes with the ARIA they need. */
function fieldFrame(
  view: FormView,
  name: string,
  label: string,
  options: { hint?: string | undefined; optional?: boolean | undefined },
  control: (aria: FieldAria) => TemplateResult,
): TemplateResult {
  const issue = issueOf(view.issues, name);
  const hintId = options.hint ? `${controlId(name)}-hint` : '';
  const errorId = issue ? `${controlId(name)}-error` : '';
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return html`<div part="field" class="field">
    <label part="label" for=${controlId(name)}
      >${label}${options.optional ? html` <span class="optional">${view.t.optional}</span>` : nothing}</label
    >
    ${options.hint ? html`<p part="hint" class="hint" id=${hintId}>${options.hint}</p>` : nothing}
    ${issue ? fieldError(view, issue, errorId) : nothing}
    ${control({ id: controlId(name), describedBy: describedBy || nothing, invalid: issue ? 'true' : 'false' })}
  </div>`;
}

/** A field of one line of text, or with `choices` (its `<option>`s) a list to choose from. */
export function field(
  view: FormView,
  name: 'name' | 'email' | 'phone' | 'organization' | 'municipality' | 'seats',
  label: string,
  options: {
    type?: 'text' | 'email' | 'tel';
    autocomplete?: 'name' | 'email' | 'tel' | 'organization' | 'address-level2';
    hint?: string;
    optional?: boolean;
    choices?: unknown;
  },
): TemplateResult {
  const { type, autocomplete, choices } = options;
  return fieldFrame(view, name, label, options, (aria) =>
    choices
      ? html`<select
          part="input"
          id=${aria.id}
          name=${name}
          autocomplete=${ifDefined(autocomplete)}
          aria-describedby=${aria.describedBy}
          aria-invalid=${aria.invalid}
        >
          ${choices}
        </select>`
      : html`<input
          part="input"
          id=${aria.id}
          name=${name}
          type=${ifDefined(type)}
          autocomplete=${ifDefined(autocomplete)}
          spellcheck=${type === 'email' ? 'false' : 'true'}
          ?required=${!options.optional}
          aria-describedby=${aria.describedBy}
          aria-invalid=${aria.invalid}
        />`,
  );
}

/** The municipality: a list of the region's six and "another", or free text when the list could not be loaded. */
export function municipalityField(
  view: FormView,
  municipalities: Municipality[] | undefined,
  language: Language,
): TemplateResult {
  const { t } = view;
  if (!municipalities) {
    return field(view, 'municipality', t.labelMunicipality, {
      type: 'text',
      autocomplete: 'address-level2',
      optional: true,
    });
  }
  // The value is the Danish name, as the organisers' list shows it; the text follows the form's language.
  return field(view, 'municipality', t.labelMunicipality, {
    optional: true,
    autocomplete: 'address-level2',
    choices: html`<option value="">${t.chooseMunicipality}</option>
      ${municipalities.map((item) => html`<option value=${item.name.da}>${item.name[language]}</option>`)}
      <option value=${OTHER_MUNICIPALITY}>${t.otherMunicipality}</option>`,
  });
}

/** The number of seats, 1 to `max`. */
export function seatsField(view: FormView, max: number): TemplateResult {
  return field(view, 'seats', view.t.labelSeats, {
    choices: Array.from({ length: max }, (_, i) => html`<option value=${i + 1}>${i + 1}</option>`),
  });
}

/** A comment of several lines. */
export function commentField(view: FormView): TemplateResult {
  return fieldFrame(
    view,
    'comment',
    view.t.labelComment,
    { optional: true },
    (aria) =>
      html`<textarea
        part="input"
        id=${aria.id}
        name="comment"
        rows="3"
        aria-describedby=${aria.describedBy}
        aria-invalid=${aria.invalid}
      ></textarea>`,
  );
}

/**
 * The consent box, with how long the details are kept (`retentionDays`, as the feed is set up) and, when the page gives
 * one, a link to the privacy text (`privacyUrl`, the element's `privacy-url`).
 */
export function consentField(
  view: FormView,
  privacy: { retentionDays: number; privacyUrl: string; opensNewWindow: string },
): TemplateResult {
  const { t } = view;
  const { retentionDays, opensNewWindow } = privacy;
  const privacyHref = webAddress(privacy.privacyUrl);
  const issue = issueOf(view.issues, 'consent');
  const hintId = `${controlId('consent')}-hint`;
  const errorId = `${controlId('consent')}-error`;
  return html`<div part="field" class="field consent">
    ${issue ? fieldError(view, issue, errorId) : nothing}
    <div class="consent-row">
      <input
        part="input"
        id=${controlId('consent')}
        name="consent"
        type="checkbox"
        required
        aria-describedby=${issue ? `${hintId} ${errorId}` : hintId}
        aria-invalid=${issue ? 'true' : 'false'}
      />
      <label part="label" for=${controlId('consent')}>${t.labelConsent}</label>
    </div>
    <p part="hint" class="hint" id=${hintId}>
      ${t.retention(retentionDays)} ${privacyLink(privacyHref, t.privacyLink, opensNewWindow)}
    </p>
  </div>`;
}

/** A field people never see and robots fill in: any value in it makes the feed refuse the signup. */
export function honeypot(): TemplateResult {
  return honeypotField(controlId('website'));
}

/**
 * The fields to correct as a list at the top of the form; each links to its field when `controls` has it (the
 * honeypot and unknown fields have nothing to go to), and `onLink` takes a click on such a link.
 */
export function errorSummary(
  view: FormView,
  controls: readonly string[],
  onLink: (event: MouseEvent, path: string) => void,
  /** The words of the event's questions by path (`answers.<id>`): a question's message in the summary names it. */
  labels: ReadonlyMap<string, string> = new Map(),
): TemplateResult {
  return html`<div part="error-summary" class="error-summary" role="alert" tabindex="-1">
    <p class="summary-title">${view.t.summaryTitle}</p>
    <ul>
      ${view.issues.map((issue) => {
        const label = labels.get(issue.path);
        const message = `${label ? `${label}: ` : ''}${fieldMessage(issue, view.t, view.maxSeats)}`;
        return html`<li>
          ${
            controls.includes(issue.path)
              ? html`<a href="#${controlId(issue.path)}" @click=${(event: MouseEvent) => onLink(event, issue.path)}
                  >${message}</a
                >`
              : message
          }
        </li>`;
      })}
    </ul>
  </div>`;
}
