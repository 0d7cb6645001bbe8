import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { RugwijsGuide } from '../../src/components/guide/guide.js';
import { sectionIds } from '../../src/data/guide.js';
import { reserves } from '../../src/generated/reserve.js';
import { captureWarnings, emulate, resetMedia, shadowRoots, until, visibleText } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const widgetTags = ['rugwijs-recovery-course', 'rugwijs-load-bucket', 'rugwijs-myths', 'rugwijs-self-care', 'rugwijs-exercise-program', 'rugwijs-warning-signs'];

async function guide(template = html`<rugwijs-guide></rugwijs-guide>`) {
  const el = await fixture<RugwijsGuide>(template);
  await el.updateComplete;
  return el;
}

/** Loads every section, as printing does, and waits until each widget has drawn itself. */
async function loadAll(el: RugwijsGuide) {
  window.dispatchEvent(new Event('beforeprint'));
  await el.updateComplete;
  const widgets = [...el.querySelectorAll<Widget>(widgetTags.join(','))];
  await Promise.all(widgets.map((w) => w.updateComplete));
  return widgets;
}

const sectionOrder = (el: RugwijsGuide) => [...el.querySelectorAll('section.rw-section')].map((s) => s.id);
const tocLinks = (el: RugwijsGuide) => [...el.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));

