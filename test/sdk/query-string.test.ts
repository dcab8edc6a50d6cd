import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queryString } from '../../src/sdk/query-string.js';

describe('queryString', () => {
  it('sends lists as comma lists with literal commas', () => {
    assert.equal(queryString({ municipality: ['lolland', 'faxe'] }), '?municipality=lolland,faxe');
  });

  it('leaves out undefined values and empty lists, and gives nothing for an empty query', () => {
    assert.equal(queryString({ municipality: [], q: undefined, limit: 5 }), '?limit=5');
    assert.equal(queryString({}), '');
  });

  it('orders parameters by name, so equal queries give equal URLs', () => {
    assert.equal(
      queryString({ to: '2027-02-01', category: ['kursus'], from: '2027-01-01' }),
      queryString({
        from: '2027-01-01',
        category: ['kursus'],
        to: '2027-02-01',
      }),
    );
    assert.equal(queryString({ to: '2027-02-01', from: '2027-01-01' }), '?from=2027-01-01&to=2027-02-01');
  });

  it('encodes what is not URL-safe, inside list items too', () => {
    assert.equal(queryString({ q: 'Ærø & jazz, live' }), '?q=%C3%86r%C3%B8%20%26%20jazz%2C%20live');
    assert.equal(queryString({ cursor: 'a+b/c=' }), '?cursor=a%2Bb%2Fc%3D');
    assert.equal(queryString({ category: ['a,b', 'c'] }), '?category=a%2Cb,c');
  });

  it('passes unknown parameters on, so the feed can refuse them by name', () => {
    assert.equal(queryString({ municipalty: ['faxe'] }), '?municipalty=faxe');
  });
});
