import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { routeOf } from '../../src/console/console-app.js';
import '../../src/console/console-messages.js';
import '../../src/console/console-mail-log.js';
import type { ConsoleMessagesElement } from '../../src/console/console-messages.js';
import type { ConsoleMailLogElement } from '../../src/console/console-mail-log.js';
import { fakeFeed, fill, problem, sessionFor, type SentRequest } from './fake-feed.js';

const input = {
  title: 'Fundraising for kulturaktører',
  summary: 'En kursusdag.',
  description: 'Om fonde.',
  start: '2027-03-10T09:00:00+01:00',
  end: '2027-03-10T15:00:00+01:00',
  allDay: false,
  status: 'scheduled',
  municipality: 'lolland',
  venue: { name: 'Maribo Bibliotek', address: 'Torvet 1', postalCode: '4930', city: 'Maribo' },
  categories: ['kursus'],
  audience: ['kulturaktoerer'],
  organizer: { name: 'Kulturregion Storstrøm' },
  price: 0,
  signup: null,
};
const detail = {
  id: 'kursus',
  state: 'published',
  pendingChange: false,
  input,
  published: { ...input, id: 'kursus', updatedAt: '2027-02-01T10:00:00+01:00', confirmedSeats: 2 },
  owner: { id: 'p-organiser', email: 'organiser@example.dk' },
  seriesId: null,
  cancellationReason: null,
};

function mail(id: number, state: 'queued' | 'sent' | 'failed', to: string) {
  return {
    id,
    kind: 'organiser-message',
    eventId: 'kursus',
    to,
    subject: 'Besked fra arrangøren: Fundraising for kulturaktører',
    createdAt: '2027-02-05T10:00:00+01:00',
    state,
    sentAt: state === 'sent' ? '2027-02-05T10:01:00+01:00' : null,
    attempts: state === 'queued' ? 0 : 1,
    lastError: state === 'failed' ? '550 mailbox unavailable' : null,
    willRetry: state === 'failed',
  };
}

describe('the messages routes', () => {
  it("reads an event's messages page and the mail log from the address", () => {
    expect(routeOf('#/events/lys-over-moen/messages')).to.deep.equal({ view: 'messages', id: 'lys-over-moen' });
    expect(routeOf('#/mail-log')).to.deep.equal({ view: 'mail-log' });
    expect(routeOf('#/events/lys-over-moen/other')).to.deep.equal({ view: 'not-found' });
  });
});

