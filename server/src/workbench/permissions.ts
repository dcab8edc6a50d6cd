/**
 * What an actor may do on the workbench: pure rules over the actor and the facts of an event, so each role's rights
 * are tested without a database and the routes only ask. Each refusal is a sentence the person can act on.
 *
 * - a token and an `admin`: everything;
 * - an `editor`: the events of their municipalities, and only those (an event is never moved out of them);
 * - an `organiser`: their own events; drafts they write and submit, never publish; an edit to their published event
 *   waits for approval (the routes decide that, not a refusal here); a draft never published they may delete.
 */
import type { MunicipalityId } from '@kulturregion/kultur/contract';
import type { Actor } from '../accounts/actor.js';
import type { ConsoleState } from './console-state.js';
import type { Scope } from './workbench-store.js';

export const WORKBENCH_ACTIONS = ['view', 'edit', 'submit', 'publish', 'reject', 'cancel', 'copy', 'delete'] as const;
export type WorkbenchAction = (typeof WORKBENCH_ACTIONS)[number];

/** What the rules look at. */
export interface EventFacts {
  municipality: MunicipalityId;
  ownerId: string | null;
  state: ConsoleState;
}

/** Whose events the actor's lists and venue picker hold. */
export function scopeOf(actor: Actor): Scope {
  if (actor.kind === 'token') return { kind: 'all' };
  const { person } = actor;
  switch (person.role) {
    case 'admin':
      return { kind: 'all' };
    case 'editor':
      return { kind: 'municipalities', municipalities: person.municipalities };
    case 'organiser':
      return { kind: 'owner', ownerId: person.id };
  }
}

/** Whether the actor sees the event at all: a refused view is answered as a missing event, so ids are not probed. */
export function maySee(actor: Actor, facts: Pick<EventFacts, 'municipality' | 'ownerId'>): boolean {
  const scope = scopeOf(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'municipalities':
      return scope.municipalities.includes(facts.municipality);
    case 'owner':
      return facts.ownerId === scope.ownerId;
  }
}

const ORGANISER_REFUSALS: Partial<Record<WorkbenchAction, string>> = {
  publish: 'An organiser cannot publish; submit the event for approval and an editor publishes it.',
  reject: 'Only an editor or an administrator approves or rejects events.',
  cancel: 'Only an editor or an administrator cancels a published event; ask the secretariat.',
};

/** Why the actor may not do `action` to the event, or undefined when they may. */
export function refusalOf(actor: Actor, action: WorkbenchAction, facts: EventFacts): string | undefined {
  if (!maySee(actor, facts)) return 'This event is not one of yours.';
  if (actor.kind === 'token' || actor.person.role !== 'organiser') return undefined;
  const refusal = ORGANISER_REFUSALS[action];
  if (refusal) return refusal;
  if (action === 'delete' && facts.state !== 'draft' && facts.state !== 'pending') {
    return 'A published event cannot be deleted; ask an editor to cancel it.';
  }
  return undefined;
}

/**
 * Why the actor may not make an event in `municipality` (or move one there), published at once when `publish` is
 * set; undefined when they may.
 */
export function creationRefusalOf(
  actor: Actor,
  municipality: MunicipalityId,
  { publish }: { publish: boolean },
): string | undefined {
  if (actor.kind === 'token') return undefined;
  const { person } = actor;
  if (person.role === 'editor' && !person.municipalities.includes(municipality)) {
    const yours = person.municipalities.length ? person.municipalities.join(', ') : 'none';
    return `You edit the events of ${yours}, not of ${municipality}; choose one of yours or ask an administrator.`;
  }
  if (person.role === 'organiser' && publish) return ORGANISER_REFUSALS.publish;
  return undefined;
}

/** Whether saving an event publishes it at once (editors and admins) or makes a change for approval (organisers). */
export function publishesOnSave(actor: Actor): boolean {
  return actor.kind === 'token' || actor.person.role !== 'organiser';
}

/** How the change log names the actor: a person's e-mail, or the token's name. */
export function whoOf(actor: Actor): string {
  return actor.kind === 'token' ? actor.name : actor.person.email;
}

/** The owner a new event gets: the person who makes it; a token owns nothing. */
export function ownerOf(actor: Actor): { id: string; email: string } | null {
  return actor.kind === 'person' ? { id: actor.person.id, email: actor.person.email } : null;
}
