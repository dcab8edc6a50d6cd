import { expect } from '@open-wc/testing';
import { EventPageSchema, ProblemDetailsSchema } from '../../src/contract/schema.js';
import { feedServer } from './feed.js';

describe('the feed, read from a browser', () => {
  let baseUrl: string;

  before(async () => {
    ({ baseUrl } = await feedServer());
  });

  it('runs on another origin than the test page, so every fetch here is cross-origin', () => {
    expect(new URL(baseUrl).origin).not.to.equal(location.origin);
  });

  it('lists one municipality in start order, and the page fits the contract', async () => {
    const response = await fetch(`${baseUrl}events?municipality=lolland&limit=5`);

    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^application\/json\b/);
    const body: unknown = await response.json();
    const parsed = EventPageSchema.safeParse(body);
    expect(parsed.error?.issues ?? []).to.deep.equal([]);
    const page = parsed.data!;
    expect(page.items).to.have.length(5);
    expect(page.items.map((event) => event.municipality)).to.deep.equal(Array(5).fill('lolland'));
    const starts = page.items.map((event) => Date.parse(event.start));
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    expect(page.nextCursor).to.be.a('string');
  });

  it('continues after the first page when given its cursor', async () => {
    const first = EventPageSchema.parse(await (await fetch(`${baseUrl}events?municipality=lolland&limit=5`)).json());
    const cursor = encodeURIComponent(first.nextCursor!);
    const response = await fetch(`${baseUrl}events?municipality=lolland&limit=5&cursor=${cursor}`);

    expect(response.status).to.equal(200);
    const second = EventPageSchema.parse(await response.json());
    expect(second.items).not.to.be.empty;
    const firstIds = new Set(first.items.map((event) => event.id));
    expect(second.items.filter((event) => firstIds.has(event.id))).to.deep.equal([]);
    expect(second.items.every((event) => event.municipality === 'lolland')).to.equal(true);
    const lastOfFirst = Date.parse(first.items.at(-1)!.start);
    expect(Date.parse(second.items[0]!.start)).to.be.at.least(lastOfFirst);
  });

  it('refuses a limit of 0 with problem details naming the parameter', async () => {
    const response = await fetch(`${baseUrl}events?limit=0`);

    expect(response.status).to.equal(400);
    expect(response.headers.get('content-type')).to.match(/^application\/problem\+json\b/);
    const problem = ProblemDetailsSchema.parse(await response.json());
    expect(problem.status).to.equal(400);
    expect(problem.errors?.[0]?.path).to.equal('limit');
  });
});
