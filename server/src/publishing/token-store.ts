/** The publishing tokens' part of storage: only digests are kept, never a token. */

/** A publishing token as the storage lists it: never the token, nor its digest. Times are ISO 8601 in UTC. */
export interface PublishingToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A token to keep: its SHA-256 digest (hex), never the token itself. */
export interface NewPublishingToken {
  id: string;
  name: string;
  digest: string;
  createdAt: Date;
}

/** A token in use, found by its digest, for the admin guard to compare in constant time. */
export interface TokenMatch {
  id: string;
  name: string;
  digest: string;
}

export interface TokenStore {
  /** Keeps a new token's digest. Returns undefined when a token in use has the name already. */
  createToken(token: NewPublishingToken): Promise<PublishingToken | undefined>;
  /** Every token, revoked ones too, oldest first. */
  listTokens(): Promise<PublishingToken[]>;
  /** Revokes the token in use with this name or id; undefined when there is none. */
  revokeToken(nameOrId: string, now: Date): Promise<PublishingToken | undefined>;
  /** The token in use (not revoked) with this SHA-256 digest (hex). */
  findToken(digest: string): Promise<TokenMatch | undefined>;
  /** Notes that a token was used; at most once a minute, so publishing does not write twice for every call. */
  recordTokenUse(id: string, now: Date): Promise<void>;
}

/** A token's last use is written at most this often: publishing calls come in bursts, and a minute is news enough. */
export const TOKEN_USE_INTERVAL_MS = 60_000;

/** A publishing token row as both storages select it (times as ISO strings); the digest is never selected with it. */
export interface TokenRow {
  id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** The columns `TokenRow` reads, for both storages' SELECT and RETURNING. */
export const TOKEN_COLUMNS = 'id, name, created_at, last_used_at, revoked_at';

export function toPublishingToken(row: TokenRow): PublishingToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
