import { expect, waitUntil } from '@open-wc/testing';
import { visibleText } from '../helpers.js';
import { tags } from '../../src/generated/registry.js';

/**
 * How long a wait for the built bundle may take before it fails: its files come over the network,
 * and on a busy machine running three engines a second is not always enough. Not a timing test.
 */
const patience = { timeout: 20000 };

/**
 * The built script-tag bundles (dist/cdn, made by `npm test` before it runs) on whole pages, as a
 * practice pastes them. The dev server sends these pages with a strict Content-Security-Policy
 * (web-test-runner.config.mjs): no inline script, no inline style.
 */
type Problems = { violations: string[]; errors: string[]; warnings: string[] };
type Activity = { requests: string[]; storage: string[] };
type PageWindow = Window & typeof globalThis & { pageProblems: Problems; pageActivity: Activity };
type Widget = HTMLElement & { updateComplete: Promise<unknown> };


async function open(path: string) {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  const widgets = tags.map((tag) => doc.querySelector(tag) as Widget);
  await Promise.all(widgets.map((el) => el.updateComplete));
  // The programme's cards render in their own updates.
  await Promise.all([...widgets[1]!.shadowRoot!.querySelectorAll<Widget>('rugwijs-exercise-card')].map((el) => el.updateComplete));
  return { frame, win, doc, widgets, problems: win.pageProblems, activity: win.pageActivity };
}

/** Uses each widget once and returns what a patient then sees. */
async function use([card, programme, checklist, bucket]: Widget[]) {
  const part = (el: Widget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
  part(bucket!, 'button[data-id="worry"]').click();
  part(checklist!, 'input[name="chest-pain"][value="yes"]').click();
  part(programme!, 'input[type=checkbox]').click();
  part(card!, '.motion-toggle').click();
  await Promise.all([card, programme, checklist, bucket].map((el) => el!.updateComplete));
  return {
    card: visibleText(part(card!, '[part=title]')),
    paused: part(card!, '.motion-toggle').getAttribute('aria-pressed'),
    cards: programme!.shadowRoot!.querySelectorAll('[part=item]').length,
    progress: visibleText(part(programme!, '[part=progress] [role=status]')),
    call: part(checklist!, '[part=alert] a.call').getAttribute('href'),
    bucket: visibleText(part(bucket!, '[part=status]')),
  };
}

const expected = { card: 'Plank houden', paused: 'true', cards: 2, progress: '1 van 2 gedaan', call: 'tel:112', bucket: 'Je emmer is voor 35% vol.' };

describe('the script-tag bundles on real pages', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('are sent with the strict CSP the README gives', async () => {
    const response = await fetch('/test/pages/widgets.html');
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
  });

  it('every widget renders and works under the strict CSP, with no violation, error or warning', async () => {
    const page = await open('/test/pages/widgets.html');
    frame = page.frame;
    expect(await use(page.widgets)).to.deep.equal(expected);
    expect(page.problems).to.deep.equal({ violations: [], errors: [], warnings: [] });
  });

  it('the loader, the classic bundle and each a second time on one page: one definition per tag, no error', async () => {
    const page = await open('/test/pages/both-bundles.html');
    frame = page.frame;
    expect(await use(page.widgets)).to.deep.equal(expected);
    expect(page.problems.violations).to.deep.equal([]);
    expect(page.problems.errors).to.deep.equal([]);
    // Every tag is defined once, by whichever copy came first; the other copies stand back.
    for (const tag of tags) expect(page.win.customElements.get(tag), tag).to.exist;
    expect(page.doc.querySelectorAll(':not(:defined)')).to.have.length(0);
  });
});

/** Everything a patient can do with each widget, start to end. */
async function useThoroughly([card, programme, checklist, bucket, ...explainers]: Widget[]) {
  // The guide draws into its light DOM; the others into a shadow root.
  const all = (el: Widget, selector: string) => [...(el.shadowRoot ?? el).querySelectorAll<HTMLElement>(selector)];
  const click = async (el: Widget, selector: string) => {
    for (const target of all(el, selector)) {
      target.click();
      await el.updateComplete;
    }
  };
  await (card as Widget & { start(): Promise<void> }).start();
  await click(card!, '.pause');
  await click(card!, '.stop');
  await click(card!, '.motion-toggle');
  card!.shadowRoot!.querySelector('details')?.setAttribute('open', '');
  await click(programme!, 'input[type=checkbox]');
  for (const radio of all(checklist!, 'input[value="unsure"]')) radio.click();
  await checklist!.updateComplete;
  // Not the print button: a print dialog would block the test browser.
  await click(checklist!, 'button.show-advice');
  await click(bucket!, 'button.toggle.load');
  for (let step = 0; step < 3; step++) await click(bucket!, 'button.next');
  await click(bucket!, 'button.toggle');
  await click(bucket!, '.week-on');
  await click(bucket!, '.week-on');
  // Myths, self-care and the recovery course: every button once (none of them prints).
  for (const el of explainers) await click(el, 'button');
}

