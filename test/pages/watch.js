// First script on every test page: records what a practice's page would see go wrong. It is a
// file, not inline, because these pages are served with a strict Content-Security-Policy.
window.pageProblems = { violations: [], errors: [], warnings: [] };
// What the page sends or stores: every way a script could phone home or keep data.
window.pageActivity = { requests: [], storage: [] };
const record = (kind) => (...args) => window.pageActivity.requests.push(`${kind} ${String(args[0] && (args[0].url || args[0]))}`);
const wrap = (owner, name, kind) => {
  const original = owner[name];
  if (!original) return;
  owner[name] = function (...args) {
    record(kind)(...args);
    return original.apply(this, args);
  };
};
wrap(window, 'fetch', 'fetch');
wrap(XMLHttpRequest.prototype, 'open', 'xhr');
wrap(navigator, 'sendBeacon', 'beacon');
for (const name of ['WebSocket', 'EventSource']) {
  const Original = window[name];
  if (Original) window[name] = function (...args) { record(name)(...args); return new Original(...args); };
}
for (const method of ['setItem', 'removeItem', 'clear']) {
  const original = Storage.prototype[method];
  Storage.prototype[method] = function (...args) {
    window.pageActivity.storage.push(`${this === window.localStorage ? 'localStorage' : 'sessionStorage'}.${method}(${args[0] ?? ''})`);
    return original.apply(this, args);
  };
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.pageProblems.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample || ''}`.trim());
});
window.addEventListener('error', (event) => window.pageProblems.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.pageProblems.errors.push(String(event.reason)));
const warn = console.warn;
console.warn = (...args) => {
  window.pageProblems.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
const error = console.error;
console.error = (...args) => {
  window.pageProblems.errors.push(args.map(String).join(' '));
  error.apply(console, args);
};
