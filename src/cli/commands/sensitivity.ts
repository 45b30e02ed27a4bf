/**
 * `palancas sensitivity FILE`: a tornado of how much one metric swings as each assumption (and optionally
 * each lever) moves across its range.
 */
import type { Command } from '../command.js';
import { parseSeed } from '../common-options.js';
import { analyzeSensitivity } from '../../port/analyses.js';
import { metricNamed } from '../../analysis/metrics.js';
import { renderSensitivity, toJson } from '../../render/text/analysis-text.js';
import {
  chartWidth,
  expectPositionals,
  loadScenarios,
  parseFormat,
  parseInteger,
  parseStrict,
  optionsOf,
} from '../command-support.js';

const NAME = 'sensitivity';

const USAGE = `Usage: palancas sensitivity FILE [options]

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
`;

/** The sensitivity command. */
export const command: Command = {
  name: NAME,
  summary: 'Tornado chart: which assumptions move a metric most',
  usage: USAGE,
  async run(argv, ctx) {
    const { values, positionals } = parseStrict(NAME, {
      args: [...argv],
      allowPositionals: true,
      options: {
        ...optionsOf('metric', 'runs', 'seed', 'top', 'width', 'format', 'help'),
        levers: { type: 'boolean' },
      },
    });
    if (values.help === true) {
      ctx.out(USAGE);
      return 0;
    }
    const format = parseFormat(values.format);
    const metric = metricNamed(values.metric ?? 'homicides_total');
    const runs = parseInteger('--runs', values.runs, 0, 1, 100_000);
    const top = parseInteger('--top', values.top, 15, 1, 1000);
    const width = chartWidth(values.width);
    expectPositionals(NAME, positionals, 1, 'one scenario file');
    const loaded = await loadScenarios(positionals, ctx);
    const s = loaded?.[0];
    if (s === undefined) return 2;
    const report = analyzeSensitivity(s, metric, {
      levers: values.levers === true,
      ...(runs > 0 ? { runs } : {}),
      seed: parseSeed(values.seed) ?? s.seed,
    });
    if (format === 'json') ctx.out(toJson({ command: NAME, scenario: s.name, ...report }));
    else ctx.out(renderSensitivity(report, s.name, { width, ascii: !ctx.color, top }));
    return 0;
  },
};
