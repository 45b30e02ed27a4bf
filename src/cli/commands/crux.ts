/**
 * `palancas crux A B`: the assumptions on which "A beats B" hinges, and the value at which it flips.
 */
import type { Command } from '../command.js';
import { parseSeed } from '../common-options.js';
import { engine, DEFAULT_CONFIRM_TOP, DEFAULT_CRUX_RUNS } from '../../port/index.js';
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
  inOutputLanguage,
} from '../command-support.js';
import { msg } from '../../text/i18n.js';

const NAME = 'crux';

/** The crux command. */
export const command: Command = {
  name: NAME,
  get summary() {
    return msg.cli.crux.summary;
  },
  get usage() {
    return msg.cli.crux.usage(String(DEFAULT_CRUX_RUNS), String(DEFAULT_CONFIRM_TOP));
  },
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
      ctx.out(command.usage);
      return 0;
    }
    const format = parseFormat(values.format);
    const metric = metricNamed(values.metric ?? 'homicides_total');
    const runs = parseInteger('--runs', values.runs, DEFAULT_CRUX_RUNS, 1, 100_000);
    const confirmTop = parseInteger('--confirm', values.confirm, DEFAULT_CONFIRM_TOP, 0, 50);
    const top = parseInteger('--top', values.top, 15, 1, 1000);
    const width = chartWidth(values.width);
    expectPositionals(NAME, positionals, 2, 'twoFiles');
    const loaded = await loadScenarios(positionals, ctx);
    const [a, b] = loaded ?? [];
    if (a === undefined || b === undefined) return 2;
    const seed = parseSeed(values.seed) ?? a.seed;
    const report = inOutputLanguage(format, () => engine.analyzeCrux(a, b, metric, { runs, seed, confirmTop }));
    if (format === 'json') {
      ctx.out(
        toJson(() => ({
          command: NAME,
          scenarios: { a: a.name, b: b.name },
          metric: describeMetric(metric),
          ...report,
        })),
      );
    } else {
      ctx.out(renderCrux(report, { a: a.name, b: b.name }, metric, { width, ascii: !ctx.color, top }));
    }
    return 0;
  },
};
