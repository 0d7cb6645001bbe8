import type { Source } from '../types.js';

/** The sources of the warning signs only the checklist cites (content-brief.md section 6). */
export const nhgLrs2015: Source = {
  title: 'NHG-Standaard Lumbosacraal radiculair syndroom (M55, 2015)',
  url: 'https://richtlijnen.nhg.org/standaarden/lumbosacraal-radiculair-syndroom',
};

export const nhsBackPain: Source = { title: 'NHS: Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' };

export const nhsCaudaEquina: Source = { title: 'NHS: Cauda equina syndrome', url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/' };

export const verhagen2016: Source = {
  title: 'Verhagen AP et al. Red flags presented in current low back pain guidelines: a review. Eur Spine J 2016;25(9):2788-2802',
  url: 'https://doi.org/10.1007/s00586-016-4684-0',
};

export const finucane2020: Source = {
  title: 'Finucane LM et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350-372',
  url: 'https://doi.org/10.2519/jospt.2020.9971',
};

/** The Belgian guideline (KCE), for the red flags and whom to call in Belgium. */
export const kce287: Source = {
  title: 'KCE Report 287: Low back pain and radicular pain: assessment and management (2017)',
  url: 'https://kce.fgov.be/en/publications/all-reports/low-back-pain-and-radicular-pain-assessment-and-management',
};
