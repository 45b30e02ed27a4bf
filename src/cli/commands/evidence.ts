/**
 * `palancas evidence A B`: in how many combinations of contested camps ("evidence sets") A still beats B.
 */
import type { Command } from '../command.js';
import { parseSeed } from '../common-options.js';
import { engine, DEFAULT_EVIDENCE_RUNS } from '../../port/index.js';
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
  inOutputLanguage,
} from '../command-support.js';
import { msg } from '../../text/i18n.js';
import { count } from '../numbers.js';

const NAME = 'evidence';

/** The evidence command. */
export const command: Command = {
  name: NAME,
  get summary() {
    return msg.cli.evidence.summary;
  },
  get usage() {
    return msg.cli.evidence.usage(String(DEFAULT_EVIDENCE_RUNS));
  },
  async run(argv, ctx) {
    const { values, positionals } = parseStrict(NAME, {
      args: [...argv],
      allowPositionals: true,
      options: { ...optionsOf('metric', 'runs', 'seed', 'format', 'help') },
    });
    if (values.help === true) {
      ctx.out(command.usage);
      return 0;
    }
    const format = parseFormat(values.format);
    const metric = metricNamed(values.metric ?? 'homicides_total');
    const runs = parseInteger('--runs', values.runs, DEFAULT_EVIDENCE_RUNS, 0, 100_000);
    expectPositionals(NAME, positionals, 2, 'twoFiles');
    const loaded = await loadScenarios(positionals, ctx);
    const [a, b] = loaded ?? [];
    if (a === undefined || b === undefined) return 2;
    const sets = countEvidenceSets(engine.contestedAssumptions());
    const seed = parseSeed(values.seed) ?? a.seed;
    // A bar on a terminal; the evidence sets run one after another, so the bar is drawn between them.
    const bar = runs > 0 ? ctx.progress?.(msg.cli.evidence.progress(String(sets), count(runs)), sets) : undefined;
    let report: ReturnType<typeof engine.analyzeEvidence>;
    try {
      report = inOutputLanguage(format, () =>
        engine.analyzeEvidence(a, b, metric, {
          runs,
          seed,
          ...(bar ? { onProgress: (done: number) => bar.update(done) } : {}),
        }),
      );
    } finally {
      bar?.end();
    }
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
      ctx.out(renderEvidence(report, { a: a.name, b: b.name }, metric));
    }
    return 0;
  },
};
