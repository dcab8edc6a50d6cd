import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/console/console-preview.js';
import type { ConsolePreviewElement } from '../../src/console/console-preview.js';
import type { EventInput } from '../../src/contract/schema.js';

const input: EventInput = {
  title: 'Linoleumstryk for begyndere',
  summary: 'Værkstedsdag i Stege.',
  description: 'Vi skærer og trykker.',
  start: '2027-05-10T10:00:00+02:00',
  end: '2027-05-10T15:00:00+02:00',
  allDay: false,
  status: 'scheduled',
  municipality: 'vordingborg',
  venue: { name: 'Møns Museum', address: 'Storegade 75', postalCode: '4780', city: 'Stege' },
  categories: ['workshop'],
  audience: ['borgere'],
  organizer: { name: 'Møns Museum' },
  price: 150,
  signup: { mode: 'internal', capacity: 12, waitlist: true, maxSeatsPerSignup: 2, fields: [] },
};

describe('<console-preview>', () => {
  it('renders the working copy with the real <kultur-events> and <kultur-event>, fetching nothing', async () => {
    const el = await fixture<ConsolePreviewElement>(html`<console-preview .input=${input}></console-preview>`);
    const listing = el.shadowRoot!.querySelector('kultur-events')!;
    const event = el.shadowRoot!.querySelector('kultur-event')!;
    await waitUntil(() => listing.shadowRoot?.querySelector('.title-control'), 'the listing shows the card');
    expect(listing.shadowRoot!.querySelector('.title-control')!.textContent!.trim()).to.equal(input.title);
    await waitUntil(() => event.shadowRoot?.querySelector('[part~="title"]'), 'the event is shown in full');
    expect(event.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(input.title);
    expect(document.querySelector('script[type="application/ld+json"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says what is missing instead of showing a half-made event', async () => {
    const el = await fixture<ConsolePreviewElement>(
      html`<console-preview .input=${{ ...input, title: '' }}></console-preview>`,
    );
    expect(el.shadowRoot!.querySelector('kultur-events')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('påkrævede felter');
  });
});
