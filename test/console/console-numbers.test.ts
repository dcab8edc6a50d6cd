import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/console/console-numbers.js';
import type { ConsoleNumbersElement } from '../../src/console/console-numbers.js';
import { fakeFeed, fill, sessionFor } from './fake-feed.js';

const row = (events: number, seats: number, attended: number) => ({
  events,
  cancelledEvents: 0,
  signups: seats,
  seats,
  attended,
  noShows: seats - attended,
  waitlisted: 1,
  cancellations: 2,
});

const numbers = (from: string, to: string) => ({
  from,
  to,
  totals: row(3, 30, 20),
  byMonth: [
    { month: '2027-01', ...row(1, 10, 10) },
    { month: '2027-02', ...row(2, 20, 10) },
    { month: '2027-03', ...row(0, 0, 0) },
  ],
  byMunicipality: [{ municipality: 'lolland', ...row(3, 30, 20) }],
  byCategory: [
    { category: 'kursus', ...row(2, 20, 10) },
    { category: 'koncert', ...row(1, 10, 10) },
  ],
  byAudience: [{ audience: 'borgere', ...row(3, 30, 20) }],
});

describe('<console-numbers>', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows a chart of plain elements with text values, the tables and a CSV link; accessible at 320 px', async () => {
    const feed = fakeFeed({
      'GET /v1/console/numbers': ({ query }) => ({
        status: 200,
        body: numbers(query.get('from') ?? '2027-01-01', query.get('to') ?? '2027-03-31'),
      }),
    });
    const announced: string[] = [];
    const el = await fixture<ConsoleNumbersElement>(
      html`<console-numbers
        .client=${feed.client}
        .session=${sessionFor('editor', ['lolland'])}
        @console-announce=${(e: CustomEvent<{ message: string }>) => announced.push(e.detail.message)}
      ></console-numbers>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.chart'));
    const bars = [...root.querySelectorAll<HTMLElement>('.chart li')];
    expect(bars.map((li) => li.querySelector('.value')!.textContent)).to.deep.equal(['10', '20', '0']);
    expect(bars[0]!.textContent).to.include('januar 2027');
    const widths = bars.map((li) => li.querySelector<HTMLElement>('.bar')!.getBoundingClientRect().width);
    expect(widths[1]).to.be.greaterThan(widths[0]!);
    expect(root.querySelector('canvas')).to.equal(null);
    expect(root.querySelectorAll('table')).to.have.length(4);
    expect(root.querySelector('tfoot')!.textContent).to.include('I alt');
    expect(root.textContent).to.include('Kursus');
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);

    fill(root, '#measure', 'attended');
    await el.updateComplete;
    expect(root.querySelector('figcaption')!.textContent).to.equal('Fremmødte pr. måned');
    expect([...root.querySelectorAll('.chart .value')].map((v) => v.textContent)).to.deep.equal(['10', '10', '0']);

    fill(root, '#from', '2027-02-01');
    fill(root, '#to', '2027-02-28');
    fill(root, '#category', 'kursus');
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitUntil(() => announced.length === 1);
    const asked = feed.sent.at(-1)!.query;
    expect(asked.get('from')).to.equal('2027-02-01');
    expect(asked.get('category')).to.equal('kursus');
    expect(announced[0]).to.equal('Tallene for 2027-02-01 til 2027-02-28 er vist.');
    expect(root.querySelector<HTMLAnchorElement>('a[download]')!.getAttribute('href')).to.equal(
      'http://feed.test/v1/console/numbers?category=kursus&format=csv&from=2027-02-01&to=2027-02-28',
    );
  });
});
