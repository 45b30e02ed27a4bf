/**
 * `palancas attribute A B`: splits the difference A − B of a metric into each lever's exact Shapley share.
 */
import type { Command } from '../command.js';
import { engine } from '../../port/index.js';
import { describeMetric, metricNamed } from '../../analysis/metrics.js';
import { renderAttribution, toJson } from '../../render/text/analysis-text.js';
import {
  chartWidth,
  expectPositionals,
  loadScenarios,
  parseFormat,
  parseStrict,
  optionsOf,
  inOutputLanguage,
} from '../command-support.js';
import { msg } from '../../text/i18n.js';

const NAME = 'attribute';

/** The attribute command. */
export const command: Command = {
  name: NAME,
  get summary() {
    return msg.cli.attribute.summary;
  },
  get usage() {
    return msg.cli.attribute.usage;
  },
  async run(argv, ctx) {
    const { values, positionals } = parseStrict(NAME, {
      args: [...argv],
      allowPositionals: true,
      options: { ...optionsOf('metric', 'width', 'format', 'help') },
    });
    if (values.help === true) {
      ctx.out(command.usage);
      return 0;
    }
    const format = parseFormat(values.format);
    const metric = metricNamed(values.metric ?? 'homicides_total');
    const width = chartWidth(values.width);
    expectPositionals(NAME, positionals, 2, 'twoFiles');
    const loaded = await loadScenarios(positionals, ctx);
    const [a, b] = loaded ?? [];
    if (a === undefined || b === undefined) return 2;
    const report = inOutputLanguage(format, () => engine.analyzeAttribution(a, b, metric));
    if (format === 'json') {
      ctx.out(
        toJson(() => ({
          command: NAME,
          scenarios: { a: a.name, b: b.name },
          metric: describeMetric(metric),
          // Shapley shares of the central run's A − B, not of the paired runs' effect.
          basis: 'central_run',
          ...report,
        })),
      );
    } else {
      ctx.out(renderAttribution(report, { a: a.name, b: b.name }, metric, { width, ascii: !ctx.color }));
    }
    return 0;
  },
};
