import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
// The values from their own modules, not the SDK's index: that one exports the zod schemas too, and importing it
// would make the form's chunk load them (and zod) with the form, not only when something is refused (issue 21).
import { failureKindOf } from '../../sdk/errors/failure-kind.js';
import type { KulturEvent, Municipality, Question, SignupRequest } from '../../sdk/index.js';
import { boneStyles } from '../base/bone-styles.js';
import { buttonStyles } from '../base/button-styles.js';
import { formStyles } from '../base/form-styles.js';
import { KulturElement } from '../base/kultur-element.js';
import { KulturFeedElement } from '../base/kultur-feed-element.js';
import { FeedTask } from '../controllers/feed-task.js';
import { formatWhen } from '../format/event-format.js';
import { explainFailure } from '../i18n/explain-failure.js';
import { sharedTextsFor, type SharedTexts } from '../i18n/shared-texts.js';
import { inFormOrder, issueOf, type FormIssue } from './form-issues.js';
import { answerPath } from './answer-path.js';
import { readSignupForm } from './read-signup-form.js';
import {
  commentField,
  consentField,
  controlId,
  errorSummary,
  formSkeleton,
  honeypot,
  municipalityField,
  seatsField,
  shownFields,
  field,
  type FormView,
} from './signup-fields.js';
import { availabilityOf, closedByRefusal, type Availability, type ClosedReason } from './signup-availability.js';
import { signupTextsFor, type SignupTexts } from './signup-texts.js';
import { SignupSubmission, type Answered } from './signup-submission.js';
import { contrastChecks, styles } from './kultur-signup.styles.js';

/** The custom states the element takes, for `kultur-signup:state(…)` in the page's CSS. */
export const SIGNUP_STATES = [
  'loading',
  'open',
  'full',
  'closed',
  'submitting',
  'confirmed',
  'waitlisted',
  'error',
  'invalid',
] as const;
/** One of the custom states of `<kultur-signup>`. */
export type SignupState = (typeof SIGNUP_STATES)[number];

/** The retention the feed applies unless its operator sets `KULTUR_RETENTION_DAYS`. */
const DEFAULT_RETENTION_DAYS = 30;

interface Loaded {
  event: KulturEvent;
  /** For the municipality list; undefined when not asked for or not loaded (the field is then free text). */
  municipalities: Municipality[] | undefined;
}

type QuestionParts = typeof import('./question-fields.js');

/** The questions `event` asks in its own signup form. */
function questionsOf(event: KulturEvent): readonly Question[] {
  const { signup } = event;
  return (signup?.mode === 'internal' && signup.questions) || [];
}

/**
 * The signup form for one event of the Kultur feed: the fields the event asks for, checked as people leave them and
 * again on sending, with an error summary that links to each field. Full events take people onto the waitlist and
 * say what that means. Sending is safe to repeat: a retry carries the same `Idempotency-Key`, so nobody is signed up
 * twice.
 *
 * @customElement kultur-signup
 * @summary Signs people up for an event of Kulturregion Storstrøm, with waitlist, consent and retention.
 *
 * @event kultur-signup-submit - The fields passed the checks and the signup is about to be sent; cancelable (nothing is sent). `detail: { eventId, input }`.
 * @event kultur-signup-submitted - The feed took the signup. `detail: { eventId, signup }`, with `signup.status` `confirmed` or `waitlisted`.
 * @event kultur-signup-failed - Sending failed or the feed refused. `detail: { eventId, error }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart form - The signup form.
 * @csspart field - One field: label, hint, error message and control.
 * @csspart label - A field's label.
 * @csspart hint - A field's help text.
 * @csspart input - A text field, list, text area or the consent box.
 * @csspart field-error - The message under a field that needs correcting.
 * @csspart error-summary - The list of fields to correct, at the top of the form.
 * @csspart submit-button - Sends the signup.
 * @csspart retry-button - Tries again after a failure: loading the event, or sending with the same key.
 * @csspart message - A message in place of the form: loading, closed, failed, or the answer.
 * @csspart answer-title - The heading of the answer (confirmed or waitlisted), which gets focus.
 *
 * @cssproperty --kultur-signup-gap - Space between fields. Falls back to `--kultur-space`.
 * @cssproperty --kultur-signup-field-background - Background of fields. Falls back to `--kultur-color-surface`.
 * @cssproperty --kultur-signup-field-border - Border of fields. Falls back to `--kultur-color-border`.
 * @cssproperty --kultur-signup-button-background - Background of buttons. Falls back to `--kultur-color-accent`.
 * @cssproperty --kultur-signup-button-color - Text of buttons. Falls back to `--kultur-color-on-accent`.
 * @cssproperty --kultur-signup-error-color - Error messages and invalid fields. Falls back to `--kultur-color-danger`.
 * @cssproperty --kultur-signup-success-color - The edge of a confirmed answer. Falls back to `--kultur-color-success`.
 *
 * @cssstate loading - The event is being fetched.
 * @cssstate open - The form is shown and seats are left.
 * @cssstate full - The form is shown and puts people on the waitlist.
 * @cssstate closed - No form: not open yet, past the deadline, cancelled, full without a waitlist, or no signup here.
 * @cssstate submitting - The signup is being sent; the button is disabled.
 * @cssstate confirmed - The feed confirmed a seat.
 * @cssstate waitlisted - The feed put the person on the waitlist.
 * @cssstate error - Loading the event or sending the signup failed; a retry is offered.
 * @cssstate invalid - Fields need correcting.
 */
