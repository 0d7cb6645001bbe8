import { expect } from '@open-wc/testing';
import { chart, painAt, phaseOf, type Plot } from '../../src/model/recovery.js';
import { course, phases } from '../../src/data/recovery.js';

describe('model/recovery', () => {
  it('holds the figures of Costa 2012 for acute pain: 52, 23, 12, 6, each inside its interval', () => {
    expect(course.map((p) => [p.week, p.pain])).to.deep.equal([[0, 52], [6, 23], [26, 12], [52, 6]]);
    for (const p of course) expect(p.pain).to.be.within(p.low, p.high);
  });

  const weeks: [number, string][] = [[0, 'first-days'], [1, 'weeks'], [5, 'weeks'], [6, 'six-weeks'], [11, 'six-weeks'], [12, 'long-lasting'], [52, 'long-lasting']];
  for (const [week, id] of weeks) it(`phaseOf(${week}) is ${id}`, () => expect(phaseOf(week, phases).id).to.equal(id));

  const pains: [number, number][] = [[0, 52], [3, 37.5], [6, 23], [16, 17.5], [26, 12], [39, 9], [52, 6], [-5, 52], [60, 6]];
  for (const [week, pain] of pains) it(`painAt(${week}) is ${pain}`, () => expect(painAt(week, course)).to.be.closeTo(pain, 1e-9));

  it('chart: weeks run left to right, more pain is higher, the band encloses the line', () => {
    const plot: Plot = { width: 340, height: 230, left: 40, right: 14, top: 32, bottom: 36, maxWeek: 52, maxPain: 100 };
    const c = chart(course, plot);
    expect(c.x(0)).to.equal(40);
    expect(c.x(52)).to.equal(326);
    expect(c.y(100)).to.equal(32);
    expect(c.y(0)).to.equal(194);
    expect(c.line).to.equal(`M40 ${c.y(52)} L${c.x(6)} ${c.y(23)} L${c.x(26)} ${c.y(12)} L326 ${c.y(6)}`);
    expect(c.band.startsWith(`M40 ${c.y(57)}`)).to.equal(true);
    expect(c.band).to.contain(`L40 ${c.y(48)}`);
    expect(c.band.endsWith('Z')).to.equal(true);
  });
});