/**
 * The test server puts a script of its own into every HTML page it serves, and that script opens
 * a WebSocket back to it. Neither is ours, and a practice's server does not add them.
 */
const testServerScript = '/__web-dev-server__web-socket.js';
const fromTestServer = (request: string) => request.startsWith(`WebSocket ws://${location.host}/`);

/** What the page fetched: resource timing sees every request, however it was made. */
const fetched = (win: PageWindow) =>
  win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path !== testServerScript);
const requests = (activity: Activity) => activity.requests.filter((request) => !fromTestServer(request));

describe('privacy: what the widgets never do', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());
  beforeEach(() => localStorage.removeItem('rugwijs-program'));

  it('used from start to end: only its own files fetched, no cookie, no storage, no eval, no inline style', async () => {
    const page = await open('/test/pages/widgets.html');
    frame = page.frame;
    await useThoroughly(page.widgets);
    const files = fetched(page.win);
    expect(files.length, 'the loader fetched its chunks').to.be.above(3);
    for (const file of files) expect(file, 'own files only').to.match(/^\/(dist\/cdn\/|test\/pages\/watch\.js$)/);
    expect(requests(page.activity), 'fetch, XHR, beacons, sockets').to.deep.equal([]);
    expect(page.doc.cookie, 'cookies').to.equal('');
    expect(page.activity.storage, 'localStorage and sessionStorage writes').to.deep.equal([]);
    // The page's CSP has no 'unsafe-eval' and no 'unsafe-inline': eval, new Function, a style
    // attribute string or a <style> element would each have been reported as a violation.
    expect(page.problems.violations).to.deep.equal([]);
    expect(page.problems.errors).to.deep.equal([]);
  });

  it('with remember, the programme writes today\'s ticks under its one key, and nothing else is stored', async () => {
    const page = await open('/test/pages/remember.html');
    frame = page.frame;
    await useThoroughly(page.widgets);
    expect(page.activity.storage.length).to.be.above(0);
    expect(new Set(page.activity.storage)).to.deep.equal(new Set(['localStorage.setItem(rugwijs-program)']));
    expect(requests(page.activity)).to.deep.equal([]);
    expect(page.doc.cookie).to.equal('');
    expect(page.problems.violations).to.deep.equal([]);
  });
});

