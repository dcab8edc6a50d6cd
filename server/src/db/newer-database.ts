/**
 * The database was migrated by a newer kultur-server than this one: its schema has versions this server does not
 * know, so it cannot tell what the data now means, and refuses to start on it.
 */
export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`the database has schema version ${found}, newer than this server knows (${known})`);
    this.name = 'NewerDatabaseError';
  }
}
