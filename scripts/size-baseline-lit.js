// Baseline "lit": Lit and @lit/localize, as every rugwijs element uses them.
export { LitElement, html, css, nothing } from 'lit';
export { msg, str, configureLocalization, updateWhenLocaleChanges } from '@lit/localize';
