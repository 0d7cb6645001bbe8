import { fakeGuidedClock } from '../guided-clock.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { RugwijsElement } from '../../src/base/rugwijs-element.js';
import { captureWarnings, visibleText } from '../helpers.js';
import { tags } from '../../src/generated/registry.js';

/**
 * How frameworks and pages really handle elements: created before the script defines them, moved
 * by a framework's reconciler, removed while a timer runs and put back. This file imports the
 * elements only inside the first test, so that the elements are undefined until then.
 */
type Widget = RugwijsElement & Record<string, unknown>;
const q = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const make = (tag: string) => document.createElement(tag) as unknown as Widget;

/** Counts the intervals and window/document listeners that are live, from now on. */
function trackResources() {
  const intervals = new Set<unknown>();
  const listeners = new Map<string, number>();
  const { setInterval: set, clearInterval: clear } = window;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = set(handler, ms, ...rest);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    intervals.delete(id);
    clear(id);
  }) as typeof window.clearInterval;
  const patched: [EventTarget, EventTarget['addEventListener'], EventTarget['removeEventListener']][] = [];
  for (const target of [window, document]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (type: string, ...rest: unknown[]) {
      listeners.set(type, (listeners.get(type) ?? 0) + 1);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    };
    target.removeEventListener = function (type: string, ...rest: unknown[]) {
      listeners.set(type, (listeners.get(type) ?? 0) - 1);
      return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
    };
    patched.push([target, add, remove]);
  }
  return {
    intervals,
    listening: () => [...listeners].filter(([, n]) => n > 0).map(([type]) => type),
    restore() {
      window.setInterval = set;
      window.clearInterval = clear;
      for (const [target, add, remove] of patched) Object.assign(target, { addEventListener: add, removeEventListener: remove });
    },
  };
}

describe('element lifecycle', () => {
  it('created before the definition, with attributes and properties set early: upgrades and uses them all', async () => {
    expect(customElements.get('rugwijs-exercise-card'), 'not yet defined').to.equal(undefined);
    const card = make('rugwijs-exercise-card');
    card.exercise = 'walking';
    card.setAttribute('region', 'BE');
    const programme = make('rugwijs-exercise-program');
    programme.exercises = ['plank', 'bird-dog'];
    programme.heading = 'Mijn oefeningen';
    const checklist = make('rugwijs-warning-signs');
    checklist.heading = 'Wanneer bel je wie?';
    const bucket = make('rugwijs-load-bucket');
    bucket.loads = ['stress', 'worry'];
    // One is on the page before the definition, one only after it.
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.append(card, programme, checklist);

    await import('../../src/define.js');
    page.append(bucket);
    await Promise.all([card, programme, checklist, bucket].map((el) => el.updateComplete));

    expect(visibleText(q(card, '[part=title]'))).to.equal('Wandelen');
    expect(card.exercise).to.equal('walking');
    expect(visibleText(q(programme, '[part=heading]'))).to.equal('Mijn oefeningen');
    expect(programme.shadowRoot!.querySelectorAll('[part=item]')).to.have.length(2);
    expect(visibleText(q(checklist, '[part=heading]'))).to.equal('Wanneer bel je wie?');
    expect((bucket.state as { loads: string[] }).loads).to.have.members(['stress', 'worry']);
  });

  it('created after the definition: renders once appended', async () => {
    const card = make('rugwijs-exercise-card');
    card.exercise = 'plank';
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.append(card);
    await card.updateComplete;
    expect(visibleText(q(card, '[part=title]'))).to.equal('Plank houden');
  });

  it('moved between parents: renders once, keeps what the patient did, and still works', async () => {
    const page = await fixture<HTMLElement>(html`<div><section class="a"></section><section class="b"></section></div>`);
    const [a, b] = [page.querySelector('.a')!, page.querySelector('.b')!];
    const checklist = make('rugwijs-warning-signs');
    const bucket = make('rugwijs-load-bucket');
    a.append(checklist, bucket);
    await Promise.all([checklist.updateComplete, bucket.updateComplete]);
    q(checklist, 'input[name="night-pain"][value="yes"]')!.click();
    q(bucket, 'button[data-id="stress"]')!.click();
    await Promise.all([checklist.updateComplete, bucket.updateComplete]);

    b.append(checklist, bucket);
    a.append(bucket);
    await Promise.all([checklist.updateComplete, bucket.updateComplete]);
    for (const el of [checklist, bucket]) expect(el.shadowRoot!.querySelectorAll('[part=heading]')).to.have.length(1);
    expect((checklist.answers as Record<string, string>)['night-pain']).to.equal('yes');
    expect(q(bucket, 'button[data-id="stress"]')!.getAttribute('aria-pressed')).to.equal('true');

    q(checklist, 'input[name="chest-pain"][value="yes"]')!.click();
    q(bucket, 'button[data-id="worry"]')!.click();
    await Promise.all([checklist.updateComplete, bucket.updateComplete]);
    expect(visibleText(q(checklist, '[part=alert]'))).to.contain('Bel nu 112');
    expect((bucket.state as { loads: string[] }).loads).to.have.members(['stress', 'worry']);
  });

  it('removed while the guided countdown runs: no timer left; put back, it is paused where it was and goes on', async () => {
    const time = fakeGuidedClock();
    try {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      const card = make('rugwijs-exercise-card');
      card.exercise = 'plank';
      card.setAttribute('hold-seconds', '5');
      page.append(card);
      await card.updateComplete;
      await (card.start as () => Promise<void>)();
      await time.pass(card, 5000 + 1000); // the get-ready countdown, then one second of the hold
      expect(visibleText(q(card, '[role=timer]'))).to.equal('0:04');
      expect(time.pending(), 'one timer while it runs').to.equal(1);

      card.remove();
      expect(time.pending(), 'no timer once removed').to.equal(0);
      time.skip(60_000);
      page.append(card);
      await card.updateComplete;
      expect(visibleText(q(card, '[role=timer]'))).to.equal('0:04');
      expect(visibleText(q(card, '.pause'))).to.equal('Doorgaan');
      expect(time.pending(), 'no timer while paused').to.equal(0);

      q(card, '.pause')!.click();
      await time.pass(card, 1000);
      expect(visibleText(q(card, '[role=timer]')), 'the countdown goes on').to.equal('0:03');
      card.remove();
      expect(time.pending()).to.equal(0);
    } finally {
      time.restore();
    }
  });

  it('mounted and removed 50 times: no listener left on window or document, nothing thrown', async () => {
    const resources = trackResources();
    const warnings = captureWarnings();
    try {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      for (let i = 0; i < 50; i++) {
        const els = tags.map(make);
        els[0]!.exercise = 'bird-dog';
        els[1]!.exercises = 'plank';
        page.append(...els);
        await Promise.all(els.map((el) => el.updateComplete));
        for (const el of els) el.remove();
      }
      expect(resources.listening()).to.deep.equal([]);
      expect(resources.intervals.size).to.equal(0);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
      resources.restore();
    }
  });
});
