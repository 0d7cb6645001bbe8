import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

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

/** The shadow roots of an element and of the elements inside it (the programme's cards), outermost first. */
export function shadowRoots(el: Element): ShadowRoot[] {
  const root = el.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap(shadowRoots)];
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

/**
 * Emulates a media type or feature when the engine's driver can. Chromium (CDP) can; Firefox
 * through WebDriver BiDi and WebKit through classic WebDriver cannot, and there the caller skips
 * its test: the CSS it checks is the same in every engine. Returns whether it emulated.
 */
export async function emulate(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  if ((await engine()) !== 'chromium') return false;
  const { forcedColors, ...rest } = media;
  if (Object.keys(rest).length) await emulateMedia(rest);
  // Puppeteer's emulateMedia drops forcedColors: it goes through the DevTools protocol instead
  // (web-test-runner.config.mjs, rugwijs-forced-colors).
  if (forcedColors) await executeServerCommand('rugwijs-forced-colors', forcedColors);
  return true;
}

let engineName: Promise<string> | undefined;
/** The engine this test runs in: chromium, firefox or webkit (web-test-runner.config.mjs). */
export function engine(): Promise<string> {
  engineName ??= executeServerCommand<string | undefined, undefined>('rugwijs-engine').then((name) => name ?? 'unknown');
  return engineName;
}

/** Puts the page back to screen media and no motion preference, where it could be changed. */
export const resetMedia = () => emulate({ reducedMotion: 'no-preference', media: 'screen' });

/**
 * Turns forced-colours emulation (Windows high contrast) on or off where the driver can: Chromium,
 * through the DevTools protocol (web-test-runner.config.mjs). Returns whether it could.
 */
export async function forcedColors(on: boolean): Promise<boolean> {
  return (await executeServerCommand<boolean | undefined, boolean>('rugwijs-forced-colors', on)) === true;
}
