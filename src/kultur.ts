/**
 * The CDN bundle's entry: `<script type="module" src=".../kultur.js">` registers every element. The listing is in
 * this file; `<kultur-event>` and `<kultur-signup>` load from chunks beside it when a page first shows one.
 *
 * @module
 */
import { loadWhenInPage, provideLoader } from './components/base/element-loader.js';
// The provider first: an element upgraded before its provider exists would not find the shared client.
import './components/kultur-provider/kultur-provider.js';
import './components/kultur-events/kultur-events.js';

provideLoader('kultur-event', () => import('./components/kultur-event/kultur-event.js'));
provideLoader('kultur-signup', () => import('./components/kultur-signup/kultur-signup.js'));
loadWhenInPage(['kultur-event', 'kultur-signup']);

export { createKulturClient, isKulturError } from './sdk/index.js';