describe('<console-messages>', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  function feedFor(log = [mail(2, 'failed', 'bo@example.dk'), mail(1, 'sent', 'anna@example.dk')]) {
    const sent: unknown[] = [];
    return fakeFeed({
      'GET /v1/console/events/*': () => ({ status: 200, body: detail }),
      'GET /v1/console/events/*/reminder': () => ({ status: 200, body: { daysBefore: 2, custom: false } }),
      'PUT /v1/console/events/*/reminder': ({ body }) => ({
        status: 200,
        body: { daysBefore: (body as { daysBefore: number | null }).daysBefore, custom: true },
      }),
      'GET /v1/console/events/*/messages': () => ({ status: 200, body: { items: sent } }),
      'POST /v1/console/events/*/messages': ({ body }: SentRequest) => {
        const message = {
          id: sent.length + 1,
          eventId: 'kursus',
          sentBy: 'organiser@example.dk',
          recipients: 2,
          createdAt: '2027-02-05T10:00:00+01:00',
          ...(body as object),
        };
        sent.unshift(message);
        return { status: 201, body: message };
      },
      'GET /v1/console/events/*/mail-log': () => ({ status: 200, body: { items: log } }),
      'POST /v1/console/mail-log/*/retry': () => ({ status: 204 }),
    });
  }

  it('writes to the chosen participants, refuses an empty subject first, and is accessible at 320 px', async () => {
    const feed = feedFor();
    const el = await fixture<ConsoleMessagesElement>(
      html`<console-messages
        .client=${feed.client}
        .session=${sessionFor('organiser')}
        event-id="kursus"
      ></console-messages>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('#m-subject'));
    expect(root.querySelector('h1')!.textContent).to.contain('Fundraising for kulturaktører');
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);

    fill(root, '#m-text', 'Parkér ved skolen.');
    root.querySelector<HTMLButtonElement>('section[aria-labelledby=write-title] button[type=submit]')!.click();
    await waitUntil(() => root.querySelector('#m-subject-error'));
    expect(root.activeElement?.id).to.equal('m-subject');
    expect(root.querySelector('#m-subject')!.getAttribute('aria-invalid')).to.equal('true');
    expect(feed.sent.some((request) => request.method === 'POST')).to.equal(false);
    await expect(el).to.be.accessible();

    fill(root, '#audience-all', true);
    fill(root, '#m-subject', 'Parkering');
    root.querySelector<HTMLButtonElement>('section[aria-labelledby=write-title] button[type=submit]')!.click();
    await waitUntil(() => feed.sent.some((request) => request.method === 'POST'));
    expect(feed.sent.find((request) => request.method === 'POST')!.body).to.deep.equal({
      audience: 'all',
      subject: 'Parkering',
      text: 'Parkér ved skolen.',
    });
    await waitUntil(() => root.querySelector('[role=status]')!.textContent!.includes('2 personer'));
    await waitUntil(() => root.querySelector('section[aria-labelledby=sent-title] li'));
    expect(root.querySelector('section[aria-labelledby=sent-title]')!.textContent).to.contain('organiser@example.dk');
    await expect(el).to.be.accessible();
  });

  it('says when there is nobody to write to', async () => {
    const feed = fakeFeed({
      'GET /v1/console/events/*': () => ({ status: 200, body: detail }),
      'GET /v1/console/events/*/reminder': () => ({ status: 200, body: { daysBefore: 2, custom: false } }),
      'GET /v1/console/events/*/messages': () => ({ status: 200, body: { items: [] } }),
      'POST /v1/console/events/*/messages': () => problem(409, 'conflict'),
      'GET /v1/console/events/*/mail-log': () => ({ status: 200, body: { items: [] } }),
    });
    const el = await fixture<ConsoleMessagesElement>(
      html`<console-messages .client=${feed.client} event-id="kursus"></console-messages>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('#m-subject'));
    fill(root, '#audience-waitlisted', true);
    fill(root, '#m-subject', 'Hej');
    fill(root, '#m-text', 'Tekst');
    root.querySelector<HTMLButtonElement>('section[aria-labelledby=write-title] button[type=submit]')!.click();
    await waitUntil(() => root.querySelector('[role=status]')!.textContent!.includes('ingen at sende til'));
  });

  it('saves the reminder, turned off', async () => {
    const feed = feedFor([]);
    const el = await fixture<ConsoleMessagesElement>(
      html`<console-messages .client=${feed.client} event-id="kursus"></console-messages>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('#m-reminder'));
    expect(root.querySelector<HTMLSelectElement>('#m-reminder')!.value).to.equal('2');
    fill(root, '#m-reminder', 'off');
    root.querySelector<HTMLButtonElement>('section[aria-labelledby=reminder-title] button[type=submit]')!.click();
    await waitUntil(() => feed.sent.some((request) => request.method === 'PUT'));
    expect(feed.sent.find((request) => request.method === 'PUT')!.body).to.deep.equal({ daysBefore: null });
    await waitUntil(() => root.querySelector('[role=status]')!.textContent!.includes('Ingen påmindelse'));
  });
});

describe('<console-mail-log>', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows the states and the reason, retries a failed mail, filters, and is accessible at 320 px', async () => {
    let log = [
      mail(3, 'failed', 'bo@example.dk'),
      mail(2, 'queued', 'carl@example.dk'),
      mail(1, 'sent', 'anna@example.dk'),
    ];
    const feed = fakeFeed({
      'GET /v1/console/mail-log': ({ query }) => ({
        status: 200,
        body: { items: query.get('state') ? log.filter((m) => m.state === query.get('state')) : log },
      }),
      'POST /v1/console/mail-log/*/retry': () => {
        log = log.map((m) => (m.id === 3 ? mail(3, 'queued', 'bo@example.dk') : m));
        return { status: 204 };
      },
    });
    const el = await fixture<ConsoleMailLogElement>(
      html`<console-mail-log .client=${feed.client} .session=${sessionFor('admin')}></console-mail-log>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('.log > li').length === 3);
    expect(root.querySelector('h1')).to.exist;
    expect(root.textContent).to.contain('550 mailbox unavailable');
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);

    const retry = root.querySelector<HTMLButtonElement>('.log button')!;
    expect(retry.getAttribute('aria-label')).to.contain('bo@example.dk');
    retry.click();
    await waitUntil(() => root.querySelector('[role=status]')!.textContent!.includes('bo@example.dk'));
    expect(feed.sent.some((r) => r.method === 'POST' && r.path === '/v1/console/mail-log/3/retry')).to.equal(true);
    await waitUntil(() => root.querySelectorAll('.log button').length === 0);
    expect(root.activeElement?.id).to.equal('log-heading');

    fill(root, '#log-state', 'sent');
    await waitUntil(() => root.querySelectorAll('.log > li').length === 1);
    expect(feed.sent.at(-1)!.query.get('state')).to.equal('sent');
    await expect(el).to.be.accessible();
  });
});
