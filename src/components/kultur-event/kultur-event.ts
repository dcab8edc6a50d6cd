import { KulturEventElement } from './kultur-event.component.js';

export { KulturEventElement };
export * from './kultur-event.component.js';

KulturEventElement.define('kultur-event');

declare global {
  interface HTMLElementTagNameMap {
    'kultur-event': KulturEventElement;
  }
}
