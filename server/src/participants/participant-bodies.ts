import * as z from 'zod/mini';
import { SignupRequestSchema } from '@kulturregion/kultur/contract';

const web = SignupRequestSchema.shape;

/**
 * A participant an organiser adds by hand: the web signup's fields with the same rules (one line, lengths, e-mail,
 * phone), without consent (the organiser took the call) and without the honeypot.
 */
export const HandSignupSchema = z.strictObject({
  name: web.name,
  email: web.email,
  seats: web.seats,
  phone: web.phone,
  organization: web.organization,
  municipality: web.municipality,
  comment: web.comment,
});

export type HandSignup = z.output<typeof HandSignupSchema>;
