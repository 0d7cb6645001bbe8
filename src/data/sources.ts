import type { Source } from './types.js';

/** The sources our content is written from (see content-brief.md section 6). */
export const sources = {
  kngf2021: { title: 'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)', url: 'https://www.kennisplatformfysiotherapie.nl/richtlijnen/lage-rugpijn-en-lrs/' },
  nhg2017: { title: 'NHG-Standaard Aspecifieke lagerugpijn (2017)', url: 'https://richtlijnen.nhg.org/standaarden/aspecifieke-lagerugpijn' },
  nice59: { title: 'NICE NG59: Low back pain and sciatica in over 16s (2016, updated 2020)', url: 'https://www.nice.org.uk/guidance/ng59' },
  dahm2010: { title: 'Dahm KT et al. Advice to rest in bed versus advice to stay active for acute low-back pain and sciatica. Cochrane 2010' },
  schneiders1998: { title: 'Schneiders AG et al. The ability of patients to comply with home exercise programs. 1998' },
  practiceManual: { title: 'Praktijkvoorlichting lage rugpijn en manuele therapie (bron 001: emmer, bird dog, single-leg bridge, houding)' },
  practiceRecurring: { title: 'Praktijkvoorlichting terugkerende rugklachten (bron 003: plank, dead bug, mobiliteit, vroege signalen)' },
  practiceMovement: { title: 'Praktijkvoorlichting bewegen bij rugpijn (bron 004: bekken kantelen, acuut en chronisch)' },
  practiceExercise: { title: 'Praktijkvoorlichting oefentherapie bij rugpijn (bron 000 en 002: wandelen, buikademhaling)' },
} as const satisfies Record<string, Source>;
