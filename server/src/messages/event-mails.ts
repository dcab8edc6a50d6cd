import type { KulturEvent } from '@kulturregion/kultur/contract';
import { whenInDanish, whereInDanish } from '../signups/danish-words.js';
import { cancelUrl, type MessageSettings } from '../signups/signup-mails.js';
import type { MessageDraft } from '../signups/signup-store.js';
import type { EventNotice, NotifiedChange } from './event-notices.js';

/** The event's calendar entry, with the same UID as before and a higher SEQUENCE after a change. */
export function calendarUrl(baseUrl: string, eventId: string): string {
  return `${baseUrl}/v1/events/${encodeURIComponent(eventId)}.ics`;
}

/** Someone else's words, set apart line by line so no one takes them for ours. */
export function quoted(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => `> ${line}`.trimEnd());
}

const CHANGE_NAMES: Record<NotifiedChange, { da: string; en: string }> = {
  time: { da: 'tidspunktet', en: 'the time' },
  place: { da: 'stedet', en: 'the place' },
  online: { da: 'online-adressen', en: 'the online address' },
};

function listInDanish(words: string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} og ${words.at(-1)}`;
}

function onlineOf(event: KulturEvent): string {
  return event.online?.url ?? 'ingen';
}

/** Old and new, for each thing that changed. */
function changeLines(before: KulturEvent, after: KulturEvent, changes: NotifiedChange[]): string[] {
  const lines: string[] = [];
  for (const change of changes) {
    if (change === 'time') lines.push(`Tidspunkt før: ${whenInDanish(before)}`, `Tidspunkt nu: ${whenInDanish(after)}`);
    if (change === 'place') {
      lines.push(`Sted før: ${whereInDanish(before) || 'intet'}`, `Sted nu: ${whereInDanish(after) || 'intet'}`);
    }
    if (change === 'online') lines.push(`Online før: ${onlineOf(before)}`, `Online nu: ${onlineOf(after)}`);
  }
  return lines;
}

/**
 * Writes the messages about an event (`event-notices.ts`), in Danish with an English line, as the signup messages are
 * written (`signup-mails.ts`): plain text, our words, the event as it was published, and links that start only with the
 * configured base. Where the organiser's own words are passed on (a cancellation's reason, a message to the
 * participants), they are quoted and said to be theirs.
 */
export function eventMessage(notice: EventNotice, { baseUrl, retentionDays }: MessageSettings): MessageDraft {
  const { event } = notice;
  const { title } = event;
  // Only with the configured base, as the cancel links: a blank line and the link, or nothing.
  const calendar = (what: string) => (baseUrl ? ['', `${what} (.ics): ${calendarUrl(baseUrl, event.id)}`] : []);
  const cancelling = baseUrl
    ? ['Kan du ikke komme, så afmeld dig her:', cancelUrl(baseUrl, notice.cancelToken)]
    : [`Kan du ikke komme, så skriv til arrangøren, ${event.organizer.name}.`];
  const facts = [`Hvornår: ${whenInDanish(event)}`, `Hvor: ${whereInDanish(event)}`];
  let subject: string;
  let body: string[];
  let english: string;
  switch (notice.kind) {
    case 'event-changed': {
      const what = notice.changes.map((change) => CHANGE_NAMES[change]);
      subject = `Ændret: ${title}`;
      body = [
        `Arrangøren har ændret ${listInDanish(what.map((w) => w.da))} for ${title}, som du er ` +
          `${notice.status === 'waitlisted' ? 'på ventelisten til' : 'tilmeldt'}.`,
        '',
        ...changeLines(notice.before, event, notice.changes),
        '',
        ...facts,
        ...calendar('Hent den opdaterede kalenderpost'),
        '',
        ...cancelling,
      ];
      english = `In English: ${what.map((w) => w.en).join(' and ')} of ${title} changed; the new details are above.`;
      break;
    }
    case 'event-cancelled': {
      const reason = event.cancellationReason?.trim();
      subject = `Aflyst: ${title}`;
      body = [
        `${title} er aflyst, så din ${notice.status === 'waitlisted' ? 'plads på ventelisten' : 'tilmelding'} ` +
          'bortfalder. Du skal ikke gøre noget.',
        '',
        ...(reason ? ['Arrangøren skriver:', ...quoted(reason)] : ['Arrangøren har ikke skrevet en begrundelse.']),
        '',
        `Det var: ${whenInDanish(event)}, ${whereInDanish(event)}`,
        ...calendar('Hent den aflyste kalenderpost, så den også er aflyst i din kalender'),
      ];
      english = `In English: ${title} is cancelled${reason ? '; the organiser’s reason is quoted above' : ''}.`;
      break;
    }
    case 'reminder':
      subject = `Påmindelse: ${title}`;
      body = [
        `Vi minder dig om ${title}, som du er tilmeldt.`,
        '',
        ...facts,
        ...calendar('Hent kalenderposten'),
        '',
        ...cancelling,
      ];
      english = `In English: a reminder of ${title}, which you are signed up for.`;
      break;
    case 'organiser-message':
      subject = `Besked fra arrangøren: ${title}`;
      body = [
        `Arrangøren af ${title} har sendt en besked til deltagerne gennem Kulturregion Storstrøms tilmelding. ` +
          `Det er arrangørens egne ord, sendt af ${notice.sentBy}:`,
        '',
        `Emne: ${notice.subject}`,
        ...quoted(notice.text),
        '',
        ...facts,
        '',
        ...cancelling,
      ];
      english = `In English: the organiser of ${title} (${notice.sentBy}) wrote the message quoted above; the words are theirs.`;
      break;
  }
  const lines = [
    'Hej',
    '',
    ...body,
    '',
    `Vi gemmer din tilmelding og sletter den ${retentionDays} dage efter arrangementet.`,
    '',
    'Venlig hilsen',
    event.organizer.name,
    '',
    english,
  ];
  return { to: notice.email, subject, text: `${lines.join('\n')}\n` };
}
