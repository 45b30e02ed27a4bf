/**
 * `palancas claim A [--vs B]`: one checkable sentence with the numbers, and the exact command that
 * reproduces it byte for byte.
 */
import type { Command } from '../command.js';
import { parseSeed } from '../common-options.js';
import type { Scenario } from '../../model/types.js';
import { fingerprintScenario } from '../../scenario/fingerprint.js';
import { REGISTRY } from '../scenario-input.js';
import { formatCommand } from '../../analysis/claim.js';
import { analyzeClaim, baselineFor, modelVersion } from '../../port/analyses.js';
import { describeMetric, metricNamed, metricForYear } from '../../analysis/metrics.js';
import { RENDER_MESSAGES, toJson } from '../../render/text/analysis-text.js';
import {
  expectPositionals,
  loadScenarios,
  parseFormat,
  parseInteger,
  parseStrict,
  optionsOf,
} from '../command-support.js';

const NAME = 'claim';
/** The --vs value that stands for the built-in status quo (with A's own assumption settings). */
export const STATUS_QUO_KEYWORD = 'status-quo';

// User-facing strings of this command.
const MSG = {
  statusQuoName: 'the status quo',
  labelA: 'A',
  labelB: 'B',
  builtIn: 'built-in status-quo levers, with A\u2019s assumption settings',
  metric: (id: string, label: string, unit: string, better: string) => `${id}: ${label} (${unit}; ${better} is better)`,
  runs: (runs: number, seed: string) => `${runs} paired runs (run i of A and of B share their draws), seed ${seed}`,
  fingerprint: 'fingerprint',
  model: 'model',
  reproduce: 'reproduce',
} as const;

const USAGE = `Usage: palancas claim A [--vs B] [options]

Writes one sentence a judge can check, e.g. "Under platform-2018, homicides in 2024 are 18% (P10–P90: 9–27%)
below the status quo", from paired per-run differences (the same seed and draws for A and B), then the
scenarios' fingerprints, the seed, the runs, the model version and the exact command that reproduces it.

Options:
  --vs B              the scenario file to compare with (default '${STATUS_QUO_KEYWORD}': the status-quo levers
                      with A's own assumption settings)
  --metric M          metric id (default homicides_total), e.g. homicides_2024, revenue_total
  --year Y            the year of the metric's family, 2019–2030 (e.g. --metric homicides --year 2024)
  --runs N            paired runs (default: A's runs)
  --seed S            seed (default: A's seed)
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`;

/** The claim command. */
export const command: Command = {
  name: NAME,
  summary: 'One checkable sentence with numbers, and the command that reproduces it',
  usage: USAGE,
  async run(argv, ctx) {
    const { values, positionals } = parseStrict(NAME, {
      args: [...argv],
      allowPositionals: true,
      options: {
        ...optionsOf('metric', 'runs', 'seed', 'format', 'help'),
        vs: { type: 'string' },
        year: { type: 'string' },
      },
    });
    if (values.help === true) {
      ctx.out(USAGE);
      return 0;
    }
    const format = parseFormat(values.format);
    let metric = metricNamed(values.metric ?? 'homicides_total');
    if (values.year !== undefined) metric = metricForYear(metric, parseInteger('--year', values.year, 0, 2019, 2030));
    expectPositionals(NAME, positionals, 1, 'one scenario file (A)');
    const aPath = positionals[0] ?? '';
    const vs = values.vs ?? STATUS_QUO_KEYWORD;
    const paths = vs === STATUS_QUO_KEYWORD ? [aPath] : [aPath, vs];
    const loaded = await loadScenarios(paths, ctx);
    const a = loaded?.[0];
    if (loaded === null || a === undefined) return 2;
    const b: Scenario | undefined = vs === STATUS_QUO_KEYWORD ? baselineFor(a) : loaded[1];
    if (b === undefined) return 2;
    const runs = parseInteger('--runs', values.runs, a.runs, 1, 100_000);
    const seed = parseSeed(values.seed) ?? a.seed;
    const bName = vs === STATUS_QUO_KEYWORD ? MSG.statusQuoName : b.name;
    const claim = analyzeClaim(a, b, metric, { runs, seed, bName });
    const version = modelVersion();
    const print = (s: Scenario): string => fingerprintScenario({ ...s, runs, seed }, REGISTRY, version);
    const argvOut = [
      'palancas',
      NAME,
      aPath,
      '--vs',
      vs,
      '--metric',
      metric.id,
      '--runs',
      String(runs),
      '--seed',
      seed,
    ];
    argvOut.push('--format', format);
    const commandLine = formatCommand(argvOut);
    if (format === 'json') {
      ctx.out(
        toJson({
          command: NAME,
          sentence: claim.sentence,
          a: { name: a.name, file: aPath, fingerprint: print(a) },
          b: { name: bName, file: vs, fingerprint: print(b) },
          metric: describeMetric(metric),
          runs,
          seed,
          modelVersion: version,
          pct: claim.pct,
          medianA: claim.medianA,
          medianB: claim.medianB,
          wins: claim.wins,
          reproduce: commandLine,
          argv: argvOut,
        }),
      );
      return 0;
    }
    const bFile = vs === STATUS_QUO_KEYWORD ? MSG.builtIn : vs;
    const lines = [
      claim.sentence,
      '',
      `  ${MSG.labelA}: ${a.name} (${aPath}), ${MSG.fingerprint} ${print(a)}`,
      `  ${MSG.labelB}: ${bName} (${bFile}), ${MSG.fingerprint} ${print(b)}`,
      `  ${MSG.metric(metric.id, metric.label, metric.unit, metric.better)}`,
      `  ${MSG.runs(runs, seed)}`,
      `  ${MSG.model}: ${version}`,
      `  ${MSG.reproduce}: ${commandLine}`,
      '',
      RENDER_MESSAGES.disclaimer,
    ];
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
