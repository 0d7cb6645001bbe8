/**
 * Any value as text, for checks and messages. Never throws: String() does on objects without a
 * prototype or with a throwing toString, and a page may pass those as properties.
 */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Cuts what a user typed to a length a notice can show. */
export function preview(value: unknown, max = 40): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? asText(value));
  } catch {
    text = asText(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
