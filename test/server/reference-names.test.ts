import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGUAGES } from '../../src/components/i18n/language.js';
import { categoryNames, municipalityNames } from '../../src/components/kultur-events/reference-names.js';
import { CATEGORIES, MUNICIPALITIES } from '../../server/src/reference-data.js';

// The listing ships these names so that its first paint needs one feed request; they must say what the feed says.
describe('the names <kultur-events> ships', () => {
  for (const language of LANGUAGES) {
    it(`are the feed's municipality and category names, in its order, in ${language}`, () => {
      assert.deepEqual(
        municipalityNames(),
        MUNICIPALITIES.map((municipality) => [municipality.id, municipality.name[language]]),
      );
      assert.deepEqual(
        categoryNames(language),
        CATEGORIES.map((category) => [category.id, category.name[language]]),
      );
    });
  }
});
