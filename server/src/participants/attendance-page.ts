import type { KulturEvent } from '@kulturregion/kultur/contract';
import { html, inlineStyle, type SafeHtml } from '../http/html.js';
import { whenInDanish, whereInDanish } from '../signups/danish-words.js';
import { REGION_TIME_ZONE } from '../time/region-clock.js';
import type { Participant } from './participant-store.js';

const style = inlineStyle(`
body { font: 1rem/1.4 system-ui, sans-serif; color: #111; background: #fff; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }
p { margin: 0.25rem 0; }
.note { color: #444; }
table { width: 100%; border-collapse: collapse; margin-top: 1rem; }
th, td { border: 1px solid #444; padding: 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td.n, th.n { text-align: right; width: 4rem; }
td.sign { width: 35%; min-height: 2.25rem; }
tr { break-inside: avoid; }
@media print {
  @page { margin: 1.5cm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .note { display: none; }
  th { background: none; }
  thead { display: table-header-group; }
  td { height: 1.6cm; }
}
`);

/** Nothing loads, runs or frames the page; only its own style, by hash. */
export const attendancePageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': [
    "default-src 'none'",
    `style-src ${style.source}`,
    "form-action 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; '),
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'x-robots-tag': 'noindex, nofollow',
  'cache-control': 'no-store',
} as const;

export type PageLanguage = 'da' | 'en';

const words = {
  da: {
    title: 'Deltagerliste',
    name: 'Navn',
    organization: 'Organisation',
    seats: 'Pladser',
    sign: 'Underskrift',
    count: (people: number, seats: number) => `${people} tilmeldte, ${seats} ${seats === 1 ? 'plads' : 'pladser'}.`,
    none: 'Ingen er tilmeldt endnu.',
    print: 'Udskriv siden med browserens udskriftsfunktion (Ctrl+P eller ⌘P).',
  },
  en: {
    title: 'Attendance list',
    name: 'Name',
    organization: 'Organisation',
    seats: 'Seats',
    sign: 'Signature',
    count: (people: number, seats: number) => `${people} signed up, ${seats} ${seats === 1 ? 'seat' : 'seats'}.`,
    none: 'Nobody has signed up yet.',
    print: "Print the page with your browser's print command (Ctrl+P or ⌘P).",
  },
} as const;

const englishWhen = new Intl.DateTimeFormat('en-GB', {
  timeZone: REGION_TIME_ZONE,
  dateStyle: 'full',
  timeStyle: 'short',
});

/**
 * The printable attendance list: the confirmed, by name, with organisation and seats, and an empty column to sign in.
 * Every value is escaped by `html`; the page has no script and loads nothing.
 */
export function attendancePage(event: KulturEvent, participants: readonly Participant[], lang: PageLanguage): string {
  const t = words[lang];
  const confirmed = participants
    .filter((person) => person.status === 'confirmed')
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const seats = confirmed.reduce((sum, person) => sum + person.seats, 0);
  const when = lang === 'da' ? whenInDanish(event) : englishWhen.format(new Date(event.start));
  const rows: SafeHtml[] = confirmed.map(
    (person) =>
      html`<tr>
        <td>${person.name}</td>
        <td>${person.organization ?? ''}</td>
        <td class="n">${person.seats}</td>
        <td class="sign"></td>
      </tr>`,
  );
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${t.title}: ${event.title}</title>
        ${style.element}
      </head>
      <body>
        <main>
          <h1>${t.title}: ${event.title}</h1>
          <p>${when}</p>
          <p>${whereInDanish(event)}</p>
          <p>${t.count(confirmed.length, seats)}</p>
          <p class="note">${t.print}</p>
          ${
            confirmed.length
              ? html`<table>
                  <thead>
                    <tr>
                      <th scope="col">${t.name}</th>
                      <th scope="col">${t.organization}</th>
                      <th scope="col" class="n">${t.seats}</th>
                      <th scope="col">${t.sign}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${rows}
                  </tbody>
                </table>`
              : html`<p>${t.none}</p>`
          }
        </main>
      </body>
    </html> `.value;
}