describe('<rugwijs-guide>', () => {
  afterEach(async () => {
    await resetMedia();
    window.scrollTo(0, 0);
  });

  it('shows every section in order, with a table of contents that links to each', async () => {
    const el = await guide();
    expect(sectionOrder(el)).to.deep.equal([...sectionIds]);
    expect(tocLinks(el)).to.deep.equal(sectionIds.map((id) => `#${id}`));
    for (const href of tocLinks(el)) expect(el.querySelector(href!), href!).to.exist;
    expect(visibleText(el.querySelector('h2'))).to.equal('Lage rugpijn: wat je kunt doen');
    await expect(el).to.be.accessible();
  });

  it('says in "about" what back pain is, with its sources next to the facts', async () => {
    const el = await guide();
    const about = visibleText(el.querySelector('#about'));
    expect(about).to.contain('8 van de 10 volwassenen');
    expect(about).to.contain('niet door schade');
    expect(about).to.contain('Verhagen AP et al.');
    expect(about).to.contain('Pengel LHM et al.');
    expect(el.querySelector<HTMLAnchorElement>('#about a[href="https://doi.org/10.1007/s00586-016-4684-0"]')).to.exist;
  });

  it('shows the sections the practice chooses, in its order', async () => {
    const el = await guide(html`<rugwijs-guide sections="warning-signs,about,myths"></rugwijs-guide>`);
    expect(sectionOrder(el)).to.deep.equal(['warning-signs', 'about', 'myths']);
    expect(tocLinks(el)).to.deep.equal(['#warning-signs', '#about', '#myths']);
    await loadAll(el);
    expect(el.querySelector('rugwijs-load-bucket'), 'a section not chosen is not there').to.not.exist;
    expect(el.querySelectorAll('rugwijs-warning-signs, rugwijs-myths')).to.have.length(2);
  });

  it('leaves out an unknown section with a notice and one warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await guide(html`<rugwijs-guide sections="about,back-school,myths"></rugwijs-guide>`);
      await until(() => !!el.querySelector('.notice'), 3000, 'the notice');
      expect(sectionOrder(el)).to.deep.equal(['about', 'myths']);
      expect(visibleText(el.querySelector('.notice'))).to.equal('Een van de onderdelen kennen we niet. Dat laten we weg.');
      expect(visibleText(el)).to.not.contain('back-school');
      const ours = warnings.messages.filter((m) => m.includes('back-school'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('sections');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('passes the practice settings and its colours to every widget', async () => {
    const el = await guide(html`<rugwijs-guide
      class="themed"
      practice-name="Fysio De Brug"
      contact-href="https://example.org/afspraak"
      contact-phone="020 123 45 67"
      region="BE"
      theme="dark"
      address="u"
      out-of-hours-phone="088 123 45 67"
      exercises="plank,walking"
    ></rugwijs-guide>`);
    el.style.setProperty('--rugwijs-accent', 'rgb(200, 0, 100)');
    const widgets = await loadAll(el);
    expect(widgets.map((w) => w.localName)).to.deep.equal(widgetTags);
    for (const w of widgets) {
      expect(w.getAttribute('practice-name'), w.localName).to.equal('Fysio De Brug');
      expect(w.getAttribute('contact-phone'), w.localName).to.equal('020 123 45 67');
      expect(w.getAttribute('contact-href'), w.localName).to.equal('https://example.org/afspraak');
      expect(w.getAttribute('region'), w.localName).to.equal('BE');
      expect(w.getAttribute('theme'), w.localName).to.equal('dark');
      expect(w.getAttribute('address'), w.localName).to.equal('u');
      expect(getComputedStyle(w).getPropertyValue('--rugwijs-accent').trim(), w.localName).to.equal('rgb(200, 0, 100)');
    }
    expect(el.querySelector('rugwijs-warning-signs')!.getAttribute('out-of-hours-phone')).to.equal('088 123 45 67');
    expect(el.querySelector('rugwijs-exercise-program')!.getAttribute('exercises')).to.equal('plank,walking');
    // The practice's contact shows once, at the end, not under every widget.
    expect(el.querySelectorAll(':scope .contact')).to.have.length(1);
    expect(visibleText(el.querySelector('.contact'))).to.contain('Fysio De Brug');
    for (const w of widgets) {
      const contact = w.shadowRoot!.querySelector('[part=contact]');
      if (contact) expect(getComputedStyle(contact).display, w.localName).to.equal('none');
    }
  });

  it('nests the headings: its title, its sections one below, the widgets one below that', async () => {
    for (const [level, expected] of [
      [undefined, ['H2', 'H3', 'H4']],
      ['3', ['H3', 'H4', 'H5']],
    ] as const) {
      const el = await guide(html`<rugwijs-guide heading-level=${level ?? '2'}></rugwijs-guide>`);
      const widgets = await loadAll(el);
      expect(el.querySelector('.rw-title')!.tagName).to.equal(expected[0]);
      for (const s of el.querySelectorAll('.rw-section-title')) expect(s.tagName).to.equal(expected[1]);
      for (const w of widgets) expect(w.shadowRoot!.querySelector('[part=heading]')!.tagName, w.localName).to.equal(expected[2]);
    }
  });

  it('puts the practice\'s own text in a section of its own, linked from the contents', async () => {
    const el = await guide(html`<rugwijs-guide><p slot="practice">Je kunt bij ons terecht zonder verwijzing.</p></rugwijs-guide>`);
    const practice = el.querySelector('#practice')!;
    expect(visibleText(practice.querySelector('h3'))).to.equal('Zo werken wij');
    expect(visibleText(practice)).to.contain('Je kunt bij ons terecht zonder verwijzing.');
    expect(tocLinks(el).at(-1)).to.equal('#practice');
    expect(sectionOrder(el).at(-1)).to.equal('practice');
  });

  it('adds a section\'s widget only as it comes near the screen, in space reserved for it', async () => {
    const el = await guide();
    await until(() => !!el.querySelector('rugwijs-recovery-course'), 3000, 'the first widget');
    expect(el.querySelector('rugwijs-warning-signs'), 'the last section waits').to.not.exist;
    const slot = el.querySelector<HTMLElement>('.rw-slot[data-section="warning-signs"]')!;
    const width = innerWidth;
    const expected = reserves['rugwijs-warning-signs']![width >= 1000 ? 2 : width >= 600 ? 1 : 0];
    expect(slot.getBoundingClientRect().height).to.equal(expected);
    el.querySelector('#warning-signs')!.scrollIntoView();
    await until(() => !!el.querySelector('rugwijs-warning-signs'), 3000, 'the checklist');
    await (el.querySelector('rugwijs-warning-signs') as Widget).updateComplete;
    await until(() => slot.classList.contains('rw-ready'), 3000, 'the reservation to end');
  });

  it('prints the cauda equina signs under 112 where the NHS treats them as an emergency', async () => {
    const el = await guide(html`<rugwijs-guide region="INT" sections="warning-signs"></rugwijs-guide>`);
    await loadAll(el);
    const printed = el.querySelector<HTMLElement>('#warning-signs .rw-print-only')!;
    const text = printed.textContent!.replace(/\s+/g, ' ');
    const emergency = text.indexOf('Bel meteen 112');
    const urgent = text.indexOf('Bel vandaag nog je huisarts');
    const bladder = text.indexOf('Heb je sinds kort een van deze problemen met plassen of poepen?');
    expect(bladder).to.be.within(emergency, urgent);
    expect(text).to.contain('Bel dan de dienst voor avond en weekend.');
  });

  it('keeps the printed list of warning signs off the screen', async () => {
    const el = await guide();
    expect(el.querySelector<HTMLElement>('#warning-signs .rw-print-only')!.getClientRects().length).to.equal(0);
  });

  it('moves to a section from the table of contents', async () => {
    const el = await guide();
    el.querySelector<HTMLAnchorElement>('nav a[href="#myths"]')!.click();
    await until(() => Math.abs(el.querySelector('#myths')!.getBoundingClientRect().top) < 40, 3000, 'the scroll');
    expect(location.hash).to.equal('#myths');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('goes to the section a link from elsewhere names (page#myths)', async () => {
    history.replaceState(null, '', '#myths');
    try {
      const el = await guide();
      await until(() => Math.abs(el.querySelector('#myths')!.getBoundingClientRect().top) < 40, 3000, 'the scroll');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('prints as one handout: every section, the pictures, whom to call, the contact, no buttons', async function () {
    const el = await guide(html`<rugwijs-guide contact-phone="020 123 45 67"></rugwijs-guide>`);
    if (!(await emulate({ media: 'print' }))) this.skip(); // see emulate(): Chromium only
    const widgets = await loadAll(el);
    expect(widgets.map((w) => w.localName)).to.deep.equal(widgetTags);
    expect(getComputedStyle(el.querySelector('nav')!).display).to.equal('none');
    const roots = [el, ...widgets.flatMap(shadowRoots)];
    // The programme's exercise rows are disclosure buttons that carry each exercise's name and
    // dose; on paper every row is open and they read as titles. Every other button is gone.
    const buttons = roots.flatMap((r) => [...r.querySelectorAll('button:not([aria-expanded])')]);
    expect(buttons.length).to.be.above(0);
    for (const b of buttons) expect(b.getClientRects().length, `a button "${b.textContent?.trim()}"`).to.equal(0);
    const program = el.querySelector('rugwijs-exercise-program')!;
    const cards = () => shadowRoots(program).flatMap((r) => [...r.querySelectorAll<Widget>('rugwijs-exercise-card')]);
    await until(() => cards().length === 3, 3000, 'a card for each exercise');
    await Promise.all(cards().map((c) => c.updateComplete));
    const pictures = cards().flatMap((c) => [...c.shadowRoot!.querySelectorAll('svg')]).filter((p) => p.getClientRects().length);
    expect(pictures.length, 'exercise pictures').to.be.at.least(3);
    // Whom to call, on paper, with every warning sign by what to do.
    const printed = el.querySelector<HTMLElement>('#warning-signs .rw-print-only')!;
    expect(printed.getClientRects().length).to.be.above(0);
    expect(printed.innerText).to.contain('Bel meteen 112 als je dit hebt:');
    expect(printed.innerText).to.contain('Is je huisarts gesloten? Bel dan de huisartsenpost.');
    expect(printed.querySelectorAll('li').length).to.be.above(10);
    // The points a question refers to ("een van deze klachten") are on paper too.
    expect(printed.innerText).to.contain('Heb je naast je rugpijn ook een van deze klachten?');
    expect(printed.innerText).to.contain('Pijn op je borst.');
    expect(el.querySelector<HTMLElement>('.contact')!.innerText).to.contain('020 123 45 67');
  });
});
