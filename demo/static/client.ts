// The script of the prerendered page: Lit's hydration support first, so each element adopts the
// shadow DOM the server wrote instead of drawing it again; then the exercises; then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './exercises.js';
import '../../src/define.js';
