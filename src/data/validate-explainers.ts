/**
 * Reads the attributes of the explainers (myths, self-care): lists of public ids and one id. Unknown ids are left out with a problem each; nothing here throws.
 */
import { parseJson, type Problem, type ProblemCode } from './validate.js';

// Every problem with a list gets the list's own code, so the patient reads one plain sentence
// about that list (never a developer's JSON error).
import { asText } from '../base/preview.js';

export interface IdList {
  ids: string[];
  problems: Problem[];
}

/**
 * A list of ids from a comma-separated string, a JSON array typed into an attribute, or an array
 * set as a property. Empty means all `known`, in their order; so does a list with no known id.
 */
export function parseIdList(value: unknown, known: readonly string[], attribute: string, unknownCode: ProblemCode): IdList {
  const problems: Problem[] = [];
  let list: unknown[] = [];
  let input = value;
  if (typeof input === 'string' && input.trim().startsWith('[')) {
    const parsed = parseJson(input);
    if (parsed.error) problems.push({ attribute, value: input, code: unknownCode, details: [`not JSON: ${parsed.error}`] });
    input = parsed.value;
  }
  if (typeof input === 'string') list = input.split(',').map((id) => id.trim()).filter(Boolean);
  else if (Array.isArray(input)) list = input.slice(0, 50);
  else if (input != null && !problems.length)
    problems.push({ attribute, value: input, code: unknownCode, details: ['ids, comma-separated or as a JSON array'] });
  const ids: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && known.includes(item.trim())) {
      if (!ids.includes(item.trim())) ids.push(item.trim());
    } else problems.push({ attribute, value: item, code: unknownCode, details: [`known ids: ${known.join(', ')}`] });
  }
  return { ids: ids.length ? ids : [...known], problems };
}

/** One id of `allowed`; empty means the first. */
export function parseId(value: unknown, allowed: readonly string[], attribute: string, unknownCode: ProblemCode): { id: string; problems: Problem[] } {
  const text = asText(value).trim();
  if (!text) return { id: allowed[0]!, problems: [] };
  if (allowed.includes(text)) return { id: text, problems: [] };
  return { id: allowed[0]!, problems: [{ attribute, value, code: unknownCode, details: [`one of ${allowed.join(', ')}`] }] };
}
