/**
 * Whether the Dutch text is in the code, as the first argument of each msg() call. It is in the
 * npm package and the one-file classic script. The script-tag build takes it out
 * (scripts/cdn-text.mjs) and swaps this module for one that says so, and then Dutch loads per
 * element like every other language: a page pays for the one language it shows.
 */
export const textInCode: boolean = true;
