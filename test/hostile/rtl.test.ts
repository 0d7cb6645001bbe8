import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { RugwijsElement } from '../../src/base/rugwijs-element.js';
import { shadowRoots } from '../helpers.js';

/**
 * Ready for right-to-left: every widget in a page with dir="rtl", 320 px wide (a small phone),
 * in its main states. Nothing may stick out of the widget, and no two controls or lines of text
 * may lie on top of each other. (There is no right-to-left translation yet: the text is Dutch.)
 */
const tags = ['rugwijs-exercise-card', 'rugwijs-exercise-program', 'rugwijs-warning-signs', 'rugwijs-load-bucket'] as const;
type Tag = (typeof tags)[number];
type Widget = RugwijsElement & Record<string, unknown>;

/** Each widget's states, reached through attributes, properties and public methods. */
const states: Record<Tag, Record<string, { attrs: Record<string, string>; then?: (el: Widget) => Promise<unknown> | void }>> = {
  'rugwijs-exercise-card': {
    normal: { attrs: { exercise: 'bird-dog' } },
    'guided mode': { attrs: { exercise: 'plank' }, then: (el) => (el.start as () => Promise<void>)() },
  },
  'rugwijs-exercise-program': {
    normal: { attrs: { exercises: 'bird-dog,plank,walking' } },
  },
  'rugwijs-warning-signs': {
    empty: { attrs: {} },
    'an urgent answer': { attrs: {}, then: (el) => void (el.answers = { 'bladder-bowel': 'yes', 'chest-pain': 'unsure' }) },
  },
  'rugwijs-load-bucket': {
    ...Object.fromEntries([1, 2, 3, 4].map((step) => [`step ${step}`, { attrs: { step: String(step), loads: 'long-sitting,bad-night,worry' } }])),
    compact: { attrs: { compact: '', loads: 'long-sitting,stress' } },
  },
};

interface Box {
  what: string;
  rect: DOMRect;
  node: Node;
}

const visible = (el: Element) => {
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  // .visually-hidden text (a 1 px clipped box) is for screen readers, not on screen.
  // checkVisibility() also knows the content of a closed <details> is not shown.
  const shown = el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : style.display !== 'none' && style.visibility !== 'hidden';
  return shown && style.clipPath === 'none' && rect.width > 1 && rect.height > 1;
};

/** Every element a patient sees, with the text lines and the controls apart. */
function boxes(el: Element): { elements: Box[]; lines: Box[]; controls: Box[] } {
  const elements: Box[] = [];
  const lines: Box[] = [];
  const controls: Box[] = [];
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll('*')) {
      if (node.closest('svg') && node.localName !== 'svg') continue; // the picture is drawn inside its own box
      if (node.closest('.visually-hidden') || !visible(node)) continue;
      const what = `${node.localName}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}`;
      elements.push({ what, rect: node.getBoundingClientRect(), node });
      if (node.matches('button, a, input, select, label, summary, svg')) controls.push({ what, rect: node.getBoundingClientRect(), node });
      for (const child of node.childNodes) {
        if (child.nodeType !== Node.TEXT_NODE || !child.textContent!.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(child);
        for (const rect of range.getClientRects()) {
          if (rect.width > 1 && rect.height > 1) lines.push({ what: `"${child.textContent!.trim().slice(0, 30)}"`, rect, node: child });
        }
      }
    }
  }
  return { elements, lines, controls };
}

/** How much two boxes share, in px²; touching edges and sub-pixel rounding do not count. */
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left) - 1) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) - 1);

const contains = (a: Node, b: Node) => a !== b && (a.contains(b) || (a instanceof Element && a.shadowRoot?.contains(b)) || false);
const nested = (a: Node, b: Node) => {
  // Through shadow roots: a card inside the programme contains its own buttons.
  for (let at: Node | null = b; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) if (at === a) return true;
  for (let at: Node | null = a; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) if (at === b) return true;
  return contains(a, b) || contains(b, a);
};

function overlaps(list: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, b] = [list[i]!, list[j]!];
      if (a.node === b.node || nested(a.node, b.node)) continue;
      if (overlap(a.rect, b.rect) > 0) found.push(`${a.what} and ${b.what}`);
    }
  }
  return found;
}

async function settle(el: RugwijsElement) {
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    for (const root of shadowRoots(el)) await (root.host as RugwijsElement).updateComplete;
    await new Promise(requestAnimationFrame);
  }
}

describe('right-to-left at 320 px', () => {
  for (const tag of tags) {
    for (const [state, { attrs, then }] of Object.entries(states[tag])) {
      it(`<${tag}> ${state}: nothing overflows, nothing overlaps`, async () => {
        const page = await fixture<HTMLElement>(html`<div dir="rtl"></div>`);
        page.style.inlineSize = '320px';
        const el = document.createElement(tag) as unknown as Widget;
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        page.append(el);
        await settle(el);
        await then?.(el);
        await settle(el);

        expect(getComputedStyle(el).direction).to.equal('rtl');
        const host = el.getBoundingClientRect();
        expect(host.width).to.be.within(319, 321);
        const { elements, lines, controls } = boxes(el);
        expect(lines.length, 'text on screen').to.be.greaterThan(5);
        const outside = elements
          .filter(({ rect }) => rect.left < host.left - 1 || rect.right > host.right + 1)
          .map(({ what, rect }) => `${what} (${Math.round(rect.left - host.left)}..${Math.round(rect.right - host.left)})`);
        expect(outside.join('; '), 'boxes outside the widget').to.equal('');
        expect(page.scrollWidth, 'horizontal scroll').to.be.at.most(page.clientWidth + 1);
        expect(overlaps(lines).join('; '), 'lines of text on top of each other').to.equal('');
        expect(overlaps(controls).join('; '), 'controls on top of each other').to.equal('');
      });
    }
  }
});
