import { KulturProviderElement } from './kultur-provider.component.js';

export { KulturProviderElement };
export * from './kultur-provider.component.js';

KulturProviderElement.define('kultur-provider');

declare global {
  interface HTMLElementTagNameMap {
    'kultur-provider': KulturProviderElement;
  }
}
