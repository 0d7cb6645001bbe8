import { expect } from '@open-wc/testing';
import { firstOpen, isRight, mythScore } from '../../src/model/myths.js';
import { parseIdList, parseId } from '../../src/data/validate-explainers.js';
import { parseWeek } from '../../src/data/validate-week.js';

const quiz = [
  { id: 'a', true: false },
  { id: 'b', true: true },
  { id: 'c', true: false },
];

describe('model/myths', () => {
  it('isRight: an answer matches the truth; no answer is neither', () => {
    expect(isRight(true, true)).to.equal(true);
    expect(isRight(true, false)).to.equal(false);
    expect(isRight(false, false)).to.equal(true);
    expect(isRight(false, true)).to.equal(false);
    expect(isRight(false, undefined)).to.equal(undefined);
  });

  const cases: [string, Record<string, boolean>, { right: number; answered: number; total: number }][] = [
    ['nothing answered', {}, { right: 0, answered: 0, total: 3 }],
    ['one right', { a: false }, { right: 1, answered: 1, total: 3 }],
    ['one not right', { a: true }, { right: 0, answered: 1, total: 3 }],
    ['all right', { a: false, b: true, c: false }, { right: 3, answered: 3, total: 3 }],
    ['all not right', { a: true, b: false, c: true }, { right: 0, answered: 3, total: 3 }],
    ['answers outside the quiz do not count', { a: false, z: true }, { right: 1, answered: 1, total: 3 }],
  ];
  for (const [name, answers, score] of cases) it(`mythScore: ${name}`, () => expect(mythScore(quiz, answers)).to.deep.equal(score));

  it('mythScore ignores inherited keys', () => {
    expect(mythScore([{ id: 'toString', true: true }], {})).to.deep.equal({ right: 0, answered: 0, total: 1 });
  });

  it('firstOpen: the first statement without an answer, or the end', () => {
    expect(firstOpen(quiz, {})).to.equal(0);
    expect(firstOpen(quiz, { a: true })).to.equal(1);
    expect(firstOpen(quiz, { a: true, c: false })).to.equal(1);
    expect(firstOpen(quiz, { a: true, b: true, c: true })).to.equal(3);
  });
});

describe('data/validate-explainers', () => {
  const known = ['x', 'y', 'z'];
  const table: [string, unknown, string[], number][] = [
    ['empty means all', '', known, 0],
    ['undefined means all', undefined, known, 0],
    ['a comma list, in its order', 'z, x', ['z', 'x'], 0],
    ['a JSON array', '["y","x"]', ['y', 'x'], 0],
    ['an array', ['y'], ['y'], 0],
    ['duplicates once', 'x,x,y', ['x', 'y'], 0],
    ['an unknown id is left out', 'x,nope', ['x'], 1],
    ['only unknown ids: all', 'nope', known, 1],
    ['broken JSON: all', '["x"', known, 1],
    ['a number in the array', ['x', 3], ['x'], 1],
    ['an object: all', { x: 1 }, known, 1],
  ];
  for (const [name, value, ids, problems] of table)
    it(`parseIdList: ${name}`, () => {
      const result = parseIdList(value, known, 'statements', 'unknown-statement');
      expect(result.ids).to.deep.equal(ids);
      expect(result.problems).to.have.length(problems);
      for (const p of result.problems) expect(p).to.include({ attribute: 'statements', code: 'unknown-statement' });
    });

  it('parseId: one known id, else the first with a problem', () => {
    expect(parseId('y', known, 'situation', 'unknown-situation')).to.deep.equal({ id: 'y', problems: [] });
    expect(parseId('', known, 'situation', 'unknown-situation')).to.deep.equal({ id: 'x', problems: [] });
    const bad = parseId('q', known, 'situation', 'unknown-situation');
    expect(bad.id).to.equal('x');
    expect(bad.problems[0]).to.include({ attribute: 'situation', value: 'q', code: 'unknown-situation' });
  });

  const weeks: [unknown, number, number][] = [
    [undefined, 0, 0], ['', 0, 0], ['0', 0, 0], ['6', 6, 0], [52, 52, 0], ['53', 0, 1], [-1, 0, 1], ['2.5', 0, 1], ['abc', 0, 1], [3.5, 0, 1],
  ];
  for (const [value, week, problems] of weeks)
    it(`parseWeek(${JSON.stringify(value)})`, () => {
      const result = parseWeek(value);
      expect(result.week).to.equal(week);
      expect(result.problems).to.have.length(problems);
    });
});
