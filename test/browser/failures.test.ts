import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/components/kultur-events/kultur-events.js';
import '../../src/components/kultur-event/kultur-event.js';
import '../../src/components/kultur-signup/kultur-signup.js';
import '../../src/components/kultur-provider/kultur-provider.js';
import { createKulturClient, type KulturClient } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

/**
 * Every way a call to the feed fails, on every element, in both languages: what the visitor reads (in plain words,
 * with a retry), that it passes axe, and the one console line the webmaster gets for it, however often the visitor
 * retries. The faulty addresses are the dev server's (`scripts/feed-server-plugin.mjs`).
 */

type Language = 'da' | 'en';
type Tag = 'kultur-events' | 'kultur-event' | 'kultur-signup';
/** What the visitor is told, after the element's lead sentence. */
/** An element as the tests handle it. */
type Shown = HTMLElement & { updateComplete: Promise<unknown>; client?: KulturClient | undefined };
type Reason = 'offline' | 'unreachable' | 'timeout' | 'wrong-address' | 'not-a-feed' | 'server' | 'not-found';

const SEEDED_SIGNUP_EVENT = 'mobilhistorie-kursus-naestved';
const fault = (mode: string) => new URL(`/__kultur/fault/${mode}/v1/`, location.href).href;
const FAILING = new URL('/__kultur/failing/v1/', location.href).href;
/** Nothing answers here: Chromium refuses the port, as a fetch to a host that is down fails. */
const UNREACHABLE = 'http://127.0.0.1:9/v1/';

const reasons: Record<Language, Record<Reason, string>> = {
  da: {
    offline: 'Tjek din internetforbindelse, og prøv igen.',
    unreachable: 'Kalenderen kan ikke nås lige nu. Prøv igen senere.',
    timeout: 'Kalenderen er for længe om at svare. Prøv igen om lidt.',
    'wrong-address': 'Kalenderen er ikke sat rigtigt op på denne side.',
    'not-a-feed': 'Svaret fra kalenderen kunne ikke læses. Prøv igen senere.',
    server: 'Kalenderen har problemer lige nu. Prøv igen om lidt.',
    'not-found': 'Arrangementet findes ikke længere.',
  },
  en: {
    offline: 'Check your internet connection and try again.',
    unreachable: 'The calendar cannot be reached right now. Please try again later.',
    timeout: 'The calendar is taking too long to answer. Please try again in a moment.',
    'wrong-address': 'The calendar is not set up correctly on this page.',
    'not-a-feed': 'The answer from the calendar could not be read. Please try again later.',
    server: 'The calendar is having problems right now. Please try again in a moment.',
    'not-found': 'The event no longer exists.',
  },
};

/**
 * What the listing says instead, with no earlier listing to keep, when the feed is down (no answer, none in time, or a
 * failure): not the visitor's doing, nor theirs to mend.
 */
const feedDown: Record<Language, string> = {
  da: 'Kalenderen kan ikke hentes lige nu. Prøv igen om lidt.',
  en: 'The calendar cannot be fetched right now. Please try again in a moment.',
};
const DOWN: readonly Reason[] = ['unreachable', 'timeout', 'server'];

/** The sentence before the reason, per element. */
const leads: Record<Tag, Record<Language, string>> = {
  'kultur-events': { da: 'Arrangementerne kunne ikke hentes.', en: 'The events could not be loaded.' },
  'kultur-event': { da: 'Arrangementet kunne ikke hentes.', en: 'The event could not be loaded.' },
  'kultur-signup': { da: 'Tilmeldingen kunne ikke hentes.', en: 'The signup could not be loaded.' },
};

/** One way to fail: where the element reads, what it is told, and what the webmaster's line must say. */
interface Fault {
  name: string;
  reason: Reason;
  /** The element's `api` attribute, or a `client` of the test's own. */
  feed: (real: string) => { api: string } | { client: KulturClient };
  offline?: boolean;
  /** The element's attributes besides `api`, `lang` and the event id. */
  attributes?: { municipality?: string };
  /** The event id asked for; the seeded one by default. */
  eventId?: string;
  /** The webmaster's line, without the tag; undefined when there must be none. */
  line: ((real: string) => RegExp) | undefined;
}

