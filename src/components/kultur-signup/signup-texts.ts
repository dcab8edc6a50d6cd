import type { Catalogue } from '../i18n/catalogue.js';
import type { Language } from '../i18n/language.js';

/**
 * The texts of `<kultur-signup>`, Danish first; the phrases every element shares (retry, offline, seats left) stay in
 * `i18n/shared-texts.ts`. A function where the text depends on a value, so each language inflects in its own way.
 */
const da = {
  loading: 'Henter tilmeldingen …',
  loadFailed: 'Tilmeldingen kunne ikke hentes.',
  formLabel: (title: string) => `Tilmelding: ${title}`,
  fullIntro:
    'Arrangementet er fuldt booket, men du kan skrive dig på ventelisten. Bliver der en plads ledig, rykker den ' +
    'første på listen op og får besked på e-mail. Indtil da har du ikke en plads.',
  closedCancelled: 'Arrangementet er aflyst, så der er lukket for tilmelding.',
  closedNoSignup: 'Der er ingen tilmelding til dette arrangement.',
  closedExternal: 'Tilmeldingen foregår hos arrangøren.',
  closedNotOpen: (when: string) => `Tilmeldingen er ikke åbnet endnu. Den åbner ${when}.`,
  closedNotOpenYet: 'Tilmeldingen er ikke åbnet endnu.',
  closedPast: (when: string) => `Tilmeldingen er lukket. Fristen var ${when}.`,
  closedPastNow: 'Tilmeldingen er lukket.',
  closedFull: 'Arrangementet er fuldt booket, og der er ingen venteliste.',
  optional: '(valgfrit)',
  requiredQuestion: '(skal besvares)',
  yes: 'Ja',
  no: 'Nej',
  requiredAnswer: 'Besvar spørgsmålet.',
  invalidAnswer: 'Svaret passer ikke til spørgsmålet. Vælg eller skriv det igen.',
  labelName: 'Navn',
  labelEmail: 'E-mail',
  hintEmail: 'Vi sender bekræftelsen hertil.',
  labelPhone: 'Telefon',
  labelOrganization: 'Organisation eller forening',
  labelMunicipality: 'Kommune',
  chooseMunicipality: 'Vælg kommune',
  otherMunicipality: 'Anden kommune',
  labelComment: 'Kommentar',
  labelSeats: 'Antal pladser',
  labelConsent: 'Jeg giver samtykke til, at mine oplysninger gemmes og bruges til tilmeldingen.',
  retention: (days: number) => `Dine oplysninger slettes ${days === 1 ? '1 dag' : `${days} dage`} efter arrangementet.`,
  privacyLink: 'Læs, hvordan vi behandler dine oplysninger',
  submit: 'Tilmeld',
  submitWaitlist: 'Skriv mig på ventelisten',
  submitting: 'Sender …',
  sending: 'Sender din tilmelding …',
  summaryTitle: 'Der er et problem',
  errorPrefix: 'Fejl:',
  requiredName: 'Skriv dit navn.',
  requiredEmail: 'Skriv din e-mailadresse.',
  requiredConsent: 'Sæt kryds for at give samtykke. Uden det kan vi ikke tage imod din tilmelding.',
  required: 'Udfyld feltet.',
  tooLong: 'Teksten er for lang. Forkort den.',
  invalidEmail: 'Skriv e-mailadressen som navn@eksempel.dk.',
  invalidPhone: 'Skriv et telefonnummer med 6 til 20 cifre, fx 12 34 56 78.',
  invalidSeats: 'Vælg, hvor mange pladser du vil tilmelde.',
  tooManySeats: (max: number) => `Du kan højst tilmelde ${max === 1 ? '1 plads' : `${max} pladser`} ad gangen.`,
  invalidCharacters: 'Skriv det på én linje uden linjeskift eller usynlige styretegn.',
  invalidCharactersComment: 'Fjern de usynlige styretegn fra teksten. Linjeskift må gerne være der.',
  notAsked: 'Arrangementet spørger ikke længere om dette. Formularen er opdateret, så send den igen.',
  invalid: 'Feltet kunne ikke godtages. Ret det, og prøv igen.',
  formRefused: 'Formularen kunne ikke sendes. Genindlæs siden, og prøv igen.',
  submitFailed: 'Din tilmelding blev ikke sendt.',
  inputKept: 'Det, du har skrevet, er gemt, så du kan prøve igen.',
  tooManyRequests: 'Der er sendt mange tilmeldinger fra din forbindelse på kort tid. Vent et minut, og prøv igen.',
  confirmedTitle: 'Du er tilmeldt',
  confirmedText: (email: string, seats: number) =>
    `Du har fået ${seats === 1 ? 'en plads' : `${seats} pladser`}. Vi har sendt en bekræftelse til ${email}. Var ` +
    'adressen allerede tilmeldt, står det i mailen.',
  confirmedCancel: 'Kan du alligevel ikke komme? Brug linket i e-mailen til at afmelde dig, så går pladsen videre.',
  waitlistedTitle: (position: number) => `Du er nummer ${position} på ventelisten`,
  waitlistedTitleNoPosition: 'Du er på ventelisten',
  waitlistedText: (email: string) =>
    'Du har ikke en plads endnu. Bliver der en plads ledig, rykker du op af dig selv, og vi skriver til dig med ' +
    `det samme. Vi har sendt en bekræftelse til ${email}.`,
  waitlistedCancel: 'Vil du ikke længere stå på ventelisten? Brug linket i e-mailen til at afmelde dig.',
} as const;

