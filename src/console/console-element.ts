import { property } from 'lit/decorators.js';
import { KulturElement } from '../components/base/kultur-element.js';
import type { PublishingClient, Session } from '../sdk/publishing/index.js';

/** Something for the console's live region to say: an outcome the person did not see happen on screen. */
export class ConsoleAnnounceEvent extends Event {
  readonly detail: { message: string };
  constructor(message: string) {
    super('console-announce', { bubbles: true, composed: true });
    this.detail = { message };
  }
}

/** Asks the app to show another view: the hash route, such as `#/events/lys-over-moen`. */
export class ConsoleNavigateEvent extends Event {
  readonly detail: { route: string };
  constructor(route: string) {
    super('console-navigate', { bubbles: true, composed: true });
    this.detail = { route };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'console-announce': ConsoleAnnounceEvent;
    'console-navigate': ConsoleNavigateEvent;
  }
}

/**
 * The base of the console's views: the publishing client and the session the app passes down, the Kultur reset
 * styles and language (`KulturElement`), and the two ways a view talks to the app.
 */
export class ConsoleElement extends KulturElement {
  /** The client the console calls the feed with. */
  @property({ attribute: false }) client: PublishingClient | undefined = undefined;
  /** Who is signed in; the views show only what the role may do (the feed enforces it anyway). */
  @property({ attribute: false }) session: Session | null = null;

  /** Says `message` in the app's live region. */
  protected announce(message: string): void {
    this.dispatchEvent(new ConsoleAnnounceEvent(message));
  }

  /** Goes to another view. */
  protected navigate(route: string): void {
    this.dispatchEvent(new ConsoleNavigateEvent(route));
  }

  /** Moves focus to the view's heading, so a screen reader starts reading the new view there. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }
}
