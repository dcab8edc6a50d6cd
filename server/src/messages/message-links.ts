import { isIP } from 'node:net';

/** What decides where the links in messages point. */
export interface LinkSettings {
  /** `--public-url` / `KULTUR_PUBLIC_URL`, when the operator set it. */
  publicUrl: string | undefined;
  /** Whether messages leave the machine (SMTP is set up) or stay in the outbox. */
  sendsMail: boolean;
}

/** Where the server listens, as `server.address()` tells once it does. */
export interface ListeningAddress {
  address: string;
  port: number;
}

/** The start of every link in messages, and the one sentence the server says about it at start. */
export interface MessageLinks {
  base: string | undefined;
  notice: string;
}

/** 127.0.0.0/8 and ::1, also written as IPv4 in IPv6. */
function isLoopback(address: string): boolean {
  const v4 = address.replace(/^::ffff:/i, '');
  return (isIP(v4) === 4 && v4.startsWith('127.')) || address === '::1';
}

/**
 * Where the cancel links in messages point. Only configuration decides, never a request: a `Host` header is whatever
 * the sender wrote, and a link built from it would hand a person's cancel token to the sender's domain.
 *
 * With `--public-url`, links start with it. Without it, a server whose messages stay in the outbox and that listens on
 * loopback (the local demo) may use its own address, which nobody else can reach anyway. Otherwise messages carry no
 * links and tell people to write to the organiser.
 */
export function messageLinks({ publicUrl, sendsMail }: LinkSettings, listening: ListeningAddress): MessageLinks {
  if (publicUrl) {
    const base = publicUrl.replace(/\/+$/, '');
    return { base, notice: `Links in messages start with ${base} (--public-url).` };
  }
  if (!sendsMail && isLoopback(listening.address)) {
    const host = isIP(listening.address) === 6 ? `[${listening.address}]` : listening.address;
    const base = `http://${host}:${listening.port}`;
    return {
      base,
      notice: `Links in messages point at this machine (${base}): set --public-url (KULTUR_PUBLIC_URL) before they go to anyone.`,
    };
  }
  return {
    base: undefined,
    notice:
      'Messages carry no cancel links: set --public-url (KULTUR_PUBLIC_URL) to where people reach this server, such as ' +
      'https://feed.example.dk.',
  };
}
