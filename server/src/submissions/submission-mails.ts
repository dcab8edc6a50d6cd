import type { SubmittedEvent } from '@kulturregion/kultur/contract';
import type { MessageDraft } from '../signups/signup-store.js';
import { whenInDanish } from '../signups/danish-words.js';

/** Where the confirmation page is, under the server's root; the secret rides in the fragment. */
export const CONFIRM_PATH = '/v1/submissions/confirm';

/** How long the confirmation link works; the sweep deletes the submission after. */
export const CONFIRM_LINK_MS = 24 * 60 * 60_000;

/**
 * The confirmation mail, to the address the sender gave and to no other. The secret rides in the link's fragment
 * (`#code=`), which browsers never send to a server: a mail scanner that fetches the link gets the page, and only the
 * page's button (a POST) spends it. The sender's own words (the title) are quoted as theirs, in quotation marks; the
 * link starts with the server's configured address, never with anything the request carried.
 */
export function confirmationMessage(
  to: string,
  event: Pick<SubmittedEvent, 'title' | 'start' | 'end' | 'allDay'>,
  secret: string,
  baseUrl: string,
): MessageDraft {
  return {
    to,
    subject: 'Bekræft dit arrangement til kulturkalenderen',
    text: [
      'Nogen, forhåbentlig dig, har sendt et arrangement ind til Kulturregion Storstrøms kulturkalender med denne',
      'e-mailadresse:',
      '',
      `  Titel (som du skrev den): “${event.title}”`,
      `  Tid: ${whenInDanish({ start: event.start, end: event.end, allDay: event.allDay ?? false })}`,
      '',
      'Klik på linket og tryk på knappen "Bekræft" for at sende arrangementet til godkendelse. Linket virker én gang,',
      'i 24 timer. En redaktør i kommunen ser arrangementet igennem, før det kommer i kalenderen, og skriver måske til',
      'dig på denne adresse.',
      '',
      `${baseUrl}${CONFIRM_PATH}#code=${secret}`,
      '',
      'Eller indsæt koden på siden:',
      secret,
      '',
      'Har du ikke sendt noget ind, så se bort fra denne mail: uden et klik sker der intet, og det indsendte slettes.',
      '',
      'Someone, hopefully you, sent an event in to the culture calendar of Kulturregion Storstrøm with this address.',
      'Open the link and press "Confirm" to send it for approval; it works once, for 24 hours. If it was not you, ignore',
      'this message: nothing happens without the click, and what was sent is deleted.',
    ].join('\n'),
  };
}
