import { KulturEventsElement } from './kultur-events.component.js';

export { KulturEventsElement };
export * from './kultur-events.component.js';

KulturEventsElement.define('kultur-events');

declare global {
  interface HTMLElementTagNameMap {
    'kultur-events': KulturEventsElement;
  }
}
