import { expect } from '@open-wc/testing';
import { createKulturClient, isKulturError, KulturHttpError, type KulturClient } from '../../src/sdk/index.js';
import { feedServer } from './feed.js';

/** Settles `promise` and returns what it rejected with, failing if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('the SDK in a browser, against the real feed', () => {
  let baseUrl: string;
  let client: KulturClient;

  before(async () => {
    ({ baseUrl } = await feedServer());
    client = createKulturClient({ baseUrl, cache: false });
  });

  it('lists one page of one municipality, validated, with a cursor to the next', async () => {
    const page = await client.events.list({ municipality: ['lolland'], limit: 5 });

    expect(page.items).to.have.length(5);
    expect(page.items.every((event) => event.municipality === 'lolland')).to.equal(true);
    expect(page.nextCursor).to.be.a('string');
  });

  it('walks every page of a filter with events.all, in start order, each event once', async () => {
    const ids: string[] = [];
    const starts: number[] = [];
    for await (const event of client.events.all({ municipality: ['stevns'], limit: 4 })) {
      ids.push(event.id);
      starts.push(Date.parse(event.start));
    }

    const oneBigPage = await client.events.list({ municipality: ['stevns'], limit: 100 });
    expect(ids).to.deep.equal(oneBigPage.items.map((event) => event.id));
    expect(ids.length).to.be.greaterThan(4);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it('gets one event, and a typed 404 with problem details for an unknown id', async () => {
    const [first] = (await client.events.list({ limit: 1 })).items;
    const event = await client.events.get(first!.id);
    expect(event.title).to.equal(first!.title);

    const error = await rejection(client.events.get('no-such-event'));
    expect(error).to.be.instanceOf(KulturHttpError);
    expect(isKulturError(error, 'KulturHttpError') && error.status).to.equal(404);
    expect((error as KulturHttpError).problem?.type).to.equal('urn:kultur:problem:not-found');
  });

  it('reads the reference data', async () => {
    const municipalities = await client.municipalities();
    expect(municipalities.map((municipality) => municipality.id)).to.include('naestved');
    expect((await client.categories()).length).to.be.greaterThan(3);
  });

  it('rejects with the standard AbortError when aborted', async () => {
    const controller = new AbortController();
    const pending = client.events.list({ municipality: ['faxe'] }, { signal: controller.signal });
    controller.abort();

    const error = await rejection(pending);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('leaves revalidation across origins to the browser, so reads stay free of preflights', async () => {
    let now = 0;
    const sent: Array<string | null> = [];
    const cached = createKulturClient({
      baseUrl,
      cache: { now: () => now, staleFor: 0 },
      fetch: async (input, init) => {
        sent.push(new Request(input, init).headers.get('if-none-match'));
        return fetch(input, init);
      },
    });

    const first = await cached.events.list({ municipality: ['naestved'] });
    now = 61_000;
    const second = await cached.events.list({ municipality: ['naestved'] });

    expect(new URL(baseUrl).origin).not.to.equal(location.origin);
    expect(sent).to.deep.equal([null, null]);
    expect(second).to.deep.equal(first);
  });

  it('builds the calendar subscription URL for the same filters', () => {
    expect(client.events.icsUrl({ municipality: ['lolland', 'faxe'] })).to.equal(
      `${baseUrl}events.ics?municipality=lolland,faxe`,
    );
  });
});
