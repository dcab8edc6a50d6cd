import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/console/console-app.js';
import { routeOf, type ConsoleAppElement } from '../../src/console/console-app.js';

describe('<console-app>', () => {
  let lang: string;
  before(async () => {
    lang = document.documentElement.lang;
    await setViewport({ width: 320, height: 800 });
  });
  after(async () => {
    document.documentElement.lang = lang;
    localStorage.removeItem('kultur-console-lang');
    await setViewport({ width: 800, height: 600 });
  });

  it('reads its views from the address fragment', () => {
    expect(routeOf('')).to.deep.equal({ view: 'events', state: 'published' });
    expect(routeOf('#/events?state=pending')).to.deep.equal({ view: 'events', state: 'pending' });
    expect(routeOf('#/events?state=nonsense')).to.deep.equal({ view: 'events', state: 'published' });
    expect(routeOf('#/events/new')).to.deep.equal({ view: 'new' });
    expect(routeOf('#/events/lys-over-moen')).to.deep.equal({ view: 'event', id: 'lys-over-moen' });
    expect(routeOf('#/queue')).to.deep.equal({ view: 'queue' });
    expect(routeOf('#/people')).to.deep.equal({ view: 'people' });
    expect(routeOf('#/events/lys-over-moen/participants')).to.deep.equal({ view: 'participants', id: 'lys-over-moen' });
    expect(routeOf('#/events/lys-over-moen/check-in')).to.deep.equal({ view: 'check-in', id: 'lys-over-moen' });
    expect(routeOf('#/events/lys-over-moen/other')).to.deep.equal({ view: 'not-found' });
    expect(routeOf('#/numbers')).to.deep.equal({ view: 'numbers' });
    expect(routeOf('#/nowhere')).to.deep.equal({ view: 'not-found' });
  });

  it('shows the sign-in view to nobody signed in, focused on its heading; accessible at 320 px', async () => {
    // A feed address with no session route: the app treats that as nobody signed in.
    const el = await fixture<ConsoleAppElement>(html`<console-app api="/__kultur/no-feed/v1"></console-app>`);
    await waitUntil(() => el.shadowRoot!.querySelector('console-sign-in')?.shadowRoot?.querySelector('h1'));
    const signIn = el.shadowRoot!.querySelector('console-sign-in')!;
    await waitUntil(() => signIn.shadowRoot!.activeElement === signIn.shadowRoot!.querySelector('h1'));
    expect(document.documentElement.lang).to.equal('da');
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('switches language and remembers the choice', async () => {
    const el = await fixture<ConsoleAppElement>(html`<console-app api="/__kultur/no-feed/v1"></console-app>`);
    await waitUntil(() => el.shadowRoot!.querySelector('console-sign-in'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('header button')!.click();
    await el.updateComplete;
    expect(document.documentElement.lang).to.equal('en');
    expect(localStorage.getItem('kultur-console-lang')).to.equal('en');
    const signIn = el.shadowRoot!.querySelector('console-sign-in')!;
    await signIn.updateComplete;
    await waitUntil(() => signIn.shadowRoot!.querySelector('h1')!.textContent === 'Sign in');
  });

  it('signs in with a link opened in the tab that shows the console already, and takes it out of the address', async () => {
    const session = {
      person: { id: 'p1', email: 'mette@example.dk', name: 'Mette', role: 'admin', municipalities: [] },
      csrfToken: 'csrf',
      expiresAt: '2027-01-01T08:00:00+01:00',
    };
    const spent: unknown[] = [];
    const real = window.fetch;
    window.fetch = async (input, init) => {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname;
      const json = (body: unknown, status: number) =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (path === '/__kultur/link/v1/session' && request.method === 'GET') return json({}, 401);
      if (path === '/__kultur/link/v1/session' && request.method === 'POST') {
        spent.push(await request.json());
        return json(session, 200);
      }
      if (path.startsWith('/__kultur/link/v1/console/')) return json({ items: [], nextCursor: null }, 200);
      return real(input, init);
    };
    const address = `${location.pathname}${location.search}`;
    try {
      const el = await fixture<ConsoleAppElement>(html`<console-app api="/__kultur/link/v1"></console-app>`);
      await waitUntil(() => el.shadowRoot!.querySelector('console-sign-in'));
      location.hash = '#sign-in=the-secret';
      await waitUntil(() => el.shadowRoot!.querySelector('nav'), 'signed in', { timeout: 5_000 });
      expect(spent).to.deep.equal([{ token: 'the-secret' }]);
      expect(location.hash).to.equal('#/events');
    } finally {
      window.fetch = real;
      history.replaceState(history.state, '', address);
    }
  });

  it('goes back to sign-in, saying why, when the session ends while in use (a 401 from any call)', async () => {
    const session = {
      person: { id: 'p1', email: 'mette@example.dk', name: 'Mette', role: 'editor', municipalities: ['faxe'] },
      csrfToken: 'csrf',
      expiresAt: '2027-01-01T08:00:00+01:00',
    };
    const real = window.fetch;
    window.fetch = async (input, init) => {
      const path = new URL(new Request(input, init).url).pathname;
      const json = (body: unknown, status: number) =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (path === '/__kultur/stub/v1/session') return json(session, 200);
      if (path === '/__kultur/stub/v1/console/events') return json({}, 401);
      return real(input, init);
    };
    try {
      const el = await fixture<ConsoleAppElement>(html`<console-app api="/__kultur/stub/v1"></console-app>`);
      const notice = () =>
        el.shadowRoot!.querySelector('console-sign-in')?.shadowRoot?.querySelector('.notice')?.textContent;
      await waitUntil(() => /logget ud|signed out/.test(notice() ?? ''), 'the sign-in view says the session ended', {
        timeout: 5_000,
      });
      expect(el.shadowRoot!.querySelector('nav')).to.equal(null);
    } finally {
      window.fetch = real;
    }
  });
  it("shows an event's tabs beside the editor, its participants focused, and the numbers in the menu", async () => {
    const session = {
      person: { id: 'p1', email: 'olga@example.dk', name: 'Olga', role: 'organiser', municipalities: [] },
      csrfToken: 'csrf',
      expiresAt: '2027-01-01T08:00:00+01:00',
    };
    const list = {
      event: {
        id: 'kursus',
        title: 'Kursus i Maribo',
        start: '2027-03-10T09:00:00+01:00',
        end: '2027-03-10T15:00:00+01:00',
        status: 'scheduled',
        signup: { capacity: 4, waitlist: true, maxSeatsPerSignup: 1, fields: [] },
      },
      counts: {
        capacity: 4,
        confirmed: 0,
        confirmedSeats: 0,
        attended: 0,
        attendedSeats: 0,
        notYet: 0,
        notYetSeats: 0,
        waitlisted: 0,
        waitlistedSeats: 0,
        cancelled: 0,
      },
      items: [],
    };
    const real = window.fetch;
    window.fetch = async (input, init) => {
      const path = new URL(new Request(input, init).url).pathname;
      const json = (body: unknown, status: number) =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (path === '/__kultur/stub/v1/session') return json(session, 200);
      if (path === '/__kultur/stub/v1/console/events/kursus/participants') return json(list, 200);
      return real(input, init);
    };
    const hash = location.hash;
    localStorage.removeItem('kultur-console-lang');
    history.replaceState(null, '', '#/events/kursus/participants');
    try {
      const el = await fixture<ConsoleAppElement>(html`<console-app api="/__kultur/stub/v1"></console-app>`);
      const view = () => el.shadowRoot!.querySelector('console-participants');
      await waitUntil(() => view()?.shadowRoot?.querySelector('h1')?.textContent?.includes('Kursus i Maribo'));
      await waitUntil(() => view()!.shadowRoot!.activeElement === view()!.shadowRoot!.querySelector('h1'));
      const tabs = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.event-tabs a')];
      expect(tabs.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')])).to.deep.equal([
        ['#/events/kursus', 'false'],
        ['#/events/kursus/participants', 'page'],
        ['#/events/kursus/check-in', 'false'],
        ['#/events/kursus/messages', 'false'],
      ]);
      expect(el.shadowRoot!.querySelector('header a[href="#/numbers"]')!.textContent!.trim()).to.equal('Tal');
      await expect(el).to.be.accessible();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      window.fetch = real;
      history.replaceState(null, '', hash || location.pathname);
    }
  });
});
