import type { Session } from '../../sdk/publishing/index.js';

/** The person is signed in; `detail.session` is the feed's answer. */
export class ConsoleSignedInEvent extends Event {
  readonly detail: { session: Session };
  constructor(session: Session) {
    super('console-signed-in', { bubbles: true, composed: true });
    this.detail = { session };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'console-signed-in': ConsoleSignedInEvent;
  }
}
