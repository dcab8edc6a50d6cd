/**
 * The schemas `signups.create()` checks with, in a module of their own so it can import them when a signup is sent: the
 * CDN bundle, which every page with a listing downloads first, then carries no zod, and an app's bundler wraps only
 * these two names, not every export of the contract, for the lazy import.
 */
export { SignupAnswerSchema, SignupRequestSchema } from '../contract/schema.js';
