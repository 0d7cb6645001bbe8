// The guide as a practice embeds it: the script-tag loader (what dist/cdn/rugwijs.js runs)
// defines each element when its tag appears, so only the sections near the screen load.
import { startLoader } from '../src/loader.js';

startLoader();

const picker = document.querySelector<HTMLSelectElement>('#language');
if (picker) {
  picker.value = document.documentElement.lang || 'nl';
  picker.addEventListener('change', () => {
    document.documentElement.lang = picker.value;
  });
}
