import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { CATEGORIES, MUNICIPALITIES } from '../../contract/reference-data.js';
import { AUDIENCE_IDS } from '../../contract/contract-constants.js';
import type { SubmissionAnswer } from '../../contract/submission.js';
import { submissionsOf } from '../../sdk/submissions.js';
import { failureKindOf, isKulturError, problemKindOf } from '../../sdk/index.js';
import { buttonStyles } from '../base/button-styles.js';
import { formStyles } from '../base/form-styles.js';
import { KulturElement } from '../base/kultur-element.js';
import { KulturFeedElement } from '../base/kultur-feed-element.js';
import { KulturSubmitFailedEvent } from '../events/kultur-submit-failed-event.js';
import { KulturSubmitSubmittedEvent } from '../events/kultur-submit-submitted-event.js';
import { webAddress } from '../format/web-address.js';
import { explainFailure } from '../i18n/explain-failure.js';
import { sharedTextsFor } from '../i18n/shared-texts.js';
import {
  areaField,
  choiceGroup,
  consentField,
  controlId,
  honeypot,
  inputField,
  selectField,
  type FieldView,
} from './submit-fields.js';
import {
  checkSubmitForm,
  inControlOrder,
  issueFor,
  lockedMunicipality,
  readSubmitForm,
  type SubmitIssue,
} from './submit-form.js';
import { submitTextsFor, type SubmitTexts } from './submit-texts.js';
import { contrastChecks, styles } from './kultur-submit.styles.js';

/** The custom states the element takes, for `kultur-submit:state(…)` in the page's CSS. */
export const SUBMIT_STATES = ['submitting', 'sent', 'invalid', 'error'] as const;
/** One of the custom states of `<kultur-submit>`. */
export type SubmitState = (typeof SUBMIT_STATES)[number];

/** The feed's refusals that are about the form as a whole, with the words that say what to do. */
type FormRefusal = 'tooSoon' | 'formExpired' | 'tooManyRequests' | 'waitingMails' | 'off';

/**
 * A form for cultural actors to send an event in to the Kultur feed from a municipal site, without an account. The
 * feed mails the sender a single-use link; once it is used, the event waits in the console's approval queue of its
 * municipality, and an editor publishes it. Checked as the feed checks it, with an error summary that links to each
 * field; the feed's refusals are shown at the fields they name. No cookies: the time trap against robots is a signed
 * token fetched when the form is first shown, and a honeypot field nobody sees.
 *
 * @customElement kultur-submit
 * @summary Lets a cultural actor send an event in for approval, confirmed by e-mail.
 *
 * @event kultur-submit-submitted - The feed took the event and mailed the sender the confirmation link. `detail: { title, answer }`.
 * @event kultur-submit-failed - Sending failed or the feed refused. `detail: { error }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart form - The form.
 * @csspart field - One field: label, hint, error message and control.
 * @csspart label - A field's label.
 * @csspart hint - A field's help text.
 * @csspart input - A text field, list, text area, box or radio button.
 * @csspart field-error - The message under a field that needs correcting.
 * @csspart error-summary - The list of fields to correct, at the top of the form.
 * @csspart submit-button - Sends the event.
 * @csspart message - A message in place of the form or above it: a failure, or the answer.
 * @csspart answer-title - The heading of the answer, which gets focus.
 *
 * @cssproperty --kultur-submit-gap - Space between fields. Falls back to `--kultur-space`.
 * @cssproperty --kultur-submit-field-background - Background of fields. Falls back to `--kultur-color-surface`.
 * @cssproperty --kultur-submit-field-border - Border of fields. Falls back to `--kultur-color-border`.
 * @cssproperty --kultur-submit-button-background - Background of the button. Falls back to `--kultur-color-accent`.
 * @cssproperty --kultur-submit-button-color - Text of the button. Falls back to `--kultur-color-on-accent`.
 * @cssproperty --kultur-submit-error-color - Error messages and invalid fields. Falls back to `--kultur-color-danger`.
 * @cssproperty --kultur-submit-success-color - The edge of the answer. Falls back to `--kultur-color-success`.
 *
 * @cssstate submitting - The event is being sent; the button is disabled.
 * @cssstate sent - The feed took the event; the answer asks the sender to check their e-mail.
 * @cssstate invalid - Fields need correcting.
 * @cssstate error - Sending failed or the feed refused the form as a whole; what was written is kept.
 */
