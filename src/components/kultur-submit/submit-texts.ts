import type { Catalogue } from '../i18n/catalogue.js';
import type { Language } from '../i18n/language.js';
import type { AudienceId } from '../../contract/schema.js';

/** A word for each key; the other language gives its own. */
type Words<Key extends string> = Readonly<Record<Key, string>>;

type MessageKey =
  | 'required'
  | 'choose'
  | 'tooLong'
  | 'invalidCharacters'
  | 'email'
  | 'phone'
  | 'url'
  | 'postalCode'
  | 'date'
  | 'time'
  | 'endBeforeStart'
  | 'place'
  | 'price'
  | 'consent'
  | 'invalid'
  | 'formRefused';

/**
 * The texts of `<kultur-submit>`, Danish first. Labels say "(skal udfyldes)" in words, since a star means nothing to a
 * screen reader or to many people.
 */
const da = {
  formLabel: 'Send et arrangement ind',
  intro:
    'Udfyld formularen, så sender vi dig en e-mail med et link. Når du har klikket på linket, ser en redaktør i ' +
    'kommunen arrangementet igennem, før det kommer i kulturkalenderen.',
  required: '(skal udfyldes)',
  optional: '(valgfrit)',
  aboutEvent: 'Arrangementet',
  when: 'Hvornår',
  where: 'Hvor',
  aboutOrganizer: 'Arrangør og pris',
  aboutYou: 'Om dig, der sender ind',
  title: 'Titel',
  summary: 'Kort beskrivelse',
  summaryHint: 'En eller to sætninger, der står i oversigten. Højst 500 tegn.',
  description: 'Uddybende beskrivelse',
  descriptionHint: 'Program, medvirkende, praktiske oplysninger. Adskil afsnit med en tom linje.',
  startDate: 'Dato',
  startTime: 'Starttidspunkt',
  endDate: 'Slutdato',
  endDateHint: 'Kun hvis arrangementet slutter en anden dag.',
  endTime: 'Sluttidspunkt',
  placeKind: 'Hvor foregår det?',
  atVenue: 'Et sted',
  online: 'Online',
  venueName: 'Stedets navn',
  venueAddress: 'Adresse',
  postalCode: 'Postnummer',
  city: 'By',
  onlineUrl: 'Link til arrangementet online',
  onlineUrlHint: 'Begynder med https://',
  municipality: 'Kommune',
  chooseMunicipality: 'Vælg kommune',
  municipalityFixed: (name: string) => `Arrangementet sendes til ${name} Kommunes kulturkalender.`,
  categories: 'Hvilken slags arrangement?',
  categoriesHint: 'Vælg en eller flere.',
  audience: 'Hvem er det for?',
  audienceHint: 'Vælg en eller flere.',
  audiences: {
    kulturaktoerer: 'Kulturaktører',
    borgere: 'Borgere',
    'boern-og-unge': 'Børn og unge',
  } as Words<AudienceId>,
  organizerName: 'Arrangør',
  organizerNameHint: 'Foreningen, stedet eller personen, der står bag.',
  organizerUrl: 'Arrangørens hjemmeside',
  price: 'Pris',
  free: 'Gratis',
  paid: 'Koster penge',
  amount: 'Pris i kroner',
  name: 'Dit navn',
  email: 'Din e-mail',
  emailHint: 'Vi sender linket til at bekræfte hertil. Redaktøren kan skrive til dig her.',
  phone: 'Dit telefonnummer',
  consent:
    'Jeg giver samtykke til, at mit navn, min e-mail og mit telefonnummer gemmes og vises for kommunens redaktører, ' +
    'som behandler arrangementet.',
  consentHint: 'Bekræfter du ikke inden 24 timer, slettes det indsendte.',
  privacyLink: 'Læs, hvordan vi behandler dine oplysninger',
  submit: 'Send arrangementet',
  submitting: 'Sender …',
  sending: 'Sender arrangementet …',
  summaryTitle: 'Der er et problem',
  errorPrefix: 'Fejl:',
  messages: {
    required: 'Udfyld feltet.',
    choose: 'Vælg mindst én.',
    tooLong: 'Teksten er for lang. Forkort den.',
    invalidCharacters: 'Skriv det på én linje uden usynlige styretegn.',
    email: 'Skriv e-mailadressen som navn@eksempel.dk.',
    phone: 'Skriv et telefonnummer med 6 til 20 cifre, fx 12 34 56 78.',
    url: 'Skriv en webadresse, der begynder med https://',
    postalCode: 'Skriv et postnummer med fire cifre, fx 4930.',
    date: 'Vælg en dato.',
    time: 'Skriv et klokkeslæt, fx 19:00.',
    endBeforeStart: 'Slutningen skal ligge efter starten.',
    place: 'Skriv stedets navn og adresse, eller vælg online og skriv linket.',
    price: 'Skriv prisen i hele kroner, fx 50.',
    consent: 'Sæt kryds for at give samtykke. Uden det kan vi ikke tage imod arrangementet.',
    invalid: 'Feltet kunne ikke godtages. Ret det, og prøv igen.',
    formRefused: 'Formularen kunne ikke sendes. Genindlæs siden, og prøv igen.',
  } as Words<MessageKey>,
  tooSoon: 'Du var meget hurtig. Vent et øjeblik, og send igen.',
  formExpired: 'Formularen har stået åben for længe. Genindlæs siden, og send igen.',
  tooManyRequests: 'Der er sendt mange arrangementer herfra på kort tid. Vent lidt, og prøv igen.',
  waitingMails:
    'Der venter allerede bekræftelsesmails til din adresse. Brug linket i en af dem, eller prøv om en time.',
  off: 'Kalenderen tager ikke imod indsendte arrangementer lige nu. Kontakt kommunen.',
  submitFailed: 'Arrangementet blev ikke sendt.',
  inputKept: 'Det, du har skrevet, er gemt, så du kan prøve igen.',
  sentTitle: 'Tjek din e-mail',
  sentText: (email: string) =>
    `Tjek din e-mail: klik på linket for at bekræfte, så sendes arrangementet til godkendelse. Vi har sendt det til ${email}. Linket virker i 24 timer.`,
  sentNoMail: 'Kommer mailen ikke, så kig i uønsket post, eller send arrangementet igen.',
} as const;

