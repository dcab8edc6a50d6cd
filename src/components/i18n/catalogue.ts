/**
 * A catalogue of texts in another language, shaped by the Danish one (written `as const`, so its texts are literal
 * types): the same keys, each text any string, each function of the same parameters. TypeScript then holds every
 * language to Danish's keys, and a key left out or added is an error.
 */
export type Catalogue<Danish> = { readonly [K in keyof Danish]: Danish[K] extends string ? string : Danish[K] };
