/** English text of the cli room. The Spanish catalogue (../es/cli.ts) must match it key for key. */

/** The subcommands, in the order `palancas --help` lists them. */
const summaries = {
  run: 'run a scenario: bands against the status-quo baseline (table, json or csv)',
  compare: 'compare two scenarios at 2021, 2024, 2030 and over 2019–2030',
  assumptions: 'list every assumption with value, range, kind and source',
  levers: "list the levers with unit, range, default and the article's words",
  validate: 'check scenario files (file, line, field, allowed range)',
  calibrate: 'the history constraint: acceptance, effective sample size, fit to 2007–2018',
  hindcast: 'constrain on 2007..Y, project to 2018, score against INEGI and persistence',
  theories: 'rival theories of the violence: sources, hindcast score, pooled share',
  sensitivity: 'tornado: how far each assumption moves a metric',
  crux: 'the assumption values at which "A beats B" flips',
  evidence: 'A vs B under every combination of camps',
  attribute: "split A − B into each lever's contribution (Shapley)",
  ledger: 'fiscal cost per lever and year, cost per homicide averted',
  claim: 'a one-sentence claim card with the command that reproduces it',
  brief: 'a Markdown or self-contained HTML brief for a judge',
  page: 'one self-contained HTML page with live levers, charts and sources',
  report: 'a plain-text report of a scenario against the status quo',
  class: 'class packs: a worksheet computed from the model with its answer key, and grading',
  debate: 'a debate round: lock two cases, record attacks, judge the verdict',
};

