import { expect } from '@open-wc/testing';
import { explainFailure } from '../../src/components/i18n/explain-failure.js';
import { LANGUAGES, type Language } from '../../src/components/i18n/language.js';
import { loadTexts, sharedTextsFor } from '../../src/components/i18n/shared-texts.js';
import { eventTextsFor } from '../../src/components/kultur-event/event-texts.js';
import { signupTextsFor } from '../../src/components/kultur-signup/signup-texts.js';
import { subscribeTextsFor } from '../../src/components/kultur-events/subscribe-texts.js';
import { FAILURE_KINDS } from '../../src/sdk/index.js';

/** Every catalogue the elements read, by name. A new one belongs here. */
const catalogues: Record<string, (language: Language) => object> = {
  'i18n/shared-texts': sharedTextsFor,
  'kultur-event/event-texts': eventTextsFor,
  'kultur-signup/signup-texts': signupTextsFor,
  'kultur-events/subscribe-texts': subscribeTextsFor,
};

describe('text catalogues', () => {
  // English is a chunk of its own, loaded when an element speaks it (KulturElement waits for it before rendering).
  before(() => loadTexts('en'));

  for (const [name, catalogueFor] of Object.entries(catalogues)) {
    const danish = catalogueFor('da') as Record<string, unknown>;
    for (const language of LANGUAGES.filter((language) => language !== 'da')) {
      it(`${name}: ${language} has every key Danish has, of the same kind, and no empty text`, () => {
        const texts = catalogueFor(language) as Record<string, unknown>;
        expect(Object.keys(texts).sort()).to.deep.equal(Object.keys(danish).sort());
        for (const [key, value] of Object.entries(texts)) {
          expect(typeof value, key).to.equal(typeof danish[key]);
          const text = typeof value === 'function' ? (value as (...args: unknown[]) => string)(3, 7, 'x') : value;
          expect(String(text).trim(), key).not.to.equal('');
        }
      });
    }
  }

  it('inflects counts in Danish: 1 plads, 3 pladser', () => {
    const t = sharedTextsFor('da');
    expect(t.seatsLeft(1)).to.equal('1 ledig plads');
    expect(t.seatsLeft(3)).to.equal('3 ledige pladser');
    expect(t.eventsShown(1)).to.equal('Viser 1 arrangement');
    expect(sharedTextsFor('en').seatsLeft(1)).to.equal('1 seat left');
  });

  it('words every kind of failure but a bug in each language, each kind of the feed in words of its own', () => {
    for (const language of LANGUAGES) {
      const t = sharedTextsFor(language);
      const words = FAILURE_KINDS.filter((kind) => kind !== 'other').map((kind) => explainFailure(kind, t));
      for (const text of words) expect(text.trim(), language).not.to.equal('');
      expect(explainFailure('other', t)).to.equal('');
      // offline, unreachable, timeout, wrong-address, not-a-feed, not-found, server: seven different sentences.
      expect(new Set(words).size, language).to.equal(7);
    }
  });
});
