import { html, inlineStyle } from '../http/html.js';
import { htmlPage, PAGE_CSS } from '../http/html-page.js';
import { CONFIRM_PATH } from './submission-mails.js';

/** The page's script, served by the feed itself: the only script the page's policy lets run. */
export const CONFIRM_SCRIPT_PATH = '/v1/submissions/confirm.js';

const style = inlineStyle(`${PAGE_CSS}
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
.hint { display: block; color: #4a4a4a; margin-bottom: 0.25rem; }
input { font: inherit; width: 100%; box-sizing: border-box; padding: 0.5rem; border: 2px solid #4a4a4a;
  border-radius: 0.375rem; margin-bottom: 1rem; }
input:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
`);

/**
 * The link's page runs one script from the feed and nothing else; the script only moves the code from the address's
 * fragment into the form, through no HTML sink, so Trusted Types are required and no policy is allowed.
 */
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src ${style.source}`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

/** Headers for the confirmation pages: no referrer, no cache, not listed, not framed. */
export const confirmPageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': contentSecurityPolicy,
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'x-robots-tag': 'noindex, nofollow',
  'cache-control': 'no-store',
} as const;

/**
 * The script: puts the code from `#code=` into the form's field and takes it out of the address bar (and so out of
 * the history). It never submits: the person presses the button, which a mail scanner's GET never does.
 */
export const CONFIRM_SCRIPT = `const code = new URLSearchParams(location.hash.slice(1)).get('code');
const field = document.getElementById('code');
if (code && field) {
  field.value = code;
  history.replaceState(null, '', location.pathname);
}
`;

/** What the link opens: a question with a button, never the confirmation itself, because mail scanners open links. */
export function confirmSubmissionPage(): string {
  return htmlPage(
    'Bekræft dit arrangement',
    html`<h1>Bekræft dit arrangement</h1>
      <p>Tryk på knappen for at sende dit arrangement til godkendelse hos kommunens redaktør.</p>
      <form method="post" action="${CONFIRM_PATH}">
        <label for="code">Kode fra mailen</label>
        <span class="hint" id="code-hint">Står allerede her, når du kommer fra linket i mailen.</span>
        <input
          id="code"
          name="code"
          type="text"
          required
          autocomplete="off"
          spellcheck="false"
          aria-describedby="code-hint"
        />
        <button type="submit">Bekræft</button>
      </form>
      <p class="en" lang="en">
        Press “Bekræft” (confirm) to send your event for approval by the municipality's editor. The code from the mail
        is filled in when you come from its link.
      </p>`,
    style,
    CONFIRM_SCRIPT_PATH,
  );
}

/** The answer to the button: the event waits for approval now. */
export function confirmedPage(): string {
  return htmlPage(
    'Tak, dit arrangement er sendt til godkendelse',
    html`<h1>Tak, dit arrangement er sendt til godkendelse</h1>
      <p>
        En redaktør i kommunen ser det igennem, før det kommer i kulturkalenderen. Har redaktøren spørgsmål, skriver de
        til den e-mailadresse, du gav. Du behøver ikke gøre mere.
      </p>
      <p class="en" lang="en">
        Thank you: your event is waiting for approval by the municipality's editor. Nothing more to do.
      </p>`,
    style,
  );
}

/** A code the feed does not know: used already, run out, or not copied whole. */
export function unknownLinkPage(): string {
  return htmlPage(
    'Linket virker ikke længere',
    html`<h1>Linket virker ikke længere</h1>
      <p>
        Linket er brugt, eller de 24 timer er gået, eller koden er ikke kopieret helt. Har du allerede trykket
        “Bekræft”, er dit arrangement sendt til godkendelse. Ellers kan du sende det ind igen.
      </p>
      <p class="en" lang="en">
        The link has been used, has run out after 24 hours, or the code is incomplete. If you pressed “Bekræft” before,
        your event is waiting for approval; otherwise send it in again.
      </p>`,
    style,
  );
}
