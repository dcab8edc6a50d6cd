/**
 * The English texts of the listing, the event view and the signup form: one chunk, loaded when an element first speaks
 * English (shared-texts.ts, loadTexts), so a Danish page downloads none of them and an English one makes one request.
 * The rarer parts (the month calendar, the subscribe menu, the submission form) keep both languages in their chunks.
 */
export { en as shared } from './shared-texts.en.js';
export { en as event } from '../kultur-event/event-texts.en.js';
export { en as signup } from '../kultur-signup/signup-texts.en.js';
