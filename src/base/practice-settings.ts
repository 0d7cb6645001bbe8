import type { PropertyDeclarations } from 'lit';
import type { Region } from './localization.js';
import { validateSettings, type PracticeSettings, type Problem } from '../data/validate.js';

/** The attributes every element accepts for the practice (Lit's static form: decorators cost 0.7 kB). */
export const practiceProperties: PropertyDeclarations = {
  practiceName: { attribute: 'practice-name' },
  contactHref: { attribute: 'contact-href' },
  contactPhone: { attribute: 'contact-phone' },
  region: {},
};

export interface PracticeFields {
  practiceName: string;
  contactHref: string;
  contactPhone: string;
  region: Region | '';
}

export const practiceKeys: readonly (keyof PracticeFields)[] = ['practiceName', 'contactHref', 'contactPhone', 'region'];

/** The valid settings and the problems of the rest. */
export function readSettings(el: PracticeFields): { settings: PracticeSettings; problems: Problem[] } {
  return validateSettings({
    'practice-name': el.practiceName,
    'contact-href': el.contactHref,
    'contact-phone': el.contactPhone,
    region: el.region,
  });
}
