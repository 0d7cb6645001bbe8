/**
 * Whether the page is being printed (between `beforeprint` and `afterprint`). An element that a
 * `beforeprint` listener puts in the page (the guide adds its sections then) missed that event and
 * asks here. The first call starts listening, so call it early (on connect).
 */
let printing = false;
let watching = false;

export function isPrinting(): boolean {
  if (!watching && typeof addEventListener === 'function') {
    watching = true;
    addEventListener('beforeprint', () => (printing = true));
    addEventListener('afterprint', () => (printing = false));
  }
  return printing;
}
