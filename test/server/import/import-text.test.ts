import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDanishDate, readDanishTimes } from '../../../server/src/import/danish-time.js';
import { placeFromText } from '../../../server/src/import/event-draft.js';
import { htmlToText, summaryOf } from '../../../server/src/import/html-text.js';
import { readPrice } from '../../../server/src/import/kultunaut-source.js';
import { placeByPostalCode, placeByTown } from '../../../server/src/import/region-places.js';
import { regionInstantOf, regionIso } from '../../../server/src/time/region-clock.js';

describe('import: Danish free text', () => {
  it('reads the times people write', () => {
    const cases: Array<[string, string]> = [
      ['kl. 9:00', '09:00'],
      ['kl. 10-15', '10:00-15:00'],
      ['kl. 19.30', '19:30'],
      ['Kl. 14.00 - 16.30', '14:00-16:30'],
      ['kl 20', '20:00'],
      ['19:30–22:00', '19:30-22:00'],
      ['fra kl. 10', '10:00'],
      ['kl. 10.00 til kl. 16.00', '10:00-16:00'],
      ['kl. 19.30 - ca. 22', '19:30-22:00'],
      ['Kl. 20.00 (dørene åbner kl. 19.00)', '20:00'],
      ['kl. 21-24', '21:00-23:59'],
      ['kl. 19.30.', '19:30'],
    ];
    const clock = ({ hour, minute }: { hour: number; minute: number }) =>
      `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    for (const [text, expected] of cases) {
      const times = readDanishTimes(text);
      assert.equal(times.kind, 'timed', text);
      if (times.kind !== 'timed') continue;
      assert.equal(
        [times.start, times.end]
          .filter(Boolean)
          .map((time) => clock(time!))
          .join('-'),
        expected,
        text,
      );
    }
  });

  it('takes "hele dagen" and an empty time as the whole day', () => {
    for (const text of ['hele dagen', 'Hele dagen', 'heldags', '', '  ', undefined]) {
      assert.deepEqual(readDanishTimes(text), { kind: 'all-day' }, String(text));
    }
  });

  it('refuses what is not a time, saying what it expected', () => {
    for (const text of ['efter aftale', 'kl. 25', 'kl. 10.75', 'kl. 10 og kl. 14', 'se hjemmesiden', 'kl. 10-']) {
      assert.deepEqual(readDanishTimes(text), {
        kind: 'unreadable',
        reason: `ArrTidspunkt "${text}" is not a time of day such as "kl. 19.30", "kl. 10-15" or "hele dagen"`,
      });
    }
  });

  it('reads ISO, numeric and spelt-out dates, and refuses dates that do not exist', () => {
    const cases: Array<[string, string | undefined]> = [
      ['2027-03-12', '2027-03-12'],
      ['2027-03-12T00:00:00', '2027-03-12'],
      ['12-03-2027', '2027-03-12'],
      ['12.3.2027', '2027-03-12'],
      ['12/03/2027', '2027-03-12'],
      ['12. marts 2027', '2027-03-12'],
      ['fredag den 12. marts 2027', '2027-03-12'],
      ['31-02-2027', undefined],
      ['2027-13-01', undefined],
      ['næste fredag', undefined],
      ['', undefined],
    ];
    for (const [text, expected] of cases) assert.equal(readDanishDate(text), expected, text);
  });

  it('turns region clock readings into instants with the offset of the day, across both clock changes', () => {
    const at = (date: string, hour: number, minute = 0) => regionIso(regionInstantOf(date, hour, minute));
    assert.equal(at('2027-03-27', 10), '2027-03-27T10:00:00+01:00');
    assert.equal(at('2027-03-28', 1, 30), '2027-03-28T01:30:00+01:00');
    assert.equal(at('2027-03-28', 3), '2027-03-28T03:00:00+02:00');
    // 02:30 does not exist that night: it is read as winter time, an hour later in summer time.
    assert.equal(at('2027-03-28', 2, 30), '2027-03-28T03:30:00+02:00');
    assert.equal(at('2027-07-01', 19, 30), '2027-07-01T19:30:00+02:00');
    assert.equal(at('2027-10-31', 9), '2027-10-31T09:00:00+01:00');
    assert.equal(at('2027-12-24', 23, 59), '2027-12-24T23:59:00+01:00');
  });
});

describe('import: HTML to plain text', () => {
  it('drops tags, decodes entities, and keeps lines, paragraphs, list items and link addresses', () => {
    assert.equal(
      htmlToText(
        '<p>Lolland Big Band spiller swing &amp; latin p&aring; havnen.<br>Medbring t&aelig;ppe.</p>\n' +
          '<p>Billetter:   <a href="https://billet.example.dk/jazz">k&oslash;b her</a></p>' +
          '<ul><li>Gratis for b&oslash;rn</li><li>Caf&eacute;en er &aring;ben &#8211; ogs&#229; efter</li></ul>' +
          '<script>alert(1)</script><p><strong>Arrang&oslash;r:</strong>&nbsp;Nakskov&nbsp;Jazzklub</p>',
      ),
      'Lolland Big Band spiller swing & latin på havnen.\nMedbring tæppe.\n\n' +
        'Billetter: køb her (https://billet.example.dk/jazz)\n\n' +
        '- Gratis for børn\n- Caféen er åben – også efter\n\nArrangør: Nakskov Jazzklub',
    );
  });

  it('decodes HTML that was escaped twice, and leaves a lone "<" in text alone', () => {
    assert.equal(htmlToText('&lt;p&gt;Første&lt;/p&gt;&lt;p&gt;Anden&lt;/p&gt;'), 'Første\n\nAnden');
    assert.equal(htmlToText('Børn < 12 år gratis'), 'Børn < 12 år gratis');
    assert.equal(htmlToText('<div>Et <em>vigtigt</em> ord</div>'), 'Et vigtigt ord');
  });

  it('makes a one-paragraph summary, cut at a word', () => {
    assert.equal(summaryOf('Første afsnit.\n\nAndet afsnit.'), 'Første afsnit.');
    assert.equal(summaryOf('ord '.repeat(100), 30), 'ord ord ord ord ord ord ord…');
  });
});

describe('import: prices and places', () => {
  it('reads Kultunaut prices in kroner', () => {
    const cases: Array<[string | undefined, number]> = [
      ['Gratis', 0],
      ['gratis adgang', 0],
      ['', 0],
      [undefined, 0],
      ['120 kr.', 120],
      ['Entré: 50,- kr.', 50],
      ['75,-', 75],
      ['1.200,50 kr', 1200.5],
      ['100 kr. / børn 50 kr.', 100],
    ];
    for (const [text, expected] of cases) assert.equal(readPrice(text), expected, String(text));
    assert.throws(() => readPrice('Se hjemmesiden'), {
      message: 'Pris "Se hjemmesiden" is not an amount in kroner or "gratis"',
    });
  });

  it('knows the postal districts and towns of the six municipalities', () => {
    const expected: Record<string, string[]> = {
      faxe: ['4640', '4690', '4654', '4683'],
      guldborgsund: ['4800', '4850', '4880', '4874', '4871', '4873'],
      lolland: ['4930', '4900', '4970', '4920', '4943'],
      naestved: ['4700', '4171', '4160', '4684'],
      stevns: ['4660', '4652', '4673', '4671'],
      vordingborg: ['4760', '4780', '4720', '4771', '4772'],
    };
    for (const [municipality, codes] of Object.entries(expected)) {
      for (const code of codes) assert.equal(placeByPostalCode(code)?.municipality, municipality, code);
    }
    assert.equal(placeByPostalCode('2200'), undefined);
    assert.equal(placeByTown('Nykøbing F.')?.postalCode, '4800');
    assert.equal(placeByTown('nykøbing falster')?.municipality, 'guldborgsund');
    assert.equal(placeByTown('Stege')?.municipality, 'vordingborg');
    assert.equal(placeByTown('Roskilde'), undefined);
  });

  it('splits a free-text location into venue, street, postal code and town', () => {
    assert.deepEqual(placeFromText('Maribo Domkirke, Kirkestræde 1, 4930 Maribo, Danmark'), {
      kind: 'venue',
      name: 'Maribo Domkirke',
      address: 'Kirkestræde 1',
      postalCode: '4930',
      city: 'Maribo',
      text: 'Maribo Domkirke, Kirkestræde 1, 4930 Maribo, Danmark',
    });
    assert.deepEqual(placeFromText('Kulturhuset, Vestergade 10, Maribo'), {
      kind: 'venue',
      name: 'Kulturhuset',
      address: 'Vestergade 10',
      postalCode: undefined,
      city: 'Maribo',
      text: 'Kulturhuset, Vestergade 10, Maribo',
    });
    assert.deepEqual(placeFromText('https://video.example.dk/rum/42'), {
      kind: 'online',
      url: 'https://video.example.dk/rum/42',
    });
    assert.equal(placeFromText('  '), undefined);
  });
});
