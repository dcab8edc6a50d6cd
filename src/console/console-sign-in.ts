import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { isKulturError } from '../sdk/publishing/index.js';
import { ConsoleSignedInEvent } from './events/console-signed-in-event.js';
import { ConsoleElement } from './console-element.js';
import { consoleStyles } from './console-styles.js';
import { consoleTextsFor, type ConsoleTexts } from './console-texts.js';

declare global {
  interface HTMLElementTagNameMap {
    'console-sign-in': ConsoleSignInElement;
  }
}

type Field = 'email' | 'code';

/**
 * Signing in: an e-mail address gets a single-use link by mail ("check your mail"); the code from the mail can be
 * pasted instead of following the link. The link itself (`#sign-in=…`) is handled by `<console-app>`.
 *
 * @summary The console's sign-in view.
 * @event console-signed-in - The code was accepted. `detail: { session }`.
 */
export class ConsoleSignInElement extends ConsoleElement {
  static override styles = [ConsoleElement.baseStyles, consoleStyles];

  /** A message to show above the form, such as why the person must sign in again. */
  @state() notice = '';

  @state() private sentTo = '';
  @state() private busy = false;
  @state() private issues: { field: Field; message: string }[] = [];
  @state() private failure = '';

  private get t(): ConsoleTexts {
    return consoleTextsFor(this.language);
  }

  private async handleRequest(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const email = (new FormData(event.target as HTMLFormElement).get('email') as string | null)?.trim() ?? '';
    this.failure = '';
    if (!email) return this.refuse([{ field: 'email', message: this.t.emailRequired }]);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      return this.refuse([{ field: 'email', message: this.t.emailInvalid }]);
    this.issues = [];
    this.busy = true;
    try {
      await this.client!.session.requestLink(email);
      this.sentTo = email;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent')?.focus();
    } catch (error) {
      this.failure = this.explain(error);
      this.announce(this.failure);
    } finally {
      this.busy = false;
    }
  }

  private async handleCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const code = (new FormData(event.target as HTMLFormElement).get('code') as string | null)?.trim() ?? '';
    this.failure = '';
    if (!code) return this.refuse([{ field: 'code', message: this.t.codeRequired }]);
    this.issues = [];
    await this.signIn(code);
  }

  /** Signs in with a token (from the link or the pasted code); tells the app, or says why not. */
  async signIn(token: string): Promise<boolean> {
    this.busy = true;
    try {
      const session = await this.client!.session.signIn(token);
      this.dispatchEvent(new ConsoleSignedInEvent(session));
      return true;
    } catch (error) {
      this.failure = this.explain(error);
      this.announce(this.failure);
      return false;
    } finally {
      this.busy = false;
    }
  }

  private explain(error: unknown): string {
    if (isKulturError(error, 'KulturHttpError')) {
      if (error.status === 400) return this.t.linkInvalid;
      if (error.status === 429) return this.t.tooManyRequests;
    }
    return this.t.loadFailed;
  }

  private async refuse(issues: { field: Field; message: string }[]): Promise<void> {
    this.issues = issues;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private issueOf(field: Field) {
    return this.issues.find((issue) => issue.field === field);
  }

  private handleSummaryLink(event: Event, field: Field): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  override render() {
    const t = this.t;
    const emailIssue = this.issueOf('email');
    const codeIssue = this.issueOf('code');
    return html`
      <h1 tabindex="-1">${t.signInTitle}</h1>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${
        this.issues.length
          ? html`<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="summary-title">
              <h2 id="summary-title">${t.summaryTitle}</h2>
              <ul>
                ${this.issues.map(
                  (issue) =>
                    html`<li>
                      <a href="#${issue.field}" @click=${(event: Event) => this.handleSummaryLink(event, issue.field)}
                        >${issue.message}</a
                      >
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${this.failure ? html`<p class="error" role="alert">${this.failure}</p>` : nothing}
      ${
        this.sentTo
          ? html`<div class="notice" id="sent" tabindex="-1">
              <h2>${t.checkMailTitle}</h2>
              <p>${t.checkMail(this.sentTo)}</p>
            </div>`
          : html`<p>${t.signInIntro}</p>
              <form novalidate @submit=${this.handleRequest}>
                <div class="field">
                  <label for="email">${t.emailLabel}</label>
                  <span class="hint" id="email-hint">${t.emailHint}</span>
                  ${
                    emailIssue
                      ? html`<span class="error" id="email-error"
                          ><span class="visually-hidden">${t.errorPrefix}</span> ${emailIssue.message}</span
                        >`
                      : nothing
                  }
                  <input
                    id="email"
                    name="email"
                    type="email"
                    autocomplete="email"
                    spellcheck="false"
                    aria-describedby="email-hint ${emailIssue ? 'email-error' : ''}"
                    aria-invalid=${emailIssue ? 'true' : 'false'}
                  />
                </div>
                <button type="submit" ?disabled=${this.busy}>${this.busy ? t.sending : t.sendLink}</button>
              </form>`
      }
      <form novalidate @submit=${this.handleCode}>
        <div class="field">
          <label for="code">${t.codeLabel}</label>
          <span class="hint" id="code-hint">${t.codeHint}</span>
          ${
            codeIssue
              ? html`<span class="error" id="code-error"
                  ><span class="visually-hidden">${t.errorPrefix}</span> ${codeIssue.message}</span
                >`
              : nothing
          }
          <input
            id="code"
            name="code"
            type="text"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="code-hint ${codeIssue ? 'code-error' : ''}"
            aria-invalid=${codeIssue ? 'true' : 'false'}
          />
        </div>
        <button type="submit" class="secondary" ?disabled=${this.busy}>
          ${this.busy ? t.signingIn : t.signInWithCode}
        </button>
      </form>
    `;
  }
}

ConsoleElement.define('console-sign-in', ConsoleSignInElement);
