/**
 * `palancas sensitivity FILE`: a tornado of how much one metric swings as each assumption (and optionally
 * each lever) moves across its range.
 */
import type { Command } from '../command.js';
import { parseSeed } from '../common-options.js';
import { engine } from '../../port/index.js';
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
  inOutputLanguage,
} from '../command-support.js';
import { msg } from '../../text/i18n.js';

const NAME = 'sensitivity';

/** The sensitivity command. */
export const command: Command = {
  name: NAME,
  get summary() {
    return msg.cli.sensitivity.summary;
  },
  get usage() {
    return msg.cli.sensitivity.usage;
  },
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
      ctx.out(command.usage);
      return 0;
    }
    const format = parseFormat(values.format);
    const metric = metricNamed(values.metric ?? 'homicides_total');
    const runs = parseInteger('--runs', values.runs, 0, 1, 100_000);
    const top = parseInteger('--top', values.top, 15, 1, 1000);
    const width = chartWidth(values.width);
    expectPositionals(NAME, positionals, 1, 'oneFile');
    const loaded = await loadScenarios(positionals, ctx);
    const s = loaded?.[0];
    if (s === undefined) return 2;
    const report = inOutputLanguage(format, () =>
      engine.analyzeSensitivity(s, metric, {
        levers: values.levers === true,
        ...(runs > 0 ? { runs } : {}),
        seed: parseSeed(values.seed) ?? s.seed,
      }),
    );
    if (format === 'json') ctx.out(toJson(() => ({ command: NAME, scenario: s.name, ...report })));
    else ctx.out(renderSensitivity(report, s.name, { width, ascii: !ctx.color, top }));
    return 0;
  },
};
