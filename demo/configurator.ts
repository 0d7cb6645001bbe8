// The configurator page: the form's options → buildSnippet() → the snippet and a live preview.
import { setLocale } from '../src/define.js';
import { exercises } from '../src/data/exercises.js';
import { loads } from '../src/data/bucket.js';
import { resolveText } from '../src/data/text.js';
import { buildSnippet, type SnippetOptions, type Widget } from './snippet.js';
import { defaultUiLanguage, uiTexts, type UiKey, type UiLanguage } from './configurator-text.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const snippet = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const preview = document.querySelector<HTMLDivElement>('#preview')!;
const copied = document.querySelector<HTMLOutputElement>('#copied')!;
const uiLanguage = document.querySelector<HTMLSelectElement>('#ui-language')!;

/** The page speaks the practice owner's language (Dutch, French or English); the widget its own. */
function translatePage(language: UiLanguage): void {
  const texts = uiTexts[language];
  document.documentElement.lang = language;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = texts[el.dataset.t as UiKey] ?? el.textContent;
  document.title = `${texts.title} · rugwijs`;
}
uiLanguage.value = defaultUiLanguage(navigator.language);
translatePage(uiLanguage.value as UiLanguage);
uiLanguage.addEventListener('change', () => translatePage(uiLanguage.value as UiLanguage));

const checkbox = (group: string, value: string, label: string, checked: boolean) => {
  const wrapper = document.createElement('label');
  wrapper.className = 'check';
  const input = Object.assign(document.createElement('input'), { type: 'checkbox', name: group, value, checked });
  wrapper.append(input, ` ${label}`);
  return wrapper;
};
document.querySelector('#exercises')!.append(
  ...Object.values(exercises).map((e, i) => checkbox('exercises', e.id, resolveText(e.title), i < 3)),
);
document.querySelector('#loads')!.append(...loads.map((l) => checkbox('loads', l.id, resolveText(l.label), false)));

function options(): SnippetOptions {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const accent = text('accent');
  return {
    widget: text('widget') as Widget,
    exercises: data.getAll('exercises').map(String),
    step: Number(text('step')) || 1,
    loads: data.getAll('loads').map(String),
    compact: data.has('compact'),
    region: text('region') as SnippetOptions['region'],
    language: text('language') as SnippetOptions['language'],
    address: text('address') as SnippetOptions['address'],
    practiceName: text('practiceName'),
    contactHref: text('contactHref'),
    contactPhone: text('contactPhone'),
    outOfHoursPhone: text('outOfHoursPhone'),
    // The default colour is the widget's own: leave it out of the snippet.
    accent: accent.toLowerCase() === '#0b6e63' ? '' : accent,
    font: text('font'),
  };
}

function update(): void {
  const chosen = options();
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]')) {
    fieldset.hidden = !fieldset.dataset.for!.split(' ').includes(chosen.widget);
  }
  snippet.value = buildSnippet(chosen);
  // The preview is the snippet's own element, parsed as the practice's page would parse it. The
  // widgets' language is one per page: the preview takes the chosen one with setLocale, so the
  // page itself can keep the practice owner's language.
  void setLocale(chosen.language || 'nl');
  const parsed = new DOMParser().parseFromString(snippet.value, 'text/html');
  const element = parsed.body.querySelector(chosen.widget);
  preview.replaceChildren(...(element ? [document.importNode(element, true)] : []));
  preview.style.setProperty('--rugwijs-accent', chosen.accent || null);
  preview.style.setProperty('--rugwijs-font', chosen.font || null);
  copied.value = '';
}

form.addEventListener('input', update);
form.addEventListener('change', update);
document.querySelector('#copy')!.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copied.value = uiTexts[uiLanguage.value as UiLanguage].copied;
  } catch {
    snippet.select();
    copied.value = uiTexts[uiLanguage.value as UiLanguage].selectCopy;
  }
});
update();
