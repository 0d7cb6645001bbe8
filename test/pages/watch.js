// First script on every test page: records what a practice's page would see go wrong. It is a
// file, not inline, because these pages are served with a strict Content-Security-Policy.
window.pageProblems = { violations: [], errors: [], warnings: [] };
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
