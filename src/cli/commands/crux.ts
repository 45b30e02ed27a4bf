/**
 * `palancas crux A B`: the assumptions on which "A beats B" hinges, and the value at which it flips.
 */
import type { Command } from '../command.js';
import { parseSeed } from '../common-options.js';
import { analyzeCrux, DEFAULT_CONFIRM_TOP, DEFAULT_CRUX_RUNS } from '../../port/analyses.js';
import { describeMetric, metricNamed } from '../../analysis/metrics.js';
import { renderCrux, toJson } from '../../render/text/analysis-text.js';
import {
  chartWidth,
  expectPositionals,
  loadScenarios,
  parseFormat,
  parseInteger,
  parseStrict,
  optionsOf,
} from '../command-support.js';

const NAME = 'crux';

const USAGE = `Usage: palancas crux A B [options]

Asks whether scenario A beats scenario B on a metric at central values, then, for each assumption, finds the
value inside its range at which that ranking flips (or says it holds across the range). Cruxes are sorted by
how close the flip is to the current value, as a share of the range, each with its source. The paired
ensemble (same seed for A and B) gives the share of runs in which A beats B; the top cruxes are re-checked
with the assumption set to the far end of its range past the flip.

Options:
  --metric M          metric id (default homicides_total); better is lower or higher per metric
  --runs N            paired ensemble size (default ${DEFAULT_CRUX_RUNS})
  --seed S            ensemble seed (default: A's seed)
  --confirm K         top cruxes to re-check with the ensemble (default ${DEFAULT_CONFIRM_TOP}; 0 to skip)
  --top N             cruxes listed in the table (default 15; JSON has all)
  --width W           text width (default 100)
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`;

/** The crux command. */
export const command: Command = {
  name: NAME,
  summary: 'Find the assumption values at which "A beats B" flips',
  usage: USAGE,
  async run(argv, ctx) {
    const { values, positionals } = parseStrict(NAME, {
      args: [...argv],
      allowPositionals: true,
      options: {
        ...optionsOf('metric', 'runs', 'seed', 'top', 'width', 'format', 'help'),
        confirm: { type: 'string' },
      },
    });
    if (values.help === true) {
      ctx.out(USAGE);
      return 0;
    }
    const format = parseFormat(values.format);
    const metric = metricNamed(values.metric ?? 'homicides_total');
    const runs = parseInteger('--runs', values.runs, DEFAULT_CRUX_RUNS, 1, 100_000);
    const confirmTop = parseInteger('--confirm', values.confirm, DEFAULT_CONFIRM_TOP, 0, 50);
    const top = parseInteger('--top', values.top, 15, 1, 1000);
    const width = chartWidth(values.width);
    expectPositionals(NAME, positionals, 2, 'two scenario files, A and B');
    const loaded = await loadScenarios(positionals, ctx);
    const [a, b] = loaded ?? [];
    if (a === undefined || b === undefined) return 2;
    const seed = parseSeed(values.seed) ?? a.seed;
    const report = analyzeCrux(a, b, metric, { runs, seed, confirmTop });
    if (format === 'json') {
      ctx.out(
        toJson({ command: NAME, scenarios: { a: a.name, b: b.name }, metric: describeMetric(metric), ...report }),
      );
    } else {
      ctx.out(renderCrux(report, { a: a.name, b: b.name }, metric, { width, ascii: !ctx.color, top }));
    }
    return 0;
  },
};
