/**
 * A user's module, type-checked against the built package through its `exports` (the package imports itself by
 * name): `npm run test:package` runs `tsc -p test/package` after the build. What the guides show must compile here.
 */
import {
  createKulturClient,
  isKulturError,
  KulturEventsElement,
  type KulturEvent,
  type KulturEventsLoadedEvent,
} from '@kulturregion/kultur';
import '@kulturregion/kultur/define';
import { KulturSignupElement } from '@kulturregion/kultur/components';
import { createKulturClient as cdnClient } from '@kulturregion/kultur/kultur.js';
import { createKulturClient as sdkClient, type EventPage } from '@kulturregion/kultur/sdk';
import { createPublishingClient as publishingClient, type ConsoleEventPage } from '@kulturregion/kultur/publishing';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): void {}

export async function nodeListing(): Promise<string[]> {
  const client = sdkClient({ baseUrl: 'https://feed.example.dk/v1' });
  const page: EventPage = await client.events.list({ municipality: ['lolland'], category: ['kursus'], limit: 5 });
  return page.items.map((event: KulturEvent) => `${event.start} ${event.title}`);
}

export function page(): void {
  const listing = document.querySelector('kultur-events');
  expectType<Equal<typeof listing, KulturEventsElement | null>>();
  const signup = document.createElement('kultur-signup');
  expectType<Equal<typeof signup, KulturSignupElement>>();
  signup.eventId = 'fundraising-kursus-maribo';
  signup.addEventListener('kultur-signup-submitted', (e) => {
    const status: 'confirmed' | 'waitlisted' = e.detail.signup.status;
    void status;
  });
  listing?.addEventListener('kultur-events-loaded', (e) => {
    expectType<Equal<typeof e, KulturEventsLoadedEvent>>();
    void e.detail.items.length;
  });
  document.addEventListener('kultur-signup-failed', (e) => {
    if (isKulturError(e.detail.error)) console.warn(e.detail.error.message);
  });
  if (listing) listing.client = createKulturClient({ baseUrl: '/v1' });
  void cdnClient;
}

export async function cmsPublishing(token: string): Promise<string> {
  const client = publishingClient({ baseUrl: 'https://feed.example.dk/v1', token });
  const page: ConsoleEventPage = await client.workbench.list({ state: 'pending' });
  return page.items[0]?.title ?? '';
}
