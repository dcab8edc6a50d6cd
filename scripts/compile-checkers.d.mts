/** Where the checkers of the served shapes are written: `src/contract/compiled-checkers.ts`. */
export declare const OUTPUT: string;
/** Where the checkers of a signup are written: `src/contract/compiled-signup-checkers.ts`. */
export declare const SIGNUP_OUTPUT: string;
/** The module text of `output` (OUTPUT, the default, or SIGNUP_OUTPUT) as the script writes it, formatted. */
export declare function compiledCheckers(output?: string): Promise<string>;
