/** English text of the render room. The Spanish catalogue (../es/render.ts) must match it key for key. */

/** Upper-cases the first letter (a sentence start). */
function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Conjugates a simple present verb for the subject: ("peak", plural) → "peak", singular → "peaks". */
function verb(base: string, plural: boolean): string {
  if (plural) return base;
  if (base === 'stay') return 'stays';
  if (/(s|sh|ch|x)$/.test(base)) return `${base}es`;
  return `${base}s`;
}

/** One bar of a narrated bar chart: its label and its formatted value. */
interface BarItem {
  readonly label: string;
  readonly value: string;
}

/** The sentences that describe charts (narrate.ts): one per chart, for screen readers and for pasting. */
const narrate = {
  /** How the baseline is named when the caller does not say. */
  defaultBaseline: 'the status-quo baseline',
  noData: (label: string) => `${label}: no data to describe.`,
  /** Whether a label takes a plural verb, from the last word of its head ("Homicides" yes, "Cannabis" no). */
  isPlural: (label: string): boolean => {
    const head = (label.split(/[,(:;–—]| of | on | in | per | from | by /)[0] ?? label).trim();
    if (/\s(and|&)\s/.test(head)) return true;
    const word = (head.split(/\s+/).pop() ?? '').toLowerCase();
    return /[a-z]s$/.test(word) && !/(ss|is|us)$/.test(word);
  },
  /** The subject of a series sentence: the label, or "It"/"They" when the chart's title is just above. */
  subject: (name: string, plural: boolean, pronoun: boolean) => (pronoun ? (plural ? 'They' : 'It') : cap(name)),
  single: (s: string, plural: boolean, value: string, year: number) =>
    `${s} ${plural ? 'are' : 'is'} ${value} in ${year}`,
  flat: (s: string, plural: boolean, mean: string, y0: number, y1: number) =>
    `${s} ${verb('stay', plural)} roughly flat at about ${mean} from ${y0} to ${y1}`,
  rising: (s: string, plural: boolean, v0: string, y0: number, v1: string, y1: number) =>
    `${s} ${verb('rise', plural)} from ${v0} in ${y0} to ${v1} by ${y1}`,
  falling: (s: string, plural: boolean, v0: string, y0: number, v1: string, y1: number) =>
    `${s} ${verb('fall', plural)} from ${v0} in ${y0} to ${v1} by ${y1}`,
  peak: (s: string, plural: boolean, peak: string, peakYear: number, v1: string, y1: number) =>
    `${s} ${verb('peak', plural)} in ${peakYear} at ${peak}, then ${plural ? 'fall' : 'falls'} to ${v1} by ${y1}`,
  trough: (s: string, plural: boolean, low: string, lowYear: number, v1: string, y1: number) =>
    `${s} ${verb('bottom', plural)} out in ${lowYear} at ${low}, then ${plural ? 'rise' : 'rises'} to ${v1} by ${y1}`,
  /** The comparison with the baseline that ends a series sentence (with its leading comma). */
  aboutSame: (ref: string) => `, about the same as ${ref}`,
  versus: (amount: string, above: boolean, ref: string) => `, ${amount} ${above ? 'above' : 'below'} ${ref}`,
  noBars: (title: string) => `${title}: nothing to compare.`,
  tornado: (top: string, metric: string, swing: string, low: string, high: string, next: readonly BarItem[]) => {
    let text = `The result hinges most on ${top}: from low to high it moves ${metric} by ${swing} (from ${low} to ${high})`;
    const items = next.map((n) => `${n.label} (${n.value})`);
    if (items.length === 1) text += `; next comes ${items[0]}`;
    if (items.length === 2) text += `; next come ${items[0]} and ${items[1]}`;
    return `${text}.`;
  },
  waterfall: (
    startLabel: string,
    start: string,
    top: BarItem,
    second: BarItem | undefined,
    metric: string,
    end: string,
    total: string,
  ) =>
    `From ${startLabel} at ${start}, the largest step is ${top.label} (${top.value})${
      second ? `, then ${second.label} (${second.value})` : ''
    }; together the steps take ${metric} to ${end} (${total} overall, in the central run).`,
  bands: (a: string, b: string) => `Shaded: ${a}'s P10–P90 range; hatched: ${b}'s.`,
  overlap: (year: number, a: string, b: string) => `In ${year} the two ranges overlap (${a} against ${b}).`,
  apart: (year: number, lower: string, low: string, high: string) =>
    `In ${year} the two ranges do not overlap: ${lower}'s is wholly lower (${low} against ${high}).`,
};

/** Words drawn on the SVG band charts. */
const bandChart = {
  band: 'P10–P90 range',
  baselineBand: 'Status quo P10–P90 (hatched)',
  scenario: 'Scenario (median)',
  baseline: 'Status quo (median)',
  history: 'History',
  fit: 'Fit to history: P10–P90',
  hindcast: (until: number) => `Hindcast from ${until}: P10–P90, median`,
  policyStart: 'policies start',
};

/** Words drawn on the SVG bar charts (tornado and waterfall). */
const barChart = {
  lowEnd: 'Input at low end',
  highEnd: 'Input at high end',
  central: 'central',
  increase: 'Raises it',
  decrease: 'Lowers it',
  total: 'Total',
};

/** Legends of the terminal's text charts. */
const textCharts = {
  tornadoLegend: (lowCh: string, highCh: string, base: string) =>
    `${lowCh} input at its low end   ${highCh} input at its high end   axis: ${base}`,
  waterfallLegend: (up: string, down: string) => `${up} raises the metric   ${down} lowers it`,
  empty: '(nothing to draw)',
};

/** The plain-text renderings of the analyses (sensitivity, crux, evidence, attribution, ledger). */
const analysisText = {
  disclaimer: 'Illustrative toy model, not a forecast.',
  sensitivityTitle: (metric: string, unit: string, name: string) => `Sensitivity of ${metric} (${unit}) in ${name}`,
  sensitivityHow:
    'Each bar moves one input from its low to its high end (camp range when a camp is chosen), all others central.',
  central: (v: string, unit: string) => `Central value: ${v} ${unit}.`,
  ensemble: (runs: number, seed: string, p10: string, p50: string, p90: string, unit: string) =>
    `Ensemble (${runs} runs, seed ${seed}): P10 ${p10}, median ${p50}, P90 ${p90} ${unit}.`,
  details: 'Inputs (low → metric | high → metric), with sources:',
  /** What a sensitivity input is. */
  inputKinds: { assumption: 'assumption', lever: 'lever' },
  /** An input's line: id, kind (and camp), label and source. */
  detailRow: (id: string, kind: string, camp: string | undefined, label: string, source: string) =>
    `  ${id} (${kind}${camp === undefined ? '' : ` [camp ${camp}]`}): ${label}. ${source}`,
  more: (n: number) => `… and ${n} more (use --format json for all).`,
  cruxQuestion: (a: string, b: string, metric: string) => `Does ${a} beat ${b} on ${metric}?`,
  cruxCentral: (answer: string, by: string, unit: string, va: string, vb: string) =>
    `At central values: ${answer}, by ${by} ${unit} (A ${va} vs B ${vb}).`,
  yes: 'yes',
  no: 'no',
  tie: 'a tie',
  cruxEnsemble: (runs: number, seed: string, share: string, p10: string, p90: string, unit: string) =>
    `Paired ensemble (${runs} runs, seed ${seed}): A better in ${share} of runs; A's advantage P10–P90 ${p10} to ${p90} ${unit}.`,
  cruxHeader: 'Cruxes, nearest flip first (the value at which the ranking flips):',
  cruxRow: (rank: number, id: string, now: string, flip: string, dist: string, range: string) =>
    `${String(rank).padStart(3)}. ${id}: now ${now}, flips at ${flip} (${dist} of its range away; range ${range})`,
  noCrux: 'No assumption flips the ranking anywhere inside its range.',
  holds: (n: number) => `Holds across the range (${n}), closest calls first:`,
  holdsRow: (id: string, margin: string, unit: string) => `     ${id}: smallest lead ${margin} ${unit}`,
  check: (id: string, value: string, share: string, runs: number) =>
    `  If ${id} were ${value} (the far end past its flip), A is better in ${share} of ${runs} paired runs.`,
  checksHeader: 'Top cruxes checked with the ensemble:',
  setVerdict: (
    leader: string,
    runs: number,
    seed: string,
    p50: string,
    p10: string,
    p90: string,
    unit: string,
    share: string,
  ) =>
    `Verdict (${runs} paired runs, seed ${seed}): ${leader} comes out ahead; A − B median ${p50} ${unit} (P10–P90 ${p10} to ${p90}), A better in ${share} of runs.`,
  setVerdictTie: (runs: number, seed: string) =>
    `Verdict (${runs} paired runs, seed ${seed}): a tie (the median of A − B is 0), so there is nothing to flip.`,
  setHeader: (k: number) =>
    `What you would have to believe: the smallest sets of up to ${k} changes that flip the verdict, nearest first.`,
  setDistanceRule:
    'Distance: each value moved inside its range counts its move in units of the range (from the central run), summed; a camp switch counts 1. Each effect is the median of A − B over the paired runs with the set applied to both.',
  setRow: (rank: number, distance: string, p50: string, p10: string, p90: string, unit: string, share: string) =>
    `${String(rank).padStart(3)}. distance ${distance}: A − B median ${p50} ${unit} (P10–P90 ${p10} to ${p90}), A better in ${share} of runs`,
  setValue: (id: string, label: string, from: string, to: string, unit: string) =>
    `${id} (${label}): ${from} → ${to}${unit ? ` ${unit}` : ''}`,
  setCamp: (id: string, label: string, from: string, to: string) => `${id}: camp ${from} → ${to} (${label})`,
  setNone: (k: number) => `No set of up to ${k} changes inside the ranges (or camp switches) flips the verdict.`,
  setCentralDisagrees: (margin: string, unit: string) =>
    `The central run does not agree with the ensemble (A's advantage there is ${margin} ${unit}), so its screen cannot find what flips the verdict; no sets searched.`,
  setClosest: (changes: string, margin: string, central: string, unit: string) =>
    `Closest call (central run only): ${changes} leaves A's advantage at ${margin} ${unit} (${central} with no change).`,
  setSearch: (
    options: number,
    flat: number,
    screened: number,
    candidates: number,
    checked: number,
    ensembles: number,
    runs: number,
  ) =>
    `Search: ${options} changes offered (${flat} ranges that do not move the metric left out); ${screened} sets screened on central runs, ${candidates} of which flip there; ${checked} checked with paired ensembles (paired ensembles of ${runs} runs, the verdict's included: ${ensembles}).`,
  evidenceVerdict: (a: string, b: string, metric: string, k: number, n: number) =>
    `${a} beats ${b} on ${metric} in ${k} of ${n} evidence sets (central values).`,
  evidenceEnsemble: (k: number, n: number, runs: number, seed: string) =>
    `By the median of ${runs} paired runs (seed ${seed}): ${k} of ${n}.`,
  contested: 'Contested assumptions and their camps:',
  failingHeader: 'Evidence sets where it fails:',
  noneFail: 'It holds in every evidence set.',
  failRow: (margin: string, median: string, share: string, unit: string) =>
    `    central lead ${margin} ${unit}; median paired lead ${median}; A better in ${share} of runs`,
  dropped: (ids: string) => `Overrides replaced by the camps' values in these runs: ${ids}.`,
  attributionTitle: (a: string, b: string, metric: string) => `Why ${a} and ${b} differ on ${metric}`,
  attributionTotal: (total: string, unit: string, start: string, end: string) =>
    `In the central run (the kept run that fits history best), A − B = ${total} ${unit} (from B ${start} to A ${end}); the effect over paired runs is the one 'palancas claim' and 'palancas compare' print.`,
  grouped: (n: number) => `${n} levers differ (more than 8), so they are grouped by lever family.`,
  noPlayers: 'A and B have the same settings: there is nothing to attribute.',
  attributionHeader: 'Player: Shapley share | effect alone (B with only this changed)',
  interaction: (v: string, unit: string) => `Interaction (total − sum of effects alone): ${v} ${unit}.`,
  byYear: 'Shapley share by year:',
  ledgerTitle: (name: string) => `Cost ledger of ${name} (US$ bn a year, central run; tax revenue counts negative)`,
  ledgerTotal: 'total',
  ledgerVs: (extra: string, base: string) =>
    `Against the status quo with the same assumptions: net cost ${extra} US$ bn over 2019–2030 (status quo net ${base}).`,
  averted: (n: string, per: string) => `Homicides averted 2019–2030: ${n}; cost per homicide averted: US$${per}.`,
  notAverted: (n: string) => `Homicides averted 2019–2030: ${n}, so no homicides averted and no cost per homicide.`,
  drivers: 'What drives each line (assumptions named in its equations):',
  noDrivers: '(no assumption named)',
  /** The label of the homicides line in the list of drivers. */
  homicidesLine: 'homicides',
};

/** The `run` command's yearly table (its JSON and CSV are data and do not change with the language). */
const series = {
  runLine: (seed: string, runs: number, fingerprint: string, baseline: string) =>
    `seed ${seed}, ${runs} runs, fingerprint ${fingerprint}; baseline: ${baseline}`,
  /** Column heads, aligned with the rows: year, median (right-aligned in 10), P10 – P90, baseline, change. */
  tableHead: '  year      median     P10 – P90                 baseline    change',
};

/** The brief's headings, captions, explanations, notices and footers (Markdown and HTML). */
const brief = {
  notForecastLong:
    'palancas is a toy system-dynamics model of the 2018 Mexican drug-policy debate. Its curves show what follows from the labeled assumptions below, with ranges from a seeded Monte Carlo; they are not predictions of what will happen.',
  reproduce: 'Reproduce this brief with:',
  scenarios: 'Scenarios',
  scenarioA: 'Scenario A',
  scenarioB: 'Scenario B',
  field: 'Field',
  name: 'Name',
  description: 'Description',
  file: 'File',
  fingerprint: 'Fingerprint',
  seed: 'Seed',
  runs: 'Runs',
  modelVersion: 'Model version',
  settingSources: 'Sources of the settings',
  levers: 'Lever settings',
  lever: 'Lever',
  value: 'Value',
  articleWords: "The article's words",
  statusQuoMark: '(status quo)',
  on: 'on',
  off: 'off',
  charts: 'Charts',
  chartsMarkdownNote:
    'The HTML version of this brief draws these as charts; here each is a sentence and a table of yearly medians.',
  year: 'Year',
  p10: 'P10',
  p50: 'Median',
  p90: 'P90',
  /** The median line of a scenario in a chart's legend: "Status quo (median)". */
  medianOf: (name: string) => `${name} (median)`,
  historySource: 'History:',
  fitBandOf: (name: string) => `${name}: fit to 2007–2018, P10–P90`,
  hindcastOf: (until: number, theory: string) => `Hindcast from ${until} (${theory}): P10–P90, median`,
  hindcastTitle: (until: number) => `Hindcast from ${until}`,
  hindcastNote: (until: number, runs: number, seed: string) =>
    `Runs constrained on the observations of 2007–${until} only, then run on to 2018 with the troops deployed and leaders removed as they were; ${runs} runs, seed "${seed}". The same rows as 'palancas hindcast --until ${until}'.`,
  observed: 'Observed (INEGI)',
  inside: 'Inside P10–P90',
  no: 'no',
  hindcastScores: (mape: string, persistence: string, coverage: string) =>
    `MAPE ${mape} against ${persistence} for persistence (the last year carried forward); coverage ${coverage}.`,
  theories: 'Theories of violence',
  theoriesNote:
    "Each theory's skill is its rolling-origin hindcast error against persistence's (1 − MAPE ratio; 0 = no better); a pooled ensemble gives each theory a share of its runs in proportion to its skill (floored at 0). 'palancas theories' lists each theory's hindcasts.",
  theory: 'Theory',
  skill: 'Skill',
  pooledShare: 'Pooled share',
  inScenario: 'In scenario A',
  bandOf: (name: string) => `${name}: P10–P90`,
  hatchedBandOf: (name: string) => `${name}: P10–P90 (hatched)`,
  p10B: 'P10 (B)',
  p50B: 'Median (B)',
  p90B: 'P90 (B)',
  compare: 'Comparison',
  metric: 'Metric',
  difference: 'Difference',
  /** The head of the column with the P10–P90 of the paired differences. */
  differenceRange: 'P10–P90',
  /** A P10–P90 range in a table cell. */
  rangeOf: (p10: string, p90: string) => `${p10} to ${p90}`,
  percent: '%',
  shareBetter: 'A better in',
  cruxes: 'Cruxes: what the conclusion hinges on',
  cruxesNote:
    'For each assumption, the value inside its range at which the ranking flips, with everything else at its central value. Distance is how far that is from the current value, as a share of the range.',
  assumption: 'Assumption',
  current: 'Current',
  range: 'Range',
  flipsAt: 'Flips at',
  distance: 'Distance',
  source: 'Source',
  holds: 'holds across the range',
  sensitivity: 'Sensitivity',
  sensitivityNote: 'Each input moved alone from the low to the high end of its range, everything else central.',
  atLow: 'At low end',
  atHigh: 'At high end',
  swing: 'Swing',
  attribution: 'What each lever contributes',
  attributionNote:
    'Basis: the central run (the kept run that fits history best), not the paired runs. Shapley shares split its whole difference fairly across levers, interactions included; one-at-a-time is the effect of switching that lever alone in it. So the total here is the central run’s difference, not the effect in the comparison (the median of the paired run differences).',
  leverOrFamily: 'Lever',
  shapley: 'Shapley share',
  oneAtATime: 'One at a time',
  interaction: 'Interaction (total minus one-at-a-time sum)',
  total: 'Total',
  byYear: 'Year by year',
  byYearNote: (unit: string) =>
    `Each lever's Shapley share of that year's difference (${unit}, central runs); the shares add up to the total difference.`,
  totalDifference: 'Total difference',
  ledger: 'Cost ledger',
  ledgerNote: 'US$ bn a year (yearly means of the central run). Cannabis tax is revenue; net = costs − tax.',
  costGuard: 'National Guard',
  costMilitary: 'Military (vs 2018)',
  costYouth: 'Youth programmes',
  costAmnesty: 'Amnesty',
  cannabisTax: 'Cannabis tax',
  net: 'Net cost',
  perHomicide: 'Cost per homicide averted',
  perHomicideNote:
    'Each scenario against the status-quo levers under its own assumption settings: 2019–2030 totals of central runs.',
  scenario: 'Scenario',
  netTotal: 'Net cost 2019–2030 (US$ bn)',
  extraNet: 'Extra net cost vs status quo (US$ bn)',
  averted: 'Homicides averted vs status quo',
  perAverted: 'US$ per homicide averted',
  noneAverted: 'none averted',
  claims: 'Claim cards',
  claimsNote:
    'Each sentence comes from the paired runs above (run i of A and of B share their assumption draws). The command under it prints the same sentence.',
  evidence: 'Evidence sets',
  evidenceNote:
    'An evidence set is one combination of camps of the contested assumptions (one view of who is right). To keep the brief fast, each set is judged at central values (every other assumption at its central value), not with an ensemble.',
  evidenceCommand: 'The same counts, with the failing sets:',
  contestedHead: 'Contested assumption',
  camps: 'Camps',
  failingSets: 'Sets where A does not beat B',
  margin: (unit: string) => `A's advantage (${unit})`,
  noneFail: 'It holds in every evidence set.',
  moreFailing: (n: number) =>
    `…and ${n} more failing set${n === 1 ? '' : 's'} (run the command above for all of them).`,
  assumptions: 'Assumptions',
  assumptionsNote:
    'Every number the model uses that is not a lever. Kind: article (the 2018 article), research (a cited study), derived (arithmetic on sourced figures, shown in the source), guess (a modeller’s guess, or a figure no source confirms). Changed: set by a scenario; fixed: every run uses the value.',
  id: 'Id',
  label: 'Label',
  unit: 'Unit',
  low: 'Low',
  high: 'High',
  kind: 'Kind',
  camp: 'Camp',
  changed: 'Changed',
  yes: 'yes',
  guess: "modeller's guess",
  derived: 'derived',
  fixed: 'fixed',
  drawnOver: 'drawn over its own range',
  glance: 'At a glance',
  glanceEffect: 'Effect (A against B, per paired run)',
  glanceEffectText: (p50: string, p10: string, p90: string) => `${p50} (P10–P90: ${p10} to ${p90})`,
  glanceWon: 'Paired runs in which A does better',
  glanceWonText: (wins: number, runs: number, share: string) => `${wins} of ${runs} (${share})`,
  glanceCruxes: 'The three cruxes that matter most',
  glanceCruxFlip: (label: string, now: string, flip: string, distance: string) =>
    `${label}: now ${now}; the ranking flips at ${flip}, ${distance} of its range away.`,
  glanceCruxSwing: (label: string, metric: string, low: string, high: string, checked: boolean) =>
    `${label}: from the low to the high end of its range, scenario A goes from ${low} to ${high} (${metric})${checked ? '; the ranking holds across it' : ''}.`,
  glanceNoCruxes: 'The cruxes were not computed for this brief.',
  glanceLevers: 'The levers that carry the difference',
  glanceLever: (label: string, share: string) => `${label}: ${share} (Shapley share).`,
  glanceNoLevers: 'No lever differs between the two scenarios.',
  glanceNoAttribution: 'The split of the difference by lever was not computed for this brief.',
  glanceNext:
    'Below: the scenarios, the charts, the analyses with the commands that repeat them, the costs, and in an appendix every assumption with its source and confidence.',
  sameLevers: (labels: string) => `Set the same in both scenarios, so not listed: ${labels}.`,
  defaultLevers: (labels: string) => `At their status-quo values, so not listed: ${labels}.`,
  holdsRest: (n: number, labels: string) =>
    `${n === 1 ? 'One more assumption holds' : `${n} more assumptions hold`} across the whole range (closest calls first): ${labels}.`,
  ledgerZero: (name: string) =>
    `${name} adds no spending and collects no cannabis tax: every line of its ledger is zero in every year.`,
  ledgerZeroColumns: (columns: string) => `Zero in every year, so not shown: ${columns}.`,
  sourcesInAppendix: "Each assumption's source is in the appendix, under its id.",
  sameAs: (ids: string) => `The same figures and source hold for: ${ids}.`,
  appendix: 'Appendix',
  confidence: 'Confidence',
  confidenceLevels: { high: 'high', medium: 'medium', low: 'low' },
  omitted: 'Left out of this brief',
  figure: 'Figure',
  footer:
    'Made with palancas. Illustrative model, not a forecast: every number in this brief follows from the assumptions in the appendix, each with its source.',
};

/** Words the brief's assembly (port/brief.ts) writes into the brief. */
const assemble = {
  title: (a: string, b: string) => `Brief: ${a} vs ${b}`,
  statusQuo: 'Status quo',
  statusQuoRef: 'the status-quo baseline',
  scenarioRef: (name: string) => `scenario B (“${name}”)`,
  historyLabel: 'Recorded homicides (INEGI)',
  sectionHindcast: 'Hindcast',
  sectionTheories: 'Theories of violence',
  progressHindcast: 'Hindcasting 2015–2018 from data up to 2014…',
  progressTheories: 'Listing the theories of violence…',
  hindcastSummary: (until: number, theory: string, mape: string, persistence: string, inside: number, years: number) =>
    `Hindcast from ${until} (${theory}): constrained on 2007–${until} only, its median misses INEGI's counts of ${until + 1}–${until + years} by ${mape} on average (MAPE), against ${persistence} for carrying ${until} forward; ${inside} of ${years} years fall inside its P10–P90.`,
  hindcastTheoryPooled: 'pooled theories',
  hindcastWeights: (until: number, parts: string) =>
    ` Its pool is weighted by skill scored on data up to ${until} only: ${parts}.`,
  hindcastTheoryOne: (id: string) => `theory: ${id}`,
  theoriesPooled: (parts: string) =>
    `Scenario A pools the theories of violence, each in proportion to its hindcast skill: ${parts}.`,
  theoriesShare: (label: string, pct: string, skill: string) => `${label} ${pct} (skill ${skill})`,
  theoriesOne: (label: string, skill: string) =>
    `Scenario A runs under one theory of violence: ${label}, hindcast skill ${skill} against persistence (0 = no better).`,
  compareNote: (runs: number, seed: string) =>
    `${runs} runs with seed "${seed}"; run i of A and of B share their assumption draws. The two sides' columns are their medians. Difference, P10–P90 and % are the effect of A over B: the median of the paired run differences A − B, their P10 and P90, and the median difference in % of B. "A better in" is the share of paired runs in which A does better.`,
  /** `leader` is 'tie', or how the leading side is named (leaderA, leaderB). */
  cruxSummary: (metric: string, leader: string, margin: string) =>
    leader === 'tie'
      ? `At central values the two sides tie on ${metric}.`
      : `At central values ${leader} does better on ${metric}, by ${margin}.`,
  leaderA: 'scenario A',
  scenarioB: 'scenario B',
  /** Scenario B as a leader: "the status quo" when B is the built-in status quo. */
  leaderB: (b: string): string => (b === assemble.statusQuo ? 'the status quo' : 'scenario B'),
  assumptionSettings: 'Assumption settings',
  ledgerSummary: (ref: string, who: string, averted: string, perHomicide: string) =>
    `Against ${ref}, ${who} averts ${averted} homicides over 2019–2030 at a net extra cost of ${perHomicide} per homicide averted (central runs).`,
  ledgerNoAverted: (ref: string, who: string) =>
    `Against ${ref}, ${who} averts no homicides over 2019–2030 (central runs).`,
  statusQuoPhrase: 'the status quo',
  nothingToAttribute:
    'Attribution: scenario A and the reference have the same settings, so there is no difference to split.',
  quoted: (name: string) => `“${name}”`,
  noFlips: 'No single assumption flips the ranking anywhere in its range.',
  someFlips: (n: number) =>
    `${n} assumption${n === 1 ? '' : 's'} can flip the ranking within ${n === 1 ? 'its' : 'their'} range.`,
  failed: (section: string, why: string) => `${section}: could not be computed (${why}).`,
  quick: (section: string) => `${section}: left out (--quick).`,
  sectionCruxes: 'Cruxes',
  sectionSensitivity: 'Sensitivity',
  sectionAttribution: 'Attribution',
  sectionLedger: 'Cost ledger',
  sectionCompare: 'Comparison',
  sectionEvidence: 'Evidence sets',
  progressEvidence: 'Counting the evidence sets…',
  noContested: 'no assumption has camps to combine',
  tooManySets: (n: number, max: number) => `${n} evidence sets is more than ${max}`,
  evidenceSummary: (a: string, b: string, metric: string, k: number, n: number) =>
    `${a} beats ${b} on ${metric} in ${k} of ${n} evidence sets (central values).`,
  statusQuoDescription:
    'The status-quo levers (the 2006–2018 strategy continued) with scenario A\u2019s assumption settings.',
  progressEnsembles: 'Running the ensembles…',
  progressCompare: 'Comparing paired runs…',
  progressCruxes: 'Searching for cruxes…',
  progressSensitivity: 'Running the sensitivity analysis…',
  progressAttribution: 'Attributing the difference to levers…',
  yearlyGap: (ref: string, first: string, y0: number, last: string, y1: number) =>
    `Year by year, the difference from ${ref} is ${first} in ${y0} and ${last} in ${y1}`,
  sameLeader: (label: string) => `; ${label} has the largest share in both years`,
  leaders: (l0: string, y0: number, l1: string, y1: number) =>
    `; the largest share is ${l0} in ${y0} and ${l1} in ${y1}`,
};

/** An assumption's kind as tables and lists show it (the JSON keeps the id). */
const kinds = {
  article: 'article',
  research: 'research',
  derived: 'derived',
  guess: 'guess',
};

/** The one-file page with live levers (`palancas page`): its HTML and its script's words. */
const page = {
  title: (name: string) => `${name}: what if? (palancas)`,
  notice: 'Illustrative model, not a forecast. Move a lever or pick a camp: the ensemble reruns in this page.',
  against: (name: string) => `Drawn against: ${name}.`,
  levers: 'Levers',
  camps: 'Camps (which reading of the evidence)',
  charts: 'Charts',
  medianOf: (name: string) => `${name} (median)`,
  status: (runs: number, seed: string, ms: number) => `${runs} runs, seed ${seed}, computed in ${ms} ms.`,
  computing: 'Computing…',
  noScript: 'This page needs JavaScript to run the model; the assumptions below can be read without it.',
  download: 'Download as scenario YAML',
  link: 'The link in the address bar reopens these settings.',
  assumptions: 'Every assumption, with its source',
  assumption: 'Assumption',
  value: 'Value',
  range: 'Range (P10–P90 of draws)',
  source: 'Source',
  scenarioFile: 'The scenario file',
};

export const render = { kinds, narrate, bandChart, barChart, textCharts, analysisText, series, brief, assemble, page };