const quoted = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const client = (baseUrl: string, timeout?: number) =>
  createKulturClient({ baseUrl, retry: 0, cache: false, ...(timeout ? { timeout } : {}) });

const common: Fault[] = [
  {
    name: 'the visitor is offline',
    reason: 'offline',
    offline: true,
    feed: () => ({ client: client(UNREACHABLE) }),
    line: undefined,
  },
  {
    name: 'the feed cannot be reached',
    reason: 'unreachable',
    feed: () => ({ client: client(UNREACHABLE) }),
    line: () =>
      new RegExp(
        `^: the feed address "${quoted(UNREACHABLE)}" could not be reached for events.*: check the client ` +
          "property's baseUrl, that the feed is running and allows this site \\(CORS\\)",
      ),
  },
  {
    name: 'the feed does not answer in time',
    reason: 'timeout',
    feed: () => ({ client: client(fault('slow'), 300) }),
    line: () => new RegExp(`^: the feed address "${quoted(fault('slow'))}" did not answer events.* in time`),
  },
  {
    name: 'the api attribute names a web site without the feed (404, HTML)',
    reason: 'wrong-address',
    feed: () => ({ api: fault('html-404') }),
    line: () =>
      new RegExp(
        `^: the feed address "${quoted(fault('html-404'))}" answered 404 for events.*, so it is not a Kultur feed's ` +
          "address: check the api attribute; it should end in the feed's version, such as /v1\\. " +
          'See docs/webmaster-guide\\.en\\.md#when-something-fails\\.$',
      ),
  },
  {
    name: 'the api attribute names a web page (200, HTML)',
    reason: 'not-a-feed',
    feed: () => ({ api: fault('html') }),
    line: () =>
      new RegExp(
        `^: the feed address "${quoted(fault('html'))}" answered events.* with something that is not a Kultur ` +
          'feed: check the api attribute',
      ),
  },
  {
    name: 'the answer is JSON of another shape',
    reason: 'not-a-feed',
    feed: () => ({ client: client(fault('wrong-shape')) }),
    line: () => /with something that is not a Kultur feed: check the client property's baseUrl/,
  },
  {
    name: 'the feed fails (503)',
    reason: 'server',
    feed: () => ({ client: client(FAILING) }),
    line: () =>
      new RegExp(
        `^: the feed address "${quoted(FAILING)}" answered 503 for events.*: a fault of the feed, not of this ` +
          "page; if it lasts, tell the feed's operator\\.",
      ),
  },
];

const faults: Record<Tag, Fault[]> = {
  'kultur-events': [
    ...common,
    {
      name: 'the api attribute is a Kultur feed without its /v1',
      reason: 'wrong-address',
      feed: (real) => ({ api: real.replace(/v1\/$/, '') }),
      line: (real) => new RegExp(`^: the feed address "${quoted(real.replace(/v1\/$/, ''))}" answered 404 for events`),
    },
    {
      name: 'the feed refuses an attribute (municipality="lolan")',
      reason: 'wrong-address',
      feed: (real) => ({ api: real }),
      attributes: { municipality: 'lolan' },
      line: (real) =>
        new RegExp(
          `^: the feed address "${quoted(real)}" refused events\\?.*municipality=lolan.*: check the element's`,
        ),
    },
  ],
  'kultur-event': [
    ...common.map((each) => ({ ...each, line: each.line && retarget(each.line) })),
    {
      name: 'the event is not in the feed',
      reason: 'not-found',
      feed: (real) => ({ api: real }),
      eventId: 'findes-ikke-laengere',
      line: (real) =>
        new RegExp(
          `^: the feed address "${quoted(real)}" has no events/findes-ikke-laengere: check the event-id attribute`,
        ),
    },
  ],
  'kultur-signup': [
    ...common.map((each) => ({ ...each, line: each.line && retarget(each.line) })),
    {
      name: 'the event is not in the feed',
      reason: 'not-found',
      feed: (real) => ({ api: real }),
      eventId: 'findes-ikke-laengere',
      line: () => /has no events\/findes-ikke-laengere: check the event-id attribute/,
    },
  ],
};

