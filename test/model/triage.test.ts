import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { askOrder, catalogue, triage, type Answer, type Region } from '../../src/model/triage.js';
import { levels, warningSigns, type Level } from '../../src/data/warning-signs.js';

/** Copied from content-brief.md section 2: the public ids and their levels. */
const brief: Record<string, Level> = {
  'aneurysm-pain': 'emergency', 'chest-pain': 'emergency', 'major-trauma': 'emergency',
  'bladder-bowel': 'urgent', 'saddle-numbness': 'urgent', 'both-legs-weakness': 'urgent', 'sexual-function': 'urgent', 'fever-infection': 'urgent', 'foot-drop': 'urgent', 'fracture-risk': 'urgent',
  'weight-loss': 'soon', 'cancer-history': 'soon', 'night-pain': 'soon', 'lump-deformity': 'soon', 'age-onset': 'soon', 'inflammatory-stiffness': 'soon', 'one-leg-nerve': 'soon', 'worsening': 'soon',
  'no-improvement': 'review', 'recurring-pain': 'review',
  'morning-stiffness': 'none', 'quick-fatigue': 'none', 'intermittent-pain': 'none', 'sleep-position': 'none', 'pelvis-hip-tension': 'none', 'gait-posture-change': 'none', 'compensating': 'none',
};
const regions: Region[] = ['NL', 'BE', 'INT'];
/** Region INT follows the NHS: these cauda equina signs are an emergency there; NL and BE keep them urgent (NHG). */
const nhsEmergency = ['bladder-bowel', 'saddle-numbness', 'both-legs-weakness'];
const levelIn = (id: string, region: Region): Level => (region === 'INT' && nhsEmergency.includes(id) ? 'emergency' : brief[id]!);
const rank = (l: Level) => levels.indexOf(l);
const quiet = { warn: () => {} };

describe('model/triage', () => {
  it('has exactly the signs and levels of the content brief', () => {
    expect(Object.fromEntries(warningSigns.map((s) => [s.id, s.level]))).to.deep.equal(brief);
  });

  for (const id of Object.keys(brief)) {
    it(`${id} alone gives its level in every region, and "unsure" counts as yes`, () => {
      for (const region of regions) {
        for (const answer of ['yes', 'unsure'] as Answer[]) {
          const advice = triage({ [id]: answer }, { region });
          expect(advice.level, `${region} ${answer}`).to.equal(levelIn(id, region));
          expect(advice.signs).to.deep.equal([id]);
          expect(advice.contact.region).to.equal(region);
        }
        expect(triage({ [id]: 'no' }, { region }).level).to.equal('none');
      }
    });
  }

  it('gives every pair of signs the higher of their two levels, in every region', () => {
    const ids = Object.keys(brief);
    for (const region of regions) {
      for (const a of ids) {
        for (const b of ids) {
          const [la, lb] = [levelIn(a, region), levelIn(b, region)];
          const higher = rank(la) <= rank(lb) ? la : lb;
          const advice = triage({ [a]: 'yes', [b]: 'unsure' }, { region });
          expect(advice.level, `${region} ${a} + ${b}`).to.equal(higher);
          for (const id of [a, b]) expect(advice.signs.includes(id), `${id} in signs`).to.equal(levelIn(id, region) === higher);
        }
      }
    }
  });

  it('gives the cauda equina signs emergency in INT (NHS) and urgent in NL and BE (NHG)', () => {
    for (const id of nhsEmergency) {
      expect(triage({ [id]: 'yes' }, { region: 'INT' }).level, id).to.equal('emergency');
      expect(triage({ [id]: 'yes' }, { region: 'INT' }).contact.who).to.equal('emergency');
      expect(triage({ [id]: 'yes' }, { region: 'NL' }).level, id).to.equal('urgent');
      expect(triage({ [id]: 'yes' }, { region: 'BE' }).level, id).to.equal('urgent');
    }
  });

  it('lists the emergency, urgent and soon signs without an answer, in the order they are asked', () => {
    for (const region of regions) {
      const mustAnswer = askOrder(warningSigns, region).filter((s) => rank(levelIn(s.id, region)) <= rank('soon')).map((s) => s.id);
      expect(triage({}, { region }).unanswered, region).to.deep.equal(mustAnswer);
      const someAnswered = triage({ [mustAnswer[0]!]: 'no', [mustAnswer[1]!]: 'yes', 'no-improvement': 'no' }, { region });
      expect(someAnswered.unanswered).to.deep.equal(mustAnswer.slice(2));
      const allNo = Object.fromEntries(mustAnswer.map((id) => [id, 'no' as Answer]));
      expect(triage(allNo, { region }).unanswered).to.deep.equal([]);
    }
    expect(triage({}).unanswered, 'review and early signs need no answer').to.not.include.members(['no-improvement', 'recurring-pain', 'morning-stiffness']);
  });

  it('asks emergency questions first, then urgent, soon and review, and the early signs last', () => {
    for (const region of regions) {
      const order = askOrder(warningSigns, region).map((s) => levelIn(s.id, region));
      expect(order[0], region).to.equal('emergency');
      expect([...order].sort((a, b) => rank(a) - rank(b)), region).to.deep.equal(order);
    }
    expect(askOrder(warningSigns, 'INT').slice(0, 6).map((s) => s.id)).to.include.members(nhsEmergency);
  });

  it('says whom to call, and the numbers, per region', () => {
    const emergency = (region: Region, emergencyNumber?: string) => triage({ 'chest-pain': 'yes' }, { region, ...(emergencyNumber ? { emergencyNumber } : {}) }).contact;
    expect(emergency('NL')).to.deep.equal({ region: 'NL', who: 'emergency', when: 'now', phone: '112' });
    expect(emergency('BE').phone).to.equal('112');
    expect(emergency('BE', '999').phone, 'NL and BE always use 112').to.equal('112');
    expect(emergency('INT').phone).to.equal('112');
    expect(emergency('INT', '999').phone).to.equal('999');

    const urgent = (region: Region, outOfHoursPhone?: string) => triage({ 'foot-drop': 'yes' }, { region, ...(outOfHoursPhone ? { outOfHoursPhone } : {}) }).contact;
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
    expect(triage({}).unanswered, 'an empty checklist is not a checklist answered no').to.have.length.above(10);
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
