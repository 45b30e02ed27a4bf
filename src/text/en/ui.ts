/** English text of the ui room. The Spanish catalogue (../es/ui.ts) must match it key for key. */

/** Key hints: each a key and what it does, shown as "key action" two spaces apart; never split. */
export type KeyHints = readonly (readonly [key: string, action: string])[];

/** Theories of violence by id, as the status line names them. */
type TheoryNames = Readonly<Record<string, string>>;

export const ui = {
  versus: 'vs',
  baselineName: 'status quo',
  tooSmall: (needW: number, needH: number, w: number, h: number): string =>
    `enlarge the terminal (needs ${needW}×${needH}, now ${w}×${h})`,
  tooSmallHint: 'q quits',
  leversTitle: 'Levers',
  extrasTitle: 'Also in the article',
  articleWords: 'Article:',
  on: 'on',
  off: 'off',
  computing: 'computing…',
  /** `runs` is already formatted ("1,000"). */
  runsStatus: (runs: string, capped: boolean): string =>
    capped ? `${runs} runs (capped for interactivity)` : `${runs} runs`,
  runsStatusShort: (runs: string, capped: boolean): string => (capped ? `${runs} runs (capped)` : `${runs} runs`),
  unsavedMark: '●',
  unsavedWord: 'modified',
  /** The keys of the status line, most useful first; the ones that do not fit are left out whole. */
  statusKeys: [
    ['↑↓', 'select'],
    ['←→', 'adjust'],
    ['u', 'undo'],
    ['Tab', 'chart'],
    ['g', 'curve'],
    ['a', 'assumptions'],
    ['e', 'explain'],
    ['c', 'compare'],
    ['d', 'debate'],
    ['s', 'save'],
    ['o', 'open'],
    ['x', 'brief'],
  ] as KeyHints,
  statusKeysChart: [
    ['←→', 'month'],
    ['[ ]', 'year'],
    ['↑↓', 'chart'],
    ['g', 'curve'],
    ['Tab', 'levers'],
    ['e', 'explain'],
    ['a', 'assumptions'],
  ] as KeyHints,
  /** Always shown at the end of the status line, after the language key (which names the other language). */
  statusKeysEnd: [
    ['?', 'help'],
    ['q', 'quit'],
  ] as KeyHints,
  /** After L: the language now in force, by its own name. */
  languageSwitched: (name: string): string => `language: ${name}`,
  legendMedian: 'scenario',
  legendBand: 'P10–P90',
  legendBaseline: 'status quo',
  legendHistory: 'history',
  legendObserved: 'INEGI',
  legendCompare: 'other',
  legendCompareBand: 'other P10–P90',
  legendHindcast: (until: number): string => `hindcast from ${until}`,
  legendHindcastShort: 'hindcast',
  theoryPooled: (parts: string): string => `theory: pooled (${parts})`,
  theoryPooledTop: (part: string): string => `theory: pooled · ${part}`,
  theoryPooledShort: 'theory: pooled',
  theoryShare: (name: string, pct: string): string => `${name} ${pct}`,
  theoryOne: (name: string, skill: string): string => `theory: ${name} · hindcast skill ${skill}`,
  theoryOneMid: (name: string, skill: string): string => `theory: ${name} · skill ${skill}`,
  theoryOneShort: (name: string): string => `theory: ${name}`,
  /** Short names of the theories of violence (their ids in English). */
  theoryNames: {
    pooled: 'pooled',
    conflict: 'conflict',
    fragmentation: 'fragmentation',
    confrontation: 'confrontation',
    persistence: 'persistence',
  } as TheoryNames,
  hindcastLong: (until: number, mape: string, persistence: string): string =>
    `hindcast from ${until}: ${mape} error vs ${persistence} for carrying ${until} forward`,
  hindcastMid: (until: number, mape: string, persistence: string): string =>
    `hindcast from ${until}: ${mape} error vs ${persistence} persistence`,
  hindcastShort: (mape: string, persistence: string): string => `hindcast ${mape} vs ${persistence} persistence`,
  hindcastTiny: (mape: string): string => `hindcast ${mape} error`,
  hindcastComputing: (until: number): string => `hindcast from ${until}: running…`,
  hindcastComputingShort: 'hindcast…',
  hindcastFailed: 'hindcast failed',
  hindcastReadout: (month: string, observed: string, p50: string, p10: string, p90: string): string =>
    `${month}  INEGI ${observed}  hindcast P50 ${p50}  P10–P90 ${p10}–${p90}`,
  hindcastReadoutShort: (month: string, observed: string, p50: string): string =>
    `${month}  INEGI ${observed}  hindcast P50 ${p50}`,
  cursorReadout: (month: string, p50: string, p10: string, p90: string, base: string): string =>
    `${month}  P50 ${p50}  P10–P90 ${p10}–${p90}  baseline ${base}`,
  cursorReadoutShort: (month: string, p50: string, p10: string, p90: string): string =>
    `${month}  P50 ${p50}  P10–P90 ${p10}–${p90}`,
  noData: 'no data yet',
  narrationPending: 'computing the curve…',
  /** The baseline as the chart sentences name it ("12% below the status quo"). */
  narrationBaseline: 'the status quo',
  assumptionsFor: (what: string): string => `Assumptions behind ${what}`,
  assumptionsNone: 'no labeled assumptions found for this selection',
  assumptionsTitle: 'All assumptions',
  assumptionsKeys: [
    ['↑↓', 'scroll'],
    ['/', 'filter'],
    ['f', 'list'],
    ['←→', 'fix a value within range'],
    ['c', 'camp'],
    ['r', 'reset'],
    ['u', 'undo'],
    ['Enter', 'full source'],
    ['Esc', 'close'],
  ] as KeyHints,
  assumptionsShow: (name: string): string => `[${name}]`,
  assumptionsShowNames: {
    all: 'all',
    contested: 'contested (camps)',
    guess: "modeller's guesses",
    changed: 'changed here',
  },
  assumptionsNoneListed: 'none in this list (f for the next list, / to change the filter)',
  changedLegend: '* changed here (value or camp)',
  filterPrompt: 'filter: ',
  /** Where a figure comes from, by assumption kind. */
  kind: { article: 'article', research: 'research', derived: 'derived', guess: "modeller's guess" },
  /** The same, shorter, for a narrow line. */
  kindShort: { article: 'article', research: 'research', derived: 'derived', guess: 'guess' },
  /** How sure a figure is, as the assumption browser's detail line says it. */
  confidenceOf: (level: string): string => `confidence ${level}`,
  changedMark: '*',
  fixedWord: 'fixed',
  fixedDetail: 'fixed by the scenario: every run uses this value, none draws it',
  rangeDetail: (low: string, high: string): string => `drawn over the scenario's own range ${low}–${high}`,
  assumptionFixed: (id: string, value: string, unit: string): string =>
    `${id} fixed at ${`${value} ${unit}`.trim()}: every run uses it now (r: drawn again)`,
  campLabel: 'camp',
  campChoice: (n: number): string => `[1 of ${n} camps]`,
  source: 'source',
  explainTitle: (label: string): string => `Explain: ${label}`,
  explainEquation: 'Equation (as the model runs it)',
  explainSymbols: 'Symbols',
  /** The effect over paired runs: its median (with unit), P10 and P90 in the unit, median in %, wins. */
  explainEffect: (runs: number, amount: string, p10: string, p90: string, pct: string, wins: number): string =>
    `Effect over ${runs} paired runs: ${amount}, ${pct} (median of the paired differences; P10 ${p10}, P90 ${p90}); better in ${wins} of ${runs}`,
  explainEffectComputing: (runs: number): string => `Effect over ${runs} paired runs: computing…`,
  explainEffectFailed: (message: string): string => `Effect over paired runs: ${message}`,
  explainMoved: 'What moved it against the baseline in the central run (2019–2030 sum, one-at-a-time reset)',
  explainNothingChanged: 'no lever or assumption differs from the baseline',
  explainNoEquation: 'no equation found for this curve',
  explainKeys: [['Esc', 'close']] as KeyHints,
  explainLever: (label: string): string => `lever: ${label}`,
  explainAssumption: (label: string): string => `assumption: ${label}`,
  explainTime: 'time',
  /** What kind of setting moved a curve. */
  explainKinds: { lever: 'lever', assumption: 'assumption', camp: 'camp' },
  explainCamp: (label: string, camp: string): string => `${label} (camp ${camp})`,
  compareTitle: 'Compare scenarios',
  compareChoose: 'Choose the other scenario (↑↓, Enter); Esc close',
  compareChooseShort: 'choose a file',
  compareNoFiles: 'no scenario files found in scenarios/',
  compareCurrent: 'current',
  compareOther: 'other',
  /** The difference column: of the two medians, not the effect over paired runs. */
  compareDiff: 'other − current (medians)',
  compareMetric: 'metric',
  compareLevers: 'Levers that differ (current → other)',
  compareNoLeverDiff: 'same lever settings',
  compareKeys: [
    ['↑↓', 'choose other file'],
    ['Enter', 'load'],
    ['g', 'curve'],
    ['Esc', 'close'],
  ] as KeyHints,
  metricHomicidesYear: (y: number): string => `homicides ${y}`,
  metricHomicidesTotal: 'homicides 2019–2030',
  metricRevenueYear: (y: number): string => `cartel revenue ${y}`,
  metricRevenueTotal: 'cartel revenue 2019–2030',
  debateTitle: (a: string, b: string): string => `Debate: ${a} vs ${b}`,
  debateMetric: (label: string, better: 'lower' | 'higher'): string =>
    `‹ ${label} ›  ${better === 'lower' ? 'lower' : 'higher'} is better`,
  debateTabs: { sensitivity: 'Sensitivity', cruxes: 'Cruxes', attribution: 'Attribution', claim: 'Claim' },
  debateKeys: [
    ['←→', 'metric'],
    ['1–4 or Tab', 'view'],
    ['Esc', 'close'],
  ] as KeyHints,
  debateComputing: 'computing…',
  debateClaimComputing: (runs: number): string => `computing ${runs} paired runs…`,
  debateHow: {
    sensitivity: 'One assumption at a time from its low to its high end, all others central (central runs).',
    cruxes: 'Where “scenario beats baseline” flips inside an assumption’s range (central runs, both scenarios).',
    attribution: 'Exact Shapley share of each lever family in scenario − baseline (central runs).',
    claim: 'From paired runs: run i of both scenarios shares its random draws.',
  },
  debateNoSwing: 'no assumption moves this metric',
  debateCruxLead: (winner: string, loser: string, phrase: string, by: string): string =>
    `At central values ${winner} beats ${loser} on ${phrase} by ${by}`,
  debateCruxTie: (a: string, b: string, phrase: string): string => `At central values ${a} and ${b} tie on ${phrase}`,
  debateHolds: 'that holds across the range of every assumption',
  debateFlips: (n: number, label: string, flip: string, now: string): string =>
    `${n === 1 ? 'one assumption flips' : `${n} assumptions flip`} it inside its range, nearest ${label} at ${flip} (now ${now})`,
  debateHoldsAll: 'Holds across the range: no assumption flips the ranking. Closest calls (smallest lead):',
  debateHoldsRow: (label: string, margin: string): string => `  ${label}: ${margin}`,
  debateCruxRow: (flip: string, now: string, range: string): string => `flips at ${flip}  now ${now}  range ${range}`,
  debateMore: (n: number): string => `… and ${n} more`,
  debateSetsHeader: (k: number, runs: number): string =>
    `What you would have to believe (sets of up to ${k} changes that flip it, nearest first; ${runs} paired runs; distance in range units, a camp switch counts 1):`,
  debateSetsComputing: (k: number, runs: number): string =>
    `What you would have to believe: searching sets of up to ${k} changes (${runs} paired runs)…`,
  debateSetsNone: (k: number): string =>
    `What you would have to believe: no set of up to ${k} changes inside the ranges (or camp switches) flips it.`,
  debateSetsTie: 'What you would have to believe: the paired runs tie, so there is nothing to flip.',
  debateSetsDisagree:
    'What you would have to believe: the central run and the paired runs disagree on who leads; no sets searched.',
  debateSetsClosest: (changes: string, margin: string): string =>
    `  Closest call (central run only): ${changes} leaves a lead of ${margin}`,
  debateSetRow: (rank: number, distance: string, effect: string, share: string): string =>
    `${rank}. distance ${distance}: effect ${effect}, scenario better in ${share} of runs`,
  debateSetChange: (label: string, from: string, to: string): string => `${label} ${from} → ${to}`,
  debateNothingDiffers: 'the scenario has the baseline’s lever settings: nothing to attribute',
  /** The effect in the metric's unit: the median of the paired differences and their P10–P90. */
  debateClaimEffect: (p50: string, p10: string, p90: string): string =>
    `Effect: ${p50} (median of the paired differences; P10 ${p10}  P90 ${p90})`,
  debateClaimRange: (p10: string, p50: string, p90: string): string =>
    `In % of the baseline: P10 ${p10}  median ${p50}  P90 ${p90}`,
  debateClaimRuns: (runs: number, seed: string, wins: number): string =>
    `${runs} paired runs (a small ensemble, for speed), seed ${seed}; better in ${wins} of ${runs}`,
  debateClaimFingerprints: (a: string, b: string): string => `Fingerprints: scenario ${a}  baseline ${b}`,
  debateClaimReproduce: 'Reproduce it:',
  debateClaimUnsaved: 'The scenario has unsaved changes: save it (s) first for the command to reproduce this card.',
  debateClaimNoFile: (path: string): string =>
    `The scenario has no file yet: save it as ${path} (s) for the command to work.`,
  /** The baseline as the debate's sentences and claim card name it. */
  debateBaselineName: 'the status quo',
  savePrompt: 'Save scenario as: ',
  savePromptShort: 'Save as: ',
  saveHint: 'Enter save  Esc cancel',
  overwritePrompt: (path: string): string => `${path} exists. Overwrite? (y)es/(n)o`,
  saved: (path: string): string => `saved ${path}`,
  saveFailed: (message: string): string => `could not save: ${message}`,
  /** `runs` is already formatted ("1,000"). */
  briefPrompt: (runs: string, seed: string): string => `Write brief (${runs} runs, seed ${seed}) to: `,
  briefPromptShort: 'Write brief to: ',
  briefHint: 'Enter (.html or .md)  Esc cancel',
  briefHintShort: 'Esc cancel',
  briefBadExtension: 'use a name ending in .html or .md',
  briefOverwritePrompt: (path: string): string => `${path} exists. Overwrite the brief? (y)es/(n)o`,
  briefWriting: (runs: string): string => `writing the brief vs the status quo… (a few seconds; ${runs} runs)`,
  briefWritten: (path: string, runs: string): string => `brief written to ${path} (${runs} runs)`,
  briefFailed: (message: string): string => `could not write the brief: ${message}`,
  briefNoFolder: (dir: string): string => `there is no folder ${dir}`,
  briefExists: (path: string): string => `${path} exists`,
  briefReproduceUnsaved: (file: string): string =>
    `# Written from unsaved changes: save the scenario as ${file} first (s in the explorer), then run:`,
  briefReproduceNoFile: (file: string): string =>
    `# Written from a scenario with no file: save it as ${file} first (s in the explorer), then run:`,
  openPrompt: 'Open scenario file: ',
  openHint: '↑↓ pick a file  Enter open  Esc cancel',
  opened: (path: string): string => `opened ${path}`,
  openFailed: (message: string): string => `could not open: ${message}`,
  /** The y/n answers are msg.common.yesKeys and noKeys; these cancel a question. */
  cancelKeys: ['c'] as readonly string[],
  unsavedPrompt: 'unsaved changes: save? (y)es/(n)o/(c)ancel',
  unsavedOpenPrompt: 'unsaved changes: save before opening another file? (y)es/(n)o, discard them/(c)ancel',
  unsavedOpenPromptShort: 'unsaved changes: save before opening? (y)es/(n)o, discard/(c)ancel',
  resetAll: (path: string | undefined): string =>
    path === undefined
      ? 'reset to the scenario as it started (u undoes)'
      : `reset to ${path} as opened or last saved (u undoes)`,
  undone: 'undid the last change',
  nothingToUndo: 'nothing to undo',
  helpTitle: 'Keys',
  helpClose: 'Esc or ? closes this help',
  /** Every key and what it does; each fits one line of an 80-column terminal beside its key. */
  help: [
    ['↑ / ↓', 'select a lever (in the chart: the upper or lower chart)'],
    ['← / →', 'adjust the lever (in the chart: move the cursor; [ ] by a year)'],
    ['PgUp / PgDn', 'jump to the previous/next lever family'],
    ['space', 'toggle an on/off lever'],
    ['r / R', 'reset the lever to the status quo / all to the file as opened'],
    ['u', 'undo the last change (levers, assumptions, camps, resets)'],
    ['Tab / f', 'switch focus between levers and chart'],
    ['g / G', 'cycle the selected chart through other curves'],
    ['a', 'all assumptions: / filter, f lists, ←→ fix a value, c camp'],
    ['', 'the theory of violence: filter "theory", then c switches its camp'],
    ['e', 'explain the selected curve: equation, symbols, what moved it'],
    ['c', 'compare with another scenario file'],
    ['d', 'debate tools: sensitivity, cruxes, attribution, claim'],
    ['s / o', 'save the scenario as YAML / open a scenario file'],
    ['x', 'write a brief of the scenario vs the status quo (.html or .md)'],
    ['L', 'switch the language (English / español)'],
    ['? / Esc', 'this help / close an overlay'],
    ['q / Ctrl-C', 'quit (asks first when there are unsaved changes)'],
  ] as KeyHints,
  /** Shorter names for the levers panel, used when a lever's full name does not fit beside its value. */
  leverShort: {
    amnesty_coverage: 'Amnesty',
    drawdown_share: 'Troops withdrawn',
    us_gun_action: 'US gun action',
    cannabis_legal_share: 'Domestic share legal',
    guard_size: 'Natl. Guard',
    guard_build_years: 'Years to build',
    guard_military_share: 'Guard from military',
    guard_vetting: 'Guard vetting',
    youth_budget: 'Youth budget',
    youth_cost_per_participant: 'Cost/person',
    all_drugs_start_year: 'All-drug start',
    youth_start_year: 'Programme starts',
  } as Readonly<Record<string, string>>,
  /** Lever families as the levers panel and the attribution name them. */
  families: {
    cannabis: 'Marijuana legalization',
    amnesty: 'Amnesty',
    drawdown: 'Military drawdown',
    guard: 'National Guard',
    youth: 'Youth scholarships & job training',
    all_drugs: 'Legalize all drugs',
    guns: 'US gun action',
    kingpin: 'Kingpin targeting',
  } as Readonly<Record<string, string>>,
  /** Shorter family names, for a family's row when its full name does not fit beside the value. */
  familiesShort: {} as Readonly<Record<string, string>>,
};
