import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/load-bucket/define.js';
import type { BucketChange, RugwijsLoadBucket } from '../../src/components/load-bucket/load-bucket.js';
import { loads, reliefs } from '../../src/data/bucket.js';
import { captureWarnings, emulate, resetMedia, until, visibleText } from '../helpers.js';

const q = <T extends Element = HTMLElement>(el: RugwijsLoadBucket, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const all = <T extends Element = HTMLElement>(el: RugwijsLoadBucket, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const status = (el: RugwijsLoadBucket) => visibleText(q(el, '[part=status]'));
const stepTitle = (el: RugwijsLoadBucket) => visibleText(q(el, '.step-title'));
const focused = (el: RugwijsLoadBucket) => el.shadowRoot!.activeElement as HTMLElement | null;
const button = (el: RugwijsLoadBucket, id: string) => q<HTMLButtonElement>(el, `button[data-id="${id}"]`)!;
/** Loads that fill the bucket exactly to the brim (30 + 25 + 15 + 15 + 15). */
const brim = 'moving-house,heavy-lifting,new-job,bad-night,worry';

async function bucket(template = html`<rugwijs-load-bucket></rugwijs-load-bucket>`) {
  const el = await fixture<RugwijsLoadBucket>(template);
  await el.updateComplete;
  return el;
}

async function click(el: RugwijsLoadBucket, target: HTMLElement) {
  target.click();
  await el.updateComplete;
}

const opacityOf = (el: RugwijsLoadBucket, selector: string) => Number(getComputedStyle(q(el, selector)!).opacity);

describe('<rugwijs-load-bucket>', () => {
  afterEach(resetMedia);

  it('starts at step 1: an empty bucket, every load as a toggle button, grouped by kind', async () => {
    const el = await bucket();
    expect(visibleText(q(el, '[part=heading]'))).to.equal('Je rug als emmer');
    expect(visibleText(q(el, '.steps p'))).to.equal('Stap 1 van 4');
    expect(q(el, '.steps li[aria-current=step]')!.textContent).to.equal('Wat vult je emmer?');
    expect(stepTitle(el)).to.equal('Wat vult je emmer?');
    expect(status(el)).to.equal('Je emmer is voor 0% vol.');
    expect(q(el, '[part=status]')!.getAttribute('aria-live')).to.equal('polite');
    expect(all(el, '.kind-label').map((p) => p.textContent)).to.deep.equal(['Lichaam', 'Leven', 'Slaap', 'Hoofd']);
    for (const load of loads) expect(button(el, load.id).getAttribute('aria-pressed'), load.id).to.equal('false');
    expect(q(el, 'svg.bucket')!.getAttribute('aria-hidden')).to.equal('true');
    expect(q(el, '.back'), 'no way back from the first step').to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('toggles every load by keyboard, and the water and the status follow', async () => {
    const el = await bucket();
    let expected = 0;
    for (const load of loads) {
      button(el, load.id).focus();
      const change = oneEvent(el, 'rugwijs-bucket-change');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await change) as CustomEvent<BucketChange>;
      await el.updateComplete;
      expected += load.size;
      expect(button(el, load.id).getAttribute('aria-pressed'), load.id).to.equal('true');
      expect(detail.level, load.id).to.equal(expected);
      expect(detail.loads).to.include(load.id);
      expect(detail.overflowing).to.equal(expected > 100);
      expect(status(el)).to.equal(expected > 100 ? 'Je emmer loopt over.' : `Je emmer is voor ${expected}% vol.`);
    }
    for (const load of loads) {
      button(el, load.id).focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button(el, load.id).getAttribute('aria-pressed'), load.id).to.equal('false');
    }
    expect(el.state.level).to.equal(0);
    expect(status(el)).to.equal('Je emmer is voor 0% vol.');
  });

  it('stands the water in layers, one per chosen load, in the colour of its kind, with a legend', async () => {
    const el = await bucket();
    expect(all(el, '.layer')).to.have.length(0);
    expect(q(el, '[part=legend]'), 'no legend for an empty bucket').to.not.exist;
    for (const id of ['long-sitting', 'moving-house', 'stress', 'bad-night', 'new-job']) await click(el, button(el, id));
    const layers = all(el, '.layer');
    expect(layers).to.have.length(5);
    expect(getComputedStyle(layers[0]!).animationName, 'a new layer pours in').to.equal('pour');
    const fill = (kind: string) => getComputedStyle(q(el, `.layer.k-${kind}`)!).fill;
    expect(new Set(['physical', 'life', 'sleep', 'mind'].map(fill)).size, 'four kinds, four colours').to.equal(4);
    // Bottom first: the two body loads stand together at the bottom, the mind load on top.
    const tops = layers.map((layer) => layer.getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => b - a));
    expect(layers.map((layer) => layer.getAttribute('class'))).to.deep.equal(['layer k-physical', 'layer k-physical', 'layer k-life', 'layer k-sleep', 'layer k-mind']);
    expect(all(el, '[part=legend] li').map(visibleText)).to.deep.equal([
      'Hoofd: Stress', 'Slaap: Slecht geslapen', 'Leven: Een nieuwe baan', 'Lichaam: Helpen met verhuizen, Lang zitten',
    ]);
    expect(getComputedStyle(q(el, '[part=legend] .k-mind')!).backgroundColor).to.equal(fill('mind'));
    expect(visibleText(el.shadowRoot), 'the capacity is explained once').to.not.contain('stippellijn');
    await expect(el).to.be.accessible();
  });

  it('looks like a pail: walls wider at the brim than at the floor, the handle an arc above the brim', async () => {
    const el = await bucket();
    const walls = (q(el, '.walls')!.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number);
    // M topLeft rim L floorLeft floor H floorRight L topRight rim
    const [topLeft, floorLeft, floorRight, topRight] = [walls[0]!, walls[2]!, walls[4]!, walls[5]!];
    expect(topRight - topLeft, 'tapered').to.be.above(floorRight - floorLeft + 20);
    const brim = q(el, '.brim')!.getBoundingClientRect();
    const handle = q(el, '.handle')!.getBoundingClientRect();
    expect(handle.top, 'the handle rises above the brim').to.be.below(brim.top - 10);
    expect(handle.width, 'and spans the pail').to.be.above(brim.width * 0.8);
  });

  it('lays out picture and text in two full columns on a desktop, stacked on a phone, never wider than the column', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><rugwijs-load-bucket loads="stress,long-sitting"></rugwijs-load-bucket></div>`);
    const host = wrap.querySelector<RugwijsLoadBucket>('rugwijs-load-bucket')!;
    for (const [width, sideBySide] of [[960, true], [288, false]] as const) {
      wrap.style.inlineSize = `${width}px`;
      for (const step of [1, 2, 3, 4]) {
        host.step = step;
        await host.updateComplete;
        const picture = q(host, '[part=picture]')!.getBoundingClientRect();
        const panel = q(host, '[part=panel]')!.getBoundingClientRect();
        expect(picture.width, `picture, step ${step} at ${width}`).to.be.above(150);
        expect(panel.width, `text, step ${step} at ${width}`).to.be.above(200);
        expect(picture.right, `no empty column, step ${step} at ${width}`).to.be.at.most(panel.left + (sideBySide ? 0 : panel.width));
        if (sideBySide) expect(Math.abs(panel.top - picture.top), 'side by side').to.be.below(2);
        else expect(panel.top, `stacked, step ${step}`).to.be.at.least(picture.bottom);
        // Steps 2 and 3 hold no long list of buttons, so neither column runs far past the other.
        if (sideBySide && (step === 2 || step === 3)) expect(panel.height, `no long empty column, step ${step}`).to.be.at.most(1.5 * picture.height);
        const base = q(host, '[part=base]')!;
        expect(base.scrollWidth, `nothing wider than the column, step ${step} at ${width}`).to.be.at.most(width);
      }
    }
  });

  it('says in step 1 when the chosen loads already make the bucket overflow', async () => {
    const el = await bucket(html`<rugwijs-load-bucket loads=${`${brim},stress`}></rugwijs-load-bucket>`);
    expect(status(el)).to.equal('Je emmer loopt over.');
    expect(visibleText(q(el, '[part=panel]'))).to.contain('Je emmer loopt nu al over.').and.contain('Meestal is het geen schade.');
    await click(el, button(el, 'stress'));
    expect(visibleText(q(el, '[part=panel]'))).to.not.contain('loopt nu al over');
  });

  it('the pen always makes the bucket overflow in step 2, whatever was chosen in step 1 (all 256 selections)', async () => {
    const el = await bucket(html`<rugwijs-load-bucket step="2"></rugwijs-load-bucket>`);
    for (let bits = 0; bits < 2 ** loads.length; bits++) {
      const chosen = loads.filter((_, i) => bits & (1 << i)).map((l) => l.id);
      el.loads = chosen.join(',');
      await el.updateComplete;
      expect(el.state.overflowing, `before the pen: ${chosen}`).to.equal(false);
      expect(el.state.percent, `just below the brim: ${chosen}`).to.be.within(96, 100);
      await click(el, button(el, 'pen'));
      expect(el.state.overflowing, `after the pen: ${chosen}`).to.equal(true);
      expect(status(el)).to.equal('Je emmer loopt over.');
      expect(visibleText(q(el, '.overflow-note'))).to.contain('Dat is de laatste druppel');
      await click(el, button(el, 'pen'));
    }
  });

  it('says that the day\'s small things top the bucket up, or that it supposes a bucket just below the brim', async () => {
    const el = await bucket(html`<rugwijs-load-bucket step="2" loads="stress"></rugwijs-load-bucket>`);
    expect(visibleText(q(el, '[part=panel]'))).to.contain('kleine dingen').and.contain('net onder de rand');
    expect(all(el, '[part=legend] li').map(visibleText)).to.deep.equal(['Kleine dingen van vandaag', 'Hoofd: Stress']);
    el.loads = loads.map((l) => l.id);
    await el.updateComplete;
    expect(visibleText(q(el, '[part=panel]'))).to.contain('Stel: vandaag zit je emmer tot net onder de rand.');
    expect(el.state.overflowing).to.equal(false);
  });

  it('keeps the patient\'s taps when the loads are set again to an equal value (a React re-render)', async () => {
    const el = await bucket();
    el.loads = ['stress', { id: 'gardening', label: 'Tuinieren', kind: 'physical', size: 35 }];
    await until(() => !!q(el, 'button[data-id=gardening]'), 3000, 'own load');
    await click(el, button(el, 'worry'));
    await click(el, button(el, 'stress'));
    el.loads = ['stress', { id: 'gardening', label: 'Tuinieren', kind: 'physical', size: 35 }];
    await el.updateComplete;
    expect(el.state.loads).to.deep.equal(['worry']);
    el.loads = 'bad-night';
    await el.updateComplete;
    await click(el, button(el, 'stress'));
    el.loads = 'bad-night';
    await el.updateComplete;
    expect(el.state.loads).to.deep.equal(['bad-night', 'stress']);
    el.loads = 'worry';
    await el.updateComplete;
    expect(el.state.loads, 'a different value starts again').to.deep.equal(['worry']);
  });

  it('fires rugwijs-bucket-change on the patient\'s taps only, never when code sets a property or calls reset()', async () => {
    const el = await bucket();
    let events = 0;
    el.addEventListener('rugwijs-bucket-change', () => events++);
    el.loads = 'stress,worry';
    el.step = 4;
    await el.updateComplete;
    el.reset();
    await el.updateComplete;
    expect(el.state.level).to.equal(0);
    expect(events).to.equal(0);
    await click(el, button(el, 'stress'));
    expect(events).to.equal(1);
  });

  it('says "1 week" and "2 weken" (plural rules), in Dutch and in English', async () => {
    const el = await bucket(html`<rugwijs-load-bucket step="help"></rugwijs-load-bucket>`);
    const week = () => visibleText(q(el, '.week'));
    expect(week()).to.equal('Je begint nu');
    await click(el, q(el, '.week-on')!);
    expect(week()).to.equal('Na 1 week');
    await click(el, q(el, '.week-on')!);
    expect(week()).to.equal('Na 2 weken');
    document.documentElement.lang = 'en';
    try {
      await until(() => week() === 'After 2 weeks', 3000, 'English plural');
      await click(el, q(el, '.week-back')!);
      expect(week()).to.equal('After 1 week');
    } finally {
      document.documentElement.lang = 'nl';
    }
    await until(() => week() === 'Na 1 week', 3000, 'Dutch');
  });

  it('shows real, checkable sources, never a practice page', async () => {
    const el = await bucket();
    const items = all(el, '[part=sources] li').map(visibleText);
    expect(items.join(' ')).to.contain('Moseley GL, Butler DS. Explain Pain Supercharged').and.contain('NHG-Standaard').and.contain('KNGF');
    expect(items.join(' ')).to.not.match(/bron \d|praktijk/i);
    for (const a of all<HTMLAnchorElement>(el, '[part=sources] a')) expect(a.href).to.match(/^https:\/\//);
  });

  it('stays readable in forced colours: pressed loads in Highlight, the picture in CanvasText', async function () {
    if (!(await emulate({ forcedColors: 'active' }))) this.skip(); // see emulate(): Chromium only
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await bucket(html`<rugwijs-load-bucket step="2" loads="stress"></rugwijs-load-bucket>`);
      await click(el, button(el, 'pen'));
      const system = (color: string) => {
        const probe = document.createElement('span');
        probe.style.color = color;
        document.body.append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      for (const step of [1, 2, 4]) {
        el.step = step;
        await el.updateComplete;
        if (step === 4) await click(el, button(el, 'relax'));
        const pressed = q(el, 'button[aria-pressed=true]')!;
        const style = getComputedStyle(pressed);
        // No backplate of the browser behind the text: it paints its own system colours.
        expect(style.forcedColorAdjust, `step ${step}`).to.equal('none');
        expect(style.backgroundColor).to.equal(system('Highlight'));
        expect(style.color).to.equal(system('HighlightText'));
        expect(style.color).to.not.equal(style.backgroundColor);
        expect(getComputedStyle(q(el, '.walls')!).stroke).to.equal(system('CanvasText'));
        expect(getComputedStyle(q(el, '.layer')!).fill).to.equal(system('Highlight'));
        expect(getComputedStyle(q(el, '.layer')!).stroke).to.equal(system('Canvas'));
      }
      await expect(el).to.be.accessible();
    } finally {
      await emulate({ forcedColors: 'none' });
    }
  });

  it('goes through all four steps with Next and Back, moving focus to each step title', async () => {
    const el = await bucket();
    const titles = ['Wat vult je emmer?', 'De laatste druppel', 'Je lichaam beschermt zich', 'Wat helpt'];
    for (let step = 2; step <= 4; step++) {
      await click(el, q(el, '.next')!);
      expect(visibleText(q(el, '.steps p'))).to.equal(`Stap ${step} van 4`);
      expect(stepTitle(el)).to.equal(titles[step - 1]);
      expect(focused(el)).to.equal(q(el, '.step-title'));
      expect(el.step).to.equal(step);
      await expect(el).to.be.accessible();
    }
    expect(q(el, '.next'), 'no Next on the last step').to.not.exist;
    for (let step = 3; step >= 1; step--) {
      await click(el, q(el, '.back')!);
      expect(stepTitle(el)).to.equal(titles[step - 1]);
      expect(focused(el)).to.equal(q(el, '.step-title'));
    }
  });

  it('tells the whole story by keyboard alone: fill, the last drop, protection, the levers', async () => {
    const el = await bucket(html`<rugwijs-load-bucket loads=${brim}></rugwijs-load-bucket>`);
    expect(status(el)).to.equal('Je emmer is voor 100% vol.');
    q(el, '.next')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('De laatste druppel');
    await sendKeys({ press: 'Tab' }); // from the step title to the pen
    expect(focused(el)?.dataset.id).to.equal('pen');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(status(el)).to.equal('Je emmer loopt over.');
    const note = visibleText(q(el, '.overflow-note'));
    expect(note).to.contain('pen oprapen').and.contain('laatste druppel').and.contain('geen schade');
    q(el, '.next')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The cycle's words stand inside the picture; there is no bucket, so no status either.
    expect(all(el, '[part=picture] .cycle li').map((li) => li.textContent)).to.deep.equal([
      'Je spieren spannen zich aan.', 'Je rug wordt stijf en pijnlijk.', 'Je gaat minder bewegen.', 'Je rug blijft stijf en pijnlijk.',
    ]);
    expect(q(el, '[part=status]'), 'no stray status').to.not.exist;
    expect(visibleText(el.shadowRoot)).to.not.contain('% vol');
    expect(visibleText(q(el, '[part=panel]'))).to.contain('Pijn is een alarm. Meestal is er niets stuk.');
    q(el, '.next')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Wat helpt');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.dataset.id).to.equal(reliefs[0]!.id);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // 97 (just below the brim) + 5 (the pen) - 10 (a rest).
    expect(status(el)).to.equal('Je emmer is voor 92% vol.');
    expect(visibleText(q(el, '.note'))).to.contain('Bewegen is meestal veilig en het helpt.');
  });

  it('shows the overflow as spilling water and the last drop, and explains it is not damage', async () => {
    const el = await bucket(html`<rugwijs-load-bucket step="2" loads=${brim}></rugwijs-load-bucket>`);
    expect(stepTitle(el)).to.equal('De laatste druppel');
    expect(q(el, '.overflow-note')).to.not.exist;
    expect(visibleText(q(el, '.hint'))).to.contain('Tik op de pen');
    await click(el, button(el, 'pen'));
    expect(button(el, 'pen').getAttribute('aria-pressed')).to.equal('true');
    expect(q(el, 'svg.bucket')!.classList.contains('overflowing')).to.equal(true);
    await until(() => opacityOf(el, '.spill') === 1, 3000, 'spill visible');
    expect(getComputedStyle(q(el, '.drop')!).animationName).to.equal('fall');
    const text = visibleText(el.shadowRoot);
    expect(text).to.contain('Meestal is het geen schade');
    expect(opacityOf(el, '.puddle')).to.be.above(0);
    expect(text, 'never says the overflow damages the back').to.not.match(/beschadig|kapot|scheur|letsel/i);
    await expect(el).to.be.accessible();
  });

  for (const lever of ['lower', 'grow'] as const) {
    it(`undoes an overflow with one lever: ${lever}`, async () => {
      const el = await bucket(html`<rugwijs-load-bucket step="2" loads=${`${brim},stress`}></rugwijs-load-bucket>`);
      await click(el, button(el, 'pen'));
      await click(el, q(el, '.next')!);
      await click(el, q(el, '.next')!);
      // The levers start from the overflowing bucket of step 2: just below the brim, plus the pen.
      expect(el.state).to.include({ level: 102, capacity: 100, overflowing: true });
      expect(status(el)).to.equal('Je emmer loopt over.');
      let detail: BucketChange | undefined;
      el.addEventListener('rugwijs-bucket-change', (e) => (detail = (e as CustomEvent<BucketChange>).detail));
      if (lever === 'lower') {
        await click(el, button(el, 'rest'));
        expect(detail).to.deep.equal({ level: 92, capacity: 100, overflowing: false, loads: [...brim.split(','), 'stress'].sort((a, b) => loads.findIndex((l) => l.id === a) - loads.findIndex((l) => l.id === b)) });
        expect(status(el)).to.equal('Je emmer is voor 92% vol.');
      } else {
        for (let week = 1; week <= 3; week++) await click(el, q(el, '.week-on')!);
        expect(visibleText(q(el, '.week'))).to.equal('Na 3 weken');
        expect(detail).to.include({ level: 102, capacity: 124, overflowing: false });
        expect(status(el)).to.equal('Je emmer is voor 82% vol.');
        expect(q(el, '.was'), 'the old capacity stays visible').to.exist;
        expect(visibleText(q(el, 'figcaption'))).to.contain('waar je begon');
      }
      expect(q(el, 'svg.bucket')!.classList.contains('overflowing')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('grows the bucket to above where it was and no further; the week buttons keep focus at the ends', async () => {
    const el = await bucket(html`<rugwijs-load-bucket step="help"></rugwijs-load-bucket>`);
    const on = q<HTMLButtonElement>(el, '.week-on')!;
    on.focus();
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.state.capacity).to.equal(148);
    expect(visibleText(q(el, '.week'))).to.equal('Na 6 weken');
    expect(on.getAttribute('aria-disabled')).to.equal('true');
    expect(focused(el)).to.equal(on);
    await expect(el).to.be.accessible();
    const back = q<HTMLButtonElement>(el, '.week-back')!;
    back.focus();
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.state.capacity).to.equal(100);
    expect(back.getAttribute('aria-disabled')).to.equal('true');
    expect(focused(el)).to.equal(back);
  });

  it('shows the state at once under reduced motion: no moving water, the drop resting', async function () {
    if (!(await emulate({ reducedMotion: 'reduce' }))) this.skip(); // see emulate(): Chromium only
    const el = await bucket(html`<rugwijs-load-bucket step="2" loads=${brim}></rugwijs-load-bucket>`);
    expect(getComputedStyle(q(el, '.layer')!).animationName).to.equal('none');
    await click(el, button(el, 'pen'));
    // No waiting: the final state is there in the same frame.
    expect(opacityOf(el, '.spill')).to.equal(1);
    expect(getComputedStyle(q(el, '.spill')!).animationName).to.equal('none');
    expect(getComputedStyle(q(el, '.drop')!).animationName).to.equal('none');
    expect(opacityOf(el, '.drop')).to.equal(1);
  });

  it('compact: fill and overflow in one view, no steps', async () => {
    const el = await bucket(html`<rugwijs-load-bucket compact loads=${brim} step="4"></rugwijs-load-bucket>`);
    expect(q(el, '[part=steps]')).to.not.exist;
    expect(q(el, '.nav')).to.not.exist;
    expect(all(el, 'button.load')).to.have.length(loads.length);
    await click(el, button(el, 'pen'));
    expect(visibleText(q(el, '.overflow-note'))).to.contain('geen schade');
    await expect(el).to.be.accessible();
  });

  it('starts at a step given by number or name, and follows a later change of the step property', async () => {
    const el = await bucket(html`<rugwijs-load-bucket step="protect"></rugwijs-load-bucket>`);
    expect(stepTitle(el)).to.equal('Je lichaam beschermt zich');
    el.step = 2;
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('De laatste druppel');
  });

  it('takes a practice\'s own loads, starts with loads by id, and resets', async () => {
    const el = await bucket();
    el.loads = ['gardening', { id: 'gardening', label: 'Tuinieren', kind: 'physical', size: 35 }, { id: 'worry', label: 'Piekeren', kind: 'mind', size: 10 }];
    await until(() => !!q(el, 'button[data-id=gardening]'), 3000, 'own load');
    expect(button(el, 'gardening').textContent).to.contain('Tuinieren');
    expect(button(el, 'gardening').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'worry').textContent, 'an own load may replace a built-in one').to.equal('Piekeren');
    expect(el.state.level).to.equal(35);
    el.reset();
    await el.updateComplete;
    expect(el.state.level).to.equal(0);
    expect(all(el, 'button[aria-pressed=true]')).to.have.length(0);
  });

  it('follows the page language on a live element, keeping its state', async () => {
    const el = await bucket(html`<rugwijs-load-bucket loads="stress,worry"></rugwijs-load-bucket>`);
    document.documentElement.lang = 'en';
    try {
      await until(() => status(el) === 'Your bucket is 35% full.', 3000, 'English');
      expect(stepTitle(el)).to.equal('What fills your bucket?');
      expect(button(el, 'stress').getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
      document.documentElement.lang = 'nl-BE';
      await until(() => button(el, 'new-job').textContent === 'Een nieuwe job', 3000, 'Flemish');
      expect(status(el)).to.equal('Je emmer is voor 35% vol.');
    } finally {
      document.documentElement.lang = 'nl';
    }
    await until(() => button(el, 'new-job').textContent === 'Een nieuwe baan', 3000, 'Dutch');
  });

  describe('bad input', () => {

    it('leaves out bad own loads with one notice and one warning each; the good ones and the built-in ones work', async () => {
      const warnings = captureWarnings();
      try {
        const el = await bucket();
        el.loads = [
          { id: 'caring', label: 'Mantelzorg', kind: 'life', size: 20 },
          { id: 'huge', label: 'Te groot', kind: 'mind', size: 1e9 },
          { id: 'script', label: '<img src=x onerror=alert(1)>', kind: 'nonsense', size: 5 },
          'not-a-load',
        ] as never; // bad on purpose: untrusted input from plain JavaScript
        await until(() => all(el, '[part=notice]').length === 3, 3000, 'notices');
        expect(warnings.messages.filter((m) => m.includes('loads[1]'))).to.have.length(1);
        expect(warnings.messages.filter((m) => m.includes('loads[2]'))).to.have.length(1);
        expect(warnings.messages.filter((m) => m.includes('not-a-load'))).to.have.length(1);
        expect(el.shadowRoot!.querySelector('img')).to.not.exist;
        expect(button(el, 'caring').textContent).to.equal('Mantelzorg');
        await click(el, button(el, 'caring'));
        await click(el, button(el, 'stress'));
        expect(el.state.level).to.equal(40);
      } finally {
        warnings.restore();
      }
    });

    it('an object that is not a list gives a notice and the built-in loads', async () => {
      const warnings = captureWarnings();
      try {
        const el = await bucket();
        el.loads = { id: 'oops' } as never; // bad on purpose
        await until(() => !!q(el, '[part=notice]'), 3000, 'notice');
        expect(warnings.messages).to.have.length(1);
        expect(all(el, 'button.load')).to.have.length(loads.length);
      } finally {
        warnings.restore();
      }
    });
  });
});
