import type { Catalogue } from '../i18n/catalogue.js';
import type { Language } from '../i18n/language.js';
import { textsIn } from '../i18n/shared-texts.js';

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

/** The signup form's texts in `language`. */
export function signupTextsFor(language: Language): SignupTexts {
  return textsIn(language, da, (english) => english.signup);
}

export type { SignupTexts };
