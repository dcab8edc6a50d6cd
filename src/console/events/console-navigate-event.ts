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
    'console-navigate': ConsoleNavigateEvent;
  }
}
