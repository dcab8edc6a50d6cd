import { CONSOLE_PATH } from '../accounts/account-mails.js';
import type { Person } from '../accounts/actor.js';
import { emailTaken, newPerson } from '../accounts/people-routes.js';
import { PersonInputSchema } from '../accounts/person-input.js';
import type { Storage } from '../db/storage.js';
import { databaseUsage } from './database-options.js';
import { textTable } from './text-table.js';
import { runWithStorage } from './run-with-storage.js';

const usage = `Usage: kultur-server user add --email E --role admin|editor|organiser [--municipality ID,ID] [--name NAME]
                          [--db FILE | --database-url URL]
       kultur-server user list [--db FILE | --database-url URL]
       kultur-server user remove E [--db FILE | --database-url URL]

  add      gives a person access to the console (/admin/): they sign in with a link sent to the address, so there is
           no password. admin: everything, people too; editor: the events of the municipalities given with
           --municipality (faxe, guldborgsund, lolland, naestved, stevns, vordingborg), and approving them;
           organiser: their own events, which wait for an editor's approval
  list     the people with access
  remove   takes a person's access away, at once: their sessions end (the last admin stays)

${databaseUsage}`;

function table(people: readonly Person[]): string[] {
  const rows = [
    ['EMAIL', 'ROLE', 'MUNICIPALITIES', 'NAME'],
    ...people.map((person) => [person.email, person.role, person.municipalities.join(',') || '-', person.name ?? '']),
  ];
  return textTable(rows);
}

/** The person `user add` describes, or the sentence that says what is wrong with it. */
function personOf(values: Record<string, unknown>): ReturnType<typeof PersonInputSchema.safeParse> {
  const municipalities =
    typeof values.municipality === 'string'
      ? values.municipality
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)
      : undefined;
  return PersonInputSchema.safeParse({
    email: values.email,
    role: values.role,
    name: values.name,
    municipalities,
  });
}

async function run(storage: Storage, values: Record<string, unknown>, positionals: string[]): Promise<number> {
  const [action, target] = positionals;
  switch (action) {
    case 'add': {
      const parsed = personOf(values);
      if (!parsed.success) throw new Error('unreachable: checked before the database was opened');
      const added = await storage.people.addPerson(newPerson(parsed.data), new Date());
      if (!added) {
        console.error(emailTaken(parsed.data.email).message);
        return 1;
      }
      const where = added.role === 'editor' ? ` for ${added.municipalities.join(', ')}` : '';
      console.log(
        `Added ${added.email} as ${added.role}${where}. They sign in at ${CONSOLE_PATH} on this server with a link ` +
          'sent to that address.',
      );
      return 0;
    }
    case 'list': {
      const people = await storage.people.listPeople();
      if (!people.length)
        console.log('Nobody has access yet. Add the first admin with: kultur-server user add --email E --role admin');
      else console.log(table(people).join('\n'));
      return 0;
    }
    default: {
      const person = await storage.people.findPersonByEmail(target!);
      const outcome = person ? await storage.people.removePerson(person.id, new Date()) : 'not-found';
      if (outcome === 'not-found') {
        console.error(`Nobody with access has the address "${target}". "kultur-server user list" shows them.`);
        return 1;
      }
      if (outcome === 'last-admin') {
        console.error(`${target} is the last admin: add another admin first, so someone can still add people.`);
        return 1;
      }
      console.log(`Removed ${person!.email}: their sessions have ended.`);
      return 0;
    }
  }
}

/** `kultur-server user add|list|remove`. */
export function runUserCommand(args: string[]): Promise<number> {
  return runWithStorage(args, {
    usage,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      municipality: { type: 'string' },
      name: { type: 'string' },
    },
    check(values, positionals) {
      const [action, ...rest] = positionals;
      const addOptions = ['email', 'role', 'municipality', 'name'].filter((name) => values[name] !== undefined);
      if (action === 'add') {
        if (rest.length) return `user add takes no arguments but options; got "${rest.join(' ')}"`;
        if (values.email === undefined) return 'user add needs --email E';
        if (values.role === undefined) return 'user add needs --role admin, editor or organiser';
        const parsed = personOf(values);
        if (parsed.success) return undefined;
        const issue = parsed.error.issues[0]!;
        const flag = issue.path[0] === 'municipalities' ? 'municipality' : String(issue.path[0]);
        return `--${flag}: ${issue.path[0] === 'role' ? 'use admin, editor or organiser' : issue.message}`;
      }
      if (addOptions.length) return `--${addOptions[0]} belongs to user add, not user ${action ?? ''}`.trim();
      if (action === 'list') return rest.length ? `user list takes no arguments; got "${rest.join(' ')}"` : undefined;
      if (action === 'remove') return rest.length === 1 ? undefined : 'user remove needs one e-mail address';
      return action ? `"${action}" is not a user command: use add, list or remove` : 'Name a user command';
    },
    run,
  });
}
