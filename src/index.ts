/**
 * rugwijs: patient-education web components about low back pain.
 *
 * This entry has no side effects: it exports the element classes, the content and the pure logic.
 * Import `rugwijs/define` (or one element's `define`) to register the tags.
 */
export { RugwijsElement } from './base/rugwijs-element.js';
// Every element class with its public types (the list is src/registry.json).
export * from './generated/classes.js';
export { tags, type Tag } from './generated/registry.js';
export type { RugwijsEventDetails, RugwijsEventsOf } from './generated/events.js';
export { setLocale, currentLocale, localeReady, matchLocale, regionOfLocale, type Locale, type Region } from './base/localization.js';
export { VERSION } from './base/version.js';

export * from './data/types.js';
export { exercises, exerciseIds, generalSafety } from './data/exercises.js';
export { sources } from './data/sources.js';
export { doseText } from './data/dose-text.js';
export { validateSettings, type Problem, type ProblemCode, type PracticeSettings } from './data/validate.js';
export { validateExercise, validateDose, type ExerciseResult } from './data/validate-exercise.js';
export { buildPlan, type Item as GuidedItem, type Session as GuidedSession } from './model/session.js';
export { warningSigns, levels, groups, type WarningSign, type OwnSign, type Level, type SignGroup } from './data/warning-signs.js';
export { triage, catalogue, contactFor, type Advice, type Answer, type Answers, type Contact, type TriageOptions } from './model/triage.js';
export { validateSigns } from './data/validate-signs.js';
export { loads, reliefs, loadKinds, steps as bucketSteps, startCapacity, growth, lastDrop, type Load, type OwnLoad, type LoadKind, type Relief, type BucketStep } from './data/bucket.js';
export { bucketState, capacityAfter, isOverflowing, percentFull, type BucketInput, type BucketState } from './model/bucket.js';
export { validateLoads } from './data/validate-loads.js';
export { statements as mythStatements, statementIds as mythStatementIds, type Statement as MythStatement } from './data/myths.js';
export { mythScore, type MythAnswers, type MythScore } from './model/myths.js';
export { osullivan2020, pengel2003 } from './data/evidence.js';
export { brinjikji2015 } from './data/myths.js';
export { costa2012, nhgLrs2015 } from './data/recovery.js';
export { course as recoveryCourse, courseFacts, phases as recoveryPhases, phaseIds as recoveryPhaseIds, type CoursePoint, type Phase as RecoveryPhase, type PhaseId as RecoveryPhaseId } from './data/recovery.js';
export { phaseOf, painAt, chart as courseChart, type Plot as CoursePlot, type Chart as CourseChart } from './model/recovery.js';
export { situations as selfCareSituations, situationIds as selfCareSituationIds, mistakes as selfCareMistakes, whenToCall, type Situation as SelfCareSituation, type SituationId as SelfCareSituationId, type MistakeId as SelfCareMistakeId, type Tip as SelfCareTip } from './data/self-care.js';
