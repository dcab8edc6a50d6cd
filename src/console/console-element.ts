import { property } from 'lit/decorators.js';
import { KulturElement } from '../components/base/kultur-element.js';
import type { PublishingClient, Session } from '../sdk/publishing/index.js';
import { ConsoleAnnounceEvent } from './events/console-announce-event.js';
import { ConsoleNavigateEvent } from './events/console-navigate-event.js';

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
