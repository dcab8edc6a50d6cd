/**
 * Type tests for the element and event maps: `tsc --noEmit -p .` checks them; `npm run test:node` runs the one
 * runtime assertion. Importing a registration file (here through `define`) is what teaches TypeScript the tags: the
 * maps below are what a user gets from `import '@kulturregion/kultur/define'` (or `import type {} from` it, beside the
 * CDN bundle). `test/package/consumer.ts` checks the same through the built package.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type {} from '../../src/define.js';
import type {
  KulturEventElement,
  KulturEventSelectEvent,
  KulturEventsElement,
  KulturEventsFailedEvent,
  KulturEventsLoadedEvent,
  KulturProviderElement,
  KulturSignupElement,
  KulturSignupFailedEvent,
  KulturSignupSubmitEvent,
  KulturSignupSubmittedEvent,
  KulturSubmitElement,
  KulturSubmitFailedEvent,
  KulturSubmitSubmittedEvent,
} from '../../src/index.js';
import type { KulturEvent, SignupAnswer, SignupRequest } from '../../src/sdk/index.js';

/** True when A and B are the same type, not merely assignable (the usual trick: compare two generic signatures). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): void {}

/** Every tag and event, once: a new `kultur-*` tag or event fails the two checks below until it is listed here. */
interface Elements {
  'kultur-events': KulturEventsElement;
  'kultur-event': KulturEventElement;
  'kultur-signup': KulturSignupElement;
  'kultur-provider': KulturProviderElement;
  'kultur-submit': KulturSubmitElement;
}
interface Events {
  'kultur-events-loaded': KulturEventsLoadedEvent;
  'kultur-events-failed': KulturEventsFailedEvent;
  'kultur-event-select': KulturEventSelectEvent;
  'kultur-signup-submit': KulturSignupSubmitEvent;
  'kultur-signup-submitted': KulturSignupSubmittedEvent;
  'kultur-signup-failed': KulturSignupFailedEvent;
  'kultur-submit-submitted': KulturSubmitSubmittedEvent;
  'kultur-submit-failed': KulturSubmitFailedEvent;
}

expectType<Equal<Extract<keyof HTMLElementTagNameMap, `kultur-${string}`>, keyof Elements>>();
expectType<Equal<Extract<keyof GlobalEventHandlersEventMap, `kultur-${string}`>, keyof Events>>();
expectType<Equal<Pick<HTMLElementTagNameMap, keyof Elements>, Elements>>();
expectType<Equal<Pick<GlobalEventHandlersEventMap, keyof Events>, Events>>();

function typeChecks(): void {
  // Tags: querySelector, createElement and closest know the classes.
  const listing = document.querySelector('kultur-events');
  expectType<Equal<typeof listing, KulturEventsElement | null>>();
  const signup = document.createElement('kultur-signup');
  expectType<Equal<typeof signup, KulturSignupElement>>();
  const event = document.createElement('kultur-event');
  const provider = document.createElement('kultur-provider');
  const all = document.querySelectorAll('kultur-event');
  expectType<Equal<(typeof all)[number], KulturEventElement>>();
  const around = document.body.closest('kultur-provider');
  expectType<Equal<typeof around, KulturProviderElement | null>>();

  // Their properties are typed, attributes' types included.
  const layout: 'list' | 'grid' | 'compact' | 'month' = listing!.layout;
  const limit: number = listing!.limit;
  const eventId: string = signup.eventId;
  const heading: number = event.headingLevel;
  provider.api = 'https://feed.example.dk/v1';
  void [layout, limit, eventId, heading];
  // @ts-expect-error a layout the element does not have
  listing!.layout = 'table';
  // @ts-expect-error limit is a number, not the attribute's string
  listing!.limit = '10';
  // @ts-expect-error a misspelt property
  void signup.eventID;

  // Events: addEventListener on any element, the document or window knows each detail.
  signup.addEventListener('kultur-signup-submitted', (e) => {
    expectType<Equal<typeof e, KulturSignupSubmittedEvent>>();
    const answer: SignupAnswer = e.detail.signup;
    const status: 'confirmed' | 'waitlisted' = e.detail.signup.status;
    const id: string = e.detail.eventId;
    void [answer, status, id];
    // @ts-expect-error the answer has no such field
    void e.detail.signup.seat;
  });
  document.addEventListener('kultur-signup-submit', (e) => {
    const input: SignupRequest = e.detail.input;
    const email: string = e.detail.input.email;
    e.preventDefault();
    void [input, email];
  });
  document.addEventListener('kultur-signup-failed', (e) => {
    const error: unknown = e.detail.error;
    // @ts-expect-error the error is unknown until checked (isKulturError)
    void e.detail.error.message;
    void error;
  });
  listing!.addEventListener('kultur-events-loaded', (e) => {
    const items: readonly KulturEvent[] = e.detail.items;
    const more: boolean = e.detail.hasMore;
    // @ts-expect-error the items are read-only
    e.detail.items.push(items[0]!);
    void more;
  });
  window.addEventListener('kultur-events-failed', (e) => {
    expectType<Equal<typeof e, KulturEventsFailedEvent>>();
    const error: unknown = e.detail.error;
    void error;
  });
  document.body.addEventListener('kultur-event-select', (e) => {
    const title: string = e.detail.event.title;
    const url: string | undefined = e.detail.url;
    e.preventDefault();
    void [title, url];
  });
  // @ts-expect-error a misspelt event name leaves `e` a plain Event without `detail`
  document.addEventListener('kultur-signup-sumbitted', (e) => void e.detail);
}

describe('types of the element and event maps', () => {
  it('are checked by tsc, not run', () => {
    assert.equal(typeof typeChecks, 'function');
  });
});
