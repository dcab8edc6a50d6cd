import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LANGUAGES, type Language } from '../components/i18n/language.js';
import {
  CONSOLE_EVENT_STATES,
  createPublishingClient,
  type ConsoleEventState,
  type PublishingClient,
  type Session,
} from '../sdk/publishing/index.js';
import { ConsoleElement } from './console-element.js';
import type { ConsoleAnnounceEvent } from './events/console-announce-event.js';
import type { ConsoleNavigateEvent } from './events/console-navigate-event.js';
import type { ConsoleSignedInEvent } from './events/console-signed-in-event.js';
import './console-event-editor.js';
import './console-check-in.js';
import './console-event-list.js';
import './console-numbers.js';
import './console-participants.js';
import './console-mail-log.js';
import './console-messages.js';
import './console-people.js';
import './console-sign-in.js';
import { consoleStyles } from './console-styles.js';
import { consoleTextsFor } from './console-texts.js';
import { participantTextsFor } from './participant-texts.js';
import { messageTextsFor } from './message-texts.js';

declare global {
  interface HTMLElementTagNameMap {
    'console-app': ConsoleAppElement;
  }
}

/** Where the console's language choice is remembered: the staff's own page, not a cookie. */
const LANGUAGE_KEY = 'kultur-console-lang';

/** The views, from the address's fragment. */
export type Route =
  | { view: 'events'; state: ConsoleEventState }
  | { view: 'queue' }
  | { view: 'event'; id: string }
  | { view: 'new' }
  | { view: 'people' }
  | { view: 'participants'; id: string }
  | { view: 'check-in'; id: string }
  | { view: 'numbers' }
  | { view: 'messages'; id: string }
  | { view: 'mail-log' }
  | { view: 'not-found' };

/**
 * Reads `#/events?state=…`, `#/events/<id>`, `#/events/<id>/participants`, `#/events/<id>/check-in`,
 * `#/events/<id>/messages`, `#/events/new`, `#/queue`, `#/people`, `#/numbers`, `#/mail-log`.
 */
export function routeOf(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0 || (parts[0] === 'events' && parts.length === 1)) {
    const state = new URLSearchParams(search).get('state') as ConsoleEventState | null;
    return { view: 'events', state: state && CONSOLE_EVENT_STATES.includes(state) ? state : 'published' };
  }
  if (parts[0] === 'events' && parts[1] === 'new' && parts.length === 2) return { view: 'new' };
  if (parts[0] === 'events' && parts.length === 2) return { view: 'event', id: decodeURIComponent(parts[1]!) };
  if (parts[0] === 'events' && parts.length === 3 && (parts[2] === 'participants' || parts[2] === 'check-in')) {
    return { view: parts[2], id: decodeURIComponent(parts[1]!) };
  }
  if (parts[0] === 'numbers' && parts.length === 1) return { view: 'numbers' };
  if (parts[0] === 'queue' && parts.length === 1) return { view: 'queue' };
  if (parts[0] === 'people' && parts.length === 1) return { view: 'people' };
  if (parts[0] === 'events' && parts[2] === 'messages' && parts.length === 3) {
    return { view: 'messages', id: decodeURIComponent(parts[1]!) };
  }
  if (parts[0] === 'mail-log' && parts.length === 1) return { view: 'mail-log' };
  return { view: 'not-found' };
}

/**
 * The console: signs in (also from the `#sign-in=<token>` of a mailed link, which is then taken out of the address),
 * routes between the views by the address's fragment, moves focus to each new view's heading, and says outcomes in a
 * live region. Danish by default; English by `?lang=en` or the switch, remembered in localStorage.
 *
 * @summary The Kultur console at `/admin/`.
 */
export class ConsoleAppElement extends ConsoleElement {
  static override styles = [
    ConsoleElement.baseStyles,
    consoleStyles,
    css`
      header {
        background: var(--_color-accent);
        color: var(--_color-on-accent);
        padding: 0.5em 1em;
      }
      header a,
      header button {
        color: var(--_color-on-accent);
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1.5em;
        align-items: center;
        justify-content: space-between;
      }
      .brand {
        font-weight: 700;
        font-size: 1.2em;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1em;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav a[aria-current='page'] {
        font-weight: 700;
      }
      header button {
        background: transparent;
        border-color: var(--_color-on-accent);
        min-height: 2.5em;
      }
      main {
        padding: 0 1em 3em;
        max-width: 90em;
      }
      .who {
        font-size: 0.9em;
      }
      .event-tabs ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1.25em;
        list-style: none;
        margin: 1em 0 0;
        padding: 0 0 0.5em;
        border-bottom: 1px solid var(--_color-border);
      }
      .event-tabs a {
        display: inline-block;
        padding: 0.35em 0;
      }
      .event-tabs a[aria-current='page'] {
        font-weight: 700;
        color: var(--_color-text);
      }
    `,
  ];

  /** The feed's base URL with its version; the page at `/admin/` passes `/v1`. */
  @property() api = '/v1';

