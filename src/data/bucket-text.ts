/**
 * What the bucket explainer says, as functions so each sentence is looked up in the active locale
 * at render time. The statements come from content-brief.md section 3 and `bucketSources`: never
 * an absolute promise ("meestal"), never a recovery time, no words that make the back sound
 * fragile, and an overflow is never called damage.
 */
import { msg, str } from '@lit/localize';

export const bucketText = {
  heading: () => msg('Je rug als emmer', { id: 'bucket.heading' }),
  steps: () => msg('Stappen', { id: 'bucket.steps' }),
  stepOf: (step: number, of: number) => msg(str`Stap ${step} van ${of}`, { id: 'bucket.step-of' }),
  back: () => msg('Vorige', { id: 'bucket.back' }),
  next: () => msg('Volgende', { id: 'bucket.next' }),
  sources: () => msg('Bronnen', { id: 'bucket.sources' }),

  overflowing: () => msg('Je emmer loopt over.', { id: 'bucket.status.overflowing' }),
  percent: (percent: number) => msg(str`Je emmer is voor ${percent}% vol.`, { id: 'bucket.status.percent' }),
  /** The legend: what each colour of water is. */
  day: () => msg('Kleine dingen van vandaag', { id: 'bucket.legend.day' }),
  pen: () => msg('De pen', { id: 'bucket.legend.pen' }),
  was: () => msg('De streepjes laten zien waar je begon.', { id: 'bucket.legend-was' }),

  fill: [
    () => msg('Stel je voor: je rug is een emmer. De emmer is wat je rug nu aankan.', { id: 'bucket.fill.intro' }),
    () => msg('Veel dingen vullen dezelfde emmer. Niet alleen zwaar werk. Ook drukte, zorgen en slecht slapen. Tik aan wat bij jou past.', { id: 'bucket.fill.many' }),
  ],
  fuller: () => msg('Hoe voller de emmer, hoe minder je rug aankan.', { id: 'bucket.fill.fuller' }),
  alreadyOver: () => msg('Je emmer loopt nu al over. Dat voel je vaak als pijn. Meestal is het geen schade.', { id: 'bucket.fill.already-over' }),
  compact: () => msg('Je rug is als een emmer. Veel dingen vullen die emmer: zwaar werk, maar ook stress en slecht slapen. Tik aan wat bij jou past.', { id: 'bucket.compact.intro' }),

  /** Step 2 when the day's small things top the loads up to just below the brim. */
  topUp: () => msg('Je doet vandaag ook veel kleine dingen. Die vullen je emmer tot net onder de rand.', { id: 'bucket.overflow.top-up' }),
  /** Step 2 when the loads alone already fill the bucket to the brim or over it. */
  suppose: () => msg('Stel: vandaag zit je emmer tot net onder de rand.', { id: 'bucket.overflow.suppose' }),
  almostFull: () => msg('Is je emmer bijna vol? Dan kan iets kleins hem laten overlopen.', { id: 'bucket.overflow.intro' }),
  penButton: () => msg('Raap een pen op', { id: 'bucket.overflow.pen' }),
  tryPen: () => msg('Tik op de pen. Kijk wat er met je emmer gebeurt.', { id: 'bucket.overflow.try-pen' }),
  shoot: () => msg('Je emmer loopt over. Dan kan een kleine beweging je rug laten schieten. Zoals een pen oprapen.', { id: 'bucket.overflow.shoot' }),
  lastDrop: () => msg('Dat is de laatste druppel. Meestal is het geen schade. Je emmer was al vol.', { id: 'bucket.overflow.last-drop' }),

  protect: [
    () => msg('Loopt je emmer over? Dan slaat je lichaam alarm. Dat voel je als pijn.', { id: 'bucket.protect.alarm' }),
    () => msg('Pijn is een alarm. Meestal is er niets stuk.', { id: 'bucket.protect.not-broken' }),
    () => msg('Je lichaam gaat je rug dan beschermen. Dat gaat in een cirkel:', { id: 'bucket.protect.circle' }),
  ],
  round: () => msg('De cirkel gaat steeds rond. Zo kan de pijn blijven.', { id: 'bucket.protect.round' }),
  breakCycle: () => msg('Rustig blijven bewegen helpt om de cirkel te doorbreken.', { id: 'bucket.protect.break-help' }),

  helpIntro: () => msg('Twee dingen helpen. Probeer ze uit in de emmer.', { id: 'bucket.help.intro' }),
  lower: () => msg('1. Laat het water zakken', { id: 'bucket.help.lower' }),
  lowerText: () => msg('Dit haalt water uit je emmer. Zit je lang? Loop dan elke 30 tot 60 minuten even rond.', { id: 'bucket.help.lower-text' }),
  notOvernight: () => msg('Een volle emmer is niet in één nacht leeg. Geef het de tijd.', { id: 'bucket.help.not-overnight' }),
  grow: () => msg('2. Maak je emmer groter', { id: 'bucket.help.grow' }),
  growText: () => msg('Doe elke week een beetje meer. Zo kan je rug stap voor stap meer aan.', { id: 'bucket.help.grow-steps' }),
  pace: () => msg('Hoe snel dat gaat, verschilt per persoon.', { id: 'bucket.help.pace' }),
  weekBack: () => msg('Week terug', { id: 'bucket.help.week-back' }),
  weekOn: () => msg('Week verder', { id: 'bucket.help.week-on' }),
  /** How long the patient has been building up; `form` is the number's plural category. */
  weeks: (n: number, form: Intl.LDMLPluralRule) =>
    n === 0
      ? msg('Je begint nu', { id: 'bucket.help.weeks-none' })
      : form === 'one'
        ? msg(str`Na ${n} week`, { id: 'bucket.help.weeks-one' })
        : msg(str`Na ${n} weken`, { id: 'bucket.help.weeks-other' }),
  safe: () => msg('Bewegen is meestal veilig en het helpt.', { id: 'bucket.help.safe-mostly' }),
  safeWhy: () => msg('Zo merken je hersenen dat er geen gevaar is. Dan kunnen je spieren loslaten.', { id: 'bucket.help.safe-why-danger' }),
};
