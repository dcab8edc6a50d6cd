import type { MessageDraft } from '../signups/signup-store.js';
import { seatsInDanish, whenInDanish, whereInDanish } from '../signups/danish-words.js';
import type { ComposeRemoval, RemovalNotice } from './participant-store.js';

/**
 * The message to a person an organiser took off an event's list: our own words, the event as published, and who to
 * contact; nothing anyone typed (the organiser gives no reason here, so none can pass for ours). No cancel link: the
 * signup is cancelled already. Plain text in Danish with an English line, as the signup messages are.
 */
export function removalComposer({ retentionDays }: { retentionDays: number }): ComposeRemoval {
  return ({ event, email, seats }: RemovalNotice): MessageDraft => {
    const lines = [
      'Hej',
      '',
      `Arrangøren har afmeldt din tilmelding til ${event.title} (${seatsInDanish(seats)}).`,
      'Du har derfor ikke længere en plads, og du står ikke på ventelisten.',
      '',
      `Hvornår: ${whenInDanish(event)}`,
      `Hvor: ${whereInDanish(event)}`,
      '',
      `Er det en fejl, eller har du spørgsmål, så kontakt arrangøren, ${event.organizer.name}.`,
      '',
      `Vi sletter oplysningerne om tilmeldingen ${retentionDays} dage efter arrangementet.`,
      '',
      'Venlig hilsen',
      event.organizer.name,
      '',
      `In English: the organiser has cancelled your signup for ${event.title}. If this is a mistake, contact the ` +
        'organiser.',
    ];
    return { to: email, subject: `Din tilmelding er afmeldt: ${event.title}`, text: `${lines.join('\n')}\n` };
  };
}
