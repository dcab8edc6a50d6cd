/**
 * The CDN bundle's entry: `<script type="module" src=".../kultur.js">` registers every element. The listing is in
 * this file; `<kultur-event>`, `<kultur-signup>` and `<kultur-submit>` load from chunks beside it when a page first shows one.
 *
 * @module
 */
import { loadWhenInPage, provideLoader } from './components/base/element-loader.js';
// The provider first: an element upgraded before its provider exists would not find the shared client.
import './components/kultur-provider/kultur-provider.js';
import './components/kultur-events/kultur-events.js';

provideLoader('kultur-event', () => import('./components/kultur-event/kultur-event.js'));
// The form's checks are a chunk loaded when a field is first checked, the SDK's signup calls one loaded when a signup is
// sent; the words for refused fields come with the schemas that find what is refused, loaded only then (issue 21).
provideLoader('kultur-signup', () => import('./components/kultur-signup/kultur-signup.js'));
// The submission form is on few pages (a municipality's "send an event in" page): a chunk of its own.
provideLoader('kultur-submit', () => import('./components/kultur-submit/kultur-submit.js'));
loadWhenInPage(['kultur-event', 'kultur-signup', 'kultur-submit']);

// From their own modules, not the SDK's index: that one exports the zod schemas too, which kultur.js leaves out.
export { createKulturClient } from './sdk/client.js';
export { isKulturError } from './sdk/errors/is-kultur-error.js';
