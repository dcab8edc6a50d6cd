/**
 * Registers every Kultur element under its `kultur-*` tag. Importing it twice, or next to the CDN bundle, is safe:
 * a taken tag gets a console warning, never an exception.
 *
 * @module
 */
import './components/kultur-events/kultur-events.js';

export * from './components/index.js';
