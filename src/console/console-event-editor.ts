import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CATEGORIES, MUNICIPALITIES } from '../contract/reference-data.js';
import { AUDIENCE_IDS, SIGNUP_FIELDS, type EventInput, type Venue } from '../contract/schema.js';
import { isKulturError, type ConsoleEventDetail } from '../sdk/publishing/index.js';
import { ConsoleElement } from './console-element.js';
import { consoleStyles } from './console-styles.js';
import { consoleTextsFor } from './console-texts.js';
import { editorTextsFor, type EditorTexts } from './editor-texts.js';
import {
  emptyForm,
  formFromInput,
  formIssues,
  inputFromForm,
  movedToDay,
  serverIssues,
  type EventForm,
  type FieldName,
  type FormIssue,
} from './event-form.js';
import './console-change-log.js';
import { messageTextsFor } from './message-texts.js';
import './console-preview.js';
import './console-questions.js';
import { submittedBy } from './submitted-by.js';

declare global {
  interface HTMLElementTagNameMap {
    'console-event-editor': ConsoleEventEditorElement;
  }
}

/** The fields that hold several ticked values. */
const GROUPS = new Set<FieldName>(['categories', 'audience', 'signupFields']);
/** The single checkboxes. */
const SWITCHES = new Set<FieldName>(['allDay', 'hasVenue', 'hasOnline', 'waitlist']);

/** An action that needs a second step: a reason, or the series' settings. */
type Pending = 'reject' | 'cancel' | 'series' | 'delete' | 'copy' | null;

/**
 * The event editor: every field of the contract in staff's words, Danish local time, a venue picker and a new venue
 * whose municipality is found from its postal code, picture upload with its text for screen readers, the signup
 * settings, the preview, the change log and the actions the person's role allows (the feed enforces them anyway).
 * A refused form shows an error summary at the top that links to each field.
 *
 * @summary Creates and edits an event in the console.
 */
export class ConsoleEventEditorElement extends ConsoleElement {
  static override styles = [
    ConsoleElement.baseStyles,
    consoleStyles,
    css`
      .layout {
        display: grid;
        gap: 0 2em;
      }
      @media (min-width: 75em) {
        .layout {
          grid-template-columns: minmax(0, 40em) minmax(0, 1fr);
        }
      }
      .picture img {
        max-width: 100%;
        height: auto;
        max-height: 12em;
      }
      .second-step {
        border: 2px solid var(--_color-accent);
        padding: 0.75em 1em;
        margin: 1em 0;
        max-width: 40em;
      }
    `,
  ];

  /** The event to edit; empty for a new one. */
  @property({ attribute: 'event-id' }) eventId = '';

  /** The form as the person has filled it in. */
  @state() form: EventForm = emptyForm();
  /** What the feed holds of the event; undefined for a new one. */
  @state() detail: ConsoleEventDetail | undefined;
  @state() private issues: FormIssue[] = [];
  @state() private busy = false;
  @state() private loadState: 'loading' | 'ready' | 'error' = 'ready';
  @state() private venues: Venue[] = [];
  @state() private placeNote = '';
  @state() private pictureNote = '';
  @state() private message = '';
  @state() private pending: Pending = null;
  @state() private previewInput: EventInput | undefined;
  #focusAfterLoad = false;

  private get t(): EditorTexts {
    return editorTextsFor(this.language);
  }

  private get personRole() {
    return this.session?.person.role ?? 'organiser';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Moved to the event it shows already (it has just created or copied it): loading it again would only wipe the
    // message that says what happened.
    const showing = changed.has('eventId') && this.eventId !== '' && this.detail?.id === this.eventId;
    if ((changed.has('eventId') && !showing) || (changed.has('client') && this.client)) void this.load();
  }

