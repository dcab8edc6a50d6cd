/**
 * Sending a signup from `<kultur-signup>` failed or was refused; `detail.error` is usually a `KulturError` from the
 * SDK (a `KulturHttpError` whose `problem` says why the feed refused).
 */
export class KulturSignupFailedEvent extends Event {
  static readonly type = 'kultur-signup-failed';
  readonly detail: { readonly eventId: string; readonly error: unknown };

  constructor(eventId: string, error: unknown) {
    super(KulturSignupFailedEvent.type, { bubbles: true, composed: true });
    this.detail = { eventId, error };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kultur-signup-failed': KulturSignupFailedEvent;
  }
}
