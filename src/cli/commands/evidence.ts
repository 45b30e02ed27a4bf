/**
 * `palancas evidence A B`: in how many combinations of contested camps ("evidence sets") A still beats B.
 */
import type { Command } from '../command.js';
import { parseSeed } from '../common-options.js';
import { analyzeEvidence, contestedAssumptions, DEFAULT_EVIDENCE_RUNS } from '../../port/analyses.js';
import { countEvidenceSets } from '../../analysis/evidence.js';
import { describeMetric, metricNamed } from '../../analysis/metrics.js';
import { renderEvidence, toJson } from '../../render/text/analysis-text.js';
import {
  expectPositionals,
  loadScenarios,
  parseFormat,
  parseInteger,
  parseStrict,
  optionsOf,
} from '../command-support.js';

const NAME = 'evidence';

// User-facing strings of this command.
const MSG = {
  progress: (sets: number, runs: number) => `${sets} evidence sets × 2 × ${runs.toLocaleString('en-US')} runs`,
} as const;

const USAGE = `Usage: palancas evidence A B [options]

Runs A and B in every combination of camps of the contested assumptions (each combination is an "evidence
set": one view of who is right) and reports in how many A beats B on the metric, at central values and by
the median of paired ensemble differences, listing the sets where it fails.

Options:
  --metric M          metric id (default homicides_total)
  --runs N            paired runs per set (default ${DEFAULT_EVIDENCE_RUNS}; 0 for central values only)
  --seed S            ensemble seed (default: A's seed)
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`;

/** The evidence command. */
export const command: Command = {
  name: NAME,
  summary: 'Count the evidence sets (camp combinations) in which A beats B',
  usage: USAGE,
  async run(argv, ctx) {
    const { values, positionals } = parseStrict(NAME, {
      args: [...argv],
      allowPositionals: true,
      options: { ...optionsOf('metric', 'runs', 'seed', 'format', 'help') },
    });
    if (values.help === true) {
      ctx.out(USAGE);
      return 0;
    }
    const format = parseFormat(values.format);
    const metric = metricNamed(values.metric ?? 'homicides_total');
    const runs = parseInteger('--runs', values.runs, DEFAULT_EVIDENCE_RUNS, 0, 100_000);
    expectPositionals(NAME, positionals, 2, 'two scenario files, A and B');
    const loaded = await loadScenarios(positionals, ctx);
    const [a, b] = loaded ?? [];
    if (a === undefined || b === undefined) return 2;
    const sets = countEvidenceSets(contestedAssumptions());
    const seed = parseSeed(values.seed) ?? a.seed;
    // A bar on a terminal; the evidence sets run one after another, so the bar is drawn between them.
    const bar = runs > 0 ? ctx.progress?.(MSG.progress(sets, runs), sets) : undefined;
    let report;
    try {
      report = analyzeEvidence(a, b, metric, {
        runs,
        seed,
        ...(bar ? { onProgress: (done: number) => bar.update(done) } : {}),
      });
    } finally {
      bar?.end();
    }
    if (format === 'json') {
      ctx.out(
        toJson({ command: NAME, scenarios: { a: a.name, b: b.name }, metric: describeMetric(metric), ...report }),
      );
    } else {
      ctx.out(renderEvidence(report, { a: a.name, b: b.name }, metric));
    }
    return 0;
  },
};
