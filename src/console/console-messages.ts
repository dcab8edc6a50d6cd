import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isKulturError,
  MAX_REMINDER_DAYS,
  MESSAGE_AUDIENCES,
  MESSAGE_LIMITS,
  type ConsoleEventDetail,
  type MessageAudience,
  type OrganiserMessage,
  type ReminderSetting,
} from '../sdk/publishing/index.js';
import { ConsoleElement } from './console-element.js';
import './console-mail-log.js';
import { consoleStyles } from './console-styles.js';
import { consoleTextsFor } from './console-texts.js';
import { messageTextsFor, type MessageTexts } from './message-texts.js';

declare global {
  interface HTMLElementTagNameMap {
    'console-messages': ConsoleMessagesElement;
  }
}

/** The reminder choices offered; a value set otherwise (through the API) is offered too. */
const REMINDER_CHOICES = [1, 2, 3, 5, 7, 14, MAX_REMINDER_DAYS];
const DEFAULT_DAYS = 2;
/** What the feed refuses in a subject: control characters (line breaks too) and bidirectional overrides. */
const SUBJECT_REFUSED = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

type Field = 'subject' | 'text';

/**
 * An event's messages page (`#/events/<id>/messages`): the reminder setting, a form to write to the confirmed, the
 * waitlisted or all participants, the messages sent (with who sent them), and the event's mail log.
 *
 * @summary Writes to an event's participants; its reminder and mail log.
 */
export class ConsoleMessagesElement extends ConsoleElement {
  static override styles = [ConsoleElement.baseStyles, consoleStyles];

  /** The event. */
  @property({ attribute: 'event-id' }) eventId = '';

  @state() private detail: ConsoleEventDetail | undefined;
  @state() private reminder: ReminderSetting | undefined;
  @state() private sentItems: OrganiserMessage[] | undefined;
  @state() private failed = false;
  @state() private busy = false;
  @state() private message = '';
  @state() private issues: Partial<Record<Field, string>> = {};
  @state() private subjectLength = 0;
  @state() private textLength = 0;

  private get t(): MessageTexts {
    return messageTextsFor(this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('eventId') || changed.has('client')) void this.load();
  }

