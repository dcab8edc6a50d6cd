import { randomBytes } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { cachePolicy } from '../http/cache-policy.js';
import { readJsonBody } from '../http/json-body.js';
import { ProblemError } from '../http/problem.js';
import { invitationMessage } from './account-mails.js';
import { requireAdmin } from './actor-guard.js';
import type { AccountsStore } from './accounts-store.js';
import type { ActorVariables, Person } from './actor.js';
import { PersonInputSchema, type PersonInput } from './person-input.js';

export interface PeopleRouteOptions {
  accounts: AccountsStore;
  actor: MiddlewareHandler<{ Variables: ActorVariables }>;
  now: () => Date;
  linkBase: () => string | undefined;
  onMessagesQueued: () => void;
}

/** A person as `PersonInput` describes them, with a new id. Shared by the API and `kultur-server user add`. */
export function newPerson(input: PersonInput): Person {
  return {
    id: randomBytes(6).toString('hex'),
    email: input.email,
    name: input.name ?? null,
    role: input.role,
    municipalities: input.role === 'editor' ? [...new Set(input.municipalities)] : [],
  };
}

export function emailTaken(email: string): ProblemError {
  return new ProblemError(409, 'conflict', `${email} has access already. Remove them first to change their role.`, {
    errors: [{ path: 'email', message: 'has access already' }],
  });
}

/**
 * The console's people, for admins: `GET /v1/people`, `POST /v1/people` (adds a person and sends them an invitation)
 * and `DELETE /v1/people/{id}` (their sessions end at once; the last admin stays).
 */
export function peopleRoutes({ accounts, actor, now, linkBase, onMessagesQueued }: PeopleRouteOptions): Hono {
  const app = new Hono<{ Variables: ActorVariables }>();
  app.use('/v1/people', actor, requireAdmin);
  app.use('/v1/people/*', actor, requireAdmin);

  app.get('/v1/people', async (c) => {
    c.header('cache-control', cachePolicy.none);
    return c.json({ items: await accounts.listPeople() });
  });

  app.post('/v1/people', async (c) => {
    const input = await readJsonBody(c, PersonInputSchema);
    const person = newPerson(input);
    const added = await accounts.addPerson(person, now(), invitationMessage(person.email, person.role, linkBase()));
    if (!added) throw emailTaken(input.email);
    onMessagesQueued();
    c.header('cache-control', cachePolicy.none);
    c.header('location', `/v1/people/${added.id}`);
    return c.json(added, 201);
  });

  app.delete('/v1/people/:id', async (c) => {
    const id = c.req.param('id');
    const outcome = await accounts.removePerson(id, now());
    c.header('cache-control', cachePolicy.none);
    if (outcome === 'not-found') throw new ProblemError(404, 'not-found', `No person has the id "${id}".`);
    if (outcome === 'last-admin') {
      throw new ProblemError(409, 'conflict', 'This is the last admin: add another admin before removing this one.');
    }
    return c.body(null, 204);
  });
  return app as unknown as Hono;
}