  /** Loads the event (or starts a new form) and the venues used before. */
  async load(): Promise<void> {
    if (!this.client) return;
    this.issues = [];
    this.message = '';
    this.placeNote = '';
    this.pictureNote = '';
    this.pending = null;
    void this.client.workbench.venues().then(
      (venues) => (this.venues = venues),
      () => (this.venues = []),
    );
    if (!this.eventId) {
      this.detail = undefined;
      this.form = emptyForm();
      if (this.personRole === 'editor' && this.session?.person.municipalities.length === 1) {
        this.form = { ...this.form, municipality: this.session.person.municipalities[0]! };
      }
      this.previewInput = undefined;
      this.loadState = 'ready';
      return;
    }
    this.loadState = 'loading';
    try {
      this.show(await this.client.workbench.get(this.eventId));
      this.loadState = 'ready';
    } catch {
      this.loadState = 'error';
    }
    if (this.#focusAfterLoad) {
      this.#focusAfterLoad = false;
      await this.updateComplete;
      super.focusHeading();
    }
  }

  /** While the event loads, the heading focused is the loading one: focus moves on to the real one when it is shown. */
  override focusHeading(): void {
    if (this.loadState === 'loading') this.#focusAfterLoad = true;
    super.focusHeading();
  }

  private show(detail: ConsoleEventDetail): void {
    this.detail = detail;
    this.form = formFromInput(detail.input as EventInput);
    this.previewInput = inputFromForm(this.form);
  }

  private handleQuestions(event: CustomEvent<EventForm['questions']>): void {
    this.form = { ...this.form, questions: event.detail };
    this.previewInput = inputFromForm(this.form);
  }