type SignupTexts = Catalogue<typeof da>;

const en: SignupTexts = {
  loading: 'Loading the signup …',
  loadFailed: 'The signup could not be loaded.',
  formLabel: (title) => `Sign up: ${title}`,
  fullIntro:
    'The event is fully booked, but you can join the waiting list. When a seat comes free, the first person on ' +
    'the list moves up and is told by e-mail. Until then you do not have a seat.',
  closedCancelled: 'The event is cancelled, so signup is closed.',
  closedNoSignup: 'This event takes no signups.',
  closedExternal: 'Signup is with the organiser.',
  closedNotOpen: (when) => `Signup has not opened yet. It opens ${when}.`,
  closedNotOpenYet: 'Signup has not opened yet.',
  closedPast: (when) => `Signup is closed. The deadline was ${when}.`,
  closedPastNow: 'Signup is closed.',
  closedFull: 'The event is fully booked, and there is no waiting list.',
  optional: '(optional)',
  requiredQuestion: '(required)',
  yes: 'Yes',
  no: 'No',
  requiredAnswer: 'Answer the question.',
  invalidAnswer: 'The answer does not fit the question. Choose or write it again.',
  labelName: 'Name',
  labelEmail: 'E-mail',
  hintEmail: 'We send the confirmation here.',
  labelPhone: 'Phone',
  labelOrganization: 'Organisation or association',
  labelMunicipality: 'Municipality',
  chooseMunicipality: 'Choose a municipality',
  otherMunicipality: 'Another municipality',
  labelComment: 'Comment',
  labelSeats: 'Number of seats',
  labelConsent: 'I agree that my details are stored and used for this signup.',
  retention: (days) => `Your details are deleted ${days === 1 ? '1 day' : `${days} days`} after the event.`,
  privacyLink: 'Read how we handle your details',
  submit: 'Sign up',
  submitWaitlist: 'Put me on the waiting list',
  submitting: 'Sending …',
  sending: 'Sending your signup …',
  summaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  requiredName: 'Enter your name.',
  requiredEmail: 'Enter your e-mail address.',
  requiredConsent: 'Tick the box to give your consent. Without it we cannot take your signup.',
  required: 'Fill in this field.',
  tooLong: 'The text is too long. Please shorten it.',
  invalidEmail: 'Enter the e-mail address as name@example.com.',
  invalidPhone: 'Enter a phone number of 6 to 20 digits, such as 12 34 56 78.',
  invalidSeats: 'Choose how many seats you want.',
  tooManySeats: (max) => `You can sign up for at most ${max === 1 ? '1 seat' : `${max} seats`} at a time.`,
  invalidCharacters: 'Write it on one line, without line breaks or invisible control characters.',
  invalidCharactersComment: 'Remove the invisible control characters from the text. Line breaks are fine.',
  notAsked: 'The event no longer asks for this. The form has been updated, so please send it again.',
  invalid: 'This field could not be accepted. Please correct it and try again.',
  formRefused: 'The form could not be sent. Reload the page and try again.',
  submitFailed: 'Your signup was not sent.',
  inputKept: 'What you typed is kept, so you can try again.',
  tooManyRequests: 'Many signups were sent from your connection in a short time. Wait a minute and try again.',
  confirmedTitle: 'You are signed up',
  confirmedText: (email, seats) =>
    `You have ${seats === 1 ? 'a seat' : `${seats} seats`}. We have sent a confirmation to ${email}. If the ` +
    'address was signed up already, the e-mail says so.',
  confirmedCancel: 'Cannot come after all? Use the link in the e-mail to cancel, so the seat goes to someone else.',
  waitlistedTitle: (position) => `You are number ${position} on the waiting list`,
  waitlistedTitleNoPosition: 'You are on the waiting list',
  waitlistedText: (email) =>
    'You do not have a seat yet. When one comes free, you move up by yourself and we write to you at once. We ' +
    `have sent a confirmation to ${email}.`,
  waitlistedCancel: 'No longer want to be on the waiting list? Use the link in the e-mail to leave it.',
};

const catalogue: Record<Language, SignupTexts> = { da, en };

/** The signup form's texts in `language`. */
export function signupTextsFor(language: Language): SignupTexts {
  return catalogue[language];
}

export type { SignupTexts };