export class KulturSubmitElement extends KulturFeedElement {
  static override properties: PropertyDeclarations = {
    municipality: {},
    privacyUrl: { attribute: 'privacy-url' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    issues: { state: true, attribute: false },
    summaryShown: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    online: { state: true, attribute: false },
    paid: { state: true, attribute: false },
    sentTo: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  static override styles = [KulturElement.baseStyles, buttonStyles, formStyles, styles];

  private get form(): HTMLFormElement | null {
    return this.renderRoot.querySelector('form');
  }

  /**
   * The municipality whose site the form stands on (`faxe`, `guldborgsund`, `lolland`, `naestved`, `stevns`,
   * `vordingborg`): events go to its calendar and the choice is not offered. Empty: the sender chooses.
   */
  municipality = '';
  /** The page with the privacy text (who the controller is, what is kept and for how long); linked by the consent box. */
  privacyUrl = '';
  /** Level of the answer's heading, 2 to 6; fit it to the page's outline. */
  headingLevel = 3;

  private issues: readonly SubmitIssue[] = [];
  private summaryShown = false;
  private sending = false;
  private online = false;
  private paid = false;
  /** The feed took the event; the sender's address, for the answer. */
  private sentTo: string | undefined = undefined;
  /** A failure the sender may retry (network, server), or the feed's refusal of the form as a whole. */
  private failure: { error: unknown; refusal: FormRefusal | undefined } | undefined = undefined;
  /** What a screen reader is told: sending, and the answer. */
  private announcement = '';

  /** The time trap: fetched when the form is first shown; a new one after the feed refuses an old one. */
  #formToken: Promise<string | undefined> | undefined;

  protected override firstUpdated(): void {
    this.#fetchToken();
  }

  protected override updated(): void {
    const states: Record<SubmitState, boolean> = {
      submitting: this.sending,
      sent: this.sentTo !== undefined,
      invalid: this.issues.length > 0,
      error: this.failure !== undefined,
    };
    this.setStates(states);
    if (this.form) this.checkContrastOnce(contrastChecks);
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#submit();
  }

  private handlePlace(event: Event): void {
    this.online = (event.target as HTMLInputElement).value === 'online';
  }

  private handlePrice(event: Event): void {
    this.paid = (event.target as HTMLInputElement).value === 'paid';
  }

  /** Leaving a field that has a message checks it again, so the message goes once the field is right. */
  private handleFocusOut(event: FocusEvent): void {
    const name = (event.target as HTMLInputElement).name;
    if (!name || !this.issues.some((issue) => issue.control === name)) return;
    const found = this.#check().find((issue) => issue.control === name);
    const others = this.issues.filter((issue) => issue.control !== name);
    this.issues = inControlOrder(found ? [...others, found] : others);
    if (!this.issues.length) this.summaryShown = false;
  }

  private handleSummaryLink(event: MouseEvent, control: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${controlId(control)}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }

  #fetchToken(): void {
    const client = this.feedClient;
    this.#formToken = submissionsOf(client)
      .formToken()
      .then(
        (answer) => answer.token,
        (error: unknown) => {
          this.reportFailure(error);
          return undefined;
        },
      );
  }

  #check(): SubmitIssue[] {
    return this.form ? checkSubmitForm(readSubmitForm(this.form, this.#locked() ?? '')) : [];
  }

  async #submit(): Promise<void> {
    const form = this.form;
    if (this.sending || !form) return;
    const read = readSubmitForm(form, this.#locked() ?? '');
    const issues = checkSubmitForm(read);
    if (issues.length) return this.#showIssues(issues);
    this.issues = [];
    this.summaryShown = false;
    this.failure = undefined;
    this.sending = true;
    this.announcement = this.#t.sending;
    let answer: SubmissionAnswer;
    try {
      // A token that could not be fetched when the form was shown is asked for once more now.
      const formToken = (await this.#formToken) ?? (await submissionsOf(this.feedClient).formToken()).token;
      answer = await submissionsOf(this.feedClient).send({ ...read.request, formToken });
    } catch (error) {
      this.sending = false;
      this.announcement = '';
      return this.#failed(error);
    }
    this.sending = false;
    this.sentTo = read.request.submitter.email;
    this.announcement = this.#t.sentText(this.sentTo);
    // Made apart from dispatchEvent(): the manifest analyzer reads `dispatchEvent(new X(a))` as an event named `a`.
    const done = new KulturSubmitSubmittedEvent(read.request.event.title, answer);
    this.dispatchEvent(done);
    await this.#focus('.answer-title');
  }

  async #failed(error: unknown): Promise<void> {
    const failed = new KulturSubmitFailedEvent(error);
    this.dispatchEvent(failed);
    const problem = isKulturError(error, 'KulturHttpError') ? error.problem : undefined;
    const kind = problemKindOf(problem?.type);
    if (kind === 'invalid-body' && problem?.errors?.length) {
      return this.#showIssues(inControlOrder(problem.errors.map((field) => issueFor(field.path, field.code))));
    }
    const refusal = this.#refusalOf(kind, problem?.detail ?? '');
    // A token too old (or not the feed's) is replaced; one too new only has to age, so the next press goes through.
    if (refusal === 'formExpired') this.#fetchToken();
    if (!refusal) this.reportFailure(error);
    this.failure = { error, refusal };
    await this.#focus('.submit-error');
  }

  #refusalOf(kind: string | undefined, detail: string): FormRefusal | undefined {
    switch (kind) {
      case 'form-sent-too-soon':
        return 'tooSoon';
      case 'form-token-invalid':
        return 'formExpired';
      case 'submissions-off':
        return 'off';
      case 'too-many-requests':
        // The feed's words tell the two limits apart: the sender's address, or this connection.
        return /confirmation mails/.test(detail) ? 'waitingMails' : 'tooManyRequests';
      default:
        return undefined;
    }
  }

  async #showIssues(issues: readonly SubmitIssue[]): Promise<void> {
    this.issues = issues;
    this.summaryShown = true;
    await this.#focus('.error-summary');
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #locked() {
    return lockedMunicipality(
      this.municipality,
      MUNICIPALITIES.map((item) => item.id),
    );
  }

