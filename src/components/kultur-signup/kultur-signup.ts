import { KulturSignupElement } from './kultur-signup.component.js';

export { KulturSignupElement };
export * from './kultur-signup.component.js';

KulturSignupElement.define('kultur-signup');

declare global {
  interface HTMLElementTagNameMap {
    'kultur-signup': KulturSignupElement;
  }
}
