/** English text of debate rounds (file, command and judge view). The Spanish catalogue (../es/round.ts) must match it. */

type Side = 'aff' | 'neg';
type Verdict = Side | 'tie';

const sideName = (side: Side): string => (side === 'aff' ? 'affirmative' : 'negative');
const verdictName = (v: Verdict): string => (v === 'tie' ? 'tie' : sideName(v));

export const round = {
  sideName,
  verdictName,

  // ------------------------------------------------------------ reading a round file
  missing: (key: string) => `missing ${key}`,
  blank: (key: string) => `${key} is empty`,
  notOneOf: (got: string) => `${got} is not one of the allowed words`,
  unknownMetric: (id: string) => `unknown metric ${id}`,
  tieAllowed: '0 or more (in the metric\u2019s unit)',
  badFingerprint: 'not a fingerprint',
  fingerprintAllowed: (n: number) => `${n} lowercase hex characters`,
  strayKey: (key: string, kind: string) => `${key} does not go with an attack of kind ${kind}`,
  tooManyAttacks: (n: number, max: number) => `${n} attacks is more than the ${max} a round records`,
  notARound: (mark: string) => `not a debate round: the file needs ${mark} at the top`,
  badVersion: (v: string) => `round format version ${v} is not one this palancas reads`,
  outOfCampRangeOn: (value: string, camp: string, side: Side) =>
    `${value} is out of range for camp "${camp}", which the ${sideName(side)} case uses`,
  tampered: (side: Side, recorded: string, actual: string) =>
    `the ${sideName(side)} (${side}) scenario no longer matches its fingerprint: recorded ${recorded}, ` +
    `now ${actual}; its settings (or the model) changed since the round was made, so the round is refused`,

  // ------------------------------------------------------------ writing a round file
  file: {
    header: [
      'A palancas debate round. Judge it with: palancas debate judge THIS_FILE',
      'Both cases are locked by fingerprint: edit a scenario below and the round is refused.',
      'Record rebuttals with: palancas debate attack THIS_FILE --side aff|neg --assumption ID=VALUE --note "..."',
    ],
    ruleComment: 'The verdict rule: these fields decide, the words explain them.',
    sideComment: (side: Side) => `The ${sideName(side)} case, locked by its fingerprint.`,
    attacksComment: 'Rebuttals: each changes the world both cases run in (applied to both sides).',
  },

  /** The verdict rule in words, from its fields. */
  ruleWords: (metric: string, runs: number, seed: string, tie: string | undefined) =>
    `The affirmative wins if the effect of aff over neg on ${metric} \u2014 the median of the paired run ` +
    `differences (aff \u2212 neg) over ${runs} runs with seed ${seed} \u2014 favours aff` +
    `${tie === undefined ? '' : ` by more than ${tie}`}; the negative wins if it favours neg` +
    `${tie === undefined ? '' : ` by more than ${tie}`}; otherwise the round is a tie. ` +
    'Each attack is applied to both cases: it questions the world they run in, not one side\u2019s policy.',

  // ------------------------------------------------------------ the command
  summary: 'a debate round: lock two cases, record attacks, judge the verdict',
  usage: (runs: string) => `Usage: palancas debate new | attack | judge

  palancas debate new --motion "\u2026" --aff A --neg B [--metric M] -o ROUND.yaml [options]
  palancas debate attack ROUND.yaml --side aff|neg (--assumption ID=VALUE | --camp ID=CAMP) --note "\u2026"
  palancas debate judge ROUND.yaml [--format table|json]

new     writes a round file: the motion, the verdict rule (metric, runs, seed, tie margin) and both sides'
        scenarios embedded in full, each locked by its fingerprint.
attack  records a rebuttal by one side: an assumption value or a camp, with the side's source note. An attack
        changes the world both cases run in, so it is applied to both. The file is rewritten atomically.
judge   shows what differs between the sides, the effect of aff over neg on the metric (the median of the
        paired run differences, P10\u2013P90 and win share), the effect under each attack, the cruxes and the
        verdict. A round whose scenario no longer matches its fingerprint is refused (exit 2).

Options of new:
  --motion TEXT       the motion debated
  --aff A, --neg B    the affirmative's and the negative's scenario files (or preset names)
  --metric M          metric id the verdict is decided on (default homicides_total)
  --runs N            paired runs (default ${runs})
  --seed S            seed (default: the aff scenario's seed)
  --tie-margin X      a median effect no larger than X (in the metric's unit) is a tie (default 0)
  -o, --output FILE   where to write the round
  --force             replace an existing file
Options of attack:
  --side aff|neg      the side that attacks
  --assumption ID=VALUE, --camp ID=CAMP   the change (one of the two)
  --note TEXT         the source or reason for the change
Options of judge:
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`,
  subcommandMissing: 'say which: palancas debate new | attack | judge (see palancas debate --help)',
  subcommandUnknown: (word: string, hint: string) =>
    `unknown debate command '${word}'${hint}; use new, attack or judge`,
  didYouMean: (word: string) => ` (did you mean '${word}'?)`,
  oneRound: (sub: string, n: number) => `debate ${sub} takes one round file, got ${n}`,
  needOption: (option: string) => `debate: ${option} is required`,
  oneChange: 'debate attack: give one change, --assumption ID=VALUE or --camp ID=CAMP',
  assumptionForm: (value: string) => `--assumption takes ID=VALUE (a number), not '${value}'`,
  badAttack: (option: string, message: string, allowed: string | undefined) =>
    `${option}: ${message}${allowed === undefined ? '' : `; allowed ${allowed}`}`,
  badTie: (value: string) => `--tie-margin takes a number 0 or more, not '${value}'`,
  exists: (file: string) => `${file} exists; use --force to replace it`,
  cannotWrite: (file: string, reason: string) => `could not write ${file}: ${reason}`,
  badSide: (value: string) => `--side takes aff or neg, not '${value}'`,
  wrote: (file: string, aff: string, neg: string) =>
    `Wrote ${file}: aff ${aff}, neg ${neg}. Attack with: palancas debate attack ${file} --side aff|neg \u2026`,
  recorded: (n: number, side: Side, change: string, file: string) =>
    `Recorded attack ${n} by the ${sideName(side)}: ${change}. Judge with: palancas debate judge ${file}`,

  // ------------------------------------------------------------ the judgement (text and judge view)
  title: 'Debate round',
  motion: (motion: string) => `Motion: ${motion}`,
  rule: 'Rule',
  verdict: (v: Verdict, name: string) =>
    v === 'tie' ? 'Verdict: a tie' : `Verdict: the ${sideName(v)} (${v}: ${name}) wins`,
  effectHead: (metric: string, runs: number, seed: string) =>
    `Effect of aff over neg on ${metric} (aff \u2212 neg, ${runs} paired runs, seed ${seed}):`,
  effect: (p50: string, p10: string, p90: string, share: string) =>
    `median ${p50} (P10 ${p10} to P90 ${p90}); aff does better in ${share} of the paired runs`,
  medians: (aff: string, neg: string) => `each case on its own: aff median ${aff}, neg median ${neg}`,
  locked: (aff: string, neg: string, model: string) => `locked: aff ${aff}, neg ${neg} (model ${model})`,
  differencesHead: (n: number) =>
    n === 0 ? 'What differs: nothing (the two cases have the same settings)' : `What differs (${n}):`,
  kind: { lever: 'lever', assumption: 'assumption', camp: 'camp' },
  attacksHead: (n: number) => (n === 0 ? 'Attacks: none recorded yet' : `Attacks (${n}), each applied to both cases:`),
  attackChange: (id: string, value: string) => `${id} = ${value}`,
  attackColumns: { n: '#', side: 'side', change: 'change', effect: 'effect (P10\u2013P90)', verdict: 'verdict' },
  flips: 'flips the verdict',
  holds: 'holds',
  note: (note: string) => `note: ${note}`,
  cruxesHead: (n: number, leader: Verdict) =>
    n === 0
      ? `Cruxes: none; at central values the ${verdictName(leader)} leads across every assumption's range`
      : `Cruxes (${n}), central runs: the single assumption values at which the lead of the ${verdictName(leader)} flips:`,
  crux: (label: string, from: string, to: string, distance: string) =>
    `${label}: ${from} \u2192 ${to} (${distance} of its range away)`,
  more: (n: number) => `\u2026 and ${n} more`,
  disclaimer: 'Illustrative toy model, not a forecast.',

  // ------------------------------------------------------------ the explorer's judge view
  view: {
    judging: 'Judging the round\u2026',
    failed: (message: string) => `Could not judge the round: ${message}`,
    keys: 'a or n: explore the aff or neg case · q or Esc: quit',
    median: 'median',
    settings: 'differing settings',
    same: 'same settings as the other case',
  },
};
