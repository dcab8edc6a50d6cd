import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/console/console-sign-in.js';
import type { ConsoleSignInElement } from '../../src/console/console-sign-in.js';
import { fakeFeed, fill, problem, sessionFor } from './fake-feed.js';

async function signIn() {
  const feed = fakeFeed({
    'POST /v1/session/link': () => ({ status: 202, body: {} }),
    'POST /v1/session': ({ body }) =>
      (body as { token: string }).token === 'good-code'
        ? { status: 200, body: sessionFor('editor', ['faxe']) }
        : problem(400, 'sign-in-link-invalid'),
  });
  const el = await fixture<ConsoleSignInElement>(html`<console-sign-in .client=${feed.client}></console-sign-in>`);
  return { el, root: el.shadowRoot!, sent: feed.sent };
}

describe('<console-sign-in>', () => {
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('is accessible, and fits a 320 px screen', async () => {
    const { el } = await signIn();
    await expect(el).to.be.accessible();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('asks for a link by e-mail and says to check the mail, with focus on that message', async () => {
    const { el, root, sent } = await signIn();
    fill(root, '#email', 'mette@example.dk');
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitUntil(() => root.querySelector('#sent'));
    expect(sent[0]).to.include({ method: 'POST', path: '/v1/session/link' });
    expect(sent[0]!.body).to.deep.equal({ email: 'mette@example.dk' });
    expect(root.querySelector('#sent')!.textContent).to.contain('mette@example.dk');
    expect(root.activeElement).to.equal(root.querySelector('#sent'));
    await expect(el).to.be.accessible();
  });

  it('refuses an empty address with an error summary that takes focus and links to the field', async () => {
    const { el, root, sent } = await signIn();
    root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await waitUntil(() => root.querySelector('.error-summary'));
    expect(root.activeElement).to.equal(root.querySelector('.error-summary'));
    expect(sent).to.have.length(0);
    root.querySelector<HTMLAnchorElement>('.error-summary a')!.click();
    expect(root.activeElement).to.equal(root.querySelector('#email'));
    expect(root.querySelector('#email')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('signs in with the pasted code and tells the app', async () => {
    const { el, root } = await signIn();
    fill(root, '#code', 'good-code');
    const signedIn = oneEvent(el, 'console-signed-in');
    root.querySelectorAll<HTMLButtonElement>('button[type=submit]')[1]!.click();
    const event = await signedIn;
    expect(event.detail.session.person.role).to.equal('editor');
  });

  it('says when a code no longer works', async () => {
    const { el, root } = await signIn();
    fill(root, '#code', 'used-code');
    root.querySelectorAll<HTMLButtonElement>('button[type=submit]')[1]!.click();
    await waitUntil(() => root.querySelector('.error[role=alert]'));
    expect(root.querySelector('.error[role=alert]')!.textContent).to.contain('virker ikke længere');
    await expect(el).to.be.accessible();
  });
});
