import type { MunicipalityId } from '@kulturregion/kultur/contract';

/** What a person may do in the console; the server enforces each rule (`permissions.ts`), never the console alone. */
export const ROLES = ['admin', 'editor', 'organiser'] as const;
export type Role = (typeof ROLES)[number];

/** Someone who signs in to the console. `municipalities` matters for editors: the events they look after. */
export interface Person {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  municipalities: MunicipalityId[];
}

/**
 * Who a request acts for: a machine with a publishing token (every right, as the publishing API has always given it),
 * or a person signed in to the console.
 */
export type Actor = { kind: 'token'; tokenId: string | null; name: string } | { kind: 'person'; person: Person };

/** Hono variables set by the actor guard: `c.get('actor')`. */
export interface ActorVariables {
  actor: Actor;
}
