import type { Source } from '../types.js';

/**
 * The Dutch guidelines nearly every element cites (content-brief.md section 6). The script-tag
 * build puts them in the shared core, so no page loads another element's sources for them.
 */
export const kngf2021: Source = {
  title: 'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
  url: 'https://www.kngf.nl/kennisplatform/richtlijnen/lage-rugpijn-2021',
};

export const nhg2017: Source = { title: 'NHG-Standaard Aspecifieke lagerugpijn (M54, 2017)', url: 'https://richtlijnen.nhg.org/standaarden/aspecifieke-lagerugpijn' };
