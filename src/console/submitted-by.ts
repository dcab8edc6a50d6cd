import type { ConsoleTexts } from './console-texts.js';

/**
 * "Sendt ind af Birthe Jensen <birthe@kammerkor.dk>, 20 30 40 50 (bekræftet e-mail)": who sent an event in from a
 * municipal site without an account (`<kultur-submit>`). The name is theirs, as they wrote it; the address is the one
 * that used the confirmation link.
 */
export function submittedBy(
  t: Pick<ConsoleTexts, 'submittedBy'>,
  submitter: { name: string; email: string; phone?: string | undefined },
): string {
  const phone = submitter.phone ? `, ${submitter.phone}` : '';
  return t.submittedBy(`${submitter.name} <${submitter.email}>${phone}`);
}
