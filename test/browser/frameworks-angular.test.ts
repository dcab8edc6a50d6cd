/**
 * Angular (standalone components, zoneless, JIT-compiled here) renders the elements as docs/frameworks.md shows:
 * `CUSTOM_ELEMENTS_SCHEMA`, `[property]` bindings and `(kultur-…)` event bindings.
 */
import '@angular/compiler';
import {
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  provideZonelessChangeDetection,
  signal,
  type ApplicationRef,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KulturEventsLoadedEvent } from '../../src/index.js';
import { createKulturClient, type KulturClient } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

describe('Angular with the Kultur elements', () => {
  let client: KulturClient;
  let app: ApplicationRef | undefined;

  before(async () => {
    client = createKulturClient({ baseUrl: (await feedServer()).baseUrl });
  });
  afterEach(() => {
    app?.destroy();
    document.querySelector('kultur-calendar')?.remove();
  });

  it('binds properties and receives kultur-events-loaded in a component method', async () => {
    const loaded: KulturEventsLoadedEvent[] = [];
    class Calendar {
      client = client;
      shown = signal(0);
      onLoaded(event: KulturEventsLoadedEvent): void {
        loaded.push(event);
        this.shown.set(event.detail.items.length);
      }
    }
    const CalendarComponent = Component({
      selector: 'kultur-calendar',
      template: `<kultur-events [client]="client" municipality="stevns" [limit]="2"
        (kultur-events-loaded)="onLoaded($event)"></kultur-events><p id="shown">{{ shown() }} events</p>`,
      schemas: [CUSTOM_ELEMENTS_SCHEMA],
    })(Calendar);
    document.body.append(document.createElement('kultur-calendar'));
    app = await bootstrapApplication(CalendarComponent, { providers: [provideZonelessChangeDetection()] });

    await waitUntil(() => loaded.length > 0, 'the Angular handler never got kultur-events-loaded', { timeout: 8000 });
    const element = document.querySelector('kultur-events')!;
    expect(element.client).to.equal(client);
    expect(element.limit).to.equal(2);
    expect(loaded[0]!.detail.items.every((item) => item.municipality === 'stevns')).to.equal(true);
    await waitUntil(() => document.querySelector('#shown')?.textContent === '2 events', 'Angular never updated');
  });
});
