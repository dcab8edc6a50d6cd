import * as z from 'zod/mini';
import { MunicipalityIdSchema } from '@kulturregion/kultur/contract';
import { ROLES } from './actor.js';

/** An address as a person types it: trimmed, at most 254 characters (RFC 5321's limit for a path). */
export const EmailSchema = z.email().check(z.trim(), z.maxLength(254));

/** A person the secretariat adds: editors look after given municipalities; the other roles take none. */
export const PersonInputSchema = z
  .strictObject({
    email: EmailSchema,
    role: z.enum(ROLES),
    name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200), z.regex(/^[^\p{Cc}]*$/u))),
    municipalities: z.optional(z.array(MunicipalityIdSchema).check(z.maxLength(6))),
  })
  .check(
    z.refine((person) => person.role !== 'editor' || (person.municipalities?.length ?? 0) > 0, {
      message: 'an editor looks after at least one municipality',
      path: ['municipalities'],
    }),
    z.refine((person) => person.role === 'editor' || !person.municipalities?.length, {
      message: 'only editors are given municipalities',
      path: ['municipalities'],
    }),
  );

export type PersonInput = z.infer<typeof PersonInputSchema>;

/** `POST /v1/session/link`. */
export const SignInRequestSchema = z.strictObject({ email: EmailSchema });

/** `POST /v1/session`: the secret from the link or the code in the message. */
export const SessionRequestSchema = z.strictObject({ token: z.string().check(z.trim(), z.maxLength(200)) });
