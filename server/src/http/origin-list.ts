/**
 * Reads a comma-separated list of origins from the environment variable `name`, such as
 * `https://www.lolland.dk,https://faxe.dk`. Each is checked and written as browsers send it (lower case, no default
 * port, no trailing slash); a mistyped entry (a path, a bare host, `*`) throws, naming the variable, so the server
 * stops at start rather than refusing the right people later.
 */
export function readOriginList(name: string, text: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (text ?? '').split(',').map((item) => item.trim())) {
    if (!entry) continue;
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, '').toLowerCase()) {
      throw new Error(
        `${name}: "${entry}" is not an origin; write scheme and host (and port), such as ` +
          'https://www.lolland.dk, separated by commas',
      );
    }
    origins.push(url.origin);
  }
  return origins;
}
