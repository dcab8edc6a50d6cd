import type { SignupRequest } from '../../sdk/index.js';

/**
 * Someone sent `<kultur-signup>`'s form and the fields passed the checks; the signup is about to be sent. Cancelable:
 * call `preventDefault()` and nothing is sent (to send it your own way, or to ask something first).
 */
export class KulturSignupSubmitEvent extends Event {
  static readonly type = 'kultur-signup-submit';
  readonly detail: { readonly eventId: string; readonly input: SignupRequest };

  constructor(eventId: string, input: SignupRequest) {
    super(KulturSignupSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = { eventId, input };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kultur-signup-submit': KulturSignupSubmitEvent;
  }
}
