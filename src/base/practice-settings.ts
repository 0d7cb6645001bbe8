import type { Region } from './localization.js';
import { validateSettings, type PracticeSettings, type Problem } from '../data/validate.js';

/** The practice attributes every element has (declared on RugwijsElement, where the manifest sees them). */
export interface PracticeFields {
  practiceName: string;
  contactHref: string;
  contactPhone: string;
  region: Region | '';
  theme?: string | undefined;
  address?: string | undefined;
}

export const practiceKeys: readonly (keyof PracticeFields)[] = ['practiceName', 'contactHref', 'contactPhone', 'region', 'theme', 'address'];

/** The valid settings and the problems of the rest. */
export function readSettings(el: PracticeFields): { settings: PracticeSettings; problems: Problem[] } {
  return validateSettings({
    'practice-name': el.practiceName,
    'contact-href': el.contactHref,
    'contact-phone': el.contactPhone,
    region: el.region,
    theme: el.theme,
    address: el.address,
  });
}
