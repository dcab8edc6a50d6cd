import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/console/console-event-list.js';
import type { ConsoleEventListElement } from '../../src/console/console-event-list.js';
import { fakeFeed, fill, sessionFor, type SentRequest } from './fake-feed.js';

function summary(id: string, state: string, pendingChange = false) {
  return {
    id,
    title: `Arrangement ${id}`,
    start: '2027-03-10T19:00:00+01:00',
    end: '2027-03-10T21:00:00+01:00',
    allDay: false,
    municipality: 'stevns',
    categories: ['koncert'],
    state,
    pendingChange,
    ownerEmail: 'organiser@example.dk',
    updatedAt: '2027-01-05T10:00:00+01:00',
  };
}

function listFeed() {
  return fakeFeed({
    'GET /v1/console/events': ({ query }: SentRequest) => {
      const state = query.get('state') ?? 'draft';
      if (query.get('cursor') === 'page-2')
        return { status: 200, body: { items: [summary('tredje', state)], nextCursor: null } };
      // As the server answers: `pending` holds new events sent for approval and published ones with a change sent.
      const items =
        state === 'published'
          ? [summary('udgivet', 'published', true), summary('uaendret', 'published')]
          : state === 'pending'
            ? [summary('forste', state), summary('anden', state), summary('udgivet', 'published', true)]
            : [summary('forste', state), summary('anden', state)];
      return { status: 200, body: { items, nextCursor: state === 'draft' ? 'page-2' : null } };
    },
  });
}

describe('<console-event-list>', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('lists the events of a state, linked to the editor; accessible at 320 px', async () => {
    const feed = listFeed();
    const el = await fixture<ConsoleEventListElement>(
      html`<console-event-list
        .client=${feed.client}
        .session=${sessionFor('editor', ['stevns'])}
        state="draft"
      ></console-event-list>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.events li').length === 2);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.events a')!;
    expect(link.getAttribute('href')).to.equal('#/events/forste');
    expect(el.shadowRoot!.querySelector('[aria-current=page]')!.textContent).to.equal('Kladder');
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('filters and searches, and loads more with focus on the first new event', async () => {
    const feed = listFeed();
    const el = await fixture<ConsoleEventListElement>(
      html`<console-event-list
        .client=${feed.client}
        .session=${sessionFor('admin')}
        state="draft"
      ></console-event-list>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('.events li').length === 2);
    fill(root, '#municipality', 'stevns');
    fill(root, '#category', 'koncert');
    fill(root, '#from', '2027-03-01');
    fill(root, '#to', '2027-03-31');
    fill(root, '#q', 'orgel');
    root.querySelector<HTMLButtonElement>('form.filters button')!.click();
    await waitUntil(() => feed.sent.length === 2);
    expect(Object.fromEntries(feed.sent[1]!.query)).to.deep.equal({
      category: 'koncert',
      from: '2027-03-01',
      to: '2027-03-31',
      limit: '50',
      municipality: 'stevns',
      q: 'orgel',
      state: 'draft',
    });
    await waitUntil(() => root.querySelector('.events li + li'));
    root.querySelector<HTMLButtonElement>('button.secondary')!.click();
    await waitUntil(() => root.querySelectorAll('.events li').length === 3);
    expect(root.activeElement).to.equal(root.querySelectorAll('.events a')[2]);
  });

  it('shows the approval queue: waiting events and published ones with a waiting change', async () => {
    const feed = listFeed();
    const el = await fixture<ConsoleEventListElement>(
      html`<console-event-list
        .client=${feed.client}
        .session=${sessionFor('admin')}
        mode="queue"
      ></console-event-list>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.events li').length === 3);
    const ids = [...el.shadowRoot!.querySelectorAll('.events a')].map((a) => a.getAttribute('href'));
    expect(ids).to.deep.equal(['#/events/forste', '#/events/anden', '#/events/udgivet']);
    expect(feed.sent.map((request) => request.query.get('state'))).to.deep.equal(['pending']);
    await expect(el).to.be.accessible();
  });
});
