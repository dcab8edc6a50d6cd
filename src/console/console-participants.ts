import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isKulturError,
  PARTICIPANT_STATUSES,
  type NewParticipant,
  type Participant,
  type ParticipantChange,
  type ParticipantList,
  type ParticipantStatus,
} from '../sdk/publishing/index.js';
import { ConsoleElement } from './console-element.js';
import { consoleStyles } from './console-styles.js';
import { consoleTextsFor } from './console-texts.js';
import { foldForSearch, participantTextsFor, type ParticipantTexts } from './participant-texts.js';

declare global {
  interface HTMLElementTagNameMap {
    'console-participants': ConsoleParticipantsElement;
  }
}

type AddField = 'name' | 'email' | 'seats' | 'phone' | 'organization' | 'municipality' | 'comment';

interface AddIssue {
  field: AddField;
  message: string;
}

/**
 * An event's participants: the counts, search, the list (confirmed, waitlisted, cancelled) with check-in toggles,
 * moving up and removing (after a confirm step), a form to add someone by hand, and links to the CSV, the printable
 * list and the check-in at the door. Every outcome is said in the app's live region.
 *
 * @summary The participants of one event in the console.
 */
export class ConsoleParticipantsElement extends ConsoleElement {
  static override styles = [
    ConsoleElement.baseStyles,
    consoleStyles,
    css`
      .people {
        list-style: none;
        padding: 0;
        margin: 0;
        max-width: 48em;
      }
      .person {
        border-bottom: 1px solid var(--_color-border);
        padding: 0.75em 0;
      }
      .person p {
        margin: 0.15em 0;
        overflow-wrap: anywhere;
      }
      .answers {
        margin: 0.35em 0 0;
        overflow-wrap: anywhere;
      }
      .answers dt {
        font-weight: 600;
      }
      .answers dd {
        margin: 0 0 0.25em;
      }
      .person .actions {
        margin: 0.5em 0 0;
        align-items: center;
      }
      .confirm {
        border-left: 4px solid var(--_color-danger);
        padding: 0.25em 0.75em;
        margin-top: 0.5em;
      }
      .search {
        max-width: 30em;
      }
      .links {
        padding-left: 1.25em;
      }
      .links li {
        margin: 0.35em 0;
      }
    `,
  ];

  /** The event whose participants are shown. */
  @property({ attribute: 'event-id' }) eventId = '';

  @state() private list: ParticipantList | undefined;
  @state() private loadState: 'loading' | 'ready' | 'error' | 'missing' = 'loading';
  @state() private query = '';
  @state() private status: ParticipantStatus | '' = '';
  @state() private message = '';
  @state() private confirming: string | undefined;
  @state() private busy = new Set<string>();
  @state() private adding = false;
  @state() private issues: AddIssue[] = [];

