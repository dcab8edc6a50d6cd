/** Something for the console's live region to say: an outcome the person did not see happen on screen. */
export class ConsoleAnnounceEvent extends Event {
  readonly detail: { message: string };
  constructor(message: string) {
    super('console-announce', { bubbles: true, composed: true });
    this.detail = { message };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'console-announce': ConsoleAnnounceEvent;
  }
}
