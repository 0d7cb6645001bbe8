import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { catalogue, triage, type Answer, type Region } from '../../src/model/triage.js';
import { levels, warningSigns, type Level } from '../../src/data/warning-signs.js';

/** Copied from content-brief.md section 2: the public ids and their levels. */
const brief: Record<string, Level> = {
  'aneurysm-pain': 'emergency', 'chest-pain': 'emergency', 'major-trauma': 'emergency',
  'bladder-bowel': 'urgent', 'saddle-numbness': 'urgent', 'both-legs-weakness': 'urgent', 'sexual-function': 'urgent', 'fever-infection': 'urgent', 'fracture-risk': 'urgent',
  'weight-loss': 'soon', 'cancer-history': 'soon', 'night-pain': 'soon', 'lump-deformity': 'soon', 'age-onset': 'soon', 'inflammatory-stiffness': 'soon', 'one-leg-nerve': 'soon',
  'no-improvement': 'review', 'recurring-pain': 'review',
  'morning-stiffness': 'none', 'quick-fatigue': 'none', 'intermittent-pain': 'none', 'sleep-position': 'none', 'pelvis-hip-tension': 'none', 'gait-posture-change': 'none', 'compensating': 'none',
};
const regions: Region[] = ['NL', 'BE', 'INT'];
const rank = (l: Level) => levels.indexOf(l);
const quiet = { warn: () => {} };

