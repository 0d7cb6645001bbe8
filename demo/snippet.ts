/**
 * The embed snippet the configurator (demo/configurator.html) builds: the options a practice
 * picks become the attributes and CSS a blank HTML page needs. Pure, so it is tested on its own
 * (test/demo/snippet.test.ts renders what it returns).
 */
import { VERSION } from '../src/base/version.js';

import type { Tag } from '../src/generated/registry.js';

export type Widget = Tag;

export interface SnippetOptions {
  widget: Widget;
  /** Exercise ids: the card uses the first, the programme all. */
  exercises?: string[];
  step?: number;
  loads?: string[];
  compact?: boolean;
  region?: '' | 'NL' | 'BE' | 'INT';
  language?: '' | 'nl' | 'nl-BE' | 'en' | 'fr' | 'fr-BE';
  /** How Dutch and Flemish texts speak to the patient: `je` (the default) or `u`. */
  address?: '' | 'je' | 'u';
  practiceName?: string;
  contactHref?: string;
  contactPhone?: string;
  /** The checklist's out-of-hours GP service (a huisartsenpost in NL). */
  outOfHoursPhone?: string;
  accent?: string;
  font?: string;
  /** Where rugwijs.js and rugwijs.css live; default the pinned jsDelivr URL. */
  base?: string;
}

export const cdnBase = `https://cdn.jsdelivr.net/npm/rugwijs@${VERSION}/dist/cdn/`;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** CSS values come from a colour picker and a font list, but are checked anyway: no `;{}<>` gets through. */
const cssValue = (value: string) => (/^[#\w\s,.'"()-]{1,120}$/.test(value) && !/[;{}<>]/.test(value) ? value : '');

export function buildSnippet(options: SnippetOptions): string {
  const base = options.base ?? cdnBase;
  const attributes: [string, string | true][] = [];
  const add = (name: string, value: string | number | boolean | undefined) => {
    if (value === undefined || value === '' || value === false) return;
    attributes.push([name, value === true ? true : String(value)]);
  };
  switch (options.widget) {
    case 'rugwijs-exercise-card':
      add('exercise', options.exercises?.[0] ?? 'bird-dog');
      break;
    case 'rugwijs-exercise-program':
      add('exercises', (options.exercises?.length ? options.exercises : ['bird-dog']).join(','));
      break;
    case 'rugwijs-load-bucket':
      add('compact', options.compact);
      if (!options.compact && options.step && options.step > 1) add('step', options.step);
      add('loads', options.loads?.join(','));
      break;
    case 'rugwijs-warning-signs':
    case 'rugwijs-guide':
      add('out-of-hours-phone', options.outOfHoursPhone?.trim());
      break;
  }
  add('region', options.region);
  // "je" is the default: only "u" needs saying.
  add('address', options.address === 'u' ? 'u' : undefined);
  add('practice-name', options.practiceName?.trim());
  add('contact-href', options.contactHref?.trim());
  add('contact-phone', options.contactPhone?.trim());
  add('lang', options.language);

  const tag = `<${options.widget}${attributes.map(([n, v]) => (v === true ? ` ${n}` : ` ${n}="${escapeAttribute(v)}"`)).join('')}></${options.widget}>`;
  const declarations = [
    options.accent && cssValue(options.accent) ? `--rugwijs-accent: ${cssValue(options.accent)};` : '',
    options.font && cssValue(options.font) ? `--rugwijs-font: ${cssValue(options.font)};` : '',
  ].filter(Boolean);
  return [
    `<link rel="stylesheet" href="${base}rugwijs.css" crossorigin="anonymous">`,
    `<script type="module" src="${base}rugwijs.js" crossorigin="anonymous"></script>`,
    ...(declarations.length ? [`<style>${options.widget} { ${declarations.join(' ')} }</style>`] : []),
    tag,
  ].join('\n');
}
