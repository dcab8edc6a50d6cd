/**
 * React 19 renders the elements as docs/frameworks.md shows: attributes and properties (an object `client`, a number
 * `limit`) as props, and Kultur's events through `on<event-name>` props, which React 19 adds with addEventListener.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/define.js';
import type { KulturEventSelectEvent, KulturEventsLoadedEvent } from '../../src/index.js';
import { createKulturClient, type KulturClient } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

describe('React 19 with the Kultur elements', () => {
  let client: KulturClient;
  let requests: string[];
  let container: HTMLElement;
  let root: Root;

  before(async () => {
    const { baseUrl } = await feedServer();
    requests = [];
    client = createKulturClient({
      baseUrl,
      fetch: (input, init) => {
        requests.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('passes props and receives kultur-events-loaded in a component handler', async () => {
    const loaded: KulturEventsLoadedEvent[] = [];
    function Calendar() {
      const [shown, setShown] = useState(0);
      return createElement(
        'section',
        null,
        createElement('kultur-events', {
          client,
          municipality: 'lolland',
          limit: 3,
          'onkultur-events-loaded': (event: KulturEventsLoadedEvent) => {
            loaded.push(event);
            setShown(event.detail.items.length);
          },
        }),
        createElement('p', { id: 'shown' }, `${shown} events`),
      );
    }
    root.render(createElement(Calendar));

    await waitUntil(() => loaded.length > 0, 'the React handler never got kultur-events-loaded', { timeout: 8000 });
    const element = container.querySelector('kultur-events')!;
    expect(element.client).to.equal(client);
    expect(element.limit).to.equal(3);
    expect(requests.some((url) => url.includes('municipality=lolland'))).to.equal(true);
    const { items } = loaded[0]!.detail;
    expect(items).to.have.length(3);
    expect(items.every((item) => item.municipality === 'lolland')).to.equal(true);
    await waitUntil(() => container.querySelector('#shown')!.textContent === '3 events', 'React state never updated');
  });

  it('can cancel kultur-event-select from a handler and show the event its own way', async () => {
    const chosen: string[] = [];
    root.render(
      createElement('kultur-events', {
        client,
        municipality: 'faxe',
        limit: 2,
        'onkultur-event-select': (event: KulturEventSelectEvent) => {
          event.preventDefault();
          chosen.push(event.detail.event.id);
        },
      }),
    );
    await waitUntil(() => container.querySelector('kultur-events'), 'React never rendered the element');
    const element = container.querySelector('kultur-events')!;
    await waitUntil(() => element.shadowRoot?.querySelector('.title-control'), 'no events listed', { timeout: 8000 });
    element.shadowRoot!.querySelector<HTMLElement>('.title-control')!.click();
    expect(chosen).to.have.length(1);
    expect(element.shadowRoot!.querySelector('dialog[open]')).to.equal(null);
  });
});
