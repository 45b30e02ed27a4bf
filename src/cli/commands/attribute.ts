/**
 * `palancas attribute A B`: splits the difference A − B of a metric into each lever's exact Shapley share.
 */
import type { Command } from '../command.js';
import { analyzeAttribution } from '../../port/analyses.js';
import { describeMetric, metricNamed } from '../../analysis/metrics.js';
import { renderAttribution, toJson } from '../../render/text/analysis-text.js';
import {
  chartWidth,
  expectPositionals,
  loadScenarios,
  parseFormat,
  parseStrict,
  optionsOf,
} from '../command-support.js';

const NAME = 'attribute';

const USAGE = `Usage: palancas attribute A B [options]

Splits the metric's difference A − B into each lever's contribution with exact Shapley values over the levers
that differ (grouped by lever family when more than 8 differ; assumption overrides and camps, when they
differ, count as one more player), on central runs. Also shows each lever's effect alone and the interaction
(total minus the sum of effects alone), a waterfall chart from B to A, and the split for each year 2019–2030.

Options:
  --metric M          metric id (default homicides_total)
  --width W           chart width in columns (default 100)
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`;

/** The attribute command. */
export const command: Command = {
  name: NAME,
  summary: "Split A − B into each lever's share (Shapley values)",
  usage: USAGE,
  async run(argv, ctx) {
    const { values, positionals } = parseStrict(NAME, {
      args: [...argv],
      allowPositionals: true,
      options: { ...optionsOf('metric', 'width', 'format', 'help') },
    });
    if (values.help === true) {
      ctx.out(USAGE);
      return 0;
    }
    const format = parseFormat(values.format);
    const metric = metricNamed(values.metric ?? 'homicides_total');
    const width = chartWidth(values.width);
    expectPositionals(NAME, positionals, 2, 'two scenario files, A and B');
    const loaded = await loadScenarios(positionals, ctx);
    const [a, b] = loaded ?? [];
    if (a === undefined || b === undefined) return 2;
    const report = analyzeAttribution(a, b, metric);
    if (format === 'json') {
      ctx.out(
        toJson({ command: NAME, scenarios: { a: a.name, b: b.name }, metric: describeMetric(metric), ...report }),
      );
    } else {
      ctx.out(renderAttribution(report, { a: a.name, b: b.name }, metric, { width, ascii: !ctx.color }));
    }
    return 0;
  },
};
