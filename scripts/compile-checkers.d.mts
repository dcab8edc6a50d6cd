/** Where the checkers are written: `src/contract/compiled-checkers.ts`. */
export declare const OUTPUT: string;
/** The checkers' module text as the script writes it, formatted. */
export declare function compiledCheckers(): Promise<string>;
