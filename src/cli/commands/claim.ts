/**
 * `palancas claim A [--vs B]`: one checkable sentence with the numbers, and the exact command that
 * reproduces it byte for byte.
 */
import type { Command } from '../command.js';
import { parseSeed } from '../common-options.js';
import type { Scenario } from '../../model/types.js';
import { formatCommand } from '../../analysis/claim.js';
import { engine } from '../../port/index.js';
import { describeMetric, metricNamed, metricForYear } from '../../analysis/metrics.js';
import { toJson } from '../../render/text/analysis-text.js';
import {
  expectPositionals,
  loadScenarios,
  parseFormat,
  parseInteger,
  parseStrict,
  optionsOf,
  inOutputLanguage,
} from '../command-support.js';
import { catalogueOf, msg } from '../../text/i18n.js';
import { unitLabel } from '../../model/units.js';
import { formatSigned } from '../../text/format.js';

const NAME = 'claim';
/** The --vs value that stands for the built-in status quo (with A's own assumption settings). */
export const STATUS_QUO_KEYWORD = 'status-quo';

/** The claim command. */
export const command: Command = {
  name: NAME,
  get summary() {
    return msg.cli.claim.summary;
  },
  get usage() {
    return msg.cli.claim.usage(STATUS_QUO_KEYWORD);
  },
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
      ctx.out(command.usage);
      return 0;
    }
    const format = parseFormat(values.format);
    let metric = metricNamed(values.metric ?? 'homicides_total');
    if (values.year !== undefined) metric = metricForYear(metric, parseInteger('--year', values.year, 0, 2019, 2030));
    expectPositionals(NAME, positionals, 1, 'oneFileA');
    const aPath = positionals[0] ?? '';
    const vs = values.vs ?? STATUS_QUO_KEYWORD;
    const paths = vs === STATUS_QUO_KEYWORD ? [aPath] : [aPath, vs];
    const loaded = await loadScenarios(paths, ctx);
    const a = loaded?.[0];
    if (loaded === null || a === undefined) return 2;
    const b: Scenario | undefined = vs === STATUS_QUO_KEYWORD ? engine.baselineFor(a) : loaded[1];
    if (b === undefined) return 2;
    const runs = parseInteger('--runs', values.runs, a.runs, 1, 100_000);
    const seed = parseSeed(values.seed) ?? a.seed;
    const t = msg.cli.claim;
    const bName = vs === STATUS_QUO_KEYWORD ? t.statusQuoName : b.name;
    // JSON is the same in every language: the built-in baseline keeps its English name there.
    const bJsonName = vs === STATUS_QUO_KEYWORD ? catalogueOf('en').cli.claim.statusQuoName : b.name;
    const claim = inOutputLanguage(format, () =>
      engine.analyzeClaim(a, b, metric, { runs, seed, bName: format === 'json' ? bJsonName : bName }),
    );
    const version = engine.modelVersion;
    // The fingerprint covers the settings only; runs and seed are printed beside it.
    const print = (s: Scenario): string => engine.fingerprint(s);
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
        toJson(() => ({
          command: NAME,
          sentence: claim.sentence,
          a: { name: a.name, file: aPath, fingerprint: print(a) },
          b: { name: bJsonName, file: vs, fingerprint: print(b) },
          metric: describeMetric(metric),
          runs,
          seed,
          modelVersion: version,
          effect: claim.effect,
          reproduce: commandLine,
          argv: argvOut,
        })),
      );
      return 0;
    }
    const bFile = vs === STATUS_QUO_KEYWORD ? t.builtIn : vs;
    const lines = [
      claim.sentence,
      '',
      `  ${t.labelA}: ${a.name} (${aPath}), ${t.fingerprint} ${print(a)}`,
      `  ${t.labelB}: ${bName} (${bFile}), ${t.fingerprint} ${print(b)}`,
      `  ${t.runs(String(runs), seed)}`,
      `  ${t.metric(metric.id, metric.label, unitLabel(metric.unit), metric.better)}`,
      `  ${t.effect(formatSigned(claim.effect.p50), formatSigned(claim.effect.p10), formatSigned(claim.effect.p90), unitLabel(metric.unit))}`,
      `  ${t.model}: ${version}`,
      `  ${t.reproduce}: ${commandLine}`,
      '',
      t.disclaimer,
    ];
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
