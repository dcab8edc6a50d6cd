/**
 * Registers every Kultur element under its `kultur-*` tag. Importing it twice, or next to the CDN bundle, is safe:
 * a taken tag gets a console warning, never an exception.
 *
 * @module
 */
// The provider first: an element upgraded before its provider exists would not find the shared client.
import './components/kultur-provider/kultur-provider.js';
import './components/kultur-events/kultur-events.js';
import './components/kultur-signup/kultur-signup.js';
import './components/kultur-event/kultur-event.js';
import './components/kultur-submit/kultur-submit.js';

export * from './components/index.js';
