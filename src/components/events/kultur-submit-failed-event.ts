/**
 * Sending an event from `<kultur-submit>` failed or was refused; `detail.error` is usually a `KulturError` from the
 * SDK (a `KulturHttpError` whose `problem` says why the feed refused).
 */
export class KulturSubmitFailedEvent extends Event {
  static readonly type = 'kultur-submit-failed';
  readonly detail: { readonly error: unknown };

  constructor(error: unknown) {
    super(KulturSubmitFailedEvent.type, { bubbles: true, composed: true });
    this.detail = { error };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kultur-submit-failed': KulturSubmitFailedEvent;
  }
}
