// Which group a message belongs to: the first part of its id ("sign.foot-drop.q" → "sign"), and
// for an exercise's own texts the exercise ("exercise.plank.step1" → "exercise.plank"), so a page
// loads the translations of the widgets and the exercises it shows, not of every widget.
// Used by scripts/localize.mjs (to split the locale modules) and scripts/check-size.mjs (to count
// them); each element names its groups in src/registry.json ("texts").
export function groupOf(id) {
  const parts = id.split('.');
  return parts[0] === 'exercise' && parts.length > 2 ? `exercise.${parts[1]}` : parts[0];
}

/** The groups every page with a rugwijs element loads: the practice's contact and the notices. */
export const sharedGroups = ['contact', 'problem'];
