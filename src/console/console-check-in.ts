import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isKulturError, type Participant, type ParticipantList } from '../sdk/publishing/index.js';
import { ConsoleElement } from './console-element.js';
import { consoleStyles } from './console-styles.js';
import { consoleTextsFor } from './console-texts.js';
import { foldForSearch, participantTextsFor, type ParticipantTexts } from './participant-texts.js';

declare global {
  interface HTMLElementTagNameMap {
    'console-check-in': ConsoleCheckInElement;
  }
}

/**
 * Check-in at the door, phone first (320–400 px): a big search box that narrows the confirmed participants by name (or
 * e-mail, or organisation) as one types, without asking the feed; each person a large toggle button to tap for
 * attended and tap again to undo. The count of seats checked in is updated from each answer and said in the live
 * region with the person's name.
 *
 * @summary Checks participants in at the door.
 */
export class ConsoleCheckInElement extends ConsoleElement {
  static override styles = [
    ConsoleElement.baseStyles,
    consoleStyles,
    css`
      :host {
        max-width: 30em;
      }
      .search input {
        font-size: 1.25em;
        padding: 0.5em 0.6em;
      }
      .count {
        font-size: 1.2em;
        font-weight: 700;
        margin: 0.5em 0;
      }
      .people {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .people li {
        margin: 0 0 0.5em;
      }
      .people button {
        display: block;
        width: 100%;
        min-height: 3.5em;
        text-align: left;
        background: var(--_color-surface);
        color: var(--_color-text);
        border-color: var(--_color-border);
        overflow-wrap: anywhere;
      }
      .people button[aria-pressed='true'] {
        background: var(--_color-accent);
        border-color: var(--_color-accent);
        color: var(--_color-on-accent);
      }
      .people .name {
        display: block;
        font-weight: 700;
        font-size: 1.1em;
      }
      .people .what {
        display: block;
        font-size: 0.9em;
      }
    `,
  ];

  /** The event whose participants are checked in. */
  @property({ attribute: 'event-id' }) eventId = '';

  @state() private list: ParticipantList | undefined;
  @state() private loadState: 'loading' | 'ready' | 'error' | 'missing' = 'loading';
  @state() private query = '';
  @state() private busy = new Set<string>();
  @state() private message = '';

  private get t(): ParticipantTexts {
    return participantTextsFor(this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('client') || changed.has('eventId')) && this.client && this.eventId) void this.load();
  }

  /** Loads the confirmed participants again. */
  async load(): Promise<void> {
    try {
      this.list = await this.client!.participants.list(this.eventId, { status: 'confirmed' });
      this.loadState = 'ready';
    } catch (error) {
      this.loadState = isKulturError(error, 'KulturHttpError') && error.status === 404 ? 'missing' : 'error';
    }
  }

  private async toggle(person: Participant): Promise<void> {
    if (this.busy.has(person.id)) return;
    const t = this.t;
    const attend = !person.attendedAt;
    this.busy = new Set(this.busy).add(person.id);
    try {
      const { participants } = this.client!;
      const change = await (attend ? participants.checkIn : participants.undoCheckIn)(this.eventId, person.id);
      const updated = change.participant ?? person;
      this.list = {
        ...this.list!,
        counts: change.counts,
        items: this.list!.items.map((item) => (item.id === person.id ? updated : item)),
      };
      const done = attend ? t.checkedIn(person.name) : t.checkInUndone(person.name);
      this.message = `${done} ${t.checkInCount(change.counts.attendedSeats, change.counts.confirmedSeats)}.`;
    } catch {
      this.message = t.actionFailed;
    } finally {
      const busy = new Set(this.busy);
      busy.delete(person.id);
      this.busy = busy;
    }
    this.announce(this.message);
  }

  private shown(): Participant[] {
    const words = foldForSearch(this.query).split(/\s+/).filter(Boolean);
    return (this.list?.items ?? [])
      .filter((person) => {
        const text = foldForSearch(`${person.name} ${person.email} ${person.organization ?? ''}`);
        return words.every((word) => text.includes(word));
      })
      .sort((a, b) => a.name.localeCompare(b.name, this.language));
  }

  override render() {
    const t = this.t;
    // One heading element whatever the state, so the focus the app gives it while loading stays on it.
    const title = this.list ? t.checkInTitle(this.list.event.title) : t.checkInFallbackTitle;
    return html`<h1 tabindex="-1">${title}</h1>
      ${this.renderBody()}`;
  }

  private renderBody() {
    const t = this.t;
    const shared = consoleTextsFor(this.language);
    if (this.loadState !== 'ready') {
      return html`<p>
          ${this.loadState === 'loading' ? shared.loading : this.loadState === 'missing' ? t.notPublished : shared.loadFailed}
        </p>
        ${this.loadState === 'error' ? html`<button type="button" @click=${() => this.load()}>${shared.retry}</button>` : nothing}`;
    }
    const { event, counts } = this.list!;
    const shown = this.shown();
    return html`
      <p class="count">${t.checkInCount(counts.attendedSeats, counts.confirmedSeats)}</p>
      <div class="field search">
        <label for="find">${t.checkInSearch}</label>
        <span class="hint" id="find-hint">${t.checkInSearchHint}</span>
        <input
          id="find"
          type="search"
          autocomplete="off"
          autocapitalize="words"
          .enterKeyHint=${'search'}
          aria-describedby="find-hint"
          .value=${this.query}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        />
      </div>
      ${
        shown.length === 0
          ? html`<p>${t.checkInNoneFound}</p>`
          : html`<ul class="people" id="checked-people">
              ${shown.map(
                (person) =>
                  html`<li>
                    <button
                      type="button"
                      aria-pressed=${person.attendedAt ? 'true' : 'false'}
                      @click=${() => this.toggle(person)}
                    >
                      <span class="name">${person.name}</span>
                      <span class="what"
                        >${[person.organization, t.seats(person.seats)].filter(Boolean).join(' · ')}</span
                      >
                      <span class="what" aria-hidden="true">${person.attendedAt ? t.tapToUndo : t.tapToCheckIn}</span>
                    </button>
                  </li>`,
              )}
            </ul>`
      }
      <p><a href="#/events/${encodeURIComponent(event.id)}/participants">${t.backToParticipants}</a></p>
    `;
  }
}

ConsoleElement.define('console-check-in', ConsoleCheckInElement);
