import type { SubmissionAnswer } from '../../contract/submission.js';

/**
 * The feed took an event from `<kultur-submit>`: a confirmation mail is on its way to the sender, and the event waits
 * for its link to be used. `detail.answer` is the feed's answer; `detail.title` the event's title as sent.
 */
export class KulturSubmitSubmittedEvent extends Event {
  static readonly type = 'kultur-submit-submitted';
  readonly detail: { readonly title: string; readonly answer: SubmissionAnswer };

  constructor(title: string, answer: SubmissionAnswer) {
    super(KulturSubmitSubmittedEvent.type, { bubbles: true, composed: true });
    this.detail = { title, answer };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kultur-submit-submitted': KulturSubmitSubmittedEvent;
  }
}
