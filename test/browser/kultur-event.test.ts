import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/kultur-event/kultur-event.js';
import type { KulturEventElement } from '../../src/components/kultur-event/kultur-event.js';
import { formatWhen } from '../../src/components/format/event-format.js';
import { createKulturClient, type EventInput, type KulturClient, type KulturEvent } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

// Seeded ids (server/src/seed/seed-events.ts): that module is server code, so the ids are repeated here.
const NEARLY_FULL_EVENT_ID = 'mobilhistorie-kursus-naestved';
const FULL_EVENT_ID = 'fundraising-kursus-maribo';
const CANCELLED_EVENT_ID = 'sommerjazz-paa-havnen-roedvig';

/** Ids unique to this run, so the file can run twice against one server. */
const run = Math.random().toString(36).slice(2, 8);

let baseUrl: string;
let adminToken: string;

function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: 'Kursus i mobilhistorie',
    summary: 'En kursusdag om korte film til sociale medier.',
    description: 'Vi filmer og klipper.',
    start: '2027-03-10T09:00:00+01:00',
    end: '2027-03-10T15:00:00+01:00',
    allDay: false,
    status: 'scheduled',
    municipality: 'faxe',
    venue: { name: 'Faxe Bibliotek', address: 'Torvegade 15', postalCode: '4640', city: 'Faxe' },
    categories: ['kursus'],
    audience: ['kulturaktoerer'],
    organizer: { name: 'Kulturregion Storstrøm' },
    price: 0,
    signup: null,
    ...overrides,
  };
}

