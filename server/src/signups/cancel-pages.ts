import { html, inlineStyle, type SafeHtml } from '../http/html.js';
import { htmlPage as page, PAGE_CSS } from '../http/html-page.js';
import type { SignupView } from './signup-store.js';
import { seatsInDanish, whenInDanish, whereInDanish } from './danish-words.js';

const style = inlineStyle(PAGE_CSS);

/** The page's only style is inline and allowed by its hash; nothing else may load, run, frame it or post elsewhere. */
const contentSecurityPolicy = [
  "default-src 'none'",
  `style-src ${style.source}`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * Headers for the pages behind a cancel link. The address holds a cancel token: no referrer leaves with it, no cache keeps
 * the page, and no search engine lists it.
 */
export const cancelPageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': contentSecurityPolicy,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  // frame-ancestors 'none' says the same to browsers that read CSP; this is for those that do not.
  'x-frame-options': 'DENY',
  'x-robots-tag': 'noindex, nofollow',
  'cache-control': 'no-store',
} as const;

function htmlPage(title: string, body: SafeHtml): string {
  return page(title, body, style);
}

function eventLine(view: SignupView): SafeHtml {
  const { event } = view;
  return html`<p><strong>${event.title}</strong><br />${whenInDanish(event)}<br />${whereInDanish(event)}</p>`;
}

/**
 * What the cancel link opens: a question, never the cancellation itself, because mail scanners open links too.
 * The plain form posts back to the same address; no script is needed or allowed. The name the signup was made with
 * is not shown: whoever signed the address up wrote it, and the page speaks to the address's owner.
 */
export function confirmCancelPage(view: SignupView): string {
  const state =
    view.status === 'waitlisted'
      ? html`<p>Du står som nummer ${view.waitlistPosition} på ventelisten til:</p>`
      : html`<p>Du er tilmeldt med ${seatsInDanish(view.seats)} til:</p>`;
  return htmlPage(
    'Afmeld din tilmelding',
    html`<h1>Afmeld din tilmelding</h1>
      ${state} ${eventLine(view)}
      <p>
        Vil du afmelde dig? Så går ${view.seats === 1 ? 'pladsen' : 'pladserne'} videre til den næste på ventelisten.
      </p>
      <form method="post">
        <button type="submit">Ja, afmeld mig</button>
      </form>
      <p>Vil du stadig deltage, skal du ikke gøre noget. Du kan bare lukke siden.</p>
      <p class="en" lang="en">
        To cancel your signup for ${view.event.title}, press the button. If you still want to come, just close this
        page.
      </p>`,
  );
}

/** The answer to the form: the signup is cancelled (now, or already before). */
export function cancelledPage(view: SignupView, already: boolean): string {
  return htmlPage(
    'Du er afmeldt',
    html`<h1>Du er afmeldt</h1>
      <p>${already ? 'Din tilmelding var allerede afmeldt:' : 'Tak for besked. Vi har afmeldt dig fra:'}</p>
      ${eventLine(view)}
      <p>Du behøver ikke gøre mere. Vil du deltage alligevel, kan du tilmelde dig igen, hvis der stadig er plads.</p>
      <p class="en" lang="en">Your signup for ${view.event.title} is cancelled. Nothing more to do.</p>`,
  );
}

/** A token the server does not know: mistyped, or deleted with the rest after the event. */
export function unknownSignupPage(): string {
  return htmlPage(
    'Tilmeldingen findes ikke',
    html`<h1>Tilmeldingen findes ikke</h1>
      <p>
        Vi kan ikke finde en tilmelding til dette link. Måske er linket ikke kopieret helt, eller også er tilmeldingen
        slettet, fordi arrangementet er slut.
      </p>
      <p>Kontakt arrangøren, hvis du har brug for hjælp.</p>
      <p class="en" lang="en">
        We cannot find a signup for this link. It may be incomplete, or the signup was deleted after the event.
      </p>`,
  );
}
