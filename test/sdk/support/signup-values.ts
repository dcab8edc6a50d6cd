import fc from 'fast-check';

/** A signup with every field, of each kind of answer: what a form with every field and question sends. */
export const FULL_SIGNUP = {
  name: '  Mette Hansen ',
  email: 'mette.hansen@example.dk',
  phone: ' +45 12 34-56 (78) ',
  organization: 'Kulturhuset Maribo',
  municipality: 'Lolland',
  comment: ' Første linje\nAnden linje\tmed tab\r\n',
  seats: 2,
  consent: true,
  privacyVersion: '2027-01',
  website: '',
  answers: { kost: 'Vegetar', workshops: ['Lyd og lys', 'Scenografi'], hjaelp: true, note: '', tom: [] },
} as const;

/**
 * Characters around the edges of a signup's rules: letters in and out of Latin-1, spaces that trim and one that does
 * not (U+00A0 trims, U+200B does not), the line breaks, the other controls and the text-direction ones, a lone and a
 * paired surrogate, a combining accent, and what a phone number or an address is made of.
 */
const signupUnit = fc.constantFrom(
  ..."aZ æøå-.'é+()15@",
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u00A0',
  '\u200B',
  '\u2028',
  '\u202E',
  '\u2066',
  '\u200E',
  '\u061C',
  '\uFEFF',
  '😀',
  '\uD800',
  '\u0301',
);

/** Text made of those characters, and text at the fields' length limits. */
export const signupText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: signupUnit, maxLength: 24 }),
  fc.constantFrom(
    '',
    ' ',
    '\t\n',
    'x'.repeat(50),
    'x'.repeat(51),
    'x'.repeat(100),
    ` ${'x'.repeat(100)} `,
    'x'.repeat(101),
    'x'.repeat(200),
    '😀'.repeat(200),
    '😀'.repeat(201),
    'x'.repeat(201),
    `${'x'.repeat(199)}\n`,
    'x'.repeat(2_000),
    'x'.repeat(2_001),
    ` ${'y\n'.repeat(1_000)} `,
  ),
);

/** Addresses, valid ones and near misses (spaces, dots, case, the 254 characters `email` takes). */
export const signupEmail: fc.Arbitrary<string> = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom(
    'mette@example.dk',
    'METTE.H@EXAMPLE.DK',
    " o'hara+tag@sub.example.dk",
    'mette@example.dk ',
    'mette@',
    '@example.dk',
    'mette@example',
    'mette@example.d',
    'a..b@example.dk',
    '.a@example.dk',
    'a.@example.dk',
    'mette@-example.dk',
    'møller@example.dk',
    'mette@exämple.dk',
    `${'x'.repeat(243)}@example.dk`,
    `${'x'.repeat(244)}@example.dk`,
  ),
  signupText,
);

/** Phone numbers, with the spaces a person types around them and the lengths the pattern takes. */
export const signupPhone: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^ ?\+?[\d ()-]{4,22} ?$/),
  fc.constantFrom(
    ' +45 12 34 56 78 ',
    '   ',
    '',
    '12345',
    '123456',
    ' 123456 ',
    '1'.repeat(20),
    '1'.repeat(21),
    '+45\t12345678',
  ),
  signupText,
);

/** An answer of each kind a question takes, and values none takes. */
const answerValue = fc.oneof(
  signupText,
  fc.array(signupText, { maxLength: 3 }),
  fc.boolean(),
  fc.constantFrom(null, undefined, 0, 1, {}, [1], ['a', 2], { a: 'b' }),
);

/** Answers by question id, with the ids that are keys of every object (`__proto__`, `constructor`) among them. */
const answers = fc.oneof(
  fc.dictionary(
    fc.oneof(fc.constantFrom('kost', 'note', '1', 'constructor', 'toString', '__proto__'), fc.string()),
    answerValue,
    {
      maxKeys: 4,
    },
  ),
  fc.constantFrom(JSON.parse('{"__proto__": "x", "kost": "Vegetar"}'), [], null, 'kost', {}),
);

/** Signups as a person or a program might send them: each field absent, right, nearly right or of another type. */
export const signupInput: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    name: fc.oneof(signupText, fc.constantFrom(undefined, null, 1)),
    email: signupEmail,
    phone: signupPhone,
    organization: signupText,
    municipality: signupText,
    comment: signupText,
    seats: fc.oneof(
      fc.integer({ min: -1, max: 4 }),
      fc.constantFrom(undefined, null, 1.5, '2', NaN, Infinity, 2 ** 53, -0),
    ),
    consent: fc.constantFrom(true, true, false, 'true', 1, undefined),
    privacyVersion: signupText,
    website: fc.constantFrom('', 'x', ' ', undefined, 0),
    answers,
  },
  { requiredKeys: ['name', 'email', 'consent'] },
);