/** Publishes an event through the admin API and returns it as the feed serves it. */
async function publish(input: EventInput): Promise<KulturEvent> {
  const response = await fetch(`${baseUrl}events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (response.status !== 201) throw new Error(`publishing answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as KulturEvent;
}

async function served(id: string): Promise<KulturEvent> {
  return (await (await fetch(`${baseUrl}events/${id}`)).json()) as KulturEvent;
}

/** Waits until the element shows an event or an error. */
async function settled(el: KulturEventElement): Promise<KulturEventElement> {
  await waitUntil(() => el.matches(':state(loaded), :state(error)'), 'the element never settled', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

async function show(id: string, attributes: { lang?: string; headingLevel?: number } = {}) {
  const el = await fixture<KulturEventElement>(
    html`<kultur-event
      api=${baseUrl}
      event-id=${id}
      lang=${attributes.lang ?? ''}
      heading-level=${attributes.headingLevel ?? 2}
    ></kultur-event>`,
  );
  return settled(el);
}

function part(el: Element, name: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}" in <${el.localName}>`);
  return found;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function linkNamed(el: Element, name: string): HTMLAnchorElement {
  const link = [...el.shadowRoot!.querySelectorAll('a')].find((a) => text(a).startsWith(name));
  if (!link) throw new Error(`no link "${name}"`);
  return link;
}

let pages: HTMLElement[] = [];

/**
 * A piece of host page with `attributes` to put a fixture in. (A `fixture` whose root is a plain element waits for an
 * animation frame, which never comes while the runner shows another test file's page.)
 */
function page(attributes: Record<string, string>): HTMLElement {
  const div = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) div.setAttribute(name, value);
  document.body.append(div);
  pages.push(div);
  return div;
}

/** A client whose fetch answers with `answer`, recording every request. */
function fakeClient(answer: (request: Request) => Promise<Response>): { client: KulturClient; requests: Request[] } {
  const requests: Request[] = [];
  const client = createKulturClient({
    baseUrl: 'https://feed.invalid/v1/',
    retry: 0,
    cache: false,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(request);
      return answer(request);
    },
  });
  return { client, requests };
}

describe('<kultur-event>', () => {
  before(async () => {
    ({ baseUrl, adminToken } = await feedServer());
  });

  afterEach(() => {
    fixtureCleanup();
    pages.forEach((div) => div.remove());
    pages = [];
  });

  describe('properties', () => {
    it('shows the seeded event: title, time, venue, map link, organiser, price, image, accessibility', async () => {
      const expected = await served(NEARLY_FULL_EVENT_ID);
      const el = await show(NEARLY_FULL_EVENT_ID);

      const title = part(el, 'title');
      expect(text(title)).to.equal('Mobilhistorie: film og klip på én dag');
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('2');

      const time = part(el, 'when').querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(expected.start);
      expect(text(time)).to.equal(formatWhen(expected, 'da'));
      expect(text(part(el, 'when').querySelector('dt'))).to.equal('Hvornår');

      const where = part(el, 'where');
      expect(text(where)).to.contain('Grønnegades Kaserne');
      expect(text(where)).to.contain('Grønnegade 15');
      expect(text(where)).to.contain('4700 Næstved');
      const map = new URL(linkNamed(el, 'Vis på kort').href);
      expect(map.host).to.equal('www.openstreetmap.org');
      expect(map.searchParams.get('mlat')).to.equal(expected.venue!.lat!.toFixed(5));
      expect(map.searchParams.get('mlon')).to.equal(expected.venue!.lng!.toFixed(5));

      expect(linkNamed(el, 'Kulturregion Storstrøm').getAttribute('href')).to.equal(expected.organizer.url);
      expect(linkNamed(el, 'Arrangørens side').getAttribute('href')).to.equal(expected.url);
      const facts = text(el.shadowRoot!.querySelector('.facts'));
      expect(facts).to.contain('Pris Gratis');
      expect(facts).to.contain(`Tilgængelighed ${expected.accessibility}`);
      expect(text(el.shadowRoot!.querySelector('.summary'))).to.equal(expected.summary);
      expect(el.shadowRoot!.querySelector('[part~="status"]')).to.equal(null);

      // The seed's picture, served by the feed itself: what the demo's visitors see.
      const image = part(el, 'image') as HTMLImageElement;
      expect(new URL(expected.image!.url).origin).to.equal(new URL(baseUrl).origin);
      expect(image.getAttribute('src')).to.equal(expected.image!.url);
      expect(image.alt).to.equal(expected.image!.alt);
      await waitUntil(() => image.complete, 'the picture never loaded', { timeout: 5000 });
      expect(image.naturalWidth).to.be.greaterThan(0);
    });

    it('shows an image with its alt text, and an empty alt for a decorative one', async () => {
      const src = (await served(NEARLY_FULL_EVENT_ID)).image!.url;
      const described = await publish(
        eventInput({ id: `billede-${run}`, image: { url: src, alt: 'Tegning: to hænder klipper film på en mobil.' } }),
      );
      const decorative = await publish(eventInput({ id: `pynt-${run}`, image: { url: src, alt: '' } }));

      const one = await show(described.id);
      const image = part(one, 'image') as HTMLImageElement;
      await waitUntil(() => image.complete, 'the image never loaded');
      expect(image.getAttribute('alt')).to.equal('Tegning: to hænder klipper film på en mobil.');
      expect(image.naturalWidth).to.be.greaterThan(0);

      const other = await show(decorative.id);
      expect(part(other, 'image').getAttribute('alt')).to.equal('');
      await expect(other).to.be.accessible();
    });

    it('drops an image that cannot be loaded rather than show a broken icon', async () => {
      const broken = await publish(
        eventInput({
          id: `brudt-billede-${run}`,
          image: { url: new URL('/no-such-image.png', baseUrl).href, alt: 'Et billede der mangler.' },
        }),
      );
      const el = await show(broken.id);
      await waitUntil(() => !el.shadowRoot!.querySelector('[part~="image"]'), 'the broken image stayed');
    });

    it('splits the description into paragraphs and makes URLs links, while markup stays text', async () => {
      const event = await publish(
        eventInput({
          id: `beskrivelse-${run}`,
          description: [
            'Program og praktisk: https://example.org/program?dag=1&sted=faxe. Vel mødt!',
            '<script>window.__kulturPwned = true</script> og <b>fed</b> og <img src=x onerror="window.__kulturPwned=1">',
            'Læs om byen (se https://da.wikipedia.org/wiki/Faxe_(by)) og\nikke javascript:alert(1) eller www.example.org.',
          ].join('\n\n'),
        }),
      );
      const el = await show(event.id);

      const paragraphs = [...part(el, 'description').querySelectorAll('p')];
      expect(paragraphs).to.have.length(3);

      const [first, second, third] = [paragraphs[0]!, paragraphs[1]!, paragraphs[2]!];
      const link = first.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/program?dag=1&sted=faxe');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.target).to.equal('_blank');
      expect(text(link.querySelector('.visually-hidden'))).to.equal('(åbner i nyt vindue)');
      expect(text(first)).to.equal(
        'Program og praktisk: https://example.org/program?dag=1&sted=faxe (åbner i nyt vindue). Vel mødt!',
      );

      expect(second.querySelector('script, b, img')).to.equal(null);
      expect(second.textContent).to.contain('<script>window.__kulturPwned = true</script>');
      expect(second.textContent).to.contain('<b>fed</b>');
      expect((window as { __kulturPwned?: unknown }).__kulturPwned).to.equal(undefined);

      const links = [...third.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://da.wikipedia.org/wiki/Faxe_(by)']);
      expect(third.textContent).to.contain(') og\nikke javascript:alert(1) eller www.example.org.');
    });

    it('links to the calendar file, Google Calendar and Outlook with the right times', async () => {
      const expected = await served(NEARLY_FULL_EVENT_ID);
      const el = await show(NEARLY_FULL_EVENT_ID);
      const calendar = part(el, 'calendar');
      expect(text(calendar.querySelector('[role="heading"]'))).to.equal('Tilføj til kalender');
      expect(calendar.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');

      const ics = linkNamed(el, 'Kalenderfil (.ics)');
      // The feed's own file (GET /v1/events/{id}.ics in PRODUCT.md); the route itself is the server's to test.
      expect(ics.href).to.equal(`${baseUrl}events/${NEARLY_FULL_EVENT_ID}.ics`);
      expect(ics.target).to.equal('');

      const google = new URL(linkNamed(el, 'Google Kalender').href);
      expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/render');
      expect(google.searchParams.get('action')).to.equal('TEMPLATE');
      expect(google.searchParams.get('text')).to.equal(expected.title);
      expect(google.searchParams.get('location')).to.equal('Grønnegades Kaserne, Grønnegade 15, 4700 Næstved');
      expect(google.searchParams.get('details')).to.contain(expected.summary);
      const [from, to] = google.searchParams.get('dates')!.split('/') as [string, string];
      const parse = (basic: string) => {
        const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(basic);
        expect(m, basic).not.to.equal(null);
        return Date.UTC(+m![1]!, +m![2]! - 1, +m![3]!, +m![4]!, +m![5]!, +m![6]!);
      };
      expect(parse(from)).to.equal(Date.parse(expected.start));
      expect(parse(to)).to.equal(Date.parse(expected.end));

      const outlook = new URL(linkNamed(el, 'Outlook').href);
      expect(outlook.origin + outlook.pathname).to.equal('https://outlook.live.com/calendar/0/action/compose');
      expect(outlook.searchParams.get('subject')).to.equal(expected.title);
      expect(Date.parse(outlook.searchParams.get('startdt')!)).to.equal(Date.parse(expected.start));
      expect(Date.parse(outlook.searchParams.get('enddt')!)).to.equal(Date.parse(expected.end));
      expect(outlook.searchParams.get('startdt')).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(outlook.searchParams.get('allday')).to.equal('false');
      expect(outlook.searchParams.get('body')).to.contain(expected.summary);
    });

    it('gives an all-day event as days, the end day exclusive', async () => {
      const event = await publish(
        eventInput({
          id: `heldags-${run}`,
          allDay: true,
          start: '2027-06-23T00:00:00+02:00',
          end: '2027-06-24T23:59:00+02:00',
        }),
      );
      const el = await show(event.id);
      expect(part(el, 'when').querySelector('time')!.getAttribute('datetime')).to.equal('2027-06-23');
      expect(text(part(el, 'when'))).to.contain('Hele dagen');

      const google = new URL(linkNamed(el, 'Google Kalender').href);
      expect(google.searchParams.get('dates')).to.equal('20270623/20270625');
      const outlook = new URL(linkNamed(el, 'Outlook').href);
      expect(outlook.searchParams.get('startdt')).to.equal('2027-06-23');
      expect(outlook.searchParams.get('enddt')).to.equal('2027-06-25');
      expect(outlook.searchParams.get('allday')).to.equal('true');
    });

    it('shows a cancelled badge with the reason, the price, and no signup for the cancelled event', async () => {
      const el = await show(CANCELLED_EVENT_ID);
      expect(text(part(el, 'status'))).to.equal(
        'Aflyst: Vejrudsigten lover storm på havnen. Billetterne refunderes automatisk.',
      );
      expect(text(el.shadowRoot!.querySelector('.facts'))).to.contain('Pris 120 kr.');
      expect(el.shadowRoot!.querySelector('[part~="signup"]')).to.equal(null);
    });

    it('shows the seats left, fully booked with a waitlist, and an external signup link', async () => {
      const nearlyFull = await show(NEARLY_FULL_EVENT_ID);
      expect(text(part(nearlyFull, 'signup'))).to.equal('Tilmelding 1 ledig plads');

      const full = await show(FULL_EVENT_ID);
      expect(text(part(full, 'signup'))).to.equal('Tilmelding Fuldt booket – venteliste');

      const external = await publish(
        eventInput({
          id: `ekstern-${run}`,
          signup: { mode: 'external', url: 'https://billetter.example.dk/kursus' },
          online: { url: 'https://meet.example.dk/kursus' },
        }),
      );
      const el = await show(external.id);
      const link = linkNamed(el, 'Tilmeld dig hos arrangøren');
      expect(link.getAttribute('href')).to.equal('https://billetter.example.dk/kursus');
      expect(part(el, 'signup').contains(link)).to.equal(true);
      expect(linkNamed(el, 'https://meet.example.dk/kursus').target).to.equal('_blank');
      expect(text(part(el, 'where'))).to.contain('Online: https://meet.example.dk/kursus');
      expect(el.shadowRoot!.querySelector('[part~="signup"]')).not.to.equal(null);

      const none = await show((await publish(eventInput({ id: `ingen-tilmelding-${run}` }))).id);
      expect(none.shadowRoot!.querySelector('[part~="signup"]')).to.equal(null);
    });

    it('searches OpenStreetMap for the address when the venue has no coordinates', async () => {
      const event = await publish(eventInput({ id: `uden-koordinater-${run}` }));
      const el = await show(event.id);
      const map = new URL(linkNamed(el, 'Vis på kort').href);
      expect(map.origin + map.pathname).to.equal('https://www.openstreetmap.org/search');
      expect(map.searchParams.get('query')).to.equal('Torvegade 15, 4640 Faxe, Danmark');
    });

    it('speaks English with lang="en", on itself or on an ancestor', async () => {
      const expected = await served(NEARLY_FULL_EVENT_ID);
      const el = await show(NEARLY_FULL_EVENT_ID, { lang: 'en' });
      expect(text(part(el, 'when').querySelector('dt'))).to.equal('When');
      expect(text(part(el, 'when').querySelector('time'))).to.equal(formatWhen(expected, 'en'));
      expect(text(el.shadowRoot!.querySelector('.facts'))).to.contain('Price Free');
      expect(text(part(el, 'signup'))).to.equal('Sign up 1 seat left');
      expect(linkNamed(el, 'Show on map').textContent).to.contain('(opens in a new window)');

      const inner = await settled(
        await fixture<KulturEventElement>(
          html`<kultur-event api=${baseUrl} event-id=${CANCELLED_EVENT_ID}></kultur-event>`,
          {
            parentNode: page({ lang: 'en-GB' }),
          },
        ),
      );
      // The reason is the organiser's own words, in the language they wrote it in.
      expect(text(part(inner, 'status'))).to.equal(
        'Cancelled: Vejrudsigten lover storm på havnen. Billetterne refunderes automatisk.',
      );
      expect(text(inner.shadowRoot!.querySelector('.facts'))).to.contain('Price DKK 120');
    });

    it('sets the heading level from heading-level, and the section headings one below', async () => {
      const el = await show(NEARLY_FULL_EVENT_ID, { headingLevel: 4 });
      expect(part(el, 'title').getAttribute('aria-level')).to.equal('4');
      expect(part(el, 'signup').querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('5');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'title').getAttribute('aria-level')).to.equal('6');
      expect(part(el, 'calendar').querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('6');
    });

    it('loads again when event-id changes, and aborts the request it no longer needs', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const { client, requests } = fakeClient(async (request) => {
        if (request.url.endsWith('/slow-event')) await gate;
        return fetch(request.url.replace('https://feed.invalid/v1/', baseUrl));
      });
      const el = await fixture<KulturEventElement>(
        html`<kultur-event .client=${client} event-id="slow-event"></kultur-event>`,
      );
      await waitUntil(() => requests.length === 1);
      el.eventId = CANCELLED_EVENT_ID;
      await settled(el);
      release();

      expect(requests[0]!.signal.aborted).to.equal(true);
      expect(text(part(el, 'title'))).to.equal('Sommerjazz på havnen i Rødvig');
    });
  });

  describe('share', () => {
    const shareUrl = 'https://www.faxekommune.dk/kalender/mobilhistorie';
    let restore: Array<() => void> = [];

    afterEach(() => {
      restore.forEach((undo) => undo());
      restore = [];
    });

    function stub<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
      Object.defineProperty(target, key, { value, configurable: true, writable: true });
      restore.push(() => delete (target as Record<K, unknown>)[key]);
    }

    async function showWithShareUrl(url = shareUrl): Promise<KulturEventElement> {
      const el = await fixture<KulturEventElement>(
        html`<kultur-event api=${baseUrl} event-id=${NEARLY_FULL_EVENT_ID} share-url=${url}></kultur-event>`,
      );
      return settled(el);
    }

    it('copies the link when the Web Share API is absent, and says so politely', async () => {
      expect('share' in navigator, 'this Chromium has no Web Share API on Linux').to.equal(false);
      const copied: string[] = [];
      stub(navigator.clipboard, 'writeText', async (value: string) => void copied.push(value));
      const el = await showWithShareUrl();
      const button = part(el, 'share').querySelector('button')!;
      expect(text(button)).to.equal('Kopiér link');

      button.click();
      const status = part(el, 'share').querySelector('[role="status"]')!;
      await waitUntil(() => text(status) === 'Linket er kopieret.');
      expect(copied).to.deep.equal([shareUrl]);
    });

    it('copies the page URL without share-url, and shows the link when copying fails', async () => {
      stub(navigator.clipboard, 'writeText', async () => {
        throw new DOMException('Write permission denied.', 'NotAllowedError');
      });
      const el = await settled(
        await fixture<KulturEventElement>(
          html`<kultur-event api=${baseUrl} event-id=${NEARLY_FULL_EVENT_ID}></kultur-event>`,
        ),
      );
      part(el, 'share').querySelector('button')!.click();
      const status = part(el, 'share').querySelector('[role="status"]')!;
      await waitUntil(() => text(status).startsWith('Linket kunne ikke kopieres.'));
      expect(text(status)).to.contain(location.href);
    });

    it('uses navigator.share where the browser has it', async () => {
      const shared: ShareData[] = [];
      stub(navigator as Navigator, 'share', async (data?: ShareData) => void shared.push(data!));
      const el = await showWithShareUrl('/kalender/mobilhistorie');
      const button = part(el, 'share').querySelector('button')!;
      expect(text(button)).to.equal('Del');

      button.click();
      await waitUntil(() => shared.length === 1);
      expect(shared[0]).to.deep.include({
        title: 'Mobilhistorie: film og klip på én dag',
        url: new URL('/kalender/mobilhistorie', location.href).href,
      });
    });
  });

  describe('states', () => {
    it('is loading with a placeholder while the feed answers, and passes axe then', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const { client } = fakeClient(async (request) => {
        await gate;
        return fetch(request.url.replace('https://feed.invalid/v1/', baseUrl));
      });
      const el = await fixture<KulturEventElement>(
        html`<kultur-event .client=${client} event-id=${NEARLY_FULL_EVENT_ID}></kultur-event>`,
      );

      expect(el.matches(':state(loading)')).to.equal(true);
      expect(el.matches(':state(loaded)')).to.equal(false);
      const base = part(el, 'base');
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(text(base.querySelector('[role="status"]'))).to.equal('Henter arrangementet …');
      // A placeholder with the shape of the content, so the page does not jump when it arrives.
      expect(base.getBoundingClientRect().height).to.be.greaterThan(200);
      // Its bones are drawn only once loading takes longer than a moment (0.2 s), and pass axe either way.
      const bones = [...base.querySelectorAll<HTMLElement>('.bone')];
      const reveals = bones.map((bone) =>
        bone.getAnimations().find((animation) => (animation as CSSAnimation).animationName === 'reveal'),
      );
      expect(reveals.every(Boolean), 'a bone without its reveal animation').to.equal(true);
      // Held at the start rather than raced against the clock.
      for (const reveal of reveals) reveal!.pause();
      for (const reveal of reveals) reveal!.currentTime = 0;
      expect(bones.map((bone) => getComputedStyle(bone).visibility)).to.deep.equal(bones.map(() => 'hidden'));
      await expect(el).to.be.accessible();
      for (const reveal of reveals) reveal!.play();
      await waitUntil(() => bones.every((bone) => getComputedStyle(bone).visibility === 'visible'), 'no bones shown');
      await expect(el).to.be.accessible();

      release();
      await settled(el);
      expect(el.matches(':state(loading)')).to.equal(false);
      expect(el.matches(':state(loaded)')).to.equal(true);
    });

    it('explains a 404 in plain words, and retry loads the event once it exists', async () => {
      const id = `kommer-snart-${run}`;
      const el = await show(id);

      expect(el.matches(':state(error)')).to.equal(true);
      expect(el.matches(':state(loaded)')).to.equal(false);
      const message = part(el, 'message');
      expect(message.getAttribute('role')).to.equal('alert');
      expect(text(message.querySelector('p'))).to.equal('Arrangementet findes ikke længere.');
      await expect(el).to.be.accessible();

      await publish(eventInput({ id, title: 'Nu findes det' }));
      const retry = part(el, 'retry-button');
      expect(text(retry)).to.equal('Prøv igen');
      retry.focus();
      retry.click();
      await waitUntil(() => el.matches(':state(loaded)'), 'retry did not load the event');
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Nu findes det');
      // Focus is not lost with the vanished button: it moves to the title.
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('title');
    });

    it('says the calendar has problems on 5xx, and to check the connection when offline', async () => {
      const down = fakeClient(
        async () =>
          new Response(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503 }), {
            status: 503,
            headers: { 'content-type': 'application/problem+json' },
          }),
      );
      const el = await settled(
        await fixture<KulturEventElement>(
          html`<kultur-event .client=${down.client} event-id=${NEARLY_FULL_EVENT_ID}></kultur-event>`,
        ),
      );
      expect(text(part(el, 'message').querySelector('p'))).to.equal(
        'Arrangementet kunne ikke hentes. Kalenderen har problemer lige nu. Prøv igen om lidt.',
      );

      const offline = fakeClient(async () => {
        throw new TypeError('Failed to fetch');
      });
      // What the browser says when it has no network; a failed fetch while online is the feed out of reach instead.
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        const other = await settled(
          await fixture<KulturEventElement>(
            html`<kultur-event .client=${offline.client} event-id=${NEARLY_FULL_EVENT_ID} lang="en"></kultur-event>`,
          ),
        );
        expect(text(part(other, 'message').querySelector('p'))).to.equal(
          'The event could not be loaded. Check your internet connection and try again.',
        );
        await expect(other).to.be.accessible();
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
    });

    it('shows nothing, and loads nothing, without an event-id', async () => {
      const { client, requests } = fakeClient((request) =>
        fetch(request.url.replace('https://feed.invalid/v1/', baseUrl)),
      );
      const el = await fixture<KulturEventElement>(html`<kultur-event .client=${client}></kultur-event>`);
      await aTimeout(50);
      expect(requests).to.have.length(0);
      expect(el.shadowRoot!.children).to.have.length(0);
      expect(el.matches(':state(loading), :state(error), :state(loaded)')).to.equal(false);

      el.eventId = CANCELLED_EVENT_ID;
      await settled(el);
      el.eventId = '';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="title"]')).to.equal(null);
      expect(el.matches(':state(loaded)')).to.equal(false);
    });
  });

  describe('theming', () => {
    it('takes --kultur-color-accent from the page for links and buttons', async () => {
      const before = await show(NEARLY_FULL_EVENT_ID);
      const defaultColour = getComputedStyle(linkNamed(before, 'Vis på kort')).color;

      document.documentElement.style.setProperty('--kultur-color-accent', 'rgb(200, 0, 100)');
      try {
        const el = await show(NEARLY_FULL_EVENT_ID);
        expect(defaultColour).not.to.equal('rgb(200, 0, 100)');
        expect(getComputedStyle(linkNamed(el, 'Vis på kort')).color).to.equal('rgb(200, 0, 100)');
        const button = part(el, 'share').querySelector('button')!;
        expect(getComputedStyle(button).backgroundColor).to.equal('rgb(200, 0, 100)');
      } finally {
        document.documentElement.style.removeProperty('--kultur-color-accent');
      }
    });

    it('warns the webmaster once when the tokens give links too little contrast, and not with the defaults', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      try {
        await show(NEARLY_FULL_EVENT_ID);
        // The check's code loads after the first paint: once it is in, the default colours have been checked.
        await import('../../src/components/base/contrast-guard.js');
        await aTimeout(0);
        expect(warnings.filter((warning) => warning.includes('--kultur-event-'))).to.deep.equal([]);

        document.documentElement.style.setProperty('--kultur-color-accent', 'rgb(150, 190, 230)');
        await show(NEARLY_FULL_EVENT_ID);
        await show(CANCELLED_EVENT_ID);
        const about = () => warnings.filter((warning) => warning.includes('--kultur-event-link-color'));
        await waitUntil(() => about().length > 0, 'a contrast warning');
        await aTimeout(0);
        expect(about()).to.have.length(1);
        expect(about()[0]).to.match(/#96bee6 on #ffffff, a contrast of \d\.\d\d:1/);
      } finally {
        console.warn = warn;
        document.documentElement.style.removeProperty('--kultur-color-accent');
      }
    });

    it('lets a component token beat the global one', async () => {
      const el = await settled(
        await fixture<KulturEventElement>(
          html`<kultur-event api=${baseUrl} event-id=${NEARLY_FULL_EVENT_ID}></kultur-event>`,
          {
            parentNode: page({
              style: '--kultur-color-accent: rgb(200, 0, 100); --kultur-event-link-color: rgb(0, 90, 40)',
            }),
          },
        ),
      );
      expect(getComputedStyle(linkNamed(el, 'Vis på kort')).color).to.equal('rgb(0, 90, 40)');
    });
  });

  describe('accessibility', () => {
    it('passes axe with the whole seeded event shown, and with a cancelled one', async () => {
      await expect(await show(NEARLY_FULL_EVENT_ID)).to.be.accessible();
      await expect(await show(CANCELLED_EVENT_ID, { lang: 'en' })).to.be.accessible();
    });

    it('reaches every link and button with Tab, in order', async () => {
      const el = await show(NEARLY_FULL_EVENT_ID);
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button')];
      expect(controls.length).to.be.greaterThan(6);

      const before = document.createElement('button');
      before.textContent = 'før';
      el.before(before);
      before.focus();
      // Named by their text, so a failure reads well (and no DOM node goes through the runner's serialiser).
      const name = (control: Element | null) => `${control?.localName}: ${text(control)}`;
      const reached: string[] = [];
      for (let i = 0; i < controls.length; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(name(el.shadowRoot!.activeElement ?? document.activeElement));
      }
      before.remove();
      expect(reached).to.deep.equal(controls.map(name));
    });

    it('moves focus to the title through focus()', async () => {
      const el = await show(NEARLY_FULL_EVENT_ID);
      el.focus();
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('title');
    });
  });

  describe('signup', () => {
    // Last: defining a tag cannot be undone in this page.
    it('shows <kultur-signup> for internal signup once that element is defined, with the same client', async () => {
      const el = await show(NEARLY_FULL_EVENT_ID);
      expect(el.shadowRoot!.querySelector('kultur-signup')).to.equal(null);

      class FakeSignup extends HTMLElement {
        client: unknown;
      }
      customElements.define('kultur-signup', FakeSignup);
      await waitUntil(() => el.shadowRoot!.querySelector('kultur-signup'), 'the signup form never appeared');
      const signup = el.shadowRoot!.querySelector('kultur-signup') as FakeSignup;
      expect(signup.getAttribute('event-id')).to.equal(NEARLY_FULL_EVENT_ID);
      expect(part(el, 'signup').contains(signup)).to.equal(true);
      expect(text(part(el, 'signup'))).not.to.contain('ledig plads');
      expect((signup.client as KulturClient).baseUrl).to.equal(baseUrl);
    });
  });
});