  private handleInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = target.name as FieldName;
    if (!name || !(name in this.form) || target.type === 'file') return;
    let value: unknown = target.value;
    if (GROUPS.has(name)) {
      const list = new Set(this.form[name] as string[]);
      if ((target as HTMLInputElement).checked) list.add(target.value);
      else list.delete(target.value);
      value = [...list];
    } else if (SWITCHES.has(name)) {
      value = (target as HTMLInputElement).checked;
    }
    this.form = { ...this.form, [name]: value };
    if (name === 'venuePostalCode' && event.type === 'change') void this.lookUpPlace(target.value.trim());
    if (event.type === 'change') this.previewInput = inputFromForm(this.form);
  }

  private async lookUpPlace(postalCode: string): Promise<void> {
    if (!/^\d{4}$/.test(postalCode) || !this.client) return;
    try {
      const place = await this.client.workbench.place(postalCode);
      if (this.form.venuePostalCode.trim() !== postalCode) return;
      if (!place) {
        this.placeNote = this.t.placeOutside;
      } else {
        const name = MUNICIPALITIES.find((m) => m.id === place.municipality)?.name[this.language] ?? place.municipality;
        this.form = {
          ...this.form,
          municipality: place.municipality,
          venueCity: this.form.venueCity || place.town || '',
        };
        this.placeNote = this.t.placeFound(name);
      }
      this.announce(this.placeNote);
    } catch {
      this.placeNote = '';
    }
  }

  private handleVenuePick(event: Event): void {
    const index = Number((event.target as HTMLSelectElement).value);
    const venue = this.venues[index];
    if (!venue) return;
    this.form = {
      ...this.form,
      hasVenue: true,
      venueName: venue.name,
      venueAddress: venue.address,
      venuePostalCode: venue.postalCode,
      venueCity: venue.city,
      venueLat: venue.lat,
      venueLng: venue.lng,
    };
    this.previewInput = inputFromForm(this.form);
    void this.lookUpPlace(venue.postalCode);
  }

  private async handlePicture(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file || !this.client) return;
    this.pictureNote = this.t.uploading;
    try {
      const picture = await this.client.images.upload(file);
      this.form = { ...this.form, imageUrl: picture.url };
      this.previewInput = inputFromForm(this.form);
      this.pictureNote = this.t.uploaded;
    } catch (error) {
      const said = isKulturError(error, 'KulturHttpError') ? error.problem?.detail : undefined;
      this.pictureNote = said ? `${this.t.uploadFailed} (${said})` : this.t.uploadFailed;
    }
    this.announce(this.pictureNote);
  }

  private handleRemovePicture(): void {
    this.form = { ...this.form, imageUrl: '', imageAlt: '' };
    this.previewInput = inputFromForm(this.form);
  }

  /** Shows the issues in the summary at the top, and moves focus there. */
  private async refuse(issues: FormIssue[]): Promise<void> {
    this.issues = issues;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private handleSummaryLink(event: Event, field: FieldName): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#f-${field}`)?.focus();
  }

  /** Runs one call to the feed: busy while it runs, its outcome said in the live region and shown. */
  private async run(work: () => Promise<string | undefined>): Promise<void> {
    this.busy = true;
    this.message = '';
    try {
      const said = await work();
      if (said) {
        this.message = said;
        this.announce(said);
      }
    } catch (error) {
      if (isKulturError(error, 'KulturHttpError')) {
        const errors = error.problem?.errors ?? [];
        if (error.status === 400 && errors.length) return void (await this.refuse(serverIssues(errors, this.t)));
        this.message = error.status === 403 ? this.t.forbidden : error.status === 409 ? this.t.conflict : this.t.failed;
      } else {
        this.message = this.t.failed;
      }
      this.announce(this.message);
    } finally {
      this.busy = false;
    }
  }

  private async handleSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const issues = formIssues(this.form, this.t);
    if (issues.length) return this.refuse(issues);
    this.issues = [];
    const input = inputFromForm(this.form);
    await this.run(async () => {
      const client = this.client!;
      if (!this.detail) {
        const created = await client.workbench.create(input);
        this.show(created);
        this.navigate(`#/events/${encodeURIComponent(created.id)}`);
        return this.t.created;
      }
      const saved = await client.workbench.save(this.detail.id, input);
      this.show(saved);
      if (saved.state === 'draft') return this.t.saved;
      return saved.pendingChange ? this.t.savedPending : this.t.savedChanges;
    });
    this.#refreshLog();
  }

  private async act(action: 'submit' | 'publish'): Promise<void> {
    const id = this.detail?.id;
    if (!id) return;
    await this.run(async () => {
      const answer = await this.client!.workbench[action](id);
      this.show(answer);
      return action === 'submit' ? this.t.submitted : this.t.published;
    });
    this.#refreshLog();
  }

  private async handleSecondStep(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const reason = ((data.get('reason') as string | null) ?? '').trim();
    const step = this.pending;
    const id = this.detail?.id;
    if ((step === 'reject' || step === 'cancel') && !reason) {
      const label = step === 'reject' ? this.t.rejectReason : this.t.cancelReason;
      this.message = this.t.fieldRequired(label);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#f-reason')?.focus();
      return;
    }
    await this.run(async () => {
      const client = this.client!;
      if (step === 'reject' && id) {
        this.show(await client.workbench.reject(id, reason));
        return this.t.rejected;
      }
      if (step === 'cancel' && id) {
        this.show(await client.workbench.cancel(id, reason));
        return this.t.cancelled;
      }
      if (step === 'copy' && id) {
        // The feed copies the content as it is; the console moves the copy to the day asked for.
        const copy = await client.workbench.copy(id);
        const day = ((data.get('day') as string | null) ?? '').trim();
        const input = day ? movedToDay(copy.input as EventInput, day) : (copy.input as EventInput);
        this.show(day ? await client.workbench.save(copy.id, { ...input, id: copy.id }) : copy);
        this.navigate(`#/events/${encodeURIComponent(copy.id)}`);
        return this.t.copied;
      }
      if (step === 'delete' && id) {
        await client.workbench.delete(id);
        this.navigate('#/events');
        return this.t.deleted;
      }
      if (step === 'series') {
        const issues = formIssues(this.form, this.t);
        if (issues.length) {
          await this.refuse(issues);
          return undefined;
        }
        const every = data.get('every') === 'month' ? 'month' : 'week';
        const count = Number(data.get('count'));
        const publish = data.get('publish') === 'on';
        // A series is new events: each gets its own id, even when it repeats an event that is saved already.
        const { id: _saved, ...input } = inputFromForm(this.form);
        const answer = await client.workbench.series(input, { every, count }, publish ? { publish } : {});
        this.navigate('#/events');
        return this.t.seriesMade(answer.items.length);
      }
      return undefined;
    });
    this.pending = null;
    this.#refreshLog();
  }

  private async openStep(step: Pending): Promise<void> {
    this.pending = step;
    this.message = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.second-step input, .second-step select, .second-step button')?.focus();
  }

  /** The copy's default day: a week after the original's start. */
  #nextWeek(): string {
    if (!this.form.startDate) return '';
    return new Date(Date.parse(`${this.form.startDate}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  }

  #refreshLog(): void {
    this.renderRoot.querySelector('console-change-log')?.load();
  }

  // Rendering helpers: one question a line, the label above, the hint and the error under it.

  private issueOf(field: FieldName): FormIssue | undefined {
    return this.issues.find((issue) => issue.field === field);
  }

  private described(field: FieldName, hint: boolean): string {
    return [hint ? `f-${field}-hint` : '', this.issueOf(field) ? `f-${field}-error` : ''].filter(Boolean).join(' ');
  }

  private hintAndError(field: FieldName, hint?: string): TemplateResult {
    const issue = this.issueOf(field);
    return html`${hint ? html`<span class="hint" id="f-${field}-hint">${hint}</span>` : nothing}
    ${
      issue
        ? html`<span class="error" id="f-${field}-error"
            ><span class="visually-hidden">${this.t.errorPrefix}</span> ${issue.message}</span
          >`
        : nothing
    }`;
  }

  private text(
    field: FieldName,
    label: string,
    options: {
      type?: 'text' | 'url' | 'date' | 'time' | 'number';
      hint?: string;
      required?: boolean;
      autocomplete?: 'off' | 'organization' | 'street-address' | 'postal-code';
      inputmode?: 'numeric' | 'decimal';
    } = {},
  ): TemplateResult {
    const { type = 'text', hint, required = false } = options;
    const value = this.form[field];
    return html`<div class="field">
      <label for="f-${field}"
        >${label} ${required ? nothing : html`<span class="hint">${this.t.optional}</span>`}</label
      >
      ${this.hintAndError(field, hint)}
      <input
        id="f-${field}"
        name=${field}
        type=${type}
        .value=${value === undefined ? '' : String(value)}
        ?required=${required}
        aria-invalid=${this.issueOf(field) ? 'true' : 'false'}
        aria-describedby=${this.described(field, Boolean(hint))}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? nothing}
      />
    </div>`;
  }

  private area(field: FieldName, label: string, hint?: string, required = false): TemplateResult {
    return html`<div class="field">
      <label for="f-${field}">${label} ${required ? nothing : html`<span>${this.t.optional}</span>`}</label>
      ${this.hintAndError(field, hint)}
      <textarea
        id="f-${field}"
        name=${field}
        .value=${String(this.form[field] ?? '')}
        ?required=${required}
        aria-invalid=${this.issueOf(field) ? 'true' : 'false'}
        aria-describedby=${this.described(field, Boolean(hint))}
      ></textarea>
    </div>`;
  }

  private check(field: FieldName, label: string): TemplateResult {
    return html`<div class="choice">
      <input id="f-${field}" name=${field} type="checkbox" .checked=${Boolean(this.form[field])} />
      <label for="f-${field}">${label}</label>
    </div>`;
  }

  private group(field: 'categories' | 'audience' | 'signupFields', legend: string, choices: [string, string][]) {
    const chosen = this.form[field] as string[];
    const issue = this.issueOf(field);
    return html`<fieldset aria-describedby=${issue ? `f-${field}-error` : nothing}>
      <legend>${legend}</legend>
      ${this.hintAndError(field)}
      ${choices.map(
        ([value, name], index) =>
          html`<div class="choice">
            <input
              id=${index === 0 ? `f-${field}` : `f-${field}-${value}`}
              name=${field}
              type="checkbox"
              value=${value}
              .checked=${chosen.includes(value)}
            />
            <label for=${index === 0 ? `f-${field}` : `f-${field}-${value}`}>${name}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  private renderWhen(t: EditorTexts) {
    const f = this.form;
    return html`<fieldset>
      <legend>${t.sectionWhen}</legend>
      ${this.check('allDay', t.allDay)}
      <div class="row">
        ${this.text('startDate', t.startDate, { type: 'date', required: true })}
        ${f.allDay ? nothing : this.text('startTime', t.startTime, { type: 'time', required: true, hint: t.timeHint })}
      </div>
      <div class="row">
        ${this.text('endDate', t.endDate, { type: 'date', hint: t.endDateHint })}
        ${f.allDay ? nothing : this.text('endTime', t.endTime, { type: 'time', hint: t.timeHint })}
      </div>
    </fieldset>`;
  }

  private renderWhere(t: EditorTexts) {
    const f = this.form;
    const own = this.session?.person.municipalities ?? [];
    const allowed = MUNICIPALITIES.filter(
      (m) => this.personRole !== 'editor' || own.includes(m.id) || m.id === f.municipality,
    );
    return html`<fieldset>
      <legend>${t.sectionWhere}</legend>
      <p class="hint" id="f-place-hint">${t.placeHint}</p>
      ${this.hintAndError('hasVenue')} ${this.check('hasVenue', t.hasVenue)}
      ${
        f.hasVenue
          ? html`${
              this.venues.length
                ? html`<div class="field">
                    <label for="f-venue-picker">${t.venuePicker}</label>
                    <select id="f-venue-picker" @change=${this.handleVenuePick}>
                      <option value="">${t.venuePickerNone}</option>
                      ${this.venues.map(
                        (venue, index) =>
                          html`<option value=${index}>${venue.name}, ${venue.address}, ${venue.city}</option>`,
                      )}
                    </select>
                  </div>`
                : nothing
            }
            ${this.text('venueName', t.venueName, { required: true })}
            ${this.text('venueAddress', t.address, { required: true, autocomplete: 'street-address' })}
            ${this.text('venuePostalCode', t.postalCode, {
              required: true,
              hint: t.postalCodeHint,
              inputmode: 'numeric',
              autocomplete: 'postal-code',
            })}
            ${this.placeNote ? html`<p class="notice">${this.placeNote}</p>` : nothing}
            ${this.text('venueCity', t.city, { required: true })}`
          : nothing
      }
      ${this.check('hasOnline', t.hasOnline)}
      ${f.hasOnline ? this.text('onlineUrl', t.onlineUrl, { type: 'url', required: true, hint: t.urlHint }) : nothing}
      <div class="field">
        <label for="f-municipality">${t.municipality}</label>
        ${this.hintAndError('municipality')}
        <select
          id="f-municipality"
          name="municipality"
          aria-invalid=${this.issueOf('municipality') ? 'true' : 'false'}
          aria-describedby=${this.described('municipality', false)}
        >
          <option value="" ?selected=${!f.municipality}>${t.chooseMunicipality}</option>
          ${allowed.map(
            (m) => html`<option value=${m.id} ?selected=${f.municipality === m.id}>${m.name[this.language]}</option>`,
          )}
        </select>
      </div>
    </fieldset>`;
  }

  private renderPicture(t: EditorTexts) {
    const f = this.form;
    return html`<fieldset class="picture">
      <legend>${t.sectionPicture}</legend>
      ${
        f.imageUrl
          ? html`<p><img src=${f.imageUrl} alt=${f.imageAlt || t.currentPicture} /></p>
              ${this.text('imageAlt', t.pictureAlt, { required: true, hint: t.pictureAltHint })}
              <button type="button" class="secondary" @click=${this.handleRemovePicture}>${t.removePicture}</button>`
          : nothing
      }
      <div class="field">
        <label for="f-imageUrl">${t.picture} <span>${t.optional}</span></label>
        ${this.hintAndError('imageUrl', t.pictureHint)}
        <input
          id="f-imageUrl"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
          aria-describedby=${this.described('imageUrl', true)}
          @change=${this.handlePicture}
        />
        <p role="status">${this.pictureNote}</p>
      </div>
    </fieldset>`;
  }

  private renderSignup(t: EditorTexts) {
    const f = this.form;
    const modes: [EventForm['signupMode'], string][] = [
      ['none', t.signupNone],
      ['external', t.signupExternal],
      ['internal', t.signupInternal],
    ];
    return html`<fieldset>
      <legend>${t.sectionSignup}</legend>
      ${this.hintAndError('signupMode')}
      ${modes.map(
        ([mode, label], index) =>
          html`<div class="choice">
            <input
              id=${index === 0 ? 'f-signupMode' : `f-signupMode-${mode}`}
              name="signupMode"
              type="radio"
              value=${mode}
              .checked=${f.signupMode === mode}
            />
            <label for=${index === 0 ? 'f-signupMode' : `f-signupMode-${mode}`}>${label}</label>
          </div>`,
      )}
      ${
        f.signupMode === 'external'
          ? this.text('signupUrl', t.signupUrl, { type: 'url', required: true, hint: t.urlHint })
          : nothing
      }
      ${
        f.signupMode === 'internal'
          ? html`${this.text('capacity', t.capacity, { type: 'number', required: true, inputmode: 'numeric' })}
              ${this.check('waitlist', t.waitlist)}
              ${this.text('maxSeats', t.maxSeats, { type: 'number', required: true, inputmode: 'numeric' })}
              <div class="row">
                ${this.text('opensDate', t.opensDate, { type: 'date', hint: t.opensHint })}
                ${this.text('opensTime', t.opensTime, { type: 'time' })}
              </div>
              <div class="row">
                ${this.text('closesDate', t.closesDate, { type: 'date', hint: t.closesHint })}
                ${this.text('closesTime', t.closesTime, { type: 'time' })}
              </div>
              ${this.group(
                'signupFields',
                t.signupFields,
                SIGNUP_FIELDS.map((id) => [id, t.signupFieldNames[id]]),
              )}
              <console-questions
                id="f-questions"
                tabindex="-1"
                lang=${this.language}
                .questions=${f.questions}
                @questions-change=${this.handleQuestions}
              ></console-questions>`
          : nothing
      }
    </fieldset>`;
  }

  private renderActions(t: EditorTexts) {
    const detail = this.detail;
    const role = this.personRole;
    const canApprove = role !== 'organiser';
    const state = detail?.state;
    const saveLabel = !detail || state === 'draft' ? t.save : canApprove ? t.saveChanges : t.saveForApproval;
    const closed = state === 'cancelled' || state === 'past';
    return html`<div class="actions" role="group" aria-label=${t.actions}>
      ${closed ? nothing : html`<button type="submit" ?disabled=${this.busy}>${this.busy ? t.working : saveLabel}</button>`}
      ${
        detail && role === 'organiser' && state === 'draft'
          ? html`<button type="button" ?disabled=${this.busy} @click=${() => this.act('submit')}>${t.submit}</button>`
          : nothing
      }
      ${
        detail && canApprove && (state === 'draft' || state === 'pending' || detail.pendingChange)
          ? html`<button type="button" ?disabled=${this.busy} @click=${() => this.act('publish')}>
              ${state === 'draft' ? t.publish : t.approve}
            </button>`
          : nothing
      }
      ${
        detail && canApprove && (state === 'pending' || detail.pendingChange)
          ? html`<button type="button" class="secondary" @click=${() => this.openStep('reject')}>${t.reject}</button>`
          : nothing
      }
      ${
        detail && canApprove && state === 'published'
          ? html`<button type="button" class="danger" @click=${() => this.openStep('cancel')}>${t.cancelEvent}</button>`
          : nothing
      }
      ${
        detail
          ? html`<button type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.openStep('copy')}>
              ${t.copy}
            </button>`
          : nothing
      }
      ${
        !closed
          ? html`<button type="button" class="secondary" @click=${() => this.openStep('series')}>${t.series}</button>`
          : nothing
      }
      ${
        detail && !detail.published && (state === 'draft' || state === 'pending')
          ? html`<button type="button" class="danger" @click=${() => this.openStep('delete')}>${t.deleteDraft}</button>`
          : nothing
      }
    </div>`;
  }

  private renderSecondStep(t: EditorTexts) {
    const step = this.pending;
    if (!step) return nothing;
    const reason = step === 'reject' || step === 'cancel';
    return html`<form class="second-step" novalidate @submit=${this.handleSecondStep}>
      ${
        reason
          ? html`<div class="field">
              <label for="f-reason">${step === 'reject' ? t.rejectReason : t.cancelReason}</label>
              <span class="hint" id="f-reason-hint"
                >${step === 'reject' ? t.rejectReasonHint : t.cancelReasonHint}</span
              >
              <input id="f-reason" name="reason" type="text" maxlength="500" aria-describedby="f-reason-hint" />
            </div>`
          : nothing
      }
      ${step === 'delete' ? html`<p>${t.confirmDelete}</p>` : nothing}
      ${
        step === 'copy'
          ? html`<div class="field">
              <label for="f-day">${t.copyDay}</label>
              <span class="hint" id="f-day-hint">${t.copyDayHint}</span>
              <input id="f-day" name="day" type="date" .value=${this.#nextWeek()} aria-describedby="f-day-hint" />
            </div>`
          : nothing
      }
      ${
        step === 'series'
          ? html`<div class="field">
                <label for="f-every">${t.seriesEvery}</label>
                <select id="f-every" name="every">
                  <option value="week">${t.week}</option>
                  <option value="month">${t.month}</option>
                </select>
              </div>
              <div class="field">
                <label for="f-count">${t.seriesCount}</label>
                <span class="hint" id="f-count-hint">${t.seriesCountHint}</span>
                <input
                  id="f-count"
                  name="count"
                  type="number"
                  min="2"
                  max="52"
                  value="4"
                  aria-describedby="f-count-hint"
                />
              </div>
              ${
                this.personRole !== 'organiser'
                  ? html`<div class="choice">
                      <input id="f-publish" name="publish" type="checkbox" />
                      <label for="f-publish">${t.seriesPublish}</label>
                    </div>`
                  : nothing
              }`
          : nothing
      }
      <div class="actions">
        <button type="submit" class=${step === 'delete' || step === 'cancel' ? 'danger' : ''} ?disabled=${this.busy}>
          ${step === 'series' ? t.makeSeries : step === 'copy' ? t.copy : t.confirm}
        </button>
        <button type="button" class="secondary" @click=${() => (this.pending = null)}>${t.back}</button>
      </div>
    </form>`;
  }

  override render() {
    const t = this.t;
    const shared = consoleTextsFor(this.language);
    if (this.loadState === 'loading') return html`<h1 tabindex="-1">${shared.loading}</h1>`;
    if (this.loadState === 'error') {
      return html`<h1 tabindex="-1">${shared.loadFailed}</h1>
        <button type="button" @click=${() => this.load()}>${shared.retry}</button>`;
    }
    const detail = this.detail;
    const f = this.form;
    return html`
      <h1 tabindex="-1">${detail ? t.editTitle(detail.input.title) : t.newTitle}</h1>
      ${
        detail
          ? html`<p>
              ${t.stateLine(shared.stateOne[detail.state])}${detail.pendingChange ? ` · ${shared.pendingChange}` : ''}
            </p>`
          : nothing
      }
      ${detail?.cancellationReason ? html`<p class="notice">${t.cancellationReason(detail.cancellationReason)}</p>` : nothing}
      ${detail?.submitter ? html`<p class="submitter">${submittedBy(shared, detail.submitter)}</p>` : nothing}
      <div role="status" class=${this.message ? 'notice' : ''}>${this.message}</div>
      ${
        this.issues.length
          ? html`<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
              <h2 id="summary-title">${t.summaryTitle}</h2>
              <ul>
                ${this.issues.map(
                  (issue) =>
                    html`<li>
                      <a href="#f-${issue.field}" @click=${(event: Event) => this.handleSummaryLink(event, issue.field)}
                        >${issue.message}</a
                      >
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      <div class="layout">
        <div>
          <form novalidate @input=${this.handleInput} @change=${this.handleInput} @submit=${this.handleSave}>
            <fieldset>
              <legend>${t.sectionWhat}</legend>
              ${this.text('title', t.title, { required: true })} ${this.area('summary', t.summary, t.summaryHint, true)}
              ${this.area('description', t.description, t.descriptionHint)}
              ${this.group(
                'categories',
                t.categories,
                CATEGORIES.map((c) => [c.id, c.name[this.language]]),
              )}
              <div class="field">
                <label for="f-status">${t.status}</label>
                <span class="hint" id="f-status-hint">${t.statusHint}</span>
                <select id="f-status" name="status" aria-describedby="f-status-hint">
                  ${(['scheduled', 'postponed', 'rescheduled'] as const).map(
                    (status) =>
                      html`<option value=${status} ?selected=${f.status === status}>${t.statuses[status]}</option>`,
                  )}
                  ${f.status === 'cancelled' ? html`<option value="cancelled" selected>${t.statuses.cancelled}</option>` : nothing}
                </select>
              </div>
            </fieldset>
            ${this.renderWhen(t)} ${this.renderWhere(t)}
            <fieldset>
              <legend>${t.sectionWho}</legend>
              ${this.group(
                'audience',
                t.audience,
                AUDIENCE_IDS.map((id) => [id, t.audiences[id]]),
              )}
              ${this.text('organizerName', t.organizerName, { required: true, autocomplete: 'organization' })}
              ${this.text('organizerUrl', t.organizerUrl, { type: 'url', hint: t.urlHint })}
              ${this.text('price', t.price, { type: 'number', required: true, hint: t.priceHint, inputmode: 'decimal' })}
              ${this.area('accessibility', t.accessibility, t.accessibilityHint)}
              ${this.text('url', t.link, { type: 'url', hint: t.urlHint })}
            </fieldset>
            ${this.renderPicture(t)} ${this.renderSignup(t)} ${this.renderActions(t)}
          </form>
          ${this.renderSecondStep(t)}
        </div>
        <div>
          <console-preview .input=${this.previewInput} lang=${this.language}></console-preview>
          ${
            detail?.published
              ? html`<p>
                  <a href="#/events/${encodeURIComponent(detail.id)}/messages"
                    >${messageTextsFor(this.language).messagesLink}</a
                  >
                </p>`
              : nothing
          }
          ${
            detail
              ? html`<console-change-log
                  .client=${this.client}
                  event-id=${detail.id}
                  lang=${this.language}
                ></console-change-log>`
              : nothing
          }
        </div>
      </div>
    `;
  }
}

ConsoleElement.define('console-event-editor', ConsoleEventEditorElement);
