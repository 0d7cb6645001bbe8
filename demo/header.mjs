// The demo pages' header, in one place: vite (vite.config.ts) writes it into every page's empty
// <nav class="demo"> and <select id="language">, when it serves the demo and when it builds it, so
// every page reaches every other and the language picker offers every language we have.

/** Every demo page, in the order of the menu. */
export const demoPages = [
  ['index.html', 'Alles'],
  ['exercise-card.html', 'Oefenkaart'],
  ['exercise-program.html', 'Oefenprogramma'],
  ['load-bucket.html', 'Emmer'],
  ['warning-signs.html', 'Waarschuwingssignalen'],
  ['myths.html', 'Waar of niet waar'],
  ['recovery-course.html', 'Hoe rugpijn verloopt'],
  ['self-care.html', 'Zelf doen'],
  ['guide.html', 'Hele pagina'],
  ['configurator.html', 'Configurator'],
  ['react.html', 'React'],
  ['vue.html', 'Vue'],
];

/** The languages of the picker: every locale the widgets speak. */
const languages = [
  ['nl', 'Nederlands'],
  ['nl-BE', 'Vlaams (nl-BE)'],
  ['en', 'English'],
  ['fr', 'Français'],
  ['fr-BE', 'Français (fr-BE)'],
];

/** `html` with the menu (the current page marked) and the language options filled in. */
export function fillDemoHeader(html, page) {
  const items = demoPages.map(([file, label]) => `<li><a href="./${file}"${file === page ? ' aria-current="page"' : ''}>${label}</a></li>`);
  return html
    .replace(/<nav class="demo" aria-label="Demo"><\/nav>/, `<nav class="demo" aria-label="Demo"><ul>${items.join('')}</ul></nav>`)
    .replace(/<select id="language"><\/select>/, `<select id="language">${languages.map(([value, label]) => `<option value="${value}">${label}</option>`).join('')}</select>`);
}