/** The listing asks for `events?…`; one event and the signup form for `events/<id>`. */
function retarget(line: (real: string) => RegExp): (real: string) => RegExp {
  return (real) => new RegExp(line(real).source.replaceAll('events.*', `events/${SEEDED_SIGNUP_EVENT}`));
}

/** Console lines written while a test runs, warnings and errors alike. */
let lines: string[] = [];
const saved = { warn: console.warn, error: console.error };

function pretendOffline(offline: boolean): void {
  if (offline) Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  else delete (navigator as { onLine?: boolean }).onLine;
}

async function render(tag: Tag, each: Fault, real: string, lang: Language): Promise<Shown> {
  const feed = each.feed(real);
  const api = 'api' in feed ? feed.api : '';
  const given = 'client' in feed ? feed.client : undefined;
  const id = each.eventId ?? SEEDED_SIGNUP_EVENT;
  const el =
    tag === 'kultur-events'
      ? await fixture<Shown>(
          html`<kultur-events
            api=${api}
            .client=${given}
            lang=${lang}
            municipality=${each.attributes?.municipality ?? ''}
          ></kultur-events>`,
        )
      : tag === 'kultur-event'
        ? await fixture<Shown>(
            html`<kultur-event api=${api} .client=${given} lang=${lang} event-id=${id}></kultur-event>`,
          )
        : await fixture<Shown>(
            html`<kultur-signup api=${api} .client=${given} lang=${lang} event-id=${id}></kultur-signup>`,
          );
  await failed(el);
  return el;
}

/** Waits until the element shows its error, loading no more. */
async function failed(el: Shown): Promise<void> {
  await waitUntil(() => el.matches(':state(error):not(:state(loading))'), `<${el.localName}> never failed`, {
    timeout: 8000,
  });
  await el.updateComplete;
}

const messageOf = (el: Shown) =>
  el.shadowRoot!.querySelector('[part~="message"] p')!.textContent!.replace(/\s+/g, ' ').trim();

/** The lines of `tag` written so far, without the tag. */
const linesOf = (tag: string) =>
  lines.filter((line) => line.startsWith(`${tag}:`)).map((line) => line.slice(tag.length));