describe('languages on a script-tag page: each page loads its one language', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  async function openEnglish() {
    frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/pages/english.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    const tagsOnPage = ['rugwijs-exercise-card', 'rugwijs-warning-signs'];
    await Promise.all(tagsOnPage.map((tag) => win.customElements.whenDefined(tag)));
    const [card, checklist] = tagsOnPage.map((tag) => doc.querySelector(tag) as Widget);
    await Promise.all([card!.updateComplete, checklist!.updateComplete]);
    return { win, doc, card: card!, checklist: checklist! };
  }
  const title = (card: Widget) => visibleText(card.shadowRoot!.querySelector('[part=title]')!);
  const question = (checklist: Widget) => visibleText(checklist.shadowRoot!.querySelector('fieldset.sign legend')!);
  const textFile = /\/chunks\/(nl|en|fr)(-BE)?(-x-u)?\.[^/]+\.js$/;

  it('an English page shows English and fetches no Dutch: no Dutch text file, no Dutch sentence in the code', async () => {
    const { win, card, checklist } = await openEnglish();
    expect(title(card)).to.equal('Holding a plank');
    expect(question(checklist)).to.equal('Do you suddenly have very bad pain in your back or belly that stays just as bad?');
    const files = fetched(win);
    // The texts of the widgets and the exercise on the page, each once (the loader starts the
    // widgets' with their code), and no other language.
    expect(files.filter((file) => textFile.test(file)).sort()).to.deep.equal(
      ['en.exercise-card', 'en.exercise.plank', 'en.warning-signs'].map((name) => `/dist/cdn/chunks/${name}.js`),
    );
    // Every sentence of the checklist's and the card's Dutch text files, looked for in the code the page loaded.
    const dutch = (await Promise.all(['nl.warning-signs', 'nl.exercise-card', 'nl.exercise.plank'].map((name) => fetch(`/dist/cdn/chunks/${name}.js`).then((r) => r.text()))))
      .flatMap((code) => code.match(/`[^`$]{20,}`/g) ?? []);
    expect(dutch.length, 'Dutch sentences to look for').to.be.above(50);
    const code = await Promise.all(files.filter((file) => file.endsWith('.js') && !textFile.test(file)).map((file) => fetch(file).then((r) => r.text())));
    for (const sentence of dutch) expect(code.some((c) => c.includes(sentence)), sentence).to.equal(false);
  });

  it('when the page switches to Dutch, Flemish in the u-form or French, the widgets follow with those text files', async () => {
    const { win, doc, card, checklist } = await openEnglish();
    doc.documentElement.lang = 'nl';
    await waitUntil(() => title(card) === 'Plank houden', 'the card in Dutch', patience);
    await waitUntil(() => question(checklist) === 'Heb je ineens heel erge pijn in je rug of buik, die steeds even erg blijft?', 'the checklist in Dutch', patience);
    expect(fetched(win)).to.include('/dist/cdn/chunks/nl.warning-signs.js');
    // Flemish, spoken to as "u": the u-form of Flemish, else of Dutch, else Flemish, else Dutch.
    doc.documentElement.lang = 'nl-BE';
    doc.documentElement.dataset.rugwijsAddress = 'u';
    await waitUntil(() => question(checklist) === 'Heeft u ineens heel erge pijn in uw rug of buik, die steeds even erg blijft?', 'the checklist in the u-form', patience);
    expect(fetched(win)).to.include.members(['nl-BE-x-u', 'nl-x-u', 'nl-BE'].map((l) => `/dist/cdn/chunks/${l}.warning-signs.js`));
    doc.documentElement.lang = 'fr-BE';
    await waitUntil(() => title(card) === 'Tenir la planche', 'the card in French', patience);
    expect(question(checklist)).to.equal('Avez-vous soudain une douleur très forte dans le dos ou le ventre, qui reste aussi forte ?');
    expect(win.pageProblems.errors).to.deep.equal([]);
    expect(win.pageProblems.warnings).to.deep.equal([]);
  });
});

describe('a script-tag page whose texts do not arrive', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  /** A page of one kind (web-test-runner.config.mjs flakyKinds), with the bucket, the checklist and a card. */
  async function openFlaky(kind: 'fail' | 'hang' | 'first' | 'english' | 'switch') {
    frame = document.createElement('iframe');
    frame.style.inlineSize = '400px';
    frame.style.blockSize = '800px';
    frame.src = `/test/flaky-cdn/${kind}-${Math.random().toString(36).slice(2)}/page.html`;
    document.body.append(frame);
    // Not the load event: Firefox and WebKit hold it back while a module import has not answered.
    await waitUntil(() => frame!.contentDocument?.URL.includes('/flaky-cdn/') && frame!.contentDocument.readyState !== 'loading', 'the page', patience);
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    const [bucket, checklist, card] = ['rugwijs-load-bucket', 'rugwijs-warning-signs', 'rugwijs-exercise-card'].map((tag) => doc.querySelector(tag) as Widget);
    return { win, doc, bucket: bucket!, checklist: checklist!, card: card! };
  }
  const text = (el: Widget, selector: string) => visibleText(el.shadowRoot?.querySelector(selector));
  const status = (bucket: Widget) => text(bucket, '[part=status]');

  it('the widget says so in its space and offers to try again; the checklist says where to turn; the others work', async () => {
    // The bucket's and the checklist's Dutch texts answer 404 until asked for again.
    const { win, bucket, checklist, card } = await openFlaky('fail');
    await waitUntil(() => !!bucket.shadowRoot?.querySelector('[part=retry]'), 'the notice', patience);
    const notice = bucket.shadowRoot!.querySelector<HTMLElement>('[part=notice]')!;
    expect(visibleText(notice)).to.equal('Dit onderdeel laadt nu niet. Probeer het later opnieuw.');
    expect(notice.checkVisibility({ visibilityProperty: true }), 'the notice is visible').to.equal(true);
    await waitUntil(() => text(card, '[part=title]') === 'Plank houden', 'the card', patience);
    expect(win.pageProblems.warnings.filter((w) => w.includes('nl.load-bucket.js'))).to.have.length(1);
    // The checklist without its questions still says where to turn.
    await waitUntil(() => !!checklist.shadowRoot?.querySelector('[part=help]'), 'the checklist\'s help', patience);
    const help = checklist.shadowRoot!.querySelector<HTMLElement>('[part=help]')!;
    expect(visibleText(help)).to.equal('Twijfel je over je klachten? Bel je huisarts. Bij spoed: bel 112');
    expect(help.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
    expect(help.checkVisibility({ visibilityProperty: true })).to.equal(true);
    // Not an empty skeleton of questions without words.
    expect(checklist.shadowRoot!.querySelector('fieldset.sign')!.checkVisibility(), 'the empty questions').to.equal(false);

    bucket.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await waitUntil(() => !bucket.shadowRoot!.querySelector('[part=retry]'), 'the notice gone', patience);
    await bucket.updateComplete;
    expect(status(bucket)).to.match(/^Je emmer is voor \d+% vol\.$/);
    expect(win.pageProblems.errors).to.deep.equal([]);
    expect(win.pageProblems.violations).to.deep.equal([]);
  });

  it('on an English page, the notice and where to turn are in English, though the texts that failed held them', async () => {
    const { checklist } = await openFlaky('english');
    await waitUntil(() => !!checklist.shadowRoot?.querySelector('[part=help]'), 'the checklist\'s help', patience);
    expect(text(checklist, '[part=notice]')).to.equal('This part is not loading right now. Please try again later.');
    expect(text(checklist, '[part=retry]')).to.equal('Try again');
    expect(text(checklist, '[part=help]')).to.equal('Worried about your symptoms? Call your GP. In an emergency: call 112');
  });

  it('one text file that never answers holds up only its own widget, not one added later', async () => {
    // The plank's Dutch texts never answer.
    const { doc, bucket } = await openFlaky('hang');
    await waitUntil(() => /^Je emmer is voor/.test(status(bucket)), 'the bucket', patience);
    doc.body.insertAdjacentHTML('beforeend', '<rugwijs-myths></rugwijs-myths>');
    const myths = doc.querySelector('rugwijs-myths') as Widget;
    await waitUntil(() => text(myths, 'h2') === 'Waar of niet waar?', 'the myths, added later', patience);
  });

  it('a page switched to Dutch before its first language arrived shows Dutch, except the widget whose file is missing', async () => {
    // An English page whose English never answers, switched to Dutch; the bucket's Dutch is missing.
    const { doc, win, bucket, checklist, card } = await openFlaky('first');
    await waitUntil(() => !!card.shadowRoot, 'the card defined', patience);
    doc.documentElement.lang = 'nl';
    await waitUntil(() => text(card, '[part=title]') === 'Plank houden', 'the card in Dutch', patience);
    await waitUntil(() => text(checklist, 'fieldset.sign legend') === 'Heb je ineens heel erge pijn in je rug of buik, die steeds even erg blijft?', 'the checklist in Dutch', patience);
    await waitUntil(() => text(bucket, '[part=notice]') === 'Dit onderdeel laadt nu niet. Probeer het later opnieuw.', 'the bucket\'s notice', patience);
    bucket.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await waitUntil(() => /^Je emmer is voor/.test(status(bucket)), 'the bucket after the retry', patience);
    expect(win.pageProblems.errors).to.deep.equal([]);
  });

  it('a switch whose texts do not arrive keeps the language the page had; the next switch tries again', async () => {
    // A Dutch page switched to English, whose bucket texts do not arrive the first time.
    const { doc, win, bucket } = await openFlaky('switch');
    await waitUntil(() => /^Je emmer is voor/.test(status(bucket)), 'the bucket in Dutch', patience);
    doc.documentElement.lang = 'en';
    await waitUntil(() => win.pageProblems.warnings.some((w) => w.includes('"en" texts')), 'the warning', patience);
    expect(status(bucket), 'still Dutch, whole').to.match(/^Je emmer is voor/);
    doc.documentElement.lang = 'nl';
    doc.documentElement.lang = 'en';
    await waitUntil(() => /^Your bucket is/.test(status(bucket)), 'the bucket in English', patience);
    expect(win.pageProblems.errors).to.deep.equal([]);
  });
});
