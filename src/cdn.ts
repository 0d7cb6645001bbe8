/**
 * The script-tag entry: `<script type="module" src=".../rugwijs.js">` registers every element.
 * Lit and @lit/localize are bundled in, so this copy never collides with a page's own.
 */
export * from './define.js';
