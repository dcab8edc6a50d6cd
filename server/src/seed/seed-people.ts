import type { AccountsStore } from '../accounts/accounts-store.js';
import type { Person } from '../accounts/actor.js';

/**
 * The demo's people: the secretariat's admin, Lolland's culture consultant and a cultural actor, one of each role. Their
 * sign-in links are read in the demo outbox, so they are only made when it is on: on any other server anyone could
 * sign in as them by reading it.
 */
export const DEMO_PEOPLE: readonly Person[] = [
  {
    id: 'demo-admin',
    email: 'sekretariat@kulturregion.example',
    name: 'Sekretariatet',
    role: 'admin',
    municipalities: [],
  },
  {
    id: 'demo-editor',
    email: 'kultur@lolland.example',
    name: 'Lolland Kommune',
    role: 'editor',
    municipalities: ['lolland'],
  },
  {
    id: 'demo-organiser',
    email: 'kulturhus@maribo.example',
    name: 'Maribo Kulturhus',
    role: 'organiser',
    municipalities: [],
  },
];

/** Adds the demo's people to a console nobody has access to yet; returns how many it added. */
export async function seedPeople(accounts: AccountsStore, now: Date): Promise<number> {
  if ((await accounts.listPeople()).length > 0) return 0;
  let added = 0;
  for (const person of DEMO_PEOPLE) if (await accounts.addPerson(person, now)) added++;
  return added;
}