export class KulturSignupElement extends KulturFeedElement {
  static override properties: PropertyDeclarations = {
    eventId: { attribute: 'event-id' },
    fields: {},
    privacyUrl: { attribute: 'privacy-url' },
    privacyVersion: { attribute: 'privacy-version' },
    retentionDays: { type: Number, attribute: 'retention-days' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    issues: { state: true, attribute: false },
    summaryShown: { state: true, attribute: false },
    checking: { state: true, attribute: false },
  };

  static override styles = [KulturElement.baseStyles, boneStyles, buttonStyles, formStyles, styles];

  readonly #event = new FeedTask<Loaded>(this);
  readonly #submission = new SignupSubmission(this);

  private get form(): HTMLFormElement | null {
    return this.renderRoot.querySelector('form');
  }

  /** The id of the event to sign up for. */
  eventId = '';
  /**
   * The optional fields to ask for, space- or comma-separated: `phone organization municipality comment`. Empty asks
   * what the event asks for; `none` asks for name and e-mail alone. Only fields the event asks for are ever shown:
   * the feed keeps nothing else.
   */
  fields = '';
  /** The page with the privacy text (who the controller is, what is kept and for how long); linked by the consent box. */
  privacyUrl = '';
  /** The version of that privacy text, recorded with each signup; without it the feed records its current one. */
  privacyVersion = '';
  /** Days after the event that signups are deleted, as the feed is set up (`KULTUR_RETENTION_DAYS`). */
  retentionDays: number = DEFAULT_RETENTION_DAYS;
  /** Level of the answer's heading, 2 to 6; fit it to the page's outline. */
  headingLevel = 3;

  /** The fields that need correcting, in form order. */
  private issues: readonly FormIssue[] = [];
  /** Whether the summary is shown: after a send with issues, until they are all corrected. */
  private summaryShown = false;
  /**
   * The form is being checked before it is sent: the button says "sending" at once, since the check may first load its
   * code (a chunk of its own) and a second click must not send twice.
   */
  private checking = false;
  /** The code for an event's questions, loaded with the first event that asks any (question-fields.ts). */
  #questionParts: QuestionParts | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the load was aborted on the way out, so run it again.
    if (this.hasUpdated && this.#event.status === 'idle') void this.#load();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another event: the form's messages go (and the submission forgets what it kept, see SignupSubmission).
    if (changed.has('eventId')) {
      this.issues = [];
      this.summaryShown = false;
    }
    const inputs = ['eventId', 'fields', 'api', 'client', 'providedClient'];
    if (!this.hasUpdated || inputs.some((key) => changed.has(key))) void this.#load();
  }

  protected override updated(): void {
    const availability = this.#availability();
    const form = availability?.kind === 'open' || availability?.kind === 'full';
    const { sending, answered, error } = this.#submission;
    const states: Record<SignupState, boolean> = {
      loading: this.#event.status === 'loading',
      open: form && availability.kind === 'open',
      full: form && availability.kind === 'full',
      closed: availability?.kind === 'closed',
      submitting: sending || this.checking,
      confirmed: answered?.signup.status === 'confirmed',
      waitlisted: answered?.signup.status === 'waitlisted',
      error: (this.#event.status === 'error' && !this.#event.value) || error !== undefined,
      invalid: form && this.issues.length > 0,
    };
    this.setStates(states);
    // On the first form shown: the colours the page's tokens produced, checked where they are used.
    if (this.form) this.checkContrastOnce(contrastChecks);
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#submit();
  }

  private handleRetrySubmit(): void {
    void this.#submit();
  }

  private handleRetryLoad(): void {
    void this.#load();
  }

  /** Leaving a field checks it; an empty field is left alone until sending, so tabbing through does not scold. */
  private handleFocusOut(event: FocusEvent): void {
    const control = event.target as HTMLInputElement;
    if (!control.name || control.name === 'website') return;
    // A group of boxes or radio buttons is empty while none in it is chosen (tabbing through one chooses nothing).
    const empty =
      control.type === 'checkbox' || control.type === 'radio'
        ? !this.form?.querySelector(`[name="${control.name}"]:checked`)
        : !control.value.trim();
    if (empty && !issueOf(this.issues, control.name)) return;
    void this.#recheck(control.name);
  }

  /** Typing in a field that has a message clears it as soon as the field is right; new complaints wait for blur. */
  private handleInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    if (!issueOf(this.issues, control.name)) return;
    void this.#recheck(control.name, { onlyClear: true });
  }

  private handleSummaryLink(event: MouseEvent, path: string): void {
    event.preventDefault();
    const control = this.renderRoot.querySelector<HTMLElement>(`#${controlId(path)}`);
    control?.scrollIntoView({ block: 'center' });
    control?.focus();
  }

  async #load(cache = true): Promise<void> {
    const client = this.feedClient;
    const { eventId } = this;
    const wanted = this.fields;
    await this.#event.run(async (signal) => {
      const event = await client.events.get(eventId, { signal, cache });
      const asks = shownFields(event, wanted).includes('municipality');
      const [municipalities] = await Promise.all([
        // Without the list, the municipality is asked as free text: no reason to keep someone from signing up.
        asks ? client.municipalities({ signal }).catch(() => undefined) : undefined,
        // The form shows once its questions' code is in.
        questionsOf(event).length ? this.#loadQuestionParts() : undefined,
      ]);
      return { event, municipalities };
    });
    if (this.#event.status === 'error') this.reportFailure(this.#event.error);
  }

  /**
   * The form as a signup, and what the feed would refuse in it (only fields the form shows can be blamed); with `field`,
   * at least that field's issues. A form the feed would take loads no zod: the schemas word only what is refused.
   */
  async #checkForm(field?: string): Promise<FormIssue[]> {
    if (!this.form) return [];
    const questions = this.#questions();
    const input = readSignupForm(this.form, this.privacyVersion, this.#answersReader());
    const seats = Number(new FormData(this.form).get('seats') ?? 1);
    const answerIssues = questions.length ? this.#questionParts!.checkAnswers(input.answers, questions) : [];
    // The checks' code loads the first time a field is checked: showing the form does not wait for it (issue 21).
    const { signupIssuesOf } = await import('../../sdk/signup-checks.js');
    const issues: FormIssue[] = [...(await signupIssuesOf(input, field)), ...answerIssues];
    if (seats > this.#maxSeats() && !issues.some((issue) => issue.path === 'seats')) {
      issues.push({ path: 'seats', code: 'too-many-seats' });
    }
    return this.#inFormOrder(issues);
  }

  /** Updates one field's message from a fresh check, leaving the others as they are; `onlyClear` adds no new one. */
  async #recheck(name: string, { onlyClear = false } = {}): Promise<void> {
    const found = (await this.#checkForm(name)).find((issue) => issue.path === name);
    if (found && onlyClear) return;
    const others = this.issues.filter((issue) => issue.path !== name);
    this.issues = this.#inFormOrder(found ? [...others, found] : others);
    if (!this.issues.length) this.summaryShown = false;
  }

  async #submit(): Promise<void> {
    const form = this.form;
    if (this.#submission.sending || this.checking || !form) return;
    this.checking = true;
    let issues: FormIssue[];
    try {
      issues = await this.#checkForm();
    } finally {
      this.checking = false;
    }
    if (issues.length) {
      await this.#showIssues(issues);
      return;
    }
    this.issues = [];
    this.summaryShown = false;
    const input = readSignupForm(form, this.privacyVersion, this.#answersReader()) as SignupRequest;
    const outcome = await this.#submission.send(input, this.feedClient, this.#t.sending);
    switch (outcome.kind) {
      case 'sent':
        return this.#focus('.answer-title');
      case 'invalid':
        // The event changed since it was loaded: fetch it again, so the form and the message say what holds now.
        if (outcome.changed) void this.#load(false);
        return this.#showIssues(this.#inFormOrder(outcome.issues));
      case 'closed':
        // The event has changed since it was loaded; fetch it again for the dates the message names.
        void this.#load(false);
        return this.#focus('.closed');
      case 'failed':
        this.reportFailure(this.#submission.error);
        return this.#focus('.submit-error');
    }
  }

  async #showIssues(issues: readonly FormIssue[]): Promise<void> {
    this.issues = issues;
    this.summaryShown = true;
    await this.#focus('.error-summary');
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #availability(): Availability | undefined {
    const event = this.#event.value?.event;
    if (!event) return undefined;
    const { refusal } = this.#submission;
    return refusal ? closedByRefusal(event, refusal) : availabilityOf(event, Date.now());
  }

  /** The event's own questions; none while it loads or when it asks none. */
  #questions(): readonly Question[] {
    const loaded = this.#event.value;
    return loaded ? questionsOf(loaded.event) : [];
  }

  async #loadQuestionParts(): Promise<void> {
    this.#questionParts ??= await import('./question-fields.js');
  }

  /** How the form's answers are read: by the questions' code, for an event that asks any. */
  #answersReader(): ((data: FormData) => Record<string, unknown>) | undefined {
    const questions = this.#questions();
    const parts = this.#questionParts;
    return questions.length && parts ? (data) => parts.readAnswersOf(data, questions) : undefined;
  }

  #inFormOrder(issues: readonly FormIssue[]): FormIssue[] {
    return inFormOrder(issues, this.#questions().map(answerPath));
  }

  #maxSeats(): number {
    const signup = this.#event.value?.event.signup;
    return signup?.mode === 'internal' ? signup.maxSeatsPerSignup : 1;
  }

  get #t(): SignupTexts {
    return signupTextsFor(this.language);
  }

  get #shared(): SharedTexts {
    return sharedTextsFor(this.language);
  }

  get #level(): number {
    return Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
  }

  override render(): TemplateResult {
    const { announcement } = this.#submission;
    return html`
      <div part="base" class="base">
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${announcement}</p>
        ${this.#renderContent()}
      </div>
    `;
  }

  #renderContent(): TemplateResult | typeof nothing {
    const t = this.#t;
    const loaded = this.#event.value;
    const { answered } = this.#submission;
    if (answered) return this.#renderAnswer(t, answered);
    if (!loaded) {
      if (this.#event.status === 'error') {
        return html`<div part="message" class="message error" role="alert">
          <p>${t.loadFailed} ${explainFailure(failureKindOf(this.#event.error), this.#shared)}</p>
          <button part="retry-button" class="button" type="button" @click=${this.handleRetryLoad}>
            ${this.#shared.retry}
          </button>
        </div>`;
      }
      return formSkeleton(t);
    }
    const availability = this.#availability()!;
    if (availability.kind === 'closed') return this.#renderClosed(t, availability);
    return this.#renderForm(t, loaded, availability);
  }

  #renderClosed(t: SignupTexts, closed: Availability & { kind: 'closed' }): TemplateResult {
    const when = closed.at ? formatWhen({ start: closed.at, end: closed.at, allDay: false }, this.language) : '';
    const texts: Record<ClosedReason, string> = {
      cancelled: t.closedCancelled,
      'no-signup': t.closedNoSignup,
      external: t.closedExternal,
      'not-open': when ? t.closedNotOpen(when) : t.closedNotOpenYet,
      past: when ? t.closedPast(when) : t.closedPastNow,
      full: t.closedFull,
      'not-found': this.#shared['not-found'],
    };
    const link = closed.url
      ? html` <a href=${closed.url} target="_blank" rel="noopener"
          >${this.#shared.signUpExternal}<span class="visually-hidden"> ${this.#shared.opensNewWindow}</span></a
        >`
      : nothing;
    return html`<div part="message" class="message closed" tabindex="-1"><p>${texts[closed.reason]}${link}</p></div>`;
  }

  #renderAnswer(t: SignupTexts, { signup, email, seats }: Answered): TemplateResult {
    const confirmed = signup.status === 'confirmed';
    const title = confirmed
      ? t.confirmedTitle
      : signup.waitlistPosition
        ? t.waitlistedTitle(signup.waitlistPosition)
        : t.waitlistedTitleNoPosition;
    return html`<div part="message" class="message answer ${signup.status}">
      <div part="answer-title" class="answer-title" role="heading" aria-level=${this.#level} tabindex="-1">
        ${title}
      </div>
      <p>${confirmed ? t.confirmedText(email, seats) : t.waitlistedText(email)}</p>
      <p>${confirmed ? t.confirmedCancel : t.waitlistedCancel}</p>
    </div>`;
  }

  #renderForm(t: SignupTexts, loaded: Loaded, availability: Availability & { kind: 'open' | 'full' }) {
    const { event } = loaded;
    const shown = shownFields(event, this.fields);
    const full = availability.kind === 'full';
    const max = availability.signup.maxSeatsPerSignup;
    const sending = this.#submission.sending || this.checking;
    const view: FormView = { t, issues: this.issues, maxSeats: this.#maxSeats() };
    const questions = this.#questions();
    const controls = [
      'name',
      'email',
      ...shown,
      ...questions.map(answerPath),
      ...(max > 1 ? ['seats'] : []),
      'consent',
    ];
    const labels = new Map(questions.map((question) => [answerPath(question), question.label]));
    const privacy = {
      retentionDays: Math.max(1, Math.trunc(this.retentionDays) || DEFAULT_RETENTION_DAYS),
      privacyUrl: this.privacyUrl,
      opensNewWindow: this.#shared.opensNewWindow,
    };
    return html`
      <p class="availability">${full ? t.fullIntro : this.#shared.seatsLeft(availability.signup.available)}</p>
      ${this.#submission.error === undefined ? nothing : this.#renderSubmitError(t)}
      <form
        part="form"
        class="form"
        novalidate
        aria-label=${t.formLabel(event.title)}
        @submit=${this.handleSubmit}
        @focusout=${this.handleFocusOut}
        @input=${this.handleInput}
        @change=${this.handleInput}
      >
        ${
          this.summaryShown && this.issues.length
            ? errorSummary(view, controls, (event, path) => this.handleSummaryLink(event, path), labels)
            : nothing
        }
        ${field(view, 'name', t.labelName, { type: 'text', autocomplete: 'name' })}
        ${field(view, 'email', t.labelEmail, { type: 'email', autocomplete: 'email', hint: t.hintEmail })}
        ${shown.includes('phone') ? field(view, 'phone', t.labelPhone, { type: 'tel', autocomplete: 'tel', optional: true }) : nothing}
        ${
          shown.includes('organization')
            ? field(view, 'organization', t.labelOrganization, {
                type: 'text',
                autocomplete: 'organization',
                optional: true,
              })
            : nothing
        }
        ${shown.includes('municipality') ? municipalityField(view, loaded.municipalities, this.language) : nothing}
        ${shown.includes('comment') ? commentField(view) : nothing}
        ${questions.length ? this.#questionParts!.questionFields(view, questions) : nothing}
        ${max > 1 ? seatsField(view, max) : nothing} ${consentField(view, privacy)} ${honeypot()}
        <button
          part="submit-button"
          class="button submit"
          type="submit"
          ?disabled=${sending}
          aria-busy=${sending ? 'true' : 'false'}
        >
          ${sending ? t.submitting : full ? t.submitWaitlist : t.submit}
        </button>
      </form>
    `;
  }

  #renderSubmitError(t: SignupTexts): TemplateResult {
    const { error } = this.#submission;
    const sending = this.#submission.sending || this.checking;
    const kind = failureKindOf(error);
    const why = kind === 'busy' ? t.tooManyRequests : explainFailure(kind, this.#shared);
    return html`<div part="message" class="message error submit-error" role="alert" tabindex="-1">
      <p>${t.submitFailed} ${why} ${t.inputKept}</p>
      <button part="retry-button" class="button" type="button" ?disabled=${sending} @click=${this.handleRetrySubmit}>
        ${this.#shared.retry}
      </button>
    </div>`;
  }
}
