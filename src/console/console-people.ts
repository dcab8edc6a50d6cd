import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { MUNICIPALITIES } from '../contract/reference-data.js';
import { isKulturError, ROLE_IDS, type MunicipalityId, type Person, type Role } from '../sdk/publishing/index.js';
import { ConsoleElement } from './console-element.js';
import { consoleStyles } from './console-styles.js';
import { consoleTextsFor, type ConsoleTexts } from './console-texts.js';

declare global {
  interface HTMLElementTagNameMap {
    'console-people': ConsolePeopleElement;
  }
}

/**
 * The people who may sign in (admin only): the list, an invitation form, and removing.
 *
 * @summary Manages the console's people.
 */
export class ConsolePeopleElement extends ConsoleElement {
  static override styles = [ConsoleElement.baseStyles, consoleStyles];

  @state() private people: Person[] | undefined;
  @state() private failed = false;
  @state() private busy = false;
  @state() private message = '';
  @state() private emailIssue = '';
  @state() private inviteRole: Role = 'organiser';

  private get t(): ConsoleTexts {
    return consoleTextsFor(this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client')) void this.load();
  }

  /** Loads the list again. */
  async load(): Promise<void> {
    if (!this.client) return;
    try {
      this.people = await this.client.people.list();
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  private async handleInvite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const email = ((data.get('email') as string | null) ?? '').trim();
    const name = ((data.get('name') as string | null) ?? '').trim();
    const municipalities = data.getAll('municipalities') as MunicipalityId[];
    this.message = '';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      this.emailIssue = email ? this.t.emailInvalid : this.t.emailRequired;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#invite-email')?.focus();
      return;
    }
    this.emailIssue = '';
    this.busy = true;
    try {
      await this.client!.people.invite({
        email,
        role: this.inviteRole,
        ...(name ? { name } : {}),
        ...(this.inviteRole === 'editor' ? { municipalities } : {}),
      });
      this.message = this.t.invited(email);
      form.reset();
      this.inviteRole = 'organiser';
      await this.load();
    } catch (error) {
      this.message = this.inviteRefusal(error, email);
    } finally {
      this.busy = false;
    }
    this.announce(this.message);
  }

  /** What went wrong with an invitation, in words that say what to do: the server's refusal names the field. */
  private inviteRefusal(error: unknown, email: string): string {
    if (!isKulturError(error, 'KulturHttpError')) return this.t.inviteFailed;
    if (error.status === 403) return this.t.forbidden;
    if (error.status === 409) return this.t.alreadyHasAccess(email);
    const fields = error.problem?.errors?.map((issue) => issue.path) ?? [];
    if (fields.includes('municipalities')) return this.t.municipalitiesRequired;
    if (fields.includes('email')) return this.t.emailInvalid;
    return this.t.inviteFailed;
  }

  private async handleRemove(person: Person): Promise<void> {
    const who = person.name ?? person.email;
    if (!confirm(this.t.confirmRemove(who))) return;
    try {
      await this.client!.people.remove(person.id);
      this.message = this.t.removed(who);
      await this.load();
    } catch (error) {
      this.message =
        isKulturError(error, 'KulturHttpError') && error.status === 409 ? this.t.lastAdmin : this.t.loadFailed;
    }
    this.announce(this.message);
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  override render() {
    const t = this.t;
    const municipalityName = (id: string) => MUNICIPALITIES.find((m) => m.id === id)?.name[this.language] ?? id;
    return html`
      <h1 tabindex="-1">${t.peopleTitle}</h1>
      <p>${t.peopleIntro}</p>
      <div role="status" class=${this.message ? 'notice' : ''}>${this.message}</div>
      ${
        this.failed
          ? html`<p class="error">${t.loadFailed}</p>
              <button type="button" @click=${() => this.load()}>${t.retry}</button>`
          : !this.people
            ? html`<p>${t.loading}</p>`
            : html`<table>
                <caption class="visually-hidden">
                  ${t.peopleTable}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.emailLabel}</th>
                    <th scope="col">${t.nameLabel}</th>
                    <th scope="col">${t.roleLabel}</th>
                    <th scope="col">${t.municipalitiesLabel}</th>
                    <th scope="col"><span class="visually-hidden">${t.remove}</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${this.people.map(
                    (person) =>
                      html`<tr>
                        <td>${person.email}</td>
                        <td>${person.name ?? t.noName}</td>
                        <td>${t.roles[person.role]}</td>
                        <td>${person.municipalities.map(municipalityName).join(', ') || t.municipalitiesNone}</td>
                        <td>
                          ${
                            person.id === this.session?.person.id
                              ? nothing
                              : html`<button
                                  type="button"
                                  class="danger"
                                  aria-label=${t.removeLabel(person.name ?? person.email)}
                                  @click=${() => this.handleRemove(person)}
                                >
                                  ${t.remove}
                                </button>`
                          }
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
      }
      <h2>${t.invite}</h2>
      <form novalidate @submit=${this.handleInvite}>
        <div class="field">
          <label for="invite-email">${t.emailLabel}</label>
          ${
            this.emailIssue
              ? html`<span class="error" id="invite-email-error"
                  ><span class="visually-hidden">${t.errorPrefix}</span> ${this.emailIssue}</span
                >`
              : nothing
          }
          <input
            id="invite-email"
            name="email"
            type="email"
            autocomplete="off"
            aria-invalid=${this.emailIssue ? 'true' : 'false'}
            aria-describedby=${this.emailIssue ? 'invite-email-error' : nothing}
          />
        </div>
        <div class="field">
          <label for="invite-name">${t.nameLabel} <span class="hint">${t.optional}</span></label>
          <input id="invite-name" name="name" type="text" autocomplete="off" />
        </div>
        <fieldset>
          <legend>${t.roleLabel}</legend>
          ${ROLE_IDS.map(
            (role) =>
              html`<div class="choice">
                <input
                  id="role-${role}"
                  name="role"
                  type="radio"
                  value=${role}
                  .checked=${this.inviteRole === role}
                  aria-describedby="role-${role}-hint"
                  @change=${() => (this.inviteRole = role)}
                />
                <label for="role-${role}"
                  >${t.roles[role]} <span class="hint" id="role-${role}-hint">${t.roleHints[role]}</span></label
                >
              </div>`,
          )}
        </fieldset>
        ${
          this.inviteRole === 'editor'
            ? html`<fieldset aria-describedby="municipalities-hint">
                <legend>${t.municipalitiesLabel}</legend>
                <span class="hint" id="municipalities-hint">${t.municipalitiesHint}</span>
                ${MUNICIPALITIES.map(
                  (m) =>
                    html`<div class="choice">
                      <input id="m-${m.id}" name="municipalities" type="checkbox" value=${m.id} />
                      <label for="m-${m.id}">${m.name[this.language]}</label>
                    </div>`,
                )}
              </fieldset>`
            : nothing
        }
        <button type="submit" ?disabled=${this.busy}>${t.invite}</button>
      </form>
    `;
  }
}

ConsoleElement.define('console-people', ConsolePeopleElement);
