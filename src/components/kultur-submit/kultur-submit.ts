import { KulturSubmitElement } from './kultur-submit.component.js';

export { KulturSubmitElement };
export * from './kultur-submit.component.js';

KulturSubmitElement.define('kultur-submit');

declare global {
  interface HTMLElementTagNameMap {
    'kultur-submit': KulturSubmitElement;
  }
}
