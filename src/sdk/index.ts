/**
 * The Kultur SDK: a typed client for the regional event feed of Kulturregion Storstrøm.
 *
 * @packageDocumentation
 */
export * from './schema.js';
