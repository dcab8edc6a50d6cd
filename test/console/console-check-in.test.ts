import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/console/console-check-in.js';
import type { ConsoleCheckInElement } from '../../src/console/console-check-in.js';
import type { Participant } from '../../src/sdk/publishing/index.js';
import { fakeFeed, fill, sessionFor } from './fake-feed.js';
import { countsOf, participant, participantList } from './participants-fixture.js';

const EVENT = '/v1/console/events/kursus-maribo/participants';

describe('<console-check-in>', () => {
  for (const width of [320, 400]) {
    it(`finds a name fast and checks in with a tap, and undoes; counts said; accessible at ${width} px`, async () => {
      await setViewport({ width, height: 740 });
      let items: Participant[] = [
        participant('Mette Hansen', { seats: 2, organization: 'Maribo Teaterforening' }),
        participant('Ole Jensen'),
        participant('Åse Østergård'),
      ];
      const feed = fakeFeed({
        [`GET ${EVENT}`]: ({ query }) => {
          expect(query.get('status')).to.equal('confirmed');
          return { status: 200, body: participantList(items) };
        },
        [`PUT ${EVENT}/*/attended`]: ({ path }) => {
          const id = path.split('/')[6];
          items = items.map((p) => (p.id === id ? { ...p, attendedAt: '2027-03-10T09:01:00+01:00' } : p));
          return { status: 200, body: { participant: items.find((p) => p.id === id), counts: countsOf(items) } };
        },
        [`DELETE ${EVENT}/*/attended`]: ({ path }) => {
          const id = path.split('/')[6];
          items = items.map((p) => (p.id === id ? { ...p, attendedAt: undefined } : p));
          return { status: 200, body: { participant: items.find((p) => p.id === id), counts: countsOf(items) } };
        },
      });
      const announced: string[] = [];
      const el = await fixture<ConsoleCheckInElement>(
        html`<console-check-in
          .client=${feed.client}
          .session=${sessionFor('organiser')}
          event-id="kursus-maribo"
          @console-announce=${(e: CustomEvent<{ message: string }>) => announced.push(e.detail.message)}
        ></console-check-in>`,
      );
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelectorAll('.people button').length === 3);
      expect(root.querySelector('.count')!.textContent).to.equal('0 af 4 pladser tjekket ind');
      await expect(el).to.be.accessible();
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      const search = root.querySelector<HTMLInputElement>('#find')!;
      expect(search.getBoundingClientRect().height).to.be.at.least(44);

      fill(root, '#find', 'mette');
      await el.updateComplete;
      const buttons = root.querySelectorAll<HTMLButtonElement>('.people button');
      expect(buttons).to.have.length(1);
      expect(buttons[0]!.getBoundingClientRect().height).to.be.at.least(44);
      expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('false');
      buttons[0]!.click();
      await waitUntil(() => announced.length === 1);
      expect(announced[0]).to.equal('Mette Hansen er tjekket ind. 2 af 4 pladser tjekket ind.');
      await el.updateComplete;
      const pressed = root.querySelector<HTMLButtonElement>('.people button')!;
      expect(pressed.getAttribute('aria-pressed')).to.equal('true');
      expect(root.querySelector('.count')!.textContent).to.equal('2 af 4 pladser tjekket ind');
      await expect(el).to.be.accessible();

      pressed.click();
      await waitUntil(() => announced.length === 2);
      expect(announced[1]).to.equal('Mette Hansen er ikke længere tjekket ind. 0 af 4 pladser tjekket ind.');

      fill(root, '#find', 'ase oster');
      await el.updateComplete;
      expect(root.querySelectorAll('.people button')).to.have.length(0, 'ø is its own letter in Danish');
      fill(root, '#find', 'åse øster');
      await el.updateComplete;
      expect(root.querySelectorAll('.people button')).to.have.length(1);
      await setViewport({ width: 800, height: 600 });
    });
  }
});
