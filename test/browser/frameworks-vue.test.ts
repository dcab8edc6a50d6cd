/**
 * Vue 3 renders the elements from a template as docs/frameworks.md shows: `isCustomElement` tells the compiler the
 * `kultur-` tags are not Vue components, `:prop` binds properties (objects and numbers), `@kultur-…` listens.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, ref, type App } from 'vue';
import '../../src/define.js';
import type { KulturEventsLoadedEvent, KulturSignupSubmitEvent } from '../../src/index.js';
import { createKulturClient, type KulturClient } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

describe('Vue 3 with the Kultur elements', () => {
  let client: KulturClient;
  let container: HTMLElement;
  let app: App;

  before(async () => {
    client = createKulturClient({ baseUrl: (await feedServer()).baseUrl });
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    app.unmount();
    container.remove();
  });

  function mount(template: string, setup: () => Record<string, unknown>): void {
    app = createApp({ template, setup });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('kultur-');
    app.mount(container);
  }

  it('binds properties and receives kultur-events-loaded in a template listener', async () => {
    const loaded: KulturEventsLoadedEvent[] = [];
    mount(
      `<kultur-events :client="client" municipality="naestved" :limit="4" @kultur-events-loaded="onLoaded"></kultur-events>
       <p id="shown">{{ shown }} events</p>`,
      () => {
        const shown = ref(0);
        return {
          client,
          shown,
          onLoaded: (event: KulturEventsLoadedEvent) => {
            loaded.push(event);
            shown.value = event.detail.items.length;
          },
        };
      },
    );
    await waitUntil(() => loaded.length > 0, 'the Vue listener never got kultur-events-loaded', { timeout: 8000 });
    const element = container.querySelector('kultur-events')!;
    expect(element.client).to.equal(client);
    expect(element.limit).to.equal(4);
    expect(loaded[0]!.detail.items.every((item) => item.municipality === 'naestved')).to.equal(true);
    await waitUntil(() => container.querySelector('#shown')!.textContent === '4 events', 'Vue state never updated');
  });

  it('receives the cancelable kultur-signup-submit with the typed input', async () => {
    const submitted: KulturSignupSubmitEvent[] = [];
    mount(
      `<kultur-signup :client="client" event-id="fundraising-kursus-maribo" fields="none"
         @kultur-signup-submit.prevent="onSubmit"></kultur-signup>`,
      () => ({ client, onSubmit: (event: KulturSignupSubmitEvent) => submitted.push(event) }),
    );
    const element = container.querySelector('kultur-signup')!;
    await waitUntil(() => element.shadowRoot?.querySelector('form'), 'the form never showed', { timeout: 8000 });
    const form = element.shadowRoot!.querySelector('form')!;
    const field = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    field('name').value = 'Vue Testsen';
    field('email').value = 'vue@example.dk';
    field('consent').checked = true;
    form.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitUntil(() => submitted.length > 0, 'the Vue listener never got kultur-signup-submit');
    expect(submitted[0]!.detail.input.email).to.equal('vue@example.dk');
    expect(submitted[0]!.defaultPrevented).to.equal(true);
  });
});
