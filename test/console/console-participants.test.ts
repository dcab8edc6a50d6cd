import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/console/console-participants.js';
import type { ConsoleParticipantsElement } from '../../src/console/console-participants.js';
import type { Participant } from '../../src/sdk/publishing/index.js';
import { fakeFeed, fill, problem, sessionFor } from './fake-feed.js';
import { countsOf, participant, participantList } from './participants-fixture.js';

const EVENT = '/v1/console/events/kursus-maribo/participants';

describe('<console-participants>', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  function feedWith(items: Participant[]) {
    const change = (id: string, patch: Partial<Participant>) => {
      items = items.map((p) => (p.id === id ? { ...p, ...patch } : p));
      return { status: 200, body: { participant: items.find((p) => p.id === id), counts: countsOf(items) } };
    };
    const idOf = (path: string) => path.split('/')[6]!;
    return fakeFeed({
      [`GET ${EVENT}`]: () => ({ status: 200, body: participantList(items) }),
      [`POST ${EVENT}`]: ({ body }) => {
        const added = participant((body as { name: string }).name, body as Partial<Participant>);
        items = [...items, added];
        return { status: 201, body: { participant: added, counts: countsOf(items) } };
      },
      [`PUT ${EVENT}/*/attended`]: ({ path }) => change(idOf(path), { attendedAt: '2027-03-10T09:05:00+01:00' }),
      [`DELETE ${EVENT}/*/attended`]: ({ path }) => change(idOf(path), { attendedAt: undefined }),
      [`POST ${EVENT}/*/move-up`]: () => problem(409, 'conflict'),
      [`DELETE ${EVENT}/*`]: ({ path }) => ({
        ...change(idOf(path), { status: 'cancelled' }),
        body: { ...change(idOf(path), { status: 'cancelled' }).body, movedUp: 0 },
      }),
    });
  }

  async function open(items: Participant[]) {
    const feed = feedWith(items);
    const announced: string[] = [];
    const el = await fixture<ConsoleParticipantsElement>(
      html`<console-participants
        .client=${feed.client}
        .session=${sessionFor('organiser')}
        event-id="kursus-maribo"
        @console-announce=${(e: CustomEvent<{ message: string }>) => announced.push(e.detail.message)}
      ></console-participants>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.people, h1')?.textContent?.includes('Kursus'));
    return { el, root: el.shadowRoot!, feed, announced };
  }

  it('shows the counts, the links and the list; searches; accessible at 320 px', async () => {
    const { el, root } = await open([
      participant('Mette Hansen', { organization: 'Maribo Teaterforening', seats: 2 }),
      participant('Åse Østergård', { attendedAt: '2027-03-10T09:00:00+01:00' }),
      participant('Ole Jensen', { status: 'waitlisted', waitlistPosition: 1 }),
      participant('Bo Berg', { status: 'cancelled' }),
    ]);
    expect(root.querySelector('h1')!.textContent).to.equal('Deltagere: Kursus i Maribo');
    expect(root.textContent).to.include('3 pladser af 4 er taget · 1 på venteliste · 1 afmeldt');
    expect(root.textContent).to.include('1 af 3 pladser er tjekket ind');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.links a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([
      '#/events/kursus-maribo/check-in',
      `http://feed.test${EVENT}/attendance-list`,
      `http://feed.test${EVENT}/attendance-list?lang=en`,
      `http://feed.test${EVENT}?format=csv`,
    ]);
    expect(root.querySelectorAll('.person')).to.have.length(4);
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);

    fill(root, '#search', 'teater');
    await el.updateComplete;
    expect([...root.querySelectorAll('.person strong')].map((s) => s.textContent)).to.deep.equal(['Mette Hansen']);
    fill(root, '#search', 'ase');
    await el.updateComplete;
    expect([...root.querySelectorAll('.person strong')].map((s) => s.textContent)).to.deep.equal(['Åse Østergård']);
    fill(root, '#search', '');
    fill(root, '#status', 'waitlisted');
    await el.updateComplete;
    expect([...root.querySelectorAll('.person strong')].map((s) => s.textContent)).to.deep.equal(['Ole Jensen']);
    expect(root.querySelector('#search-count')!.textContent).to.equal('1 af 4 vist');
  });

  it('checks in and undoes with a box per person, saying so', async () => {
    const mette = participant('Mette Hansen');
    const { el, root, feed, announced } = await open([mette]);
    const box = root.querySelector<HTMLInputElement>(`#attended-${mette.id}`)!;
    box.click();
    await waitUntil(() => announced.length === 1);
    expect(announced[0]).to.equal('Mette Hansen er tjekket ind.');
    expect(feed.sent.at(-1)!.method).to.equal('PUT');
    expect(feed.sent.at(-1)!.headers.get('x-kultur-csrf')).to.equal(
      null,
      'the fake has no session; the client sends it',
    );
    await el.updateComplete;
    expect(root.textContent).to.include('1 af 1 pladser er tjekket ind');
    box.click();
    await waitUntil(() => announced.length === 2);
    expect(feed.sent.at(-1)!.method).to.equal('DELETE');
    expect(announced[1]).to.equal('Mette Hansen er ikke længere tjekket ind.');
  });

  it('removes only after a confirm step, and says a move-up that does not fit', async () => {
    const mette = participant('Mette Hansen');
    const ole = participant('Ole Jensen', { status: 'waitlisted', waitlistPosition: 1, seats: 2 });
    const { el, root, feed, announced } = await open([mette, ole]);
    root.querySelector<HTMLButtonElement>(`#remove-${mette.id}`)!.click();
    await el.updateComplete;
    const yes = root.querySelector<HTMLButtonElement>(`#confirm-yes-${mette.id}`)!;
    expect(root.activeElement).to.equal(yes);
    expect(feed.sent.filter((r) => r.method === 'DELETE')).to.have.length(0);
    await expect(el).to.be.accessible();
    yes.click();
    await waitUntil(() => announced.length === 1);
    expect(announced[0]).to.equal('Mette Hansen er afmeldt og får besked.');
    await el.updateComplete;
    expect(root.querySelector('.person .badge')!.textContent).to.equal('Afmeldt');

    root.querySelector<HTMLButtonElement>(`#move-up-${ole.id}`)!.click();
    await waitUntil(() => announced.length === 2);
    expect(announced[1]).to.match(/ikke plads nok/);
  });

  it('adds someone by hand with the fields the event asks, and shows the feed refusing', async () => {
    const { el, root, feed, announced } = await open([]);
    expect(root.querySelector('#add-organization'), 'the event asks for the organisation').to.exist;
    expect(root.querySelector('#add-phone'), 'not for a phone number').to.equal(null);
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitUntil(() => root.querySelector('.error-summary'));
    expect(root.activeElement).to.equal(root.querySelector('.error-summary'));
    expect(root.querySelectorAll('.error-summary li')).to.have.length(2);
    await expect(el).to.be.accessible();

    fill(root, '#add-name', 'Telefon Hansen');
    fill(root, '#add-email', 'hansen@example.dk');
    fill(root, '#add-seats', '2');
    fill(root, '#add-organization', 'Nakskov Bibliotek');
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitUntil(() => announced.length === 1);
    expect(feed.sent.find((r) => r.method === 'POST')!.body).to.deep.equal({
      name: 'Telefon Hansen',
      email: 'hansen@example.dk',
      seats: 2,
      organization: 'Nakskov Bibliotek',
    });
    expect(announced[0]).to.equal('Telefon Hansen er tilføjet og får en bekræftelse.');
    await waitUntil(() => root.querySelectorAll('.person').length === 1);
  });

  it('says so when the event is not published', async () => {
    const feed = fakeFeed({ [`GET ${EVENT}`]: () => problem(404, 'not-found') });
    const el = await fixture<ConsoleParticipantsElement>(
      html`<console-participants .client=${feed.client} event-id="kursus-maribo"></console-participants>`,
    );
    await waitUntil(() => el.shadowRoot!.textContent!.includes('ikke udgivet'));
    await expect(el).to.be.accessible();
  });

  it("shows each answer under its question's words, and a removed question's under its id", async () => {
    const questions = [
      { id: 'kost', kind: 'short-text', label: 'Særlige hensyn til maden?', required: false },
      { id: 'overnatning', kind: 'yes-no', label: 'Skal du overnatte?', required: true },
      {
        id: 'emner',
        kind: 'several-choices',
        label: 'Hvilke emner?',
        required: false,
        options: ['Fonde', 'Puljer', 'Sponsorer'],
      },
    ];
    const items = [
      participant('Mette Hansen', {
        answers: {
          kost: 'Vegetar',
          overnatning: false,
          emner: ['Fonde', 'Puljer'],
          gammel: 'Svar på et fjernet spørgsmål',
        },
      }),
    ];
    const feed = fakeFeed({ [`GET ${EVENT}`]: () => ({ status: 200, body: participantList(items, [], questions) }) });
    const el = await fixture<ConsoleParticipantsElement>(
      html`<console-participants
        .client=${feed.client}
        .session=${sessionFor('organiser')}
        event-id="kursus-maribo"
      ></console-participants>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.answers'));
    const pairs = [...root.querySelectorAll('.answers div')].map((pair) => [
      pair.querySelector('dt')!.textContent!.trim(),
      pair.querySelector('dd')!.textContent!.trim(),
    ]);
    expect(pairs).to.deep.include.members([
      ['Særlige hensyn til maden?', 'Vegetar'],
      ['Skal du overnatte?', 'Nej'],
      ['Hvilke emner?', 'Fonde, Puljer'],
      ['gammel', 'Svar på et fjernet spørgsmål'],
    ]);
    await expect(el).to.be.accessible();
  });
});
