/** Test helpers shared by the element tests. */

/** Collects console.warn calls until `restore()`; the warnings still do not reach the log. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The text a user sees in a shadow root, with whitespace folded. */
export function visibleText(root: ShadowRoot | Element | null | undefined): string {
  return ((root as HTMLElement | null)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check()` is true, or fails after `ms`. */
export async function until(check: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await wait(20);
  }
}
