/**
 * `palancas crux A B`: the assumptions on which "A beats B" hinges, and the value at which it flips.
 */
import type { Command } from '../command.js';
import { parseSeed } from '../common-options.js';
import {
  engine,
  DEFAULT_CONFIRM_TOP,
  DEFAULT_CRUX_RUNS,
  DEFAULT_CRUX_SET_CONFIRM,
  DEFAULT_CRUX_SET_RUNS,
  DEFAULT_CRUX_SET_TOP,
} from '../../port/index.js';
import { MAX_SET_SIZE } from '../../analysis/crux-sets.js';
import type { CruxSetReport } from '../../analysis/reports.js';
import { describeMetric, metricNamed } from '../../analysis/metrics.js';
import { renderCrux, renderCruxSets, toJson } from '../../render/text/analysis-text.js';
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
    return msg.cli.crux.usage(
      String(DEFAULT_CRUX_RUNS),
      String(DEFAULT_CONFIRM_TOP),
      String(DEFAULT_CRUX_SET_RUNS),
      String(DEFAULT_CRUX_SET_CONFIRM),
      String(DEFAULT_CRUX_SET_TOP),
    );
  },
  async run(argv, ctx) {
    const { values, positionals } = parseStrict(NAME, {
      args: [...argv],
      allowPositionals: true,
      options: {
        ...optionsOf('metric', 'runs', 'seed', 'top', 'width', 'format', 'help'),
        confirm: { type: 'string' },
        'max-set': { type: 'string' },
      },
    });
    if (values.help === true) {
      ctx.out(command.usage);
      return 0;
    }
    const format = parseFormat(values.format);
    const metric = metricNamed(values.metric ?? 'homicides_total');
    const maxSet =
      values['max-set'] === undefined ? undefined : parseInteger('--max-set', values['max-set'], 1, 1, MAX_SET_SIZE);
    const sets = maxSet !== undefined;
    const runs = parseInteger('--runs', values.runs, sets ? DEFAULT_CRUX_SET_RUNS : DEFAULT_CRUX_RUNS, 1, 100_000);
    const confirmTop = parseInteger(
      '--confirm',
      values.confirm,
      sets ? DEFAULT_CRUX_SET_CONFIRM : DEFAULT_CONFIRM_TOP,
      0,
      50,
    );
    const top = parseInteger('--top', values.top, sets ? DEFAULT_CRUX_SET_TOP : 15, 1, 1000);
    const width = chartWidth(values.width);
    expectPositionals(NAME, positionals, 2, 'twoFiles');
    const loaded = await loadScenarios(positionals, ctx);
    const [a, b] = loaded ?? [];
    if (a === undefined || b === undefined) return 2;
    const seed = parseSeed(values.seed) ?? a.seed;
    if (maxSet !== undefined) {
      const r = inOutputLanguage(format, () =>
        engine.analyzeCruxSets(a, b, metric, { maxSet, runs, seed, confirm: confirmTop, top }),
      );
      const names = { a: a.name, b: b.name };
      ctx.out(
        format === 'json'
          ? toJson(() => cruxSetJson(r, names, describeMetric(metric)))
          : renderCruxSets(r, names, metric, { width, ascii: !ctx.color, top }),
      );
      return 0;
    }
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

/**
 * The JSON of `crux --max-set`: { verdict, sets: [{ changes: [{ id, from, to }], distance, effect }] } with what
 * was run beside them; labels and sources stay in the text output.
 */
function cruxSetJson(r: CruxSetReport, names: { a: string; b: string }, metric: unknown): unknown {
  const changes = (list: CruxSetReport['sets'][number]['changes']) =>
    list.map((c) => ({ id: c.id, from: c.from, to: c.to }));
  return {
    command: NAME,
    scenarios: names,
    metric,
    runs: r.runs,
    seed: r.seed,
    maxSet: r.maxSet,
    verdict: r.verdict,
    sets: r.sets.map((s) => ({ changes: changes(s.changes), distance: s.distance, effect: s.effect })),
    ...(r.closest === undefined
      ? {}
      : {
          closestCentral: {
            changes: changes(r.closest.changes),
            distance: r.closest.distance,
            margin: r.closest.margin,
          },
        }),
    centralMargin: r.centralMargin,
    centralAgrees: r.centralAgrees,
    search: r.search,
  };
}
