import type { SignupAnswer } from '../../sdk/index.js';

/** The feed took a signup from `<kultur-signup>`: `detail.signup` is its answer, `confirmed` or `waitlisted`. */
export class KulturSignupSubmittedEvent extends Event {
  static readonly type = 'kultur-signup-submitted';
  readonly detail: { readonly eventId: string; readonly signup: SignupAnswer };

  constructor(eventId: string, signup: SignupAnswer) {
    super(KulturSignupSubmittedEvent.type, { bubbles: true, composed: true });
    this.detail = { eventId, signup };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kultur-signup-submitted': KulturSignupSubmittedEvent;
  }
}
