import type { Storage } from '../db/storage.js';
import type { PublishingToken } from '../publishing/token-store.js';
import { regionMinuteText } from '../time/region-clock.js';
import { createToken, nameProblem } from '../publishing/publishing-tokens.js';
import { databaseUsage } from './database-options.js';
import { textTable } from './text-table.js';
import { runWithStorage } from './run-with-storage.js';

const usage = `Usage: kultur-server token create --name NAME [--db FILE | --database-url URL]
       kultur-server token list [--db FILE | --database-url URL]
       kultur-server token revoke NAME_OR_ID [--db FILE | --database-url URL]

  create   makes a publishing token for the admin API (Authorization: Bearer TOKEN) and prints it once, alone on
           standard output: TOKEN=$(kultur-server token create --name "Faxe Kulturhus"). Only its SHA-256 digest is
           kept, so a lost token cannot be shown again: revoke it and make another
  list     the tokens with their id, when they were made, last used and revoked; never the tokens themselves
  revoke   stops the token in use with that name or id from working, at once, in every server process

${databaseUsage}`;

function stamp(iso: string | null, none: string): string {
  return iso ? regionMinuteText(Date.parse(iso)) : none;
}

function table(tokens: readonly PublishingToken[]): string[] {
  const rows = [
    ['ID', 'NAME', 'CREATED', 'LAST USED', 'REVOKED'],
    ...tokens.map((token) => [
      token.id,
      token.name,
      stamp(token.createdAt, ''),
      stamp(token.lastUsedAt, 'never'),
      stamp(token.revokedAt, '-'),
    ]),
  ];
  return textTable(rows);
}

async function run(storage: Storage, values: Record<string, unknown>, positionals: string[]): Promise<number> {
  const [action, target] = positionals;
  const now = new Date();
  switch (action) {
    case 'create': {
      const name = String(values.name).trim();
      const created = await createToken(storage, name, now);
      if (created.kind === 'name-taken') {
        console.error(`A token in use is named "${name}" already. Pick another name, or revoke that token first.`);
        return 1;
      }
      console.error(
        `Made publishing token "${name}" (id ${created.record.id}). Copy it now: only its digest is kept, so it ` +
          'cannot be shown again.\nPublish with the header  Authorization: Bearer <the token>',
      );
      console.log(created.token);
      return 0;
    }
    case 'list': {
      const tokens = await storage.listTokens();
      if (!tokens.length)
        console.log('No publishing tokens yet. Make one with: kultur-server token create --name NAME');
      else console.log(table(tokens).join('\n'));
      return 0;
    }
    default: {
      const revoked = await storage.revokeToken(target!, now);
      if (!revoked) {
        console.error(`No token in use has the name or id "${target}". "kultur-server token list" shows them.`);
        return 1;
      }
      console.log(`Revoked publishing token "${revoked.name}" (id ${revoked.id}): it stops working at once.`);
      return 0;
    }
  }
}

/** `kultur-server token create|list|revoke`. */
export function runTokenCommand(args: string[]): Promise<number> {
  return runWithStorage(args, {
    usage,
    options: { name: { type: 'string' } },
    check(values, positionals) {
      const [action, ...rest] = positionals;
      if (action === 'create') {
        if (rest.length) return `token create takes no arguments but --name; got "${rest.join(' ')}"`;
        if (typeof values.name !== 'string') return 'token create needs --name NAME';
        return nameProblem(values.name.trim());
      }
      if (values.name !== undefined) return `--name belongs to token create, not token ${action ?? ''}`.trim();
      if (action === 'list') return rest.length ? `token list takes no arguments; got "${rest.join(' ')}"` : undefined;
      if (action === 'revoke') return rest.length === 1 ? undefined : 'token revoke needs one name or id';
      return action ? `"${action}" is not a token command: use create, list or revoke` : 'Name a token command';
    },
    run,
  });
}
