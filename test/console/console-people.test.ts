import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/console/console-people.js';
import type { ConsolePeopleElement } from '../../src/console/console-people.js';
import { fakeFeed, fill, problem, sessionFor } from './fake-feed.js';

describe('<console-people>', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('lists the people, invites an editor for their municipalities, and is accessible at 320 px', async () => {
    const people = [sessionFor('admin').person, { ...sessionFor('organiser').person, name: 'Ole' }];
    const feed = fakeFeed({
      'GET /v1/people': () => ({ status: 200, body: { items: people } }),
      'POST /v1/people': ({ body }) => ({
        status: 201,
        body: { id: 'p-new', name: null, municipalities: [], ...(body as object) },
      }),
      'DELETE /v1/people/*': () => problem(409, 'conflict'),
    });
    const el = await fixture<ConsolePeopleElement>(
      html`<console-people .client=${feed.client} .session=${sessionFor('admin')}></console-people>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 2);
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(root.querySelectorAll('tbody button'), 'no button to remove oneself').to.have.length(1);

    fill(root, '#invite-email', 'kultur@faxe.dk');
    fill(root, '#role-editor', true);
    await el.updateComplete;
    fill(root, '#m-faxe', true);
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitUntil(() => feed.sent.some((request) => request.method === 'POST'));
    expect(feed.sent.find((request) => request.method === 'POST')!.body).to.deep.equal({
      email: 'kultur@faxe.dk',
      role: 'editor',
      municipalities: ['faxe'],
    });
    await waitUntil(() => root.querySelector('[role=status]')!.textContent!.includes('kultur@faxe.dk'));
    await expect(el).to.be.accessible();
  });

  it('says what is wrong with a refused invitation: an address with access, an editor without a municipality', async () => {
    const feed = fakeFeed({
      'GET /v1/people': () => ({ status: 200, body: { items: [sessionFor('admin').person] } }),
      'POST /v1/people': ({ body }) =>
        (body as { role: string }).role === 'editor'
          ? problem(400, 'invalid-body', [{ path: 'municipalities', message: 'an editor looks after at least one' }])
          : problem(409, 'conflict', [{ path: 'email', message: 'has access already' }]),
    });
    const el = await fixture<ConsolePeopleElement>(
      html`<console-people .client=${feed.client} .session=${sessionFor('admin')}></console-people>`,
    );
    const root = el.shadowRoot!;
    const status = () => root.querySelector('[role=status]')!.textContent!.trim();
    await waitUntil(() => root.querySelectorAll('tbody tr').length === 1);

    fill(root, '#invite-email', 'ole@museum.dk');
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitUntil(() => status().includes('har allerede adgang'));
    expect(status()).to.contain('ole@museum.dk');

    fill(root, '#invite-email', 'kultur@faxe.dk');
    fill(root, '#role-editor', true);
    await el.updateComplete;
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitUntil(() => status().includes('mindst én kommune'));
  });
});