describe('model/triage', () => {
  it('has exactly the signs and levels of the content brief', () => {
    expect(Object.fromEntries(warningSigns.map((s) => [s.id, s.level]))).to.deep.equal(brief);
  });

  for (const [id, level] of Object.entries(brief)) {
    it(`${id} alone gives ${level} in every region, and "unsure" counts as yes`, () => {
      for (const region of regions) {
        for (const answer of ['yes', 'unsure'] as Answer[]) {
          const advice = triage({ [id]: answer }, { region });
          expect(advice.level, `${region} ${answer}`).to.equal(level);
          expect(advice.signs).to.deep.equal([id]);
          expect(advice.contact.region).to.equal(region);
        }
        expect(triage({ [id]: 'no' }, { region }).level).to.equal('none');
      }
    });
  }

  it('gives every pair of signs the higher of their two levels', () => {
    const ids = Object.keys(brief);
    for (const a of ids) {
      for (const b of ids) {
        const higher = rank(brief[a]!) <= rank(brief[b]!) ? brief[a]! : brief[b]!;
        const advice = triage({ [a]: 'yes', [b]: 'unsure' });
        expect(advice.level, `${a} + ${b}`).to.equal(higher);
        for (const id of [a, b]) expect(advice.signs.includes(id), `${id} in signs`).to.equal(brief[id] === higher);
      }
    }
  });

  it('says whom to call, and the numbers, per region', () => {
    const emergency = (region: Region, emergencyNumber?: string) => triage({ 'chest-pain': 'yes' }, { region, ...(emergencyNumber ? { emergencyNumber } : {}) }).contact;
    expect(emergency('NL')).to.deep.equal({ region: 'NL', who: 'emergency', when: 'now', phone: '112' });
    expect(emergency('BE').phone).to.equal('112');
    expect(emergency('BE', '999').phone, 'NL and BE always use 112').to.equal('112');
    expect(emergency('INT').phone).to.equal('112');
    expect(emergency('INT', '999').phone).to.equal('999');

    const urgent = (region: Region, outOfHoursPhone?: string) => triage({ 'bladder-bowel': 'yes' }, { region, ...(outOfHoursPhone ? { outOfHoursPhone } : {}) }).contact;
    expect(urgent('NL')).to.deep.equal({ region: 'NL', who: 'gp', when: 'today', outOfHours: { who: 'huisartsenpost' } });
    expect(urgent('NL', '0900 1234').outOfHours).to.deep.equal({ who: 'huisartsenpost', phone: '0900 1234' });
    expect(urgent('BE').outOfHours).to.deep.equal({ who: 'huisarts-van-wacht', phone: '1733' });
    expect(urgent('INT', '111').outOfHours).to.deep.equal({ who: 'on-call', phone: '111' });

    expect(triage({ 'weight-loss': 'yes' }).contact).to.deep.equal({ region: 'NL', who: 'gp', when: 'within-days' });
    expect(triage({ 'recurring-pain': 'yes' }, { region: 'BE' }).contact.who).to.equal('gp-or-therapist');
    expect(triage({}, { region: 'NL' }).contact).to.deep.equal({ region: 'NL', who: 'therapist', when: 'self-care', directAccess: true });
    expect(triage({}, { region: 'BE' }).contact).to.deep.equal({ region: 'BE', who: 'therapist', when: 'self-care' });
  });

  it('gives none with no sign ticked, and names the early signs that were', () => {
    expect(triage({})).to.deep.include({ level: 'none', signs: [] });
    const all = Object.fromEntries(Object.keys(brief).map((id) => [id, 'no' as Answer]));
    expect(triage(all).level).to.equal('none');
    expect(triage({ 'morning-stiffness': 'yes', 'quick-fatigue': 'unsure' }).signs).to.deep.equal(['morning-stiffness', 'quick-fatigue']);
  });

  it('ignores unknown ids with one warning', () => {
    const warnings: string[] = [];
    const advice = triage({ 'not-a-sign': 'yes', 'also-not': 'yes', 'weight-loss': 'yes' }, { warn: (m) => warnings.push(m) });
    expect(advice.level).to.equal('soon');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('not-a-sign').and.contain('also-not');
  });

  it("lets a practice's extra signs add and raise, never lower or remove", () => {
    const extra = [
      { id: 'recurring-pain', level: 'urgent' as Level, group: 'pain' as const, question: 'x', sources: [] },
      { id: 'chest-pain', level: 'none' as Level, group: 'general' as const, question: 'x', sources: [] },
      { id: 'practice-own', level: 'soon' as Level, group: 'general' as const, question: 'Eigen vraag?', sources: [] },
    ];
    expect(triage({ 'recurring-pain': 'yes' }, { signs: extra }).level).to.equal('urgent');
    expect(triage({ 'chest-pain': 'yes' }, { signs: extra }).level).to.equal('emergency');
    expect(triage({ 'practice-own': 'yes' }, { signs: extra }).level).to.equal('soon');
    const all = catalogue(extra);
    for (const id of Object.keys(brief)) expect(all.has(id), id).to.equal(true);
  });

  describe('properties (fast-check)', () => {
    const ids = [...Object.keys(brief), 'practice-own', 'unknown-id'];
    const extra = [{ id: 'practice-own', level: 'urgent' as Level, group: 'general' as const, question: 'x', sources: [] }];
    const answers = fc.dictionary(fc.constantFrom(...ids), fc.constantFrom<Answer>('yes', 'no', 'unsure'));

    it('adding a yes never lowers the level', () => {
      fc.assert(
        fc.property(answers, fc.constantFrom(...ids), fc.constantFrom(...regions), (given, id, region) => {
          const before = triage(given, { region, signs: extra, ...quiet });
          const after = triage({ ...given, [id]: 'yes' }, { region, signs: extra, ...quiet });
          return rank(after.level) <= rank(before.level);
        }),
        { numRuns: 500 },
      );
    });

    it('"unsure" is the same as "yes"', () => {
      fc.assert(
        fc.property(answers, (given) => {
          const asYes = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, v === 'unsure' ? 'yes' : v])) as Record<string, Answer>;
          const a = triage(given, { ...quiet, signs: extra });
          const b = triage(asYes, { ...quiet, signs: extra });
          return a.level === b.level && a.signs.join() === b.signs.join();
        }),
        { numRuns: 300 },
      );
    });

    it('the level is the highest level among the signs answered yes or unsure', () => {
      fc.assert(
        fc.property(answers, (given) => {
          const known = catalogue(extra);
          const positive = Object.entries(given).filter(([id, a]) => known.has(id) && a !== 'no');
          const expected = positive.reduce<Level>((l, [id]) => (rank(known.get(id)!.level) < rank(l) ? known.get(id)!.level : l), 'none');
          return triage(given, { ...quiet, signs: extra }).level === expected;
        }),
        { numRuns: 300 },
      );
    });
  });
});
