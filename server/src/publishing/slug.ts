// Its own module, free of Node imports: the seed (and through it a browser test) uses it too.
/** Lower-case letters, digits and hyphens for a text, with the Danish letters spelt out: "Næstved" is "naestved". */
export function slugOf(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
