/** Checks a practice's extra warning signs. Bad ones are left out with a precise reason. */
import type { Level, SignGroup, WarningSign } from './warning-signs.js';
import { groups, levels } from './vocabulary.js';
import { isContentId, isRecord, isSafeHref, type Problem } from './validate.js';

export function validateSigns(input: unknown): { signs: WarningSign[]; problems: Problem[] } {
  if (input === undefined || input === null) return { signs: [], problems: [] };
  if (!Array.isArray(input)) return { signs: [], problems: [{ attribute: 'signs', value: input, code: 'bad-value', details: ['must be a list of signs'] }] };
  const signs: WarningSign[] = [];
  const problems: Problem[] = [];
  input.slice(0, 50).forEach((item, i) => {
    const errors: string[] = [];
    if (!isRecord(item)) errors.push('must be an object');
    else {
      if (!isContentId(item.id)) errors.push('id: lowercase letters, digits and dashes');
      if (!levels.includes(item.level as Level)) errors.push(`level: one of ${levels.join(', ')}`);
      if (typeof item.question !== 'string' || !item.question.trim() || item.question.length > 300) errors.push('question: text of at most 300 characters');
      if (item.why !== undefined && (typeof item.why !== 'string' || item.why.length > 300)) errors.push('why: text of at most 300 characters');
      if (item.group !== undefined && !groups.includes(item.group as SignGroup)) errors.push(`group: one of ${groups.join(', ')}`);
    }
    if (errors.length || !isRecord(item)) {
      problems.push({ attribute: `signs[${i}]`, value: item, code: 'bad-sign', details: errors });
      return;
    }
    signs.push({
      id: item.id as string,
      level: item.level as Level,
      group: (item.group as SignGroup | undefined) ?? 'general',
      question: (item.question as string).trim(),
      ...(typeof item.why === 'string' && item.why.trim() ? { why: item.why.trim() } : {}),
      sources: Array.isArray(item.sources)
        ? item.sources
            .filter((s): s is { title: string; url?: unknown } => isRecord(s) && typeof s.title === 'string')
            .map((s) => ({ title: s.title.slice(0, 300), ...(typeof s.url === 'string' && isSafeHref(s.url) ? { url: s.url } : {}) }))
        : [],
    });
  });
  return { signs, problems };
}
