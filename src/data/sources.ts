import type { Source } from './types.js';

/**
 * The published sources our content is written from (content-brief.md section 6), each with its
 * real title and a link that resolves (a DOI, PubMed, PEDro or the publisher's page). Practice web
 * pages gave us topics and the practice voice; they are never shown to patients as a source.
 */
export const sources = {
  kngf2021: {
    title: 'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    url: 'https://www.kngf.nl/kennisplatform/richtlijnen/lage-rugpijn-2021',
  },
  nhg2017: { title: 'NHG-Standaard Aspecifieke lagerugpijn (M54, 2017)', url: 'https://richtlijnen.nhg.org/standaarden/aspecifieke-lagerugpijn' },
  nhgLrs2015: {
    title: 'NHG-Standaard Lumbosacraal radiculair syndroom (M55, 2015)',
    url: 'https://richtlijnen.nhg.org/standaarden/lumbosacraal-radiculair-syndroom',
  },
  kce287: {
    title: 'KCE Report 287: Low back pain and radicular pain: assessment and management (2017)',
    url: 'https://kce.fgov.be/en/publications/all-reports/low-back-pain-and-radicular-pain-assessment-and-management',
  },
  nice59: { title: 'NICE NG59: Low back pain and sciatica in over 16s (2016, updated 2020)', url: 'https://www.nice.org.uk/guidance/ng59' },
  nhsBackPain: { title: 'NHS: Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' },
  nhsCaudaEquina: { title: 'NHS: Cauda equina syndrome', url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/' },
  verhagen2016: {
    title: 'Verhagen AP et al. Red flags presented in current low back pain guidelines: a review. Eur Spine J 2016;25(9):2788-2802',
    url: 'https://doi.org/10.1007/s00586-016-4684-0',
  },
  finucane2020: {
    title: 'Finucane LM et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350-372',
    url: 'https://doi.org/10.2519/jospt.2020.9971',
  },
  dahm2010: {
    title: 'Dahm KT et al. Advice to rest in bed versus advice to stay active for acute low-back pain and sciatica. Cochrane Database Syst Rev 2010;(6):CD007612',
    url: 'https://doi.org/10.1002/14651858.CD007612.pub2',
  },
  schneiders1998: {
    title: 'Schneiders AG, Zusman M, Singer KP. Exercise therapy compliance in acute low back pain patients. Man Ther 1998;3(3):147-52',
    url: 'https://search.pedro.org.au/search-results/record-detail/11882',
  },
  french2006: {
    title: 'French SD et al. Superficial heat or cold for low back pain. Cochrane Database Syst Rev 2006;(1):CD004750',
    url: 'https://doi.org/10.1002/14651858.CD004750.pub2',
  },
  kovacs2003: {
    title: 'Kovacs FM et al. Effect of firmness of mattress on chronic non-specific low-back pain: randomised, double-blind, controlled, multicentre trial. Lancet 2003;362(9396):1599-604',
    url: 'https://doi.org/10.1016/S0140-6736(03)14792-7',
  },
  who2020: {
    title: 'WHO guidelines on physical activity and sedentary behaviour (2020)',
    url: 'https://www.who.int/publications/i/item/9789240015128',
  },
} as const satisfies Record<string, Source>;