describe('failures: what each element says, and the one line for the webmaster', () => {
  let real: string;
  before(async () => {
    real = (await feedServer()).baseUrl;
  });

  beforeEach(() => {
    lines = [];
    console.warn = (...args: unknown[]) => void lines.push(String(args[0]));
    console.error = (...args: unknown[]) => void lines.push(String(args[0]));
  });

  afterEach(() => {
    console.warn = saved.warn;
    console.error = saved.error;
    pretendOffline(false);
    fixtureCleanup();
  });

  for (const tag of ['kultur-events', 'kultur-event', 'kultur-signup'] as const) {
    describe(`<${tag}>`, () => {
      for (const each of faults[tag]) {
        for (const lang of ['da', 'en'] as const) {
          it(`${each.name} (${lang})`, async () => {
            pretendOffline(each.offline ?? false);
            const el = await render(tag, each, real, lang);
            const reason = reasons[lang][each.reason];
            const expected =
              tag === 'kultur-events' && DOWN.includes(each.reason)
                ? feedDown[lang]
                : tag === 'kultur-event' && each.reason === 'not-found'
                  ? reason
                  : `${leads[tag][lang]} ${reason}`;
            expect(messageOf(el)).to.equal(expected);
            const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
            expect(alert.querySelector('[part~="retry-button"]')!.textContent!.trim()).to.equal(
              lang === 'da' ? 'Prøv igen' : 'Try again',
            );
            await expect(el).to.be.accessible();

            // The line comes with a chunk of its own: give it the time to arrive, then retry, twice.
            const line = each.line?.(real);
            if (line) await waitUntil(() => linesOf(tag).length > 0, 'no line for the webmaster', { timeout: 3000 });
            else await aTimeout(100);
            for (const _retry of [1, 2]) {
              el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
              await el.updateComplete;
              await failed(el);
              expect(messageOf(el)).to.equal(expected);
            }
            await aTimeout(100);
            const written = linesOf(tag);
            if (!line) {
              expect(written).to.deep.equal([]);
            } else {
              expect(written).to.have.length(1);
              expect(written[0]).to.match(line);
              expect(written[0]).to.match(/ See docs\/webmaster-guide\.en\.md#when-something-fails\.$/);
            }
            expect(lines.filter((each) => !each.startsWith(`${tag}:`))).to.deep.equal([]);
          });
        }
      }
    });
  }

  describe('<kultur-events>', () => {
    const kept = [
      {
        name: 'the feed cannot be reached',
        offline: false,
        lang: 'da',
        said: 'Listen kunne ikke opdateres; du ser den senest hentede udgave. Kalenderen kan ikke nås lige nu. Prøv igen senere.',
      },
      {
        name: 'the visitor goes offline',
        offline: true,
        lang: 'en',
        said: 'The list could not be updated; you are seeing the last version loaded. Check your internet connection and try again.',
      },
    ] as const;
    for (const each of kept) {
      it(`keeps the last good listing when ${each.name}, and says why`, async () => {
        const el = await fixture<Shown>(html`<kultur-events api=${real} limit="3" lang=${each.lang}></kultur-events>`);
        await waitUntil(() => el.shadowRoot!.querySelectorAll('.title-control').length === 3, 'never listed');
        pretendOffline(each.offline);
        el.client = client(UNREACHABLE);
        await el.updateComplete;
        await failed(el);
        expect(el.shadowRoot!.querySelectorAll('.title-control')).to.have.length(3);
        const said = el.shadowRoot!.querySelector('[role="alert"] p')!.textContent!.replace(/\s+/g, ' ').trim();
        expect(said).to.equal(each.said);
        await expect(el).to.be.accessible();
      });
    }

    it('writes one line for each kind of failure it meets', async () => {
      const el = await fixture<Shown>(html`<kultur-events .client=${client(FAILING)}></kultur-events>`);
      await failed(el);
      for (const next of [fault('html-404'), FAILING]) {
        el.client = client(next);
        await el.updateComplete;
        await failed(el);
      }
      await waitUntil(() => linesOf('kultur-events').length === 2, 'not two lines', { timeout: 3000 });
      await aTimeout(100);
      const written = linesOf('kultur-events');
      expect(written).to.have.length(2);
      expect(written[0]).to.match(/answered 503/);
      expect(written[1]).to.match(/answered 404/);
    });
  });

  describe('the setting a line names', () => {
    it("names <kultur-provider>'s api attribute for an element inside it", async () => {
      const provider = await fixture<HTMLElement>(
        html`<kultur-provider api=${fault('html-404')}><kultur-events></kultur-events></kultur-provider>`,
      );
      await failed(provider.querySelector<Shown>('kultur-events')!);
      await waitUntil(() => linesOf('kultur-events').length > 0, 'no line', { timeout: 3000 });
      expect(linesOf('kultur-events')[0]).to.match(
        /answered 404 for events.*: check the api attribute of <kultur-provider>/,
      );
    });

    it('names the element the webmaster placed for the signup form inside <kultur-event>', async () => {
      const given = createKulturClient({
        baseUrl: real,
        retry: 0,
        fetch: async (input, init) => {
          const request = new Request(input, init);
          if (request.method !== 'POST') return fetch(request);
          return new Response('{}', { status: 503, headers: { 'content-type': 'application/json' } });
        },
      });
      const event = await fixture<Shown>(
        html`<kultur-event .client=${given} event-id=${SEEDED_SIGNUP_EVENT}></kultur-event>`,
      );
      await waitUntil(
        () => event.shadowRoot!.querySelector('kultur-signup')?.shadowRoot?.querySelector('form'),
        'no form',
        {
          timeout: 8000,
        },
      );
      const signup = event.shadowRoot!.querySelector<Shown>('kultur-signup')!;
      const root = signup.shadowRoot!;
      for (const [name, value] of [
        ['name', 'Fejl Finder'],
        ['email', 'fejl.finder@example.dk'],
      ]) {
        root.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value!;
      }
      root.querySelector<HTMLInputElement>('[name="consent"]')!.checked = true;
      root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
      await signup.updateComplete;
      await waitUntil(() => signup.matches(':state(error):not(:state(submitting))'), 'the send never failed');
      await waitUntil(() => linesOf('kultur-event').length > 0, 'no line', { timeout: 3000 });
      await aTimeout(100);
      expect(linesOf('kultur-signup')).to.deep.equal([]);
      expect(linesOf('kultur-event')).to.have.length(1);
      expect(linesOf('kultur-event')[0]).to.match(/answered 503 for events\/.*\/signups/);
    });
  });

  describe('<kultur-signup>, sending', () => {
    /** A client that reads the real feed and sends the signup to `post`. */
    function sendingTo(real: string, post: (request: Request) => Promise<Response>): KulturClient {
      return createKulturClient({
        baseUrl: real,
        retry: 0,
        fetch: async (input, init) => {
          const request = new Request(input, init);
          return request.method === 'POST' ? post(request) : fetch(request);
        },
      });
    }
    const refused = () => Promise.reject(new TypeError('Failed to fetch'));
    const answer = (status: number) => () =>
      Promise.resolve(new Response('{}', { status, headers: { 'content-type': 'application/json' } }));

    const cases: Array<{
      name: string;
      post: (request: Request) => Promise<Response>;
      offline?: boolean;
      da: string;
      en: string;
      line: RegExp | undefined;
    }> = [
      { name: 'the visitor is offline', post: refused, offline: true, ...reasonsOf('offline'), line: undefined },
      {
        name: 'the feed cannot be reached',
        post: refused,
        ...reasonsOf('unreachable'),
        line: /could not be reached for events\/mobilhistorie-kursus-naestved\/signups: check the client property/,
      },
      {
        name: 'the feed fails',
        post: answer(503),
        ...reasonsOf('server'),
        line: /answered 503 for events\/.*\/signups/,
      },
      {
        name: 'too many signups from one address',
        post: answer(429),
        da: 'Der er sendt mange tilmeldinger fra din forbindelse på kort tid. Vent et minut, og prøv igen.',
        en: 'Many signups were sent from your connection in a short time. Wait a minute and try again.',
        line: /answered 429 for events\/.*\/signups: a fault of the feed, not of this page/,
      },
    ];
    function reasonsOf(reason: Reason): { da: string; en: string } {
      return { da: reasons.da[reason], en: reasons.en[reason] };
    }

    for (const each of cases) {
      for (const lang of ['da', 'en'] as const) {
        it(`${each.name} (${lang})`, async () => {
          const el = await fixture<Shown>(
            html`<kultur-signup
              .client=${sendingTo(real, each.post)}
              lang=${lang}
              event-id=${SEEDED_SIGNUP_EVENT}
            ></kultur-signup>`,
          );
          await waitUntil(() => el.shadowRoot!.querySelector('form'), 'no form', { timeout: 8000 });
          const root = el.shadowRoot!;
          const set = (name: string, value: string) => {
            const control = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
            control.value = value;
            control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          };
          set('name', 'Fejl Finder');
          set('email', 'fejl.finder@example.dk');
          root.querySelector<HTMLInputElement>('[name="consent"]')!.checked = true;
          pretendOffline(each.offline ?? false);
          for (const attempt of [1, 2, 3]) {
            const button = attempt === 1 ? '[part~="submit-button"]' : '.submit-error [part~="retry-button"]';
            root.querySelector<HTMLButtonElement>(button)!.click();
            await el.updateComplete;
            await waitUntil(() => el.matches(':state(error):not(:state(submitting))'), 'the send never failed');
            await el.updateComplete;
          }
          const said = root.querySelector('.submit-error p')!.textContent!.replace(/\s+/g, ' ').trim();
          const lead = lang === 'da' ? 'Din tilmelding blev ikke sendt.' : 'Your signup was not sent.';
          const kept =
            lang === 'da'
              ? 'Det, du har skrevet, er gemt, så du kan prøve igen.'
              : 'What you typed is kept, so you can try again.';
          expect(said).to.equal(`${lead} ${each[lang]} ${kept}`);
          await expect(el).to.be.accessible();
          if (each.line) await waitUntil(() => linesOf('kultur-signup').length > 0, 'no line', { timeout: 3000 });
          await aTimeout(100);
          const written = linesOf('kultur-signup');
          if (each.line) {
            expect(written).to.have.length(1);
            expect(written[0]).to.match(each.line);
          } else {
            expect(written).to.deep.equal([]);
          }
        });
      }
    }
  });
});
