import type { MessageDraft } from '../signups/signup-store.js';
import type { Role } from './actor.js';
import { SIGN_IN_LINK_MS } from './accounts-store.js';

/** The console's address under the server's root. */
export const CONSOLE_PATH = '/admin/';

const ROLE_IN_DANISH: Record<Role, string> = {
  admin: 'administrator',
  editor: 'redaktør',
  organiser: 'arrangør',
};

const MINUTES = SIGN_IN_LINK_MS / 60_000;

/**
 * The message with a sign-in link. The secret rides in the address's fragment (`#sign-in=`), which browsers never send
 * to a server, so it stays out of logs and Referer headers, and a mail scanner that fetches the link spends nothing:
 * the console posts it. The secret is also given as a code, for a server without `--public-url`, whose messages carry
 * no links. Nothing a requester typed is in it but the address it goes to.
 */
export function signInMessage(to: string, secret: string, baseUrl: string | undefined): MessageDraft {
  const link = baseUrl ? [`${baseUrl}${CONSOLE_PATH}#sign-in=${secret}`, ''] : [];
  return {
    to,
    subject: 'Log ind i Kultur',
    text: [
      `Brug linket for at logge ind i Kultur. Det virker én gang, i ${MINUTES} minutter.`,
      '',
      ...link,
      'Eller indsæt koden på login-siden:',
      secret,
      '',
      'Har du ikke bedt om at logge ind, kan du se bort fra denne mail: uden linket kommer ingen ind.',
      '',
      `Sign in to Kultur with the link or the code above. It works once, for ${MINUTES} minutes. If you did not ask ` +
        'to sign in, ignore this message.',
    ].join('\n'),
  };
}

/** Tells a person they may now sign in, and where. Says nothing of who invited them: only the role and the address. */
export function invitationMessage(to: string, role: Role, baseUrl: string | undefined): MessageDraft {
  const where = baseUrl
    ? [`Log ind på ${baseUrl}${CONSOLE_PATH} med denne e-mailadresse.`]
    : ['Spørg sekretariatet om adressen på konsollen, og log ind med denne e-mailadresse.'];
  return {
    to,
    subject: 'Du har fået adgang til Kultur',
    text: [
      `Du er oprettet som ${ROLE_IN_DANISH[role]} i Kultur, hvor Kulturregion Storstrøms arrangementer udgives.`,
      '',
      ...where,
      'Du får et link på mail, hver gang du logger ind; der er ingen adgangskode.',
      '',
      `You have been given access to Kultur as ${role}. Sign in with this address; a link comes by mail each time.`,
    ].join('\n'),
  };
}