export const cli = {
  langInvalid: (value: string, langs: string) => `--lang takes one of ${langs}, not '${value}'.`,

  /** `palancas --help` and the errors of the top-level command line. */
  top: {
    summaries,
    /** The whole top-level help; `commands` is the aligned list of commands with their summaries. */
    help: (
      version: string,
      commands: string,
    ) => `palancas ${version} — what-if simulator of Mexico's 2018 drug-policy levers.
Illustrative model, not a forecast.

Usage:
  palancas [FILE]              open the explorer on FILE (default: scenarios/platform-2018.yaml);
                               prints a plain-text report when output is not a terminal
  palancas <command> [options]

Commands:
${commands}

Options for every command:
  --lang es|en                 language of the text: es (Mexican Spanish) or en (English); by default the
                               first of LC_ALL, LC_MESSAGES and LANG that is set (es_MX.UTF-8 and other es_*
                               mean Spanish), else English. JSON and CSV output is the same in both
  -h, --help                   help (after a command: that command's options)
  -v, --version                the version

Run 'palancas <command> --help' for a command's options. FILE may be a path or a preset name
(status-quo, platform-2018, full-legalization, hard-line, what-happened). NO_COLOR turns colour off.
`,
    didYouMean: (word: string) => ` Did you mean '${word}'?`,
    unknownOption: (option: string) => `unknown option '${option}'. Run 'palancas --help'.`,
    unknownCommand: (word: string, hint: string) => `unknown command '${word}'.${hint} Run 'palancas --help'.`,
    unknownCommandOrScenario: (word: string, hint: string) =>
      `unknown command or scenario '${word}'.${hint} Run 'palancas --help'.`,
    unexpectedError: (message: string) => `unexpected error: ${message}`,
  },

  /** Argument checks shared by the commands. */
  support: {
    seeHelp: (name: string) => `Run 'palancas ${name} --help' for usage.`,
    badFormat: (v: string) => `--format must be 'table' or 'json', not '${v}'.`,
    badFormatTableJson: (v: string) => `--format must be table or json, not '${v}'.`,
    badFormatTableJsonCsv: (v: string) => `--format must be table, json or csv, not '${v}'.`,
    badInteger: (opt: string, v: string, min: string, max: string) =>
      `${opt} must be a whole number from ${min} to ${max}, not '${v}'.`,
    positionals: (name: string, want: string, got: number) =>
      `${name} expects ${want}, got ${got} file argument${got === 1 ? '' : 's'}.`,
    unknownOption: (name: string, option: string, hint: string | undefined) =>
      `${name}: unknown option '${option}'.${hint === undefined ? '' : ` Did you mean '${hint}'?`}`,
    missingValue: (name: string, option: string) => `${name}: option '${option}' needs a value.`,
    unexpectedArgument: (name: string, arg: string) =>
      `${name}: unexpected argument '${arg}'; this command takes no files.`,
    badArguments: (name: string, message: string) => `${name}: ${message}.`,
    /** What a command expects as file arguments, for `positionals`. */
    want: {
      oneFile: 'one scenario file',
      oneFileUpper: 'one scenario FILE',
      oneFileA: 'one scenario file (A)',
      twoFiles: 'two scenario files, A and B',
      twoFilesNoComma: 'two scenario files A and B',
    },
  },

  /** --camp and --seed. */
  options: {
    campForm: (v: string) => `--camp takes ASSUMPTION=CAMP, not '${v}'.`,
    noAssumption: (id: string, hint: string) => `--camp: there is no assumption '${id}'.${hint}`,
    noCamps: (id: string, list: string) => `--camp: '${id}' has no camps. Assumptions with camps: ${list}.`,
    noCamp: (id: string, camp: string, list: string) => `--camp: '${id}' has no camp '${camp}'; its camps are ${list}.`,
    didYouMean: (s: string) => ` Did you mean '${s}'?`,
    badSeed: (problem: string, max: string) =>
      `--seed: ${problem}; a seed is 1 to ${max} characters without control characters.`,
  },

  /** Failed writes on standard output. */
  output: {
    writeFailed: (code: string) => `palancas: could not write the output (${code}); it is incomplete.\n`,
  },

  /** The progress bar on standard error. */
  progress: {
    line: (label: string, bar: string, done: string, total: string, left: string) =>
      `${label} ${bar} ${done}/${total}${left}`,
    /** The time left, from whole seconds (under a minute) or whole minutes. */
    left: (seconds: number, minutes: number, underAMinute: boolean) =>
      ` · about ${underAMinute ? `${seconds} s` : `${minutes} min`} left`,
  },

  /** Loading scenario files. */
  input: {
    warning: (problem: string) => `warning: ${problem}`,
  },

  run: {
    usage: `Usage: palancas run FILE [options]

Runs the scenario's seeded ensemble (2019–2030, monthly) and its status-quo baseline with the same seed and
draws, and prints medians with P10–P90 bands. FILE is a path or a preset name (e.g. platform-2018).

Options:
  --runs N              ensemble size (default: the file's runs, usually 1000)
  --seed S              random seed (default: the file's seed)
  --camp ID=CAMP        switch a contested assumption to a camp (repeatable), e.g. cannabis_share_2010=us_government
  --baseline FILE       compare with another scenario instead of status quo
  --format table|json|csv
  -h, --help
`,
    summary: 'run a scenario: bands against the status-quo baseline (table, json or csv)',
    progress: (runs: string) => `Running ${runs} runs and the baseline`,
  },

  compare: {
    usage: `Usage: palancas compare A B [options]

Runs scenarios A and B with the same seed and draws and prints the medians of homicides, cartel revenue,
cartel workforce and net fiscal cost in 2021, 2024 and 2030, and summed over 2019–2030, with the effect of A
over B: the median of the paired run differences A − B (run i of A and of B share their draws), the same in %
of B, and the share of paired runs in which A does better (JSON adds the differences' P10 and P90). Claims and
briefs state the same effect.

Options:
  --runs N   --seed S   --camp ID=CAMP (repeatable)
  --format table|json
  -h, --help
`,
    summary: 'compare two scenarios at 2021, 2024, 2030 and summed over 2019–2030',
    title: (a: string, b: string, seed: string, runs: string) =>
      `${a}  vs  ${b} — illustrative model, not a forecast (seed ${seed}, ${runs} paired runs)`,
    /** What the columns are, under the title. */
    columns:
      'A, B: medians. A − B and %: the effect, the median of the paired run differences. A better: share of paired runs.',
    /** The head of the column with the share of paired runs in which A does better. */
    aBetter: 'A better',
    output: 'output',
    period: 'period',
    /** The period of the sums over the whole run, as the table shows it. */
    total: '2019–2030 total',
  },

  assumptions: {
    usage: (kinds: string, legend: string) => `Usage: palancas assumptions [--format table|json] [--kind ${kinds}]

Lists every assumption of the model: id, label, value, unit, range, distribution, kind, source, the camps of
contested ones, and the equations that use it. --kind keeps the assumptions of that kind and the camps of that
kind (a contested assumption is listed when it or any of its camps is of that kind).

Kinds: ${legend}.
`,
    summary: 'list every assumption with its value, range, kind and source',
    /** What each kind means, as the listing's legend says it. */
    kinds: {
      article: 'the 2018 article',
      research: 'a cited source',
      derived: 'arithmetic on sourced figures, shown in the source',
      guess: "modeller's guess, or a figure no source confirms",
    },
    kindWord: (kind: string, words: string) => `${kind} = ${words}`,
    /** Separators of the legend in the help text and in the listing's first line. */
    legendSeparatorHelp: '; ',
    legendSeparatorList: ', ',
    badKind: (kinds: string, v: string) => `--kind must be one of ${kinds}, not '${v}'.`,
    heading: (count: number, legend: string) => `${count} assumptions (kind: ${legend})`,
    values: (
      value: string,
      unit: string,
      low: string,
      high: string,
      distribution: string,
      kind: string,
      confidence: string,
    ) => `    ${value} ${unit}  (range ${low}–${high}, ${distribution}; ${kind}, confidence ${confidence})`,
    source: (source: string) => `    source: ${source}`,
    campRated: (kind: string, confidence: string | undefined) =>
      `${kind}${confidence !== undefined ? `, confidence ${confidence}` : ''}`,
    camp: (
      id: string,
      isDefault: boolean,
      label: string,
      value: string,
      low: string,
      high: string,
      rated: string,
      source: string,
    ) => `    camp ${id}${isDefault ? ' (default)' : ''}: ${label} — ${value} (${low}–${high}; ${rated}); ${source}`,
    usedBy: (ids: string) => `    used by: ${ids}`,
  },

  levers: {
    usage: `Usage: palancas levers [--format table|json]

Lists the policy levers: the article's five (marijuana legalization, amnesty, military drawdown, National Guard,
youth scholarships and job training) and the extras it mentions, each with unit, range, status-quo default and
the article's words.
`,
    summary: "list the policy levers with unit, range, default and the article's words",
    line: (label: string, unit: string, min: string, max: string, step: string, dflt: string) =>
      `${label} — ${unit}, ${min}–${max} (step ${step}), default ${dflt}`,
  },

  validate: {
    usage: `Usage: palancas validate FILE...

Checks scenario files: YAML syntax, known keys, lever values within their ranges, assumption overrides within
their ranges and camps that exist. Prints "ok FILE" or each problem as FILE:LINE:COLUMN field: message.
Exit code 0 when every file is valid, 2 otherwise.
`,
    summary: 'check scenario files and report problems with file, line and field',
    noFiles: "validate expects one or more scenario FILEs. Run 'palancas validate --help' for usage.",
    ok: (file: string) => `ok ${file}`,
  },

  calibrate: {
    usage: `Usage: palancas calibrate [FILE] [--runs N] [--seed S] [--format table|json]

Every run draws its assumptions over their ranges, runs 2007–2018 freely and is kept only if its history
fits the sourced series within their tolerances: INEGI homicides each year, Prieto-Curiel et al.'s 115,000
cartel members in 2012, and the organized-crime share of homicides where a source gives it. A run is kept
when no observation is more than 3 tolerances away (in log terms); nothing after 2018 is used.

Prints, for each theory of violence in the ensemble, the candidates tried, the share kept (acceptance) and
the effective sample size (what weighting the kept runs by their fit would leave), then INEGI's count per year beside the kept runs' P10/P50/P90 and the central run
(the kept run that fits best). FILE defaults to the status quo.
`,
    summary: 'the history constraint: acceptance, effective sample size and fit to 2007–2018',
    title: (name: string, runs: string, seed: string) =>
      `History constraint of "${name}" (${runs} runs, seed ${seed}); illustrative model, not a forecast`,
    /** Column headings of the theory table, each padded to its column's width. */
    theoryColumns: {
      theory: 'theory',
      runs: 'runs',
      tried: 'tried',
      acceptance: 'acceptance',
      filled: 'filled',
      ess: 'ESS*',
    },
    yearColumns: { year: 'year', observed: 'observed', central: 'central' },
    fit: (mape: string, centralMape: string, coverage: string) =>
      `  MAPE of the median ${mape}, of the central run ${centralMape}; ${coverage}% of years inside P10–P90.`,
    members: (model: string, observed: string) =>
      `  Cartel members in 2012: ${model} (median) against ${observed} (Prieto-Curiel et al.).`,
    filledNote:
      '  Filled runs did not pass the tolerance; they are the closest candidates left when the budget ran out.',
    essNote:
      '  * Effective sample size if the kept runs were weighted by their fit; the ensemble counts each kept run once.',
  },

  hindcast: {
    usage: (theories: string, first: string, last: string, runs: string, seed: string) =>
      `Usage: palancas hindcast --until Y [FILE] [--theory ${theories}] [--runs N] [--seed S] [--format table|json]

Keeps only the runs whose history fits the observations of 2007..Y (${first}–${last}), runs them on
to 2018 with the policy inputs of those years known (troops deployed, leader removals) and compares their
homicides with what INEGI counted. Only outcomes are hidden; nothing after 2018 is read.

  mape              mean absolute percentage error of the median, Y+1..2018
  persistence_mape  the same for year Y carried forward
  coverage          share of test years with INEGI's count inside P10–P90

--theory pooled (the default) mixes the theories by their rolling-origin skill with data up to Y only.
Defaults: ${runs} runs, seed "${seed}", FILE the status quo.
`,
    summary: 'constrain on 2007..Y, project to 2018 and score against INEGI and persistence',
    untilMissing: '--until Y is required (the last year the runs are constrained on).',
    badTheory: (theories: string, v: string) => `--theory must be one of ${theories}, not '${v}'.`,
    title: (until: string, theory: string, runs: string) =>
      `Hindcast: constrained on 2007–${until}, projected to 2018 (${theory}, ${runs} runs); illustrative model, not a forecast`,
    yearColumns: { year: 'year', observed: 'observed', inside: 'inside' },
    fit: (mape: string, persistence: string, until: string, coverage: string) =>
      `  MAPE ${mape}% against ${persistence}% for ${until} carried forward; ${coverage}% of years inside P10–P90.`,
    weight: (theory: string, pct: string) => `${theory} ${pct}%`,
    pooled: (until: string, weights: string) => `  Pooled from data up to ${until} only: ${weights}.`,
  },

  theories: {
    usage: (runs: string, seed: string) => `Usage: palancas theories [--runs N] [--seed S] [--format table|json]

Lists the theories a scenario can choose with camps: { violence_theory: ID } (the default, pooled, mixes
them). For each: its sources, the hindcasts constrained on 2007–2012 and 2007–2014 (MAPE against
persistence, and the share of test years inside P10–P90), its rolling-origin skill (1 − its errors /
persistence's errors over every cutoff 2009–2017) and the share of a pooled ensemble it gets (skill, floored
at 0, normalised). Defaults: ${runs} runs, seed "${seed}".
`,
    summary: 'rival theories of the violence, each with sources, hindcast score and pooled share',
    title: 'Theories of organized-crime violence (illustrative model, not a forecast)',
    source: (source: string) => `  source: ${source}`,
    hindcast: (until: string, mape: string, persistence: string, coverage: string, from: string) =>
      `  hindcast from ${until}: MAPE ${mape}% vs persistence ${persistence}%, ${coverage}% of ${from}–2018 inside P10–P90`,
    skill: (skill: string, share: string) => `  skill ${skill}; share of the pooled ensemble ${share}%`,
  },

  sensitivity: {
    usage: `Usage: palancas sensitivity FILE [options]

Moves each assumption from the low to the high end of its range (a chosen camp's range for contested ones),
all others at their central values, and ranks them by how far the metric swings: a tornado chart.

Options:
  --metric M          metric id (default homicides_total); e.g. homicides_2024, revenue_total, fiscal_total
  --levers            also move every lever from its minimum to its maximum
  --runs N            also run an N-run ensemble and show the metric's P10/P50/P90 for scale
  --seed S            seed of that ensemble (default: the scenario's seed)
  --top N             bars shown in the table (default 15; JSON has all)
  --width W           chart width in columns (default 100)
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`,
    summary: 'Tornado chart: which assumptions move a metric most',
  },

  crux: {
    usage: (
      runs: string,
      confirm: string,
      setRuns: string,
      setConfirm: string,
      setTop: string,
    ) => `Usage: palancas crux A B [options]

Asks whether scenario A beats scenario B on a metric at central values, then, for each assumption, finds the
value inside its range at which that ranking flips (or says it holds across the range). Cruxes are sorted by
how close the flip is to the current value, as a share of the range, each with its source. The paired
ensemble (same seed for A and B) gives the share of runs in which A beats B; the top cruxes are re-checked
with the assumption set to the far end of its range past the flip.

With --max-set K (1 to 3): what you would have to believe. Searches every set of up to K changes (a value
moved inside its range, or a contested assumption switched to another camp; the theory of violence is left
out) and lists the smallest sets that flip the verdict, nearest first, each with the sources of what it moves.
The verdict and each set's effect are the median of A − B over paired runs (default ${setRuns}), with the set
applied to both scenarios as fixed values or camps; a set flips when that median changes sign. Distance: each
value's move in units of its range (from the central run's value), summed; a camp switch counts 1. Sets are
screened on central runs (a camp switch as its camp's central value), and the nearest candidates (default
${setConfirm}) are checked with the paired ensemble, moved further toward the ends of their ranges when the
screened move is not enough; a set is left out when a subset of it flips. Ranges that do not move the metric
in the central run are left out. JSON: { "verdict", "sets": [{ "changes": [{ "id", "from", "to" }],
"distance", "effect" }] }, camp ids as from and to for a camp switch.

Options:
  --metric M          metric id (default homicides_total); better is lower or higher per metric
  --runs N            paired ensemble size (default ${runs}; ${setRuns} with --max-set)
  --seed S            ensemble seed (default: A's seed)
  --confirm K         top cruxes to re-check with the ensemble (default ${confirm}; 0 to skip); with --max-set,
                      candidate sets checked with the ensemble (default ${setConfirm})
  --max-set K         search sets of up to K changes (1 to 3) that flip the verdict
  --top N             cruxes listed in the table (default 15; JSON has all); with --max-set, sets reported
                      (default ${setTop})
  --width W           text width (default 100)
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`,
    summary: 'Find the assumption values at which "A beats B" flips',
  },

  evidence: {
    usage: (runs: string) => `Usage: palancas evidence A B [options]

Runs A and B in every combination of camps of the contested assumptions (each combination is an "evidence
set": one view of who is right) and reports in how many A beats B on the metric, at central values and by
the median of paired ensemble differences, listing the sets where it fails.

Options:
  --metric M          metric id (default homicides_total)
  --runs N            paired runs per set (default ${runs}; 0 for central values only)
  --seed S            ensemble seed (default: A's seed)
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`,
    summary: 'Count the evidence sets (camp combinations) in which A beats B',
    progress: (sets: string, runs: string) => `${sets} evidence sets × 2 × ${runs} runs`,
  },

  attribute: {
    usage: `Usage: palancas attribute A B [options]

Splits the metric's difference A − B into each lever's contribution with exact Shapley values over the levers
that differ (grouped by lever family when more than 8 differ; assumption overrides and camps, when they
differ, count as one more player), on central runs. Also shows each lever's effect alone and the interaction
(total minus the sum of effects alone), a waterfall chart from B to A, and the split for each year 2019–2030.

Options:
  --metric M          metric id (default homicides_total)
  --width W           chart width in columns (default 100)
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`,
    summary: "Split A − B into each lever's share (Shapley values)",
  },

  ledger: {
    usage: `Usage: palancas ledger FILE [options]

Lists what each lever costs per year 2019–2030 (National Guard, military deployment against 2018, youth
programmes, amnesty, minus legal-cannabis tax), the net fiscal cost and totals, on a central run. Against the
status quo with the same assumptions it gives the cost per homicide averted (net extra cost over homicides
averted, both summed 2019–2030). Each line names the assumptions its equations use.

Options:
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`,
    summary: 'Fiscal cost of each lever per year, and cost per homicide averted',
  },

  claim: {
    usage: (statusQuo: string) => `Usage: palancas claim A [--vs B] [options]

Writes one sentence a judge can check, e.g. "Under platform-2018, homicides in 2024 are 18% (P10–P90: 9–27%)
below the status quo", from paired per-run differences (the same seed and draws for A and B), then the
scenarios' fingerprints (of their settings), the seed, the runs, the effect in the metric's unit (the median of
the paired differences A − B, with P10–P90), the model version and the exact command that reproduces it.

Options:
  --vs B              the scenario file to compare with (default '${statusQuo}': the status-quo levers
                      with A's own assumption settings)
  --metric M          metric id (default homicides_total), e.g. homicides_2024, revenue_total
  --year Y            the year of the metric's family, 2019–2030 (e.g. --metric homicides --year 2024)
  --runs N            paired runs (default: A's runs)
  --seed S            seed (default: A's seed)
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`,
    summary: 'One checkable sentence with numbers, and the command that reproduces it',
    statusQuoName: 'the status quo',
    labelA: 'A',
    labelB: 'B',
    builtIn: 'built-in status-quo levers, with A\u2019s assumption settings',
    metric: (id: string, label: string, unit: string, better: 'lower' | 'higher') =>
      `${id}: ${label} (${unit}; ${better} is better)`,
    runs: (runs: string, seed: string) => `${runs} paired runs (run i of A and of B share their draws), seed ${seed}`,
    /** The effect the sentence states, in the metric's unit: the median of the paired differences and their P10–P90. */
    effect: (p50: string, p10: string, p90: string, unit: string) =>
      `effect: A − B = ${p50} ${unit} (median of the paired differences; P10–P90 ${p10} to ${p90})`,
    fingerprint: 'fingerprint',
    model: 'model',
    reproduce: 'reproduce',
    disclaimer: 'Illustrative toy model, not a forecast.',
  },

  brief: {
    usage: `Usage: palancas brief A [B] -o FILE.md|FILE.html [options]

A and B are scenario files or preset names (status-quo, platform-2018, full-legalization, hard-line,
what-happened).

Writes a brief for a debate judge: scenario A against B (or against the status-quo levers under A's own
assumption settings), with charts and their one-sentence descriptions (B's P10–P90 band hatched beside A's),
a comparison table over paired runs, claim cards with the exact 'palancas claim' command for each, the cruxes
(assumptions whose value flips the ranking), each lever's share of the difference overall and year by year,
the evidence sets (camp combinations, judged at central values) in which A beats B, the cost ledgers of A and
B with each one's cost per homicide averted, and every assumption with its source. The format follows the extension: .md for Markdown, .html
for one self-contained page (inline SVG charts, no scripts, opens offline, prints well).
Illustrative model, not a forecast.

Options:
  -o, --output FILE   where to write the brief (.md, .markdown, .html or .htm); replaced atomically
  --runs N            Monte Carlo runs (default: A's runs); B and the baseline use the same
  --seed S            random seed (default: A's seed); B and the baseline use the same
  --metric M          metric for cruxes, sensitivity, attribution, evidence sets and the first claim card
                      (default homicides_total)
  --quick             leave out cruxes, sensitivity, attribution and evidence sets (they take many model runs)
  -h, --help          show this help
`,
    summary: 'Write a brief (Markdown or self-contained HTML with charts) for A [vs B]',
    needOutput: "brief: -o FILE.md or -o FILE.html is required. Run 'palancas brief --help' for usage.",
    badExtension: (file: string) => `brief: cannot tell the format of '${file}': use a name ending in .md or .html.`,
    positionals: (got: number) =>
      `brief expects one or two scenario files (A [B]), got ${got}. Run 'palancas brief --help' for usage.`,
    writeFailed: (file: string, why: string) => `brief: could not write ${file}: ${why}\n`,
    notAFolder: (dir: string) => `${dir} is not a folder`,
    noFolder: (dir: string) => `there is no folder ${dir}`,
    isAFolder: 'it is a folder',
    wrote: (file: string, format: 'markdown' | 'html', charts: number, omitted: number) =>
      `Wrote ${file} (${format === 'html' ? 'HTML' : 'Markdown'}, ${charts} charts${omitted ? `, ${omitted} section${omitted === 1 ? '' : 's'} left out: see the end of the brief` : ''}).\n`,
    progressStart: 'Writing the brief',
    progress: (text: string) => `Brief: ${text}`,
  },

  page: {
    usage: `Usage: palancas page A [--vs B] -o FILE.html [options]

A and B are scenario files or preset names (status-quo, platform-2018, full-legalization, hard-line,
what-happened).

Writes one self-contained HTML page (no network, opens offline from a file) carrying the model, every
assumption with its source and scenario A. In the page the levers can be moved and the camps picked: each
change reruns the seeded ensemble in the browser and redraws the charts (P10–P90 band, A's median, the
reference median) with their one-sentence descriptions. The reference is B, or else the status quo. The
settings are kept in the link (page.html#guard_size=150000&cannabis_legal=1), and the page offers the
scenario as a YAML file that 'palancas validate' accepts. For the same settings, seed and runs the page's
numbers are those of 'palancas run --format json'.
Illustrative model, not a forecast.

Options:
  -o, --output FILE   where to write the page (.html or .htm); replaced atomically
  --vs B              draw A against scenario B instead of the status quo
  --runs N            Monte Carlo runs in the page (default 200; at most 5000)
  --seed S            random seed (default: A's seed); the reference uses the same
  -h, --help          show this help
`,
    summary: 'Write one HTML page with live levers for A [vs B]',
    needOutput: "page: -o FILE.html is required. Run 'palancas page --help' for usage.",
    badExtension: (file: string) => `page: '${file}' must end in .html or .htm.`,
    positionals: (got: number) =>
      `page expects one scenario file (A; B goes after --vs), got ${got}. Run 'palancas page --help' for usage.`,
    noBundle: (file: string) => `page: the page script ${file} is missing; run 'npm run build' first.`,
    writeFailed: (file: string, why: string) => `page: could not write ${file}: ${why}\n`,
    wrote: (file: string, kb: number, runs: number) => `Wrote ${file} (${kb} kB, ${runs} runs per change).\n`,
  },

  report: {
    usage: `Usage: palancas report [FILE] [--runs N]

Prints a plain-text report of FILE (default: platform-2018) against the status-quo baseline: the levers it
sets, yearly medians with P10–P90 bands, a sentence describing each curve, and the assumptions it changes.
`,
    summary: 'a plain-text report of a scenario against the status quo',
    banner: 'palancas — ILLUSTRATIVE MODEL, NOT A FORECAST',
    leversHeading: 'Levers (status-quo default in brackets):',
    lever: (mark: string, label: string, value: string, unit: string, dflt: string) =>
      `  ${mark} ${label}: ${value} ${unit} [${dflt}]`,
    changedHeading: (none: boolean) => `\nAssumptions changed from their defaults: ${none ? 'none' : ''}\n`,
    camp: (camp: string) => `camp ${camp}`,
    drawn: (low: string, high: string) => `drawn over ${low}–${high}`,
    /** An assumption fixed at one value by the scenario. */
    fixed: 'fixed',
    changed: (label: string, value: string, unit: string, how: string, source: string) =>
      `  ${label}: ${value} ${unit}${how ? ` (${how})` : ''} — ${source}\n`,
    footer:
      '\nEvery assumption with its source: palancas assumptions. Interactive explorer: run palancas in a terminal.\n',
  },
};
