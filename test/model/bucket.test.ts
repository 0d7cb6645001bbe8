import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { bucketState, capacityAfter, isOverflowing, percentFull, type BucketInput } from '../../src/model/bucket.js';
import { bucketSources, dayLevel, growth, lastDrop, loadKinds, loads, reliefs, startCapacity } from '../../src/data/bucket.js';
import { validateLoads } from '../../src/data/validate-loads.js';

const sizes = Object.fromEntries([...loads, ...reliefs].map((x) => [x.id, x.size]));
/** Five loads that fill the bucket exactly to the brim: 30 + 25 + 15 + 15 + 15. */
const brim = ['moving-house', 'heavy-lifting', 'new-job', 'bad-night', 'worry'];
const state = (input: Partial<BucketInput>) => bucketState({ loads, reliefs, active: [], ...input });

describe('model/bucket', () => {
  it('offers the loads of the content brief, of every kind', () => {
    expect(loads.map((l) => l.id)).to.deep.equal(['moving-house', 'long-sitting', 'heavy-lifting', 'hectic-period', 'new-job', 'bad-night', 'worry', 'stress']);
    expect(new Set(loads.map((l) => l.kind))).to.deep.equal(new Set(loadKinds));
  });

  const levels: [string, Partial<BucketInput>, { level: number; capacity: number; overflowing: boolean; percent: number }][] = [
    ['empty', {}, { level: 0, capacity: 100, overflowing: false, percent: 0 }],
    ['one load', { active: ['long-sitting'] }, { level: 20, capacity: 100, overflowing: false, percent: 20 }],
    ['body, life, sleep and mind fill the same bucket', { active: ['long-sitting', 'new-job', 'bad-night', 'worry'] }, { level: 65, capacity: 100, overflowing: false, percent: 65 }],
    ['full to the brim is not overflowing', { active: brim }, { level: 100, capacity: 100, overflowing: false, percent: 100 }],
    ['the last drop tips a full bucket over', { active: brim, drop: true }, { level: 105, capacity: 100, overflowing: true, percent: 105 }],
    ['the last drop alone is small', { drop: true }, { level: 5, capacity: 100, overflowing: false, percent: 5 }],
    ['everything', { active: loads.map((l) => l.id) }, { level: 160, capacity: 100, overflowing: true, percent: 160 }],
    ['lowering the level', { active: loads.map((l) => l.id), activeReliefs: ['rest', 'sleep'] }, { level: 135, capacity: 100, overflowing: true, percent: 135 }],
    ['never below empty', { active: ['worry'], activeReliefs: reliefs.map((r) => r.id) }, { level: 0, capacity: 100, overflowing: false, percent: 0 }],
    ['three weeks of building up', { active: ['stress'], weeks: 3 }, { level: 20, capacity: 124, overflowing: false, percent: 16 }],
    ['unknown ids fill nothing', { active: ['nonsense'] }, { level: 0, capacity: 100, overflowing: false, percent: 0 }],
  ];
  for (const [what, input, expected] of levels) {
    it(what, () => {
      const { level, capacity, overflowing, percent } = state(input);
      expect({ level, capacity, overflowing, percent }).to.deep.equal(expected);
    });
  }

  /** Every one of the 256 selections of the built-in loads. */
  const selections = Array.from({ length: 2 ** loads.length }, (_, bits) => loads.filter((_, i) => bits & (1 << i)).map((l) => l.id));

  it('the last drop tips the bucket over whatever was chosen: just below the brim before the pen, over after it (all 256 selections)', () => {
    expect(selections).to.have.length(256);
    for (const active of selections) {
      const before = state({ active, day: true });
      const after = state({ active, day: true, drop: true });
      expect(before.overflowing, `before the pen: ${active}`).to.equal(false);
      expect(before.level, `just below the brim: ${active}`).to.be.within(startCapacity - lastDrop.size + 1, startCapacity);
      expect(after.overflowing, `after the pen: ${active}`).to.equal(true);
      expect(after.loads).to.deep.equal(active);
    }
  });

  it('tops the loads up with the day\'s small things, or shows loads that fill it already just below the brim', () => {
    expect(state({ active: ['stress'], day: true }).layers).to.deep.equal([
      { id: 'stress', kind: 'mind', size: 20 },
      { id: 'day', kind: 'day', size: dayLevel - 20 },
    ]);
    const all = state({ active: loads.map((l) => l.id), day: true, drop: true });
    expect(all.layers.map((l) => l.id)).to.deep.equal([...loads.map((l) => l.id), 'pen']);
    expect(all.layers.reduce((n, l) => n + l.size, 0)).to.be.closeTo(dayLevel + lastDrop.size, 1e-9);
    // In proportion: moving house (30) stays twice as deep as new job (15).
    expect(all.layers[0]!.size / all.layers[4]!.size).to.be.closeTo(2, 1e-9);
  });

  it('stands the water in layers, one per chosen load, grouped by kind, that add up to the level (property)', () => {
    const reliefIds = reliefs.map((r) => r.id);
    const own = [...loads, { id: 'gardening', kind: 'physical', size: 35 }];
    fc.assert(
      fc.property(fc.subarray(own.map((l) => l.id)), fc.subarray(reliefIds), fc.boolean(), fc.boolean(), (active, activeReliefs, day, drop) => {
        const s = bucketState({ loads: own, reliefs, active, activeReliefs, day, drop });
        expect(s.layers.reduce((n, l) => n + l.size, 0)).to.be.closeTo(s.level, 1e-9);
        for (const layer of s.layers) expect(layer.size).to.be.above(0);
        const kinds = s.layers.map((l) => l.kind).filter((k) => k !== 'day' && k !== 'drop');
        expect(kinds, 'each kind stands together').to.deep.equal([...kinds].sort((a, b) => loadKinds.indexOf(a as never) - loadKinds.indexOf(b as never)));
        if (!activeReliefs.length) expect(s.layers.filter((l) => l.kind !== 'day' && l.kind !== 'drop').map((l) => l.id).sort()).to.deep.equal([...active].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('cites only real, checkable sources: no practice pages', () => {
    expect(bucketSources.map((s) => s.title).join(' ')).to.match(/Moseley/).and.match(/NHG/).and.match(/KNGF/).and.not.match(/bron \d|praktijk/i);
    for (const s of bucketSources) if (s.url) expect(s.url).to.match(/^https:\/\//);
  });

  it('overflows only above the capacity', () => {
    expect(isOverflowing(100, 100)).to.equal(false);
    expect(isOverflowing(101, 100)).to.equal(true);
    expect(percentFull(80, 100)).to.equal(80);
    expect(percentFull(1, 3)).to.equal(33);
    expect(percentFull(5, 0)).to.equal(0);
  });

  it('grows the bucket week by week to above where it was, and no further', () => {
    const table = Array.from({ length: growth.weeks + 1 }, (_, w) => capacityAfter(w));
    expect(table).to.deep.equal([100, 108, 116, 124, 132, 140, 148]);
    expect(capacityAfter(growth.weeks)).to.be.above(startCapacity);
    expect([capacityAfter(-3), capacityAfter(99), capacityAfter(Number.NaN), capacityAfter(2.7)]).to.deep.equal([100, 148, 100, 116]);
  });

  it('lists the active loads in the order they are offered', () => {
    expect(state({ active: ['worry', 'long-sitting', 'worry'] }).loads).to.deep.equal(['long-sitting', 'worry']);
  });

  it('lets each lever on its own undo an overflow', () => {
    const over = { active: brim, drop: true };
    expect(state(over).overflowing).to.equal(true);
    for (const relief of reliefs) expect(state({ ...over, activeReliefs: [relief.id] }).overflowing, `lower the level: ${relief.id}`).to.equal(false);
    expect(state({ ...over, weeks: 1 }).overflowing, 'grow the bucket').to.equal(false);
  });

  it('never lowers the level by adding a load, and never raises it by adding a relief or a week (property)', () => {
    const ids = loads.map((l) => l.id);
    const reliefIds = reliefs.map((r) => r.id);
    fc.assert(
      fc.property(
        fc.subarray(ids), fc.subarray(reliefIds), fc.integer({ min: 0, max: growth.weeks }), fc.boolean(),
        fc.constantFrom(...ids), fc.constantFrom(...reliefIds),
        (active, activeReliefs, weeks, drop, load, relief) => {
          const base = state({ active, activeReliefs, weeks, drop });
          expect(state({ active: [...active, load], activeReliefs, weeks, drop }).level).to.be.at.least(base.level);
          expect(state({ active, activeReliefs: [...activeReliefs, relief], weeks, drop }).level).to.be.at.most(base.level);
          expect(state({ active, activeReliefs, weeks: weeks + 1, drop }).percent).to.be.at.most(base.percent);
          expect(base.level).to.equal(Math.max(0, active.reduce((n, id) => n + sizes[id]!, 0) + (drop ? lastDrop.size : 0) - activeReliefs.reduce((n, id) => n + sizes[id]!, 0)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('data/validate-loads', () => {
  it('keeps good own loads and names what is wrong with the others', () => {
    const { loads: good, problems } = validateLoads([
      'worry',
      { id: 'gardening', label: ' Tuinieren ', kind: 'physical', size: 20 },
      { id: 'Bad Id', label: 'x', kind: 'physical', size: 10 },
      { id: 'caring', label: 'Mantelzorg', kind: 'feelings', size: 10 },
      { id: 'huge', label: 'Te groot', kind: 'mind', size: 1000 },
      { id: 'nan', label: 'Niets', kind: 'mind', size: Number.NaN },
      { id: 'empty', label: '   ', kind: 'life', size: 5 },
      42,
      null,
    ]);
    expect(good).to.deep.equal([{ id: 'gardening', label: 'Tuinieren', kind: 'physical', size: 20 }]);
    expect(problems.map((p) => [p.attribute, p.code, p.details?.[0]?.split(':')[0]])).to.deep.equal([
      ['loads[2]', 'bad-load', 'id'],
      ['loads[3]', 'bad-load', 'kind'],
      ['loads[4]', 'bad-load', 'size'],
      ['loads[5]', 'bad-load', 'size'],
      ['loads[6]', 'bad-load', 'label'],
      ['loads[7]', 'bad-load', 'must be an object or a load id'],
      ['loads[8]', 'bad-load', 'must be an object or a load id'],
    ]);
  });

  it('takes at most twelve own loads', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ id: `own-${i}`, label: `Last ${i}`, kind: 'life', size: 5 }));
    const { loads: good, problems } = validateLoads(many);
    expect(good).to.have.length(12);
    expect(problems).to.have.length(2);
  });
});
