/**
 * A light Danish stemmer: it takes the endings off a lower-cased word so that the forms of one word meet
 * ("koncerter", "koncerten" and "koncert" all become "koncert"). Search applies it to the event's words and to the
 * query's alike, so it needs to be consistent, not linguistically right: a stem may not be a word.
 *
 * It is the Snowball Danish algorithm (snowballstem.org/algorithms/danish) cut down to what event search needs:
 * the inflections (plural, definite, genitive, the common verb forms) and undoubling, without Snowball's steps for
 * derivations (-hed, -lig, -els, -igst…), which would join words a reader holds apart ("fri" and "frihed"). Words whose
 * forms no rule joins (kursus/kurser) are in a small table.
 */

/** Vowels, Danish letters included (the stemmer runs before they are folded to a, o). */
const VOWELS = new Set('aeiouyæøå');

/**
 * Endings taken off, longest first, when they lie in R1 (below): plural -er/-e, definite -en/-et/-ene/-erne,
 * genitive -s after any of them, and the verb forms -ede/-ende/-ere/-eret. The same list as Snowball's step 1 without
 * its -hed family.
 */
const ENDINGS = [
  'erendes',
  'erende',
  'erets',
  'ernes',
  'endes',
  'erede',
  'erens',
  'enes',
  'erne',
  'eres',
  'erer',
  'ered',
  'eret',
  'eren',
  'ende',
  'ene',
  'ens',
  'ere',
  'ers',
  'ets',
  'en',
  'er',
  'es',
  'et',
  'e',
];

/** Letters after which a final -s is a genitive (or an English plural: "workshops") and comes off: Snowball's list. */
const S_ENDING_AFTER = new Set('abcdfghjklmnoprtvyzå');

/**
 * Stems whose word's other forms stem differently: "kursus" keeps its -us (Latin) while "kurser", "kurset" lose
 * -er, -et; "museum"/"museer"; "centrum"/"centre"; "barn"/"børn".
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['kursus', 'kurs'],
  ['museum', 'muse'],
  ['centrum', 'centr'],
  ['barn', 'børn'],
]);

/**
 * Where endings may be taken from: after the first consonant that follows a vowel, and never within the first three
 * letters, so short words ("kor", "bil") keep their letters and "en" is not taken off "ven".
 */
function r1Start(word: string): number {
  let index = 1;
  while (index < word.length && !(VOWELS.has(word[index - 1]!) && !VOWELS.has(word[index]!))) index++;
  return Math.max(3, index + 1);
}

/** The word's stem: see the file's comment. `word` is lower-case, one word, accents other than æ, ø, å removed. */
export function danishStem(word: string): string {
  const r1 = r1Start(word);
  let stem = word;
  const ending = ENDINGS.find((candidate) => stem.endsWith(candidate) && stem.length - candidate.length >= r1);
  if (ending) stem = stem.slice(0, -ending.length);
  else if (stem.endsWith('s') && stem.length - 1 >= r1 && S_ENDING_AFTER.has(stem.at(-2)!)) stem = stem.slice(0, -1);
  // A doubled consonant at the end is written single in the other forms: "hallen" (hall-) and "hal".
  const last = stem.at(-1)!;
  if (stem.length - 1 >= r1 && !VOWELS.has(last) && stem.at(-2) === last && /\p{L}/u.test(last)) {
    stem = stem.slice(0, -1);
  }
  // A Map, not an object: "constructor" is a word a person may type.
  return IRREGULAR.get(stem) ?? stem;
}
