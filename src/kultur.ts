/**
 * The CDN bundle's entry: `<script type="module" src=".../kultur.js">` registers every element, with Lit, the SDK
 * and the contract inside one file.
 *
 * @module
 */
export * from './define.js';
export { createKulturClient, isKulturError } from './sdk/index.js';