export type SubmitTexts = Catalogue<typeof da>;

const en: SubmitTexts = {
  formLabel: 'Send in an event',
  intro:
    'Fill in the form and we send you an e-mail with a link. Once you have clicked the link, an editor at the ' +
    'municipality reviews the event before it goes into the culture calendar.',
  required: '(required)',
  optional: '(optional)',
  aboutEvent: 'The event',
  when: 'When',
  where: 'Where',
  aboutOrganizer: 'Organiser and price',
  aboutYou: 'About you, the sender',
  title: 'Title',
  summary: 'Short description',
  summaryHint: 'One or two sentences shown in the listing. At most 500 characters.',
  description: 'Full description',
  descriptionHint: 'Programme, performers, practical details. Separate paragraphs with a blank line.',
  startDate: 'Date',
  startTime: 'Start time',
  endDate: 'End date',
  endDateHint: 'Only if the event ends on another day.',
  endTime: 'End time',
  placeKind: 'Where does it take place?',
  atVenue: 'At a place',
  online: 'Online',
  venueName: 'Name of the place',
  venueAddress: 'Address',
  postalCode: 'Postal code',
  city: 'Town',
  onlineUrl: 'Link to the online event',
  onlineUrlHint: 'Starts with https://',
  municipality: 'Municipality',
  chooseMunicipality: 'Choose a municipality',
  municipalityFixed: (name: string) => `The event goes to the culture calendar of ${name} Municipality.`,
  categories: 'What kind of event?',
  categoriesHint: 'Choose one or more.',
  audience: 'Who is it for?',
  audienceHint: 'Choose one or more.',
  audiences: { kulturaktoerer: 'Cultural actors', borgere: 'Citizens', 'boern-og-unge': 'Children and young people' },
  organizerName: 'Organiser',
  organizerNameHint: 'The association, venue or person behind it.',
  organizerUrl: "Organiser's website",
  price: 'Price',
  free: 'Free',
  paid: 'Costs money',
  amount: 'Price in Danish kroner',
  name: 'Your name',
  email: 'Your e-mail',
  emailHint: 'We send the link to confirm here. The editor may write to you here.',
  phone: 'Your phone number',
  consent:
    "I consent to my name, e-mail and phone number being kept and shown to the municipality's editors who handle " +
    'the event.',
  consentHint: 'If you do not confirm within 24 hours, what you sent is deleted.',
  privacyLink: 'Read how we handle your details',
  submit: 'Send the event',
  submitting: 'Sending …',
  sending: 'Sending the event …',
  summaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  messages: {
    required: 'Fill in this field.',
    choose: 'Choose at least one.',
    tooLong: 'The text is too long. Shorten it.',
    invalidCharacters: 'Write it on one line without invisible control characters.',
    email: 'Write the e-mail address as name@example.com.',
    phone: 'Write a phone number of 6 to 20 digits, such as 12 34 56 78.',
    url: 'Write a web address starting with https://',
    postalCode: 'Write a postal code of four digits, such as 4930.',
    date: 'Choose a date.',
    time: 'Write a time, such as 19:00.',
    endBeforeStart: 'The end must be after the start.',
    place: 'Write the name and address of the place, or choose online and write the link.',
    price: 'Write the price in whole kroner, such as 50.',
    consent: 'Tick the box to consent. Without it we cannot take the event.',
    invalid: 'This field could not be accepted. Correct it and try again.',
    formRefused: 'The form could not be sent. Reload the page and try again.',
  },
  tooSoon: 'You were very quick. Wait a moment and send again.',
  formExpired: 'The form has been open too long. Reload the page and send again.',
  tooManyRequests: 'Many events have been sent from here in a short time. Wait a little and try again.',
  waitingMails:
    'Confirmation mails to your address are waiting already. Use the link in one of them, or try in an hour.',
  off: 'The calendar takes no events sent in right now. Contact the municipality.',
  submitFailed: 'The event was not sent.',
  inputKept: 'What you wrote is kept, so you can try again.',
  sentTitle: 'Check your e-mail',
  sentText: (email: string) =>
    `Check your e-mail: click the link to confirm, and the event goes for approval. We sent it to ${email}. The link works for 24 hours.`,
  sentNoMail: 'If the mail does not come, look in your spam folder, or send the event again.',
};

const catalogues: Record<Language, SubmitTexts> = { da, en };

/** The texts of `<kultur-submit>` in `language`. */
export function submitTextsFor(language: Language): SubmitTexts {
  return catalogues[language];
}
