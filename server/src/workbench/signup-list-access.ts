import type { Actor } from '../accounts/actor.js';
import { maySee } from './permissions.js';
import type { WorkbenchStore } from './workbench-store.js';

/**
 * Whether the actor may read an event's signup list: a token and an admin always; an editor for the events of their
 * municipalities; an organiser for their own events only. Signups are personal data, so this is the workbench's
 * view rule exactly: what the console does not show a person, the API does not either.
 */
export function signupListAccess(workbench: Pick<WorkbenchStore, 'findEvent'>) {
  return async (actor: Actor, eventId: string): Promise<boolean> => {
    if (actor.kind === 'token') return true;
    const record = await workbench.findEvent(eventId);
    const event = record?.published;
    if (!record || !event) return actor.person.role === 'admin';
    return maySee(actor, { municipality: event.municipality, ownerId: record.owner?.id ?? null });
  };
}
