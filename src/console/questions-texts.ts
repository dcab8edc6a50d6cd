import type { Catalogue } from '../components/i18n/catalogue.js';
import type { Language } from '../components/i18n/language.js';
import type { QuestionKind } from '../contract/schema.js';

/** The texts of the editor's question builder, Danish first. */
const da = {
  legend: 'Egne spørgsmål',
  hint: 'Spørgsmål, deltagerne svarer på ved tilmeldingen, fx om kost. Skriv dem på arrangementets sprog.',
  none: 'Ingen egne spørgsmål endnu.',
  add: 'Tilføj spørgsmål',
  question: (n: number) => `Spørgsmål ${n}`,
  label: 'Spørgsmålet',
  kind: 'Svartype',
  kinds: {
    'short-text': 'Kort tekst',
    'long-text': 'Lang tekst',
    'one-choice': 'Ét valg',
    'several-choices': 'Flere valg',
    'yes-no': 'Ja/nej',
  } satisfies Record<QuestionKind, string>,
  required: 'Skal besvares',
  options: 'Svarmuligheder, én pr. linje (mindst to)',
  up: (n: number) => `Flyt spørgsmål ${n} op`,
  down: (n: number) => `Flyt spørgsmål ${n} ned`,
  remove: (n: number) => `Fjern spørgsmål ${n}`,
  added: (n: number) => `Spørgsmål ${n} er tilføjet.`,
  moved: (n: number) => `Flyttet. Det er nu spørgsmål ${n}.`,
  removed: (n: number) => `Spørgsmål ${n} er fjernet. Svar, der allerede er givet, bliver i listen til de slettes.`,
  full: (max: number) => `Et arrangement kan højst have ${max} spørgsmål.`,
} as const;

type QuestionsTexts = Catalogue<typeof da>;

const en: QuestionsTexts = {
  legend: 'Own questions',
  hint: 'Questions people answer when they sign up, such as dietary needs. Write them in the event’s language.',
  none: 'No questions of your own yet.',
  add: 'Add a question',
  question: (n) => `Question ${n}`,
  label: 'The question',
  kind: 'Kind of answer',
  kinds: {
    'short-text': 'Short text',
    'long-text': 'Long text',
    'one-choice': 'One choice',
    'several-choices': 'Several choices',
    'yes-no': 'Yes/no',
  },
  required: 'Must be answered',
  options: 'Choices, one per line (at least two)',
  up: (n) => `Move question ${n} up`,
  down: (n) => `Move question ${n} down`,
  remove: (n) => `Remove question ${n}`,
  added: (n) => `Question ${n} added.`,
  moved: (n) => `Moved. It is now question ${n}.`,
  removed: (n) => `Question ${n} removed. Answers already given stay in the list until they are deleted.`,
  full: (max) => `An event can have at most ${max} questions.`,
};

/** The question builder's texts in `language`. */
export function questionsTextsFor(language: Language): QuestionsTexts {
  return { da, en }[language];
}
