/**
 * The Kultur elements as classes, registering nothing: for apps that choose their own tag names or register lazily.
 * `@kulturregion/kultur/define` registers every tag; `dist/kultur.js` is the same for a script tag.
 *
 * @module
 */
export { KulturElement } from './base/kultur-element.js';
export { KulturFeedElement } from './base/kultur-feed-element.js';
export { kulturClientContext } from './context/client-context.js';
export {
  EVENTS_FILTERS,
  EVENTS_LAYOUTS,
  KulturEventsElement,
  type EventsFilter,
  type EventsLayout,
} from './kultur-events/kultur-events.component.js';
export { KulturEventElement } from './kultur-event/kultur-event.component.js';
export { KulturProviderElement } from './kultur-provider/kultur-provider.component.js';
export { KulturEventSelectEvent } from './events/kultur-event-select-event.js';
export { KulturEventsFailedEvent } from './events/kultur-events-failed-event.js';
export { KulturEventsLoadedEvent, type KulturEventsLoadedDetail } from './events/kultur-events-loaded-event.js';
export { LANGUAGES, type Language } from './i18n/language.js';
export { KulturSignupElement, SIGNUP_STATES, type SignupState } from './kultur-signup/kultur-signup.component.js';
export { KulturSignupSubmitEvent } from './events/kultur-signup-submit-event.js';
export { KulturSignupSubmittedEvent } from './events/kultur-signup-submitted-event.js';
export { KulturSignupFailedEvent } from './events/kultur-signup-failed-event.js';
export { KulturSubmitElement, SUBMIT_STATES, type SubmitState } from './kultur-submit/kultur-submit.component.js';
export { KulturSubmitSubmittedEvent } from './events/kultur-submit-submitted-event.js';
export { KulturSubmitFailedEvent } from './events/kultur-submit-failed-event.js';
