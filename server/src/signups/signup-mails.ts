import type { ComposeMessage, MessageDraft, SignupNotice } from './signup-store.js';
import { seatsInDanish, whenInDanish, whereInDanish } from './danish-words.js';
import { eventMessage } from '../messages/event-mails.js';
import { isEventNotice } from '../messages/event-notices.js';

export interface MessageSettings {
  /**
   * Where the server's root is reached from outside, without a trailing slash: the cancel links start with it. It
   * comes from the server's configuration, never from a request. Without it, messages carry no links.
   */
  baseUrl: string | undefined;
  /** Days after the event that the signup is deleted; the messages say so. */
  retentionDays: number;
}

/** The link that opens the page asking whether to cancel. */
export function cancelUrl(baseUrl: string, cancelToken: string): string {
  return `${baseUrl}/v1/signups/${encodeURIComponent(cancelToken)}`;
}

/** What differs between the messages; the rest is the same frame. */
interface Wording {
  subject: string;
  lead: string[];
  cancelPrompt: string;
  /** A line in English, for those who read no Danish; the frame adds how to cancel. */
  english: string;
}

/** Said beside the link: addresses are not verified, so the reader may never have signed up. */
const NOT_YOU = 'Har du ikke selv tilmeldt dig, kan du afmelde tilmeldingen med linket herunder.';

function standingOf(notice: SignupNotice): string {
  return notice.waitlistPosition === undefined
    ? `tilmeldt med ${seatsInDanish(notice.seats)}`
    : `på ventelisten som nummer ${notice.waitlistPosition}`;
}

function wordingOf(notice: SignupNotice): Wording {
  const { title } = notice.event;
  switch (notice.kind) {
    case 'confirmed':
      return {
        subject: `Du er tilmeldt: ${title}`,
        lead: [`Du er tilmeldt ${title} med ${seatsInDanish(notice.seats)}.`],
        cancelPrompt: 'Kan du alligevel ikke komme? Afmeld dig her, så går pladsen videre til en anden:',
        english: `In English: you are signed up for ${title}.`,
      };
    case 'waitlisted':
      return {
        subject: `Du er på venteliste: ${title}`,
        lead: [
          `${title} er fuldt booket, så du er skrevet på ventelisten som nummer ${notice.waitlistPosition}.`,
          `Bliver der ${notice.seats === 1 ? 'en plads' : `${notice.seats} pladser`} ledige, rykker du op af dig selv, ` +
            'og vi skriver til dig med det samme.',
        ],
        cancelPrompt: 'Vil du ikke længere stå på ventelisten? Afmeld dig her:',
        english:
          `In English: ${title} is full; you are number ${notice.waitlistPosition} on the waiting list ` +
          'and will be told if you get a seat.',
      };
    case 'moved-up':
      return {
        subject: `Du har fået plads: ${title}`,
        lead: [`Der er blevet plads, så du er nu tilmeldt ${title} med ${seatsInDanish(notice.seats)}.`],
        cancelPrompt:
          'Kan du ikke komme alligevel? Afmeld dig her, så går pladsen videre til den næste på ventelisten:',
        english: `In English: a seat came free and you are now signed up for ${title}.`,
      };
    case 'already-signed-up':
      return {
        subject: `Du er allerede tilmeldt: ${title}`,
        lead: [
          `Vi har fået en ny tilmelding til ${title} med denne e-mailadresse, men adressen er allerede ` +
            `${standingOf(notice)}. Din tilmelding er uændret, og den nye er ikke gemt.`,
          'Var det dig, behøver du ikke gøre noget. Var det ikke dig, kan du se bort fra denne mail.',
        ],
        cancelPrompt: 'Vil du ændre din tilmelding, så afmeld dig her og tilmeld dig igen:',
        english:
          `In English: someone tried to sign this address up for ${title} again. It was signed up already; ` +
          'nothing has changed.',
      };
  }
}

/**
 * Writes the messages a person gets about a signup, in Danish with a short English line: plain text, so every mail
 * program shows them alike and nothing in them can run.
 *
 * Anyone can type any address into a signup form, so a message may reach someone who never asked for it. It therefore
 * holds only our own words, the event as the secretariat published it, and the link: nothing the requester wrote (not
 * even the name they gave) stands in it.
 */
export function messageComposer({ baseUrl, retentionDays }: MessageSettings): ComposeMessage {
  return (notice): MessageDraft => {
    if (isEventNotice(notice)) return eventMessage(notice, { baseUrl, retentionDays });
    const { event } = notice;
    const { subject, lead, cancelPrompt, english } = wordingOf(notice);
    const notYou = notice.kind === 'already-signed-up' ? [] : [NOT_YOU, ''];
    const cancelling = baseUrl
      ? [...notYou, cancelPrompt, cancelUrl(baseUrl, notice.cancelToken)]
      : [`Vil du afmelde dig, eller har du ikke selv tilmeldt dig? Så skriv til arrangøren, ${event.organizer.name}.`];
    const lines = [
      'Hej',
      '',
      ...lead,
      '',
      `Hvornår: ${whenInDanish(event)}`,
      `Hvor: ${whereInDanish(event)}`,
      ...(notice.seats > 1 && notice.kind !== 'already-signed-up' ? [`Pladser: ${notice.seats}`] : []),
      '',
      ...cancelling,
      '',
      `Vi gemmer din tilmelding og sletter den ${retentionDays} dage efter arrangementet.`,
      '',
      'Venlig hilsen',
      event.organizer.name,
      '',
      `${english} ${baseUrl ? 'To cancel, open the link above.' : 'To cancel, write to the organiser.'}`,
    ];
    return { to: notice.email, subject, text: `${lines.join('\n')}\n` };
  };
}
