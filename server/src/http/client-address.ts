import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { BlockList, isIP } from 'node:net';

/** Finds the address a request came from, for the rate limit. */
export type ClientAddress = (c: Context) => string;

/** `::ffff:192.0.2.1` and `192.0.2.1` are one client. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}

function familyOf(address: string): 'ipv4' | 'ipv6' | undefined {
  const version = isIP(address);
  return version === 4 ? 'ipv4' : version === 6 ? 'ipv6' : undefined;
}

/** Reads `10.0.0.1`, `fd00::1` or `10.0.0.0/8` into a list; throws on anything else. */
function trustList(proxies: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of proxies) {
    const [address = '', prefix] = entry.split('/');
    const family = familyOf(address);
    if (!family) throw new Error(`KULTUR_TRUSTED_PROXY: "${entry}" is not an IP address or CIDR range`);
    if (prefix === undefined) {
      list.addAddress(address, family);
    } else {
      const bits = Number(prefix);
      if (!/^\d{1,3}$/.test(prefix) || bits > (family === 'ipv4' ? 32 : 128)) {
        throw new Error(`KULTUR_TRUSTED_PROXY: "${entry}" has no valid prefix length`);
      }
      list.addSubnet(address, bits, family);
    }
  }
  return list;
}

/** The TCP peer; undefined when the request did not come through a Node socket (as in `app.request()` tests). */
function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * The client's address: the connection's peer, unless that peer is one of our own proxies. Then `X-Forwarded-For` is
 * read from the right, past our proxies, to the first address they did not add themselves: everything left of it
 * is whatever the client chose to send, so a client cannot pick its own address by sending the header.
 */
export function clientAddress(trustedProxies: readonly string[]): ClientAddress {
  const trusted = trustList(trustedProxies);
  const isTrusted = (address: string) => {
    const family = familyOf(address);
    return family !== undefined && trusted.check(address, family);
  };
  return (c) => {
    const peer = socketAddress(c);
    if (peer === undefined) return 'unknown';
    const direct = normalise(peer);
    if (!isTrusted(direct)) return direct;
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((hop) => normalise(hop.trim()))
      .filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) {
      if (!isTrusted(hops[i]!)) return hops[i]!;
    }
    // Every hop is ours: the left-most is as close to the client as we can tell.
    return hops[0] ?? direct;
  };
}
