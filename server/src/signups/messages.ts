import type { ComposeMessage, MessageDraft, SignupNotice } from '../storage.js';
import { seatsInDanish, whenInDanish, whereInDanish } from './danish-words.js';

export interface MessageSettings {
  /** Where the server's root is reached from outside, without a trailing slash: the cancel links start with it. */
  baseUrl: string;
  /** Days after the event that the signup is deleted; the messages say so. */
  retentionDays: number;
}

/** The link that opens the page asking whether to cancel. */
export function cancelUrl(baseUrl: string, cancelToken: string): string {
  return `${baseUrl}/v1/signups/${encodeURIComponent(cancelToken)}`;
}

/** What differs between the three messages; the rest is the same frame. */
interface Wording {
  subject: string;
  lead: string[];
  cancelPrompt: string;
  english: string;
}

function wordingOf(notice: SignupNotice): Wording {
  const { title } = notice.event;
  switch (notice.kind) {
    case 'confirmed':
      return {
        subject: `Du er tilmeldt: ${title}`,
        lead: [`Du er tilmeldt ${title} med ${seatsInDanish(notice.seats)}.`],
        cancelPrompt: 'Kan du alligevel ikke komme? Afmeld dig her, så går pladsen videre til en anden:',
        english: `In English: you are signed up for ${title}. To cancel, open the link above.`,
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
          'and will be told if you get a seat. To leave the list, open the link above.',
      };
    case 'moved-up':
      return {
        subject: `Du har fået plads: ${title}`,
        lead: [`Der er blevet plads, så du er nu tilmeldt ${title} med ${seatsInDanish(notice.seats)}.`],
        cancelPrompt:
          'Kan du ikke komme alligevel? Afmeld dig her, så går pladsen videre til den næste på ventelisten:',
        english: `In English: a seat came free and you are now signed up for ${title}. To cancel, open the link above.`,
      };
  }
}

/**
 * Writes the messages a person gets about a signup, in Danish with a short English line: plain text, so every mail
 * program shows them alike and nothing in them can run.
 */
export function messageComposer({ baseUrl, retentionDays }: MessageSettings): ComposeMessage {
  return (notice: SignupNotice): MessageDraft => {
    const { event } = notice;
    const { subject, lead, cancelPrompt, english } = wordingOf(notice);
    const lines = [
      `Hej ${notice.name}`,
      '',
      ...lead,
      '',
      `Hvornår: ${whenInDanish(event)}`,
      `Hvor: ${whereInDanish(event)}`,
      ...(notice.seats > 1 ? [`Pladser: ${notice.seats}`] : []),
      '',
      cancelPrompt,
      cancelUrl(baseUrl, notice.cancelToken),
      '',
      `Vi gemmer din tilmelding og sletter den ${retentionDays} dage efter arrangementet.`,
      '',
      'Venlig hilsen',
      event.organizer.name,
      '',
      english,
    ];
    return { to: notice.email, subject, text: `${lines.join('\n')}\n` };
  };
}