  private get t(): ParticipantTexts {
    return participantTextsFor(this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('client') || changed.has('eventId')) && this.client && this.eventId) void this.load();
  }

  /** Loads the list again. */
  async load(): Promise<void> {
    try {
      this.list = await this.client!.participants.list(this.eventId);
      this.loadState = 'ready';
    } catch (error) {
      this.loadState = isKulturError(error, 'KulturHttpError') && error.status === 404 ? 'missing' : 'error';
    }
  }

  private say(message: string): void {
    this.message = message;
    this.announce(message);
  }

  /** Takes a change's answer into the list: the participant as they are now, and the new counts. */
  private take(change: ParticipantChange): void {
    if (!this.list) return;
    const { participant } = change;
    this.list = {
      ...this.list,
      counts: change.counts,
      items: participant
        ? this.list.items.map((item) => (item.id === participant.id ? participant : item))
        : this.list.items,
    };
  }

  private async act(
    person: Participant,
    work: () => Promise<ParticipantChange>,
    done: (change: ParticipantChange) => string,
  ) {
    this.busy = new Set(this.busy).add(person.id);
    try {
      const change = await work();
      this.take(change);
      this.say(done(change));
      if (change.movedUp) await this.load();
    } catch (error) {
      const conflict = isKulturError(error, 'KulturHttpError') && error.status === 409;
      this.say(conflict && person.status === 'waitlisted' ? this.t.noSeats : this.t.actionFailed);
    } finally {
      const busy = new Set(this.busy);
      busy.delete(person.id);
      this.busy = busy;
    }
  }

  private handleAttended(person: Participant, event: Event): void {
    const box = event.target as HTMLInputElement;
    // A second tap while the first is on its way waits for it: the box shows what the feed has.
    if (this.busy.has(person.id)) {
      box.checked = Boolean(person.attendedAt);
      return;
    }
    const attended = box.checked;
    const { participants } = this.client!;
    void this.act(
      person,
      () => (attended ? participants.checkIn : participants.undoCheckIn)(this.eventId, person.id),
      () => (attended ? this.t.checkedIn(person.name) : this.t.checkInUndone(person.name)),
    );
  }

  private async handleMoveUp(person: Participant): Promise<void> {
    await this.act(
      person,
      () => this.client!.participants.moveUp(this.eventId, person.id),
      () => this.t.movedUp(person.name),
    );
    // Moved up, the button is gone: focus goes on to the person's check-in box (or back to the button).
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#attended-${person.id}, #move-up-${person.id}`)?.focus();
  }

  private async askRemove(person: Participant): Promise<void> {
    this.confirming = person.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#confirm-yes-${person.id}`)?.focus();
  }

  private async handleRemove(person: Participant, yes: boolean): Promise<void> {
    this.confirming = undefined;
    if (yes) {
      await this.act(
        person,
        () => this.client!.participants.remove(this.eventId, person.id),
        (change) => this.t.removed(person.name, change.movedUp ?? 0),
      );
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(yes ? 'h1' : `#remove-${person.id}`)?.focus();
  }

  private async handleAdd(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.t;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const value = (name: string) => ((data.get(name) as string | null) ?? '').trim();
    const issues: AddIssue[] = [];
    if (!value('name')) issues.push({ field: 'name', message: t.nameRequired });
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value('email'))) issues.push({ field: 'email', message: t.emailInvalid });
    this.issues = issues;
    if (issues.length) {
      await this.focusSummary();
      return;
    }
    const participant: NewParticipant = { name: value('name'), email: value('email') };
    if (value('seats')) participant.seats = Number(value('seats'));
    for (const field of this.list?.event.signup?.fields ?? []) {
      if (value(field)) participant[field] = value(field);
    }
    this.adding = true;
    try {
      const change = await this.client!.participants.add(this.eventId, participant);
      form.reset();
      await this.load();
      this.say(t.added(participant.name, change.participant?.status === 'waitlisted'));
    } catch (error) {
      this.issues = this.addIssuesOf(error);
      await this.focusSummary();
    } finally {
      this.adding = false;
    }
  }

  /** What the feed's refusal means for the form. */
  private addIssuesOf(error: unknown): AddIssue[] {
    const t = this.t;
    if (!isKulturError(error, 'KulturHttpError')) return [{ field: 'name', message: t.actionFailed }];
    const errors = error.problem?.errors ?? [];
    if (errors.some((e) => e.code === 'already-signed-up')) return [{ field: 'email', message: t.alreadyOnList }];
    if (errors.length) {
      return errors.map((e) => ({
        field: (['name', 'email', 'seats', 'phone', 'organization', 'municipality', 'comment'].includes(e.path)
          ? e.path
          : 'name') as AddField,
        message: e.path === 'seats' ? t.seatsHint(this.list?.event.signup?.maxSeatsPerSignup ?? 1) : t.fieldInvalid,
      }));
    }
    const kind = error.problem?.type?.split(':').pop();
    if (kind === 'signup-full') return [{ field: 'name', message: t.full }];
    if (kind === 'signup-closed' || kind === 'no-signup') return [{ field: 'name', message: t.closed }];
    return [{ field: 'name', message: t.actionFailed }];
  }

  private async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private issueOf(field: AddField): string | undefined {
    return this.issues.find((issue) => issue.field === field)?.message;
  }

  private shown(): Participant[] {
    const words = foldForSearch(this.query).split(/\s+/).filter(Boolean);
    return (this.list?.items ?? []).filter((person) => {
      if (this.status && person.status !== this.status) return false;
      const text = foldForSearch(`${person.name} ${person.email} ${person.organization ?? ''}`);
      return words.every((word) => text.includes(word));
    });
  }

  /** The person's answers, each under its question's words (a question since removed under its id). */
  private renderAnswers(person: Participant) {
    const answers = Object.entries(person.answers ?? {});
    if (!answers.length) return nothing;
    const questions = this.list?.event.signup?.questions ?? [];
    const t = this.t;
    const words = (answer: unknown) =>
      typeof answer === 'boolean'
        ? answer
          ? t.yes
          : t.no
        : Array.isArray(answer)
          ? answer.join(', ')
          : String(answer);
    return html`<dl class="answers">
      ${answers.map(
        ([id, answer]) =>
          html`<div>
            <dt>${questions.find((question) => question.id === id)?.label ?? id}</dt>
            <dd>${words(answer)}</dd>
          </div>`,
      )}
    </dl>`;
  }

  private renderPerson(person: Participant) {
    const t = this.t;
    const busy = this.busy.has(person.id);
    const details = [
      person.email,
      person.organization,
      person.phone,
      t.seats(person.seats),
      person.waitlistPosition ? t.waitlistNumber(person.waitlistPosition) : undefined,
    ].filter(Boolean);
    return html`<li class="person">
      <p><strong>${person.name}</strong> <span class="badge">${t.statuses[person.status]}</span></p>
      <p class="hint">${details.join(' · ')}</p>
      ${person.comment ? html`<p class="hint">${person.comment}</p>` : nothing} ${this.renderAnswers(person)}
      ${
        person.status === 'cancelled'
          ? nothing
          : html`<div class="actions">
              ${
                person.status === 'confirmed'
                  ? html`<div class="choice">
                      <input
                        id="attended-${person.id}"
                        type="checkbox"
                        .checked=${Boolean(person.attendedAt)}
                        @change=${(event: Event) => this.handleAttended(person, event)}
                      />
                      <label for="attended-${person.id}"
                        >${t.attended}<span class="visually-hidden">: ${person.name}</span></label
                      >
                    </div>`
                  : html`<button
                      type="button"
                      class="secondary"
                      id="move-up-${person.id}"
                      ?disabled=${busy}
                      @click=${() => this.handleMoveUp(person)}
                    >
                      ${t.moveUp}<span class="visually-hidden">: ${person.name}</span>
                    </button>`
              }
              <button
                type="button"
                class="danger"
                id="remove-${person.id}"
                ?disabled=${busy}
                @click=${() => this.askRemove(person)}
              >
                ${t.remove}<span class="visually-hidden">: ${person.name}</span>
              </button>
            </div>`
      }
      ${
        this.confirming === person.id
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-text-${person.id}">
              <p id="confirm-text-${person.id}">${t.confirmRemove(person.name)}</p>
              <div class="actions">
                <button
                  type="button"
                  class="danger"
                  id="confirm-yes-${person.id}"
                  @click=${() => this.handleRemove(person, true)}
                >
                  ${t.confirmRemoveYes}
                </button>
                <button type="button" class="secondary" @click=${() => this.handleRemove(person, false)}>
                  ${t.cancel}
                </button>
              </div>
            </div>`
          : nothing
      }
    </li>`;
  }

  private renderAdd() {
    const t = this.t;
    const signup = this.list!.event.signup!;
    const field = (name: AddField, label: string, type: 'text' | 'email' | 'tel' = 'text', optional = false) => {
      const issue = this.issueOf(name);
      return html`<div class="field">
        <label for="add-${name}">${label}${optional ? html` <span class="hint">${t.optional}</span>` : nothing}</label>
        ${
          issue
            ? html`<span class="error" id="add-${name}-error"
                ><span class="visually-hidden">${t.summaryTitle}:</span> ${issue}</span
              >`
            : nothing
        }
        <input
          id="add-${name}"
          name=${name}
          type=${type}
          autocomplete="off"
          aria-invalid=${issue ? 'true' : 'false'}
          aria-describedby=${issue ? `add-${name}-error` : nothing}
        />
      </div>`;
    };
    return html`<h2 id="add-title">${t.addTitle}</h2>
      <p>${t.addIntro}</p>
      ${
        this.issues.length
          ? html`<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="add-summary-title">
              <h3 id="add-summary-title">${t.summaryTitle}</h3>
              <ul>
                ${this.issues.map(
                  (issue) =>
                    html`<li>
                      <a
                        href="#add-${issue.field}"
                        @click=${(event: Event) => {
                          event.preventDefault();
                          this.renderRoot.querySelector<HTMLElement>(`#add-${issue.field}`)?.focus();
                        }}
                        >${issue.message}</a
                      >
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      <form novalidate aria-labelledby="add-title" @submit=${this.handleAdd}>
        ${field('name', t.name)} ${field('email', t.email, 'email')}
        ${
          signup.maxSeatsPerSignup > 1
            ? html`<div class="field">
                <label for="add-seats">${t.seatsLabel}</label>
                <span class="hint" id="add-seats-hint">${t.seatsHint(signup.maxSeatsPerSignup)}</span>
                <input
                  id="add-seats"
                  name="seats"
                  type="number"
                  inputmode="numeric"
                  min="1"
                  max=${signup.maxSeatsPerSignup}
                  value="1"
                  aria-describedby="add-seats-hint"
                />
              </div>`
            : nothing
        }
        ${signup.fields.map((name) => field(name, t.fields[name], name === 'phone' ? 'tel' : 'text', true))}
        <button type="submit" ?disabled=${this.adding}>${this.adding ? t.adding : t.add}</button>
      </form>`;
  }

  override render() {
    const t = this.t;
    // One heading element whatever the state, so the focus the app gives it while loading stays on it.
    const title = this.list ? t.participantsTitle(this.list.event.title) : t.participantsFallbackTitle;
    return html`<h1 tabindex="-1">${title}</h1>
      ${this.renderBody()}`;
  }

  private renderBody() {
    const t = this.t;
    const shared = consoleTextsFor(this.language);
    if (this.loadState === 'loading') return html`<p>${shared.loading}</p>`;
    if (this.loadState === 'missing' || this.loadState === 'error') {
      return html`<p>${this.loadState === 'missing' ? t.notPublished : shared.loadFailed}</p>
        ${this.loadState === 'error' ? html`<button type="button" @click=${() => this.load()}>${shared.retry}</button>` : nothing}`;
    }
    const { event, counts, items } = this.list!;
    const shown = this.shown();
    const base = `#/events/${encodeURIComponent(event.id)}`;
    return html`
      ${
        event.signup
          ? html`<p>${t.countsLine(counts.confirmedSeats, counts.capacity, counts.waitlisted, counts.cancelled)}</p>
              <p>${t.attendedLine(counts.attendedSeats, counts.confirmedSeats)}</p>`
          : html`<p class="notice">${t.noSignup}</p>`
      }
      <div role="status" class=${this.message ? 'notice' : ''}>${this.message}</div>
      <h2>${t.exports}</h2>
      <ul class="links">
        <li><a href="${base}/check-in">${t.checkInLink}</a></li>
        <li><a href=${this.client!.participants.attendanceListUrl(event.id)}>${t.printLink}</a></li>
        <li>
          <a href=${this.client!.participants.attendanceListUrl(event.id, 'en')} hreflang="en" lang="en"
            >${t.printLinkEn}</a
          >
        </li>
        <li><a href=${this.client!.participants.csvUrl(event.id)} download>${t.csvLink}</a></li>
      </ul>
      <h2>${t.participantsFallbackTitle}</h2>
      <div class="row">
        <div class="field search">
          <label for="search">${t.searchLabel}</label>
          <span class="hint" id="search-hint">${t.searchHint}</span>
          <input
            id="search"
            type="search"
            autocomplete="off"
            aria-describedby="search-hint search-count"
            .value=${this.query}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="status">${t.statusFilter}</label>
          <select
            id="status"
            @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value as ParticipantStatus)}
          >
            <option value="" ?selected=${!this.status}>${t.allStatuses}</option>
            ${PARTICIPANT_STATUSES.map(
              (status) =>
                html`<option value=${status} ?selected=${this.status === status}>${t.statuses[status]}</option>`,
            )}
          </select>
        </div>
      </div>
      <p id="search-count" aria-live="polite">${t.found(shown.length, items.length)}</p>
      ${
        items.length === 0
          ? html`<p>${t.nobody}</p>`
          : shown.length === 0
            ? html`<p>${t.noneFound}</p>`
            : html`<ul class="people">
                ${shown.map((person) => this.renderPerson(person))}
              </ul>`
      }
      ${event.signup ? this.renderAdd() : nothing}
    `;
  }
}

ConsoleElement.define('console-participants', ConsoleParticipantsElement);
