/** The library version, kept equal to package.json by `scripts/check-package.mjs`. */
export const VERSION = '0.1.0';
