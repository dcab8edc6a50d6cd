import type { KulturEvent } from '../../sdk/index.js';

/**
 * Someone activated an event in `<kultur-events>`. Cancelable: call `preventDefault()` to show the event your own
 * way instead of opening it inline or following `event-url`.
 */
export class KulturEventSelectEvent extends Event {
  static readonly type = 'kultur-event-select';
  readonly detail: { readonly event: KulturEvent; readonly url: string | undefined };

  constructor(event: KulturEvent, url: string | undefined) {
    super(KulturEventSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = { event, url };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kultur-event-select': KulturEventSelectEvent;
  }
}