  @state() private route: Route = routeOf(location.hash);
  @state() private checked = false;
  @state() private liveMessage = '';
  @state() private signInNotice = '';
  #client: PublishingClient | undefined;
  #pendingToken: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#applyLanguage(this.#chosenLanguage());
    this.#client = createPublishingClient({ baseUrl: new URL(this.api, document.baseURI), fetch: this.#fetch });
    this.client = this.#client;
    this.#takeSignInToken();
    window.addEventListener('hashchange', this.handleHashChange);
    this.addEventListener('console-announce', this.handleAnnounce);
    this.addEventListener('console-navigate', this.handleNavigate);
    this.addEventListener('console-signed-in', this.handleSignedIn);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  /**
   * The client's fetch: a 401 to any call but the session's own means the session ended (idle or absolute expiry, or
   * signed out on another device), so the console goes back to the sign-in view and says why.
   */
  #fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await fetch(input, init);
    const path = new URL(input instanceof Request ? input.url : String(input), document.baseURI).pathname;
    if (response.status === 401 && !/\/session(\/link)?$/.test(path) && this.session) {
      this.session = null;
      this.signInNotice = consoleTextsFor(this.language).sessionEnded;
      void this.#focusView();
    }
    return response;
  };

  async #start(): Promise<void> {
    try {
      if (this.#pendingToken) {
        const token = this.#pendingToken;
        this.#pendingToken = undefined;
        try {
          this.session = await this.#client!.session.signIn(token);
        } catch {
          this.signInNotice = consoleTextsFor(this.language).linkInvalid;
          this.session = null;
        }
      } else {
        this.session = await this.#client!.session.current();
      }
    } catch {
      this.session = null;
    }
    this.checked = true;
    await this.#focusView();
  }

  #chosenLanguage(): Language {
    const asked = new URLSearchParams(location.search).get('lang');
    if (asked && (LANGUAGES as readonly string[]).includes(asked)) return asked as Language;
    try {
      const kept = localStorage.getItem(LANGUAGE_KEY);
      if (kept && (LANGUAGES as readonly string[]).includes(kept)) return kept as Language;
    } catch {
      // Storage refused: Danish.
    }
    return 'da';
  }

  #applyLanguage(language: Language): void {
    document.documentElement.lang = language;
    this.lang = language;
    document.title = consoleTextsFor(language).appTitle;
  }

  /**
   * A sign-in link: the token is taken out of the address at once, so it is not in the history or a bookmark, and kept
   * for `#start()` to spend.
   */
  #takeSignInToken(): boolean {
    const match = /^#sign-in=([^&]+)/.exec(location.hash);
    if (!match) return false;
    this.#pendingToken = decodeURIComponent(match[1]!);
    history.replaceState(history.state, '', `${location.pathname}${location.search}#/events`);
    this.route = routeOf('#/events');
    return true;
  }

  private handleHashChange = (): void => {
    // The link opened in the tab that shows the console already (pasted into the address bar after asking for it):
    // only the fragment changes, so the page does not load again; the link is taken here instead.
    if (this.#takeSignInToken()) return void this.#start();
    this.route = routeOf(location.hash);
    void this.#focusView();
  };

  private handleAnnounce = (event: ConsoleAnnounceEvent): void => {
    // Emptied first, so the same words said twice are announced twice.
    this.liveMessage = '';
    requestAnimationFrame(() => (this.liveMessage = event.detail.message));
  };

  private handleNavigate = (event: ConsoleNavigateEvent): void => {
    location.hash = event.detail.route;
  };

  private handleSignedIn = (event: ConsoleSignedInEvent): void => {
    this.session = event.detail.session;
    this.signInNotice = '';
    void this.#focusView();
  };

  private handleLanguage(): void {
    const next: Language = this.language === 'da' ? 'en' : 'da';
    try {
      localStorage.setItem(LANGUAGE_KEY, next);
    } catch {
      // Not remembered; still switched.
    }
    this.#applyLanguage(next);
  }

  private async handleSignOut(everywhere: boolean): Promise<void> {
    try {
      if (everywhere) await this.#client!.session.signOutEverywhere();
      else await this.#client!.session.signOut();
    } catch {
      // Signed out here anyway: the view goes back to the sign-in form.
    }
    this.session = null;
    this.signInNotice = consoleTextsFor(this.language).signedOut;
    await this.#focusView();
  }

  /** After a change of view, focus goes to the new view's heading. */
  async #focusView(): Promise<void> {
    await this.updateComplete;
    const view = this.renderRoot.querySelector<ConsoleElement>('main > :not(.event-tabs)');
    await (view as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
    view?.focusHeading();
  }

  private renderView() {
    const route = this.route;
    const session = this.session;
    const t = consoleTextsFor(this.language);
    const common = { client: this.client, session };
    switch (route.view) {
      case 'events':
        return html`<console-event-list
          lang=${this.language}
          .client=${common.client}
          .session=${session}
          mode="events"
          state=${route.state}
        ></console-event-list>`;
      case 'queue':
        return session?.person.role === 'organiser'
          ? html`<p>${t.forbidden}</p>`
          : html`<console-event-list
              lang=${this.language}
              .client=${common.client}
              .session=${session}
              mode="queue"
            ></console-event-list>`;
      // One template for both, so the editor that has just created an event stays, with its message, at its address.
      case 'new':
      case 'event':
        return html`<console-event-editor
          lang=${this.language}
          .client=${common.client}
          .session=${session}
          event-id=${route.view === 'event' ? route.id : ''}
        ></console-event-editor>`;
      case 'participants':
        return html`<console-participants
          lang=${this.language}
          .client=${common.client}
          .session=${session}
          event-id=${route.id}
        ></console-participants>`;
      case 'check-in':
        return html`<console-check-in
          lang=${this.language}
          .client=${common.client}
          .session=${session}
          event-id=${route.id}
        ></console-check-in>`;
      case 'numbers':
        return html`<console-numbers
          lang=${this.language}
          .client=${common.client}
          .session=${session}
        ></console-numbers>`;
      case 'people':
        return session?.person.role === 'admin'
          ? html`<console-people lang=${this.language} .client=${common.client} .session=${session}></console-people>`
          : html`<div><h1 tabindex="-1">${t.forbidden}</h1></div>`;
      case 'messages':
        return html`<console-messages
          lang=${this.language}
          .client=${common.client}
          .session=${session}
          event-id=${route.id}
        ></console-messages>`;
      case 'mail-log':
        return session?.person.role === 'admin'
          ? html`<console-mail-log
              lang=${this.language}
              .client=${common.client}
              .session=${session}
            ></console-mail-log>`
          : html`<div><h1 tabindex="-1">${t.forbidden}</h1></div>`;
      default:
        return html`<div><h1 tabindex="-1">${t.notFound}</h1></div>`;
    }
  }

  /** Beside an event's editor: its participants, the check-in at the door, and the messages to its participants. */
  private renderEventTabs() {
    const route = this.route;
    const views: Route['view'][] = ['event', 'participants', 'check-in', 'messages'];
    if (!views.includes(route.view) || !('id' in route)) return nothing;
    const p = participantTextsFor(this.language);
    const base = `#/events/${encodeURIComponent(route.id)}`;
    const tab = (view: Route['view'], href: string, label: string) =>
      html`<li><a href=${href} aria-current=${route.view === view ? 'page' : 'false'}>${label}</a></li>`;
    return html`<nav class="event-tabs" aria-label=${p.eventTabs}>
      <ul>
        ${tab('event', base, p.tabEdit)} ${tab('participants', `${base}/participants`, p.tabParticipants)}
        ${tab('check-in', `${base}/check-in`, p.tabCheckIn)} ${tab('messages', `${base}/messages`, p.tabMessages)}
      </ul>
    </nav>`;
  }

  override render() {
    const t = consoleTextsFor(this.language);
    const session = this.session;
    const route = this.route;
    const current = (view: Route['view']) => (route.view === view ? 'page' : 'false');
    return html`
      <header>
        <div class="bar">
          <span class="brand">${t.appTitle}</span>
          <button type="button" lang=${this.language === 'da' ? 'en' : 'da'} @click=${this.handleLanguage}>
            ${t.language}
          </button>
        </div>
        ${
          session
            ? html`<div class="bar">
                <nav aria-label=${t.mainNav}>
                  <ul>
                    <li><a href="#/events" aria-current=${current('events')}>${t.navEvents}</a></li>
                    ${
                      session.person.role !== 'organiser'
                        ? html`<li><a href="#/queue" aria-current=${current('queue')}>${t.navQueue}</a></li>`
                        : nothing
                    }
                    <li><a href="#/events/new" aria-current=${current('new')}>${t.newEvent}</a></li>
                    <li>
                      <a href="#/numbers" aria-current=${current('numbers')}
                        >${participantTextsFor(this.language).navNumbers}</a
                      >
                    </li>
                    ${
                      session.person.role === 'admin'
                        ? html`<li><a href="#/people" aria-current=${current('people')}>${t.navPeople}</a></li>
                            <li>
                              <a href="#/mail-log" aria-current=${current('mail-log')}
                                >${messageTextsFor(this.language).navMailLog}</a
                              >
                            </li>`
                        : nothing
                    }
                  </ul>
                </nav>
                <span class="who"
                  >${t.signedInAs(session.person.name ?? session.person.email, t.roles[session.person.role])}</span
                >
                <span>
                  <button type="button" @click=${() => this.handleSignOut(false)}>${t.signOut}</button>
                  <button type="button" @click=${() => this.handleSignOut(true)}>${t.signOutEverywhere}</button>
                </span>
              </div>`
            : nothing
        }
      </header>
      <main>
        ${
          !this.checked
            ? html`<div><h1 tabindex="-1">${t.loading}</h1></div>`
            : session
              ? html`${this.renderEventTabs()}${this.renderView()}`
              : html`<console-sign-in
                  lang=${this.language}
                  .client=${this.client}
                  .notice=${this.signInNotice}
                ></console-sign-in>`
        }
      </main>
      <div class="visually-hidden" role="status" aria-live="polite">${this.liveMessage}</div>
    `;
  }
}

ConsoleElement.define('console-app', ConsoleAppElement);
