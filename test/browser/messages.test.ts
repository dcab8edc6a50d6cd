import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../src/components/i18n/language.js';
import { messagesFor } from '../../src/components/i18n/messages.js';

describe('message catalogues', () => {
  const [danish, ...others] = LANGUAGES.map((language) => [language, messagesFor(language)] as const);

  for (const [language, messages] of others) {
    it(`${language} has every key Danish has, of the same kind, and no empty text`, () => {
      const keys = (catalogue: object) => Object.keys(catalogue).sort();
      expect(keys(messages)).to.deep.equal(keys(danish![1]));
      for (const [key, value] of Object.entries(messages)) {
        const original = danish![1][key as keyof typeof messages];
        expect(typeof value, key).to.equal(typeof original);
        const text = typeof value === 'function' ? (value as (...args: unknown[]) => string)(3, 7) : value;
        expect(String(text).trim(), key).not.to.equal('');
      }
    });
  }

  it('inflects counts in Danish: 1 plads, 3 pladser', () => {
    const t = messagesFor('da');
    expect(t.seatsLeft(1)).to.equal('1 ledig plads');
    expect(t.seatsLeft(3)).to.equal('3 ledige pladser');
    expect(t.eventsShown(1)).to.equal('Viser 1 arrangement');
    expect(messagesFor('en').seatsLeft(1)).to.equal('1 seat left');
  });
});