  get #t(): SubmitTexts {
    return submitTextsFor(this.language);
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base">
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${this.sentTo === undefined ? this.#renderForm() : this.#renderAnswer(this.sentTo)}
    </div>`;
  }

  #renderAnswer(email: string): TemplateResult {
    const t = this.#t;
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    return html`<div part="message" class="message answer">
      <div part="answer-title" class="answer-title" role="heading" aria-level=${level} tabindex="-1">
        ${t.sentTitle}
      </div>
      <p>${t.sentText(email)}</p>
      <p>${t.sentNoMail}</p>
    </div>`;
  }

  #renderFailure(t: SubmitTexts): TemplateResult | typeof nothing {
    if (!this.failure) return nothing;
    const { error, refusal } = this.failure;
    const why = refusal ? t[refusal] : explainFailure(failureKindOf(error), sharedTextsFor(this.language));
    return html`<div part="message" class="message error submit-error" role="alert" tabindex="-1">
      <p>${t.submitFailed} ${why} ${t.inputKept}</p>
    </div>`;
  }

  #renderSummary(view: FieldView, labels: Readonly<Record<string, string>>): TemplateResult | typeof nothing {
    if (!this.summaryShown || !this.issues.length) return nothing;
    return html`<div part="error-summary" class="error-summary" role="alert" tabindex="-1">
      <p class="summary-title">${view.t.summaryTitle}</p>
      <ul>
        ${this.issues.map((issue) => {
          const label = labels[issue.control];
          const message = `${label ? `${label}: ` : ''}${view.t.messages[issue.message]}`;
          return html`<li>
            ${
              label
                ? html`<a
                    href="#${controlId(issue.control)}"
                    @click=${(event: MouseEvent) => this.handleSummaryLink(event, issue.control)}
                    >${message}</a
                  >`
                : message
            }
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #renderForm(): TemplateResult {
    const t = this.#t;
    const language = this.language;
    const view: FieldView = { t, issues: this.issues };
    const locked = this.#locked();
    const shared = sharedTextsFor(language);
    const labels: Record<string, string> = {
      'event.title': t.title,
      'event.summary': t.summary,
      'event.description': t.description,
      'start-date': t.startDate,
      'start-time': t.startTime,
      'end-date': t.endDate,
      'end-time': t.endTime,
      'event.venue.name': t.venueName,
      'event.venue.address': t.venueAddress,
      'event.venue.postalCode': t.postalCode,
      'event.venue.city': t.city,
      'event.online.url': t.onlineUrl,
      'event.municipality': t.municipality,
      'event.categories': t.categories,
      'event.audience': t.audience,
      'event.organizer.name': t.organizerName,
      'event.organizer.url': t.organizerUrl,
      'event.price': t.amount,
      'submitter.name': t.name,
      'submitter.email': t.email,
      'submitter.phone': t.phone,
      consent: t.consent,
    };
    const municipality = locked
      ? html`<p class="fixed">${t.municipalityFixed(MUNICIPALITIES.find((m) => m.id === locked)!.name[language])}</p>`
      : selectField(
          view,
          'event.municipality',
          t.municipality,
          MUNICIPALITIES.map((m) => ({ value: m.id, text: m.name[language] })),
          t.chooseMunicipality,
        );
    return html`
      <p class="intro">${t.intro}</p>
      ${this.#renderFailure(t)}
      <form
        part="form"
        class="form"
        novalidate
        aria-label=${t.formLabel}
        @submit=${this.handleSubmit}
        @focusout=${this.handleFocusOut}
      >
        ${this.#renderSummary(view, labels)}
        <fieldset class="section">
          <legend class="section-title">${t.aboutEvent}</legend>
          ${inputField(view, 'event.title', t.title)}
          ${areaField(view, 'event.summary', t.summary, { hint: t.summaryHint, rows: 2 })}
          ${areaField(view, 'event.description', t.description, { hint: t.descriptionHint, optional: true, rows: 6 })}
          ${choiceGroup(
            view,
            'event.categories',
            t.categories,
            CATEGORIES.map((c) => ({ value: c.id, text: c.name[language] })),
            { several: true, hint: t.categoriesHint },
          )}
          ${choiceGroup(
            view,
            'event.audience',
            t.audience,
            AUDIENCE_IDS.map((id) => ({ value: id, text: t.audiences[id] })),
            { several: true, hint: t.audienceHint },
          )}
        </fieldset>
        <fieldset class="section">
          <legend class="section-title">${t.when}</legend>
          ${inputField(view, 'start-date', t.startDate, { type: 'date' })}
          ${inputField(view, 'start-time', t.startTime, { type: 'time' })}
          ${inputField(view, 'end-time', t.endTime, { type: 'time' })}
          ${inputField(view, 'end-date', t.endDate, { type: 'date', optional: true, hint: t.endDateHint })}
        </fieldset>
        <fieldset class="section">
          <legend class="section-title">${t.where}</legend>
          ${choiceGroup(
            view,
            'place',
            t.placeKind,
            [
              { value: 'venue', text: t.atVenue, checked: !this.online },
              { value: 'online', text: t.online, checked: this.online },
            ],
            { several: false, onChange: (event) => this.handlePlace(event) },
          )}
          ${
            this.online
              ? inputField(view, 'event.online.url', t.onlineUrl, { type: 'url', hint: t.onlineUrlHint })
              : html`${inputField(view, 'event.venue.name', t.venueName)}
                ${inputField(view, 'event.venue.address', t.venueAddress, { autocomplete: 'street-address' })}
                ${inputField(view, 'event.venue.postalCode', t.postalCode, {
                  autocomplete: 'postal-code',
                  inputmode: 'numeric',
                })}
                ${inputField(view, 'event.venue.city', t.city, { autocomplete: 'address-level2' })}`
          }
          ${municipality}
        </fieldset>
        <fieldset class="section">
          <legend class="section-title">${t.aboutOrganizer}</legend>
          ${inputField(view, 'event.organizer.name', t.organizerName, { hint: t.organizerNameHint })}
          ${inputField(view, 'event.organizer.url', t.organizerUrl, { type: 'url', optional: true })}
          ${choiceGroup(
            view,
            'price-kind',
            t.price,
            [
              { value: 'free', text: t.free, checked: !this.paid },
              { value: 'paid', text: t.paid, checked: this.paid },
            ],
            { several: false, onChange: (event) => this.handlePrice(event) },
          )}
          ${this.paid ? inputField(view, 'event.price', t.amount, { inputmode: 'numeric' }) : nothing}
        </fieldset>
        <fieldset class="section">
          <legend class="section-title">${t.aboutYou}</legend>
          ${inputField(view, 'submitter.name', t.name, { autocomplete: 'name' })}
          ${inputField(view, 'submitter.email', t.email, { type: 'email', autocomplete: 'email', hint: t.emailHint })}
          ${inputField(view, 'submitter.phone', t.phone, { type: 'tel', autocomplete: 'tel', optional: true })}
        </fieldset>
        ${consentField(view, webAddress(this.privacyUrl), shared.opensNewWindow)} ${honeypot()}
        <button
          part="submit-button"
          class="button submit"
          type="submit"
          ?disabled=${this.sending}
          aria-busy=${this.sending ? 'true' : 'false'}
        >
          ${this.sending ? t.submitting : t.submit}
        </button>
      </form>
    `;
  }
}
