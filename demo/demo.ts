// Shared by every demo page: registers the elements and wires the language switcher, which
// changes <html lang> just as a practice's multilingual site would.
import '../src/define.js';

const picker = document.querySelector<HTMLSelectElement>('#language');
if (picker) {
  picker.value = document.documentElement.lang || 'nl';
  picker.addEventListener('change', () => {
    document.documentElement.lang = picker.value;
  });
}

const log = document.querySelector<HTMLOutputElement>('#events');
if (log) {
  for (const type of ['rugwijs-exercise-start', 'rugwijs-exercise-complete', 'rugwijs-program-progress', 'rugwijs-advice-change', 'rugwijs-bucket-change', 'rugwijs-myth-answer', 'rugwijs-week-change', 'rugwijs-situation-change']) {
    document.addEventListener(type, (event) => {
      log.value = `${type} ${JSON.stringify((event as CustomEvent).detail)}`;
    });
  }
}