  /** Loads the event, its reminder and the messages sent. */
  async load(): Promise<void> {
    if (!this.client || !this.eventId) return;
    try {
      const [detail, reminder, sent] = await Promise.all([
        this.client.workbench.get(this.eventId),
        this.client.messages.reminder(this.eventId),
        this.client.messages.sent(this.eventId),
      ]);
      this.detail = detail;
      this.reminder = reminder;
      this.sentItems = sent;
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  private async handleReminder(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const value = new FormData(event.target as HTMLFormElement).get('reminder') as string;
    const daysBefore = value === 'off' ? null : Number(value);
    try {
      this.reminder = await this.client!.messages.setReminder(this.eventId, daysBefore);
      this.message = this.t.reminderSaved(daysBefore === null ? this.t.reminderOff : this.t.reminderDays(daysBefore));
    } catch {
      this.message = consoleTextsFor(this.language).loadFailed;
    }
    this.announce(this.message);
  }

  private async handleSend(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const audience = (data.get('audience') as MessageAudience | null) ?? 'confirmed';
    const subject = ((data.get('subject') as string | null) ?? '').trim();
    const text = ((data.get('text') as string | null) ?? '').trim();
    const t = this.t;
    const issues: Partial<Record<Field, string>> = {};
    if (!subject) issues.subject = t.subjectRequired;
    else if (subject.length > MESSAGE_LIMITS.subject) issues.subject = t.tooLong(MESSAGE_LIMITS.subject);
    else if (SUBJECT_REFUSED.test(subject)) issues.subject = t.controlCharacters;
    if (!text) issues.text = t.textRequired;
    else if (text.length > MESSAGE_LIMITS.text) issues.text = t.tooLong(MESSAGE_LIMITS.text);
    this.issues = issues;
    this.message = '';
    const first = (['subject', 'text'] as const).find((field) => issues[field]);
    if (first) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#m-${first}`)?.focus();
      return;
    }
    this.busy = true;
    try {
      const sent = await this.client!.messages.send(this.eventId, { audience, subject, text });
      this.message = t.sent(sent.recipients);
      form.reset();
      this.subjectLength = 0;
      this.textLength = 0;
      this.sentItems = await this.client!.messages.sent(this.eventId);
      this.renderRoot.querySelector<HTMLElement & { load(): Promise<void> }>('console-mail-log')?.load();
    } catch (error) {
      if (isKulturError(error, 'KulturHttpError') && error.status === 409) this.message = t.noRecipients;
      else if (isKulturError(error, 'KulturHttpError') && error.status === 400) {
        this.message = t.refused(error.problem?.detail ?? '');
      } else this.message = consoleTextsFor(this.language).loadFailed;
    } finally {
      this.busy = false;
    }
    this.announce(this.message);
  }

  private renderReminder(t: MessageTexts) {
    const current = this.reminder;
    if (!current) return nothing;
    const days = [...new Set([...REMINDER_CHOICES, ...(current.daysBefore ? [current.daysBefore] : [])])].sort(
      (a, b) => a - b,
    );
    return html`<section aria-labelledby="reminder-title">
      <h2 id="reminder-title">${t.reminderTitle}</h2>
      <p>${t.reminderIntro}</p>
      <form novalidate @submit=${this.handleReminder}>
        <div class="field">
          <label for="m-reminder">${t.reminderLabel}</label>
          <select id="m-reminder" name="reminder">
            ${days.map(
              (n) =>
                html`<option value=${n} ?selected=${current.daysBefore === n}>
                  ${t.reminderDays(n)} ${n === DEFAULT_DAYS ? t.reminderDefault : ''}
                </option>`,
            )}
            <option value="off" ?selected=${current.daysBefore === null}>${t.reminderOff}</option>
          </select>
        </div>
        <button type="submit">${t.reminderSave}</button>
      </form>
    </section>`;
  }

  private renderField(field: Field, label: string, max: number, length: number) {
    const issue = this.issues[field];
    const id = `m-${field}`;
    const described = [`${id}-count`, issue ? `${id}-error` : ''].filter(Boolean).join(' ');
    const onInput = (event: Event) => {
      const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
      if (field === 'subject') this.subjectLength = value.length;
      else this.textLength = value.length;
    };
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${
        issue
          ? html`<span class="error" id="${id}-error"
              ><span class="visually-hidden">${consoleTextsFor(this.language).errorPrefix}</span> ${issue}</span
            >`
          : nothing
      }
      ${
        field === 'subject'
          ? html`<input
              id=${id}
              name=${field}
              type="text"
              autocomplete="off"
              maxlength=${max}
              aria-invalid=${issue ? 'true' : 'false'}
              aria-describedby=${described}
              @input=${onInput}
            />`
          : html`<textarea
              id=${id}
              name=${field}
              rows="8"
              maxlength=${max}
              aria-invalid=${issue ? 'true' : 'false'}
              aria-describedby=${described}
              @input=${onInput}
            ></textarea>`
      }
      <span class="hint" id="${id}-count">${this.t.charactersLeft(max - length)}</span>
    </div>`;
  }

  private renderWrite(t: MessageTexts) {
    return html`<section aria-labelledby="write-title">
      <h2 id="write-title">${t.writeTitle}</h2>
      <p>${t.writeIntro}</p>
      <form novalidate @submit=${this.handleSend}>
        <fieldset>
          <legend>${t.audienceLabel}</legend>
          ${MESSAGE_AUDIENCES.map(
            (audience) =>
              html`<div class="choice">
                <input
                  id="audience-${audience}"
                  name="audience"
                  type="radio"
                  value=${audience}
                  ?checked=${audience === 'confirmed'}
                />
                <label for="audience-${audience}">${t.audiences[audience]}</label>
              </div>`,
          )}
        </fieldset>
        ${this.renderField('subject', t.subjectLabel, MESSAGE_LIMITS.subject, this.subjectLength)}
        ${this.renderField('text', t.textLabel, MESSAGE_LIMITS.text, this.textLength)}
        <button type="submit" ?disabled=${this.busy}>${this.busy ? t.sendingMessage : t.send}</button>
      </form>
    </section>`;
  }

  private renderSent(t: MessageTexts) {
    const when = new Intl.DateTimeFormat(this.language === 'en' ? 'en-GB' : 'da-DK', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Copenhagen',
    });
    const items = this.sentItems ?? [];
    return html`<section aria-labelledby="sent-title">
      <h2 id="sent-title">${t.sentTitle}</h2>
      ${
        items.length === 0
          ? html`<p>${t.sentEmpty}</p>`
          : html`<ul class="plain">
              ${items.map(
                (item) =>
                  html`<li>
                    <p>
                      <strong>${item.subject}</strong> · ${t.audiences[item.audience]} ·
                      ${when.format(new Date(item.createdAt))}
                    </p>
                    <p class="hint">${t.sentBy(item.sentBy, item.recipients)}</p>
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  override render() {
    const t = this.t;
    const common = consoleTextsFor(this.language);
    const title = this.detail?.published?.title ?? this.detail?.input.title;
    const published = Boolean(this.detail?.published);
    return html`
      <h1 tabindex="-1">${title ? t.messagesOf(title) : t.messagesTitle}</h1>
      <p><a href="#/events/${encodeURIComponent(this.eventId)}">${t.backToEvent}</a></p>
      <div role="status" class=${this.message ? 'notice' : ''}>${this.message}</div>
      ${
        this.failed
          ? html`<p class="error">${common.loadFailed}</p>
              <button type="button" @click=${() => this.load()}>${common.retry}</button>`
          : !this.detail
            ? html`<p>${common.loading}</p>`
            : html`${this.renderReminder(t)}
                ${published ? this.renderWrite(t) : html`<p class="notice">${t.notPublished}</p>`} ${this.renderSent(t)}
                <console-mail-log
                  .client=${this.client}
                  event-id=${this.eventId}
                  lang=${this.language}
                ></console-mail-log>`
      }
    `;
  }
}

ConsoleElement.define('console-messages', ConsoleMessagesElement);
