/**
 * The React 19 JSX declaration docs/frameworks.md gives, and the component it shows, checked against the built
 * package: the tags are known to TSX, properties keep their types, and `onkultur-…` handlers are accepted.
 */
import {
  createKulturClient,
  type KulturEventElement,
  type KulturEventSelectEvent,
  type KulturEventsElement,
  type KulturEventsLoadedEvent,
  type KulturProviderElement,
  type KulturSignupElement,
} from '@kulturregion/kultur';
import '@kulturregion/kultur/define';
import { useState, type DetailedHTMLProps, type HTMLAttributes } from 'react';

type KulturTag<T> = DetailedHTMLProps<HTMLAttributes<T>, T> &
  Partial<Omit<T, keyof HTMLElement>> & {
    [event: `on${string}`]: unknown;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'kultur-events': KulturTag<KulturEventsElement>;
      'kultur-event': KulturTag<KulturEventElement>;
      'kultur-signup': KulturTag<KulturSignupElement>;
      'kultur-provider': KulturTag<KulturProviderElement>;
    }
  }
}

const client = createKulturClient({ baseUrl: 'https://feed.kulturregionstorstroem.dk/v1' });
declare function navigate(path: string): void;

export function Calendar() {
  const [count, setCount] = useState(0);
  return (
    <section>
      <p>{count} events</p>
      <kultur-events
        client={client}
        municipality="lolland"
        limit={8}
        onkultur-events-loaded={(e: KulturEventsLoadedEvent) => setCount(e.detail.items.length)}
        onkultur-event-select={(e: KulturEventSelectEvent) => {
          e.preventDefault();
          navigate(`/kultur/${e.detail.event.id}`);
        }}
      />
      <kultur-signup eventId="mobilhistorie-kursus-naestved" headingLevel={3} />
      {/* @ts-expect-error limit is a number */}
      <kultur-events limit="8" />
      {/* @ts-expect-error no such layout */}
      <kultur-events layout="table" />
    </section>
  );
}
