import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/console/console-change-log.js';
import type { ConsoleChangeLogElement } from '../../src/console/console-change-log.js';
import { fakeFeed } from './fake-feed.js';

const changes = {
  items: [
    {
      at: '2027-02-03T10:15:00Z',
      who: 'kultur@lolland.example',
      action: 'cancelled',
      summary: 'Oplægsholderen er syg.',
    },
    { at: '2027-02-02T09:00:00Z', who: 'kultur@lolland.example', action: 'copied', summary: 'netvaerkstraef-2027-01' },
    { at: '2027-02-01T08:30:00Z', who: 'KULTUR_ADMIN_TOKEN', action: 'published', summary: null },
  ],
};

function logFor(language: 'da' | 'en') {
  const feed = fakeFeed({ 'GET /v1/console/events/*/changes': () => ({ status: 200, body: changes }) });
  return fixture<ConsoleChangeLogElement>(
    html`<console-change-log .client=${feed.client} lang=${language} event-id="traef"></console-change-log>`,
  );
}

const cells = (el: ConsoleChangeLogElement) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );

describe('<console-change-log>', () => {
  it("says each step in the reader's language, with the person's own words after it", async () => {
    const el = await logFor('da');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 3);
    expect(cells(el)).to.deep.equal([
      ['kultur@lolland.example', 'Aflyst: Oplægsholderen er syg.'],
      ['kultur@lolland.example', 'Kopieret fra: netvaerkstraef-2027-01'],
      ['KULTUR_ADMIN_TOKEN', 'Udgivet'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('in English too', async () => {
    const el = await logFor('en');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('tbody tr').length === 3);
    expect(cells(el).map(([, what]) => what)).to.deep.equal([
      'Cancelled: Oplægsholderen er syg.',
      'Copied from: netvaerkstraef-2027-01',
      'Published',
    ]);
  });
});
