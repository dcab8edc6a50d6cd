/** `<kultur-events>` could not load events; `detail.error` is usually a `KulturError` from the SDK. */
export class KulturEventsFailedEvent extends Event {
  static readonly type = 'kultur-events-failed';
  readonly detail: { readonly error: unknown };

  constructor(error: unknown) {
    super(KulturEventsFailedEvent.type, { bubbles: true, composed: true });
    this.detail = { error };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kultur-events-failed': KulturEventsFailedEvent;
  }
}
