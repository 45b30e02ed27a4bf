/**
 * `palancas hindcast --until Y`: constrain on 2007..Y only, project Y+1..2018 with the troops and leader
 * removals of those years known, and score the projection against INEGI beside persistence.
 */
import { UsageError, type Command } from '../command.js';
import {
  engine,
  HINDCAST_FIRST,
  HINDCAST_LAST,
  HINDCAST_RUNS,
  HINDCAST_SEED,
  THEORIES,
  type TheoryId,
} from '../../port/index.js';
import { loadScenarios, parseFormat, parseInteger, parseStrict, optionsOf } from '../command-support.js';
import { fmt } from '../../render/text/series-output.js';

const THEORY_IDS = ['pooled', ...THEORIES.map((t) => t.id)];

const USAGE = `Usage: palancas hindcast --until Y [FILE] [--theory ${THEORY_IDS.join('|')}] [--runs N] [--seed S] [--format table|json]

Keeps only the runs whose history fits the observations of 2007..Y (${HINDCAST_FIRST}–${HINDCAST_LAST}), runs them on
to 2018 with the policy inputs of those years known (troops deployed, leader removals) and compares their
homicides with what INEGI counted. Only outcomes are hidden; nothing after 2018 is read.

  mape              mean absolute percentage error of the median, Y+1..2018
  persistence_mape  the same for year Y carried forward
  coverage          share of test years with INEGI's count inside P10–P90

--theory pooled (the default) mixes the theories by their rolling-origin skill with data up to Y only.
Defaults: ${HINDCAST_RUNS} runs, seed "${HINDCAST_SEED}", FILE the status quo.
`;

const MESSAGES = {
  untilMissing: '--until Y is required (the last year the runs are constrained on).',
  badTheory: (v: string) => `--theory must be one of ${THEORY_IDS.join(', ')}, not '${v}'.`,
} as const;

/** The hindcast command. */
export const command: Command = {
  name: 'hindcast',
  summary: 'constrain on 2007..Y, project to 2018 and score against INEGI and persistence',
  usage: USAGE,
  async run(argv, ctx) {
    const { values, positionals } = parseStrict('hindcast', {
      args: [...argv],
      allowPositionals: true,
      options: {
        ...optionsOf('runs', 'seed', 'format', 'help'),
        until: { type: 'string' },
        theory: { type: 'string' },
      },
    });
    if (values.help) {
      ctx.out(USAGE);
      return 0;
    }
    const format = parseFormat(values.format);
    if (values.until === undefined) throw new UsageError(MESSAGES.untilMissing);
    const until = parseInteger('--until', values.until, HINDCAST_LAST, HINDCAST_FIRST, HINDCAST_LAST);
    const runs = parseInteger('--runs', values.runs, HINDCAST_RUNS, 1, 100_000);
    const theory = values.theory ?? 'pooled';
    if (!THEORY_IDS.includes(theory)) throw new UsageError(MESSAGES.badTheory(theory));
    let s = engine.statusQuo();
    if (positionals.length > 0) {
      const loaded = await loadScenarios(positionals.slice(0, 1), ctx);
      if (loaded === null) return 2;
      s = loaded[0]!;
    }
    const h = engine.hindcastOf(s, {
      until,
      theory: theory as TheoryId | 'pooled',
      runs,
      ...(values.seed !== undefined ? { seed: values.seed } : {}),
    });
    if (format === 'json') {
      ctx.out(`${JSON.stringify(h)}\n`);
      return 0;
    }
    const lines = [
      `Hindcast: constrained on 2007–${until}, projected to 2018 (${h.theory}, ${h.runs} runs); illustrative model, not a forecast`,
      '',
    ];
    lines.push('  year   observed      P10      P50      P90   inside');
    for (const y of h.years) {
      const inside = y.observed >= y.p10 && y.observed <= y.p90 ? 'yes' : 'no';
      lines.push(
        `  ${y.year}  ${fmt(y.observed).padStart(9)}${fmt(y.p10).padStart(9)}${fmt(y.p50).padStart(9)}${fmt(y.p90).padStart(9)}   ${inside}`,
      );
    }
    lines.push('');
    lines.push(
      `  MAPE ${h.mape.toFixed(1)}% against ${h.persistence_mape.toFixed(1)}% for ${until} carried forward; ${Math.round(100 * h.coverage)}% of years inside P10–P90.`,
    );
    if (h.weights) {
      const w = Object.entries(h.weights)
        .filter(([, v]) => v > 0)
        .map(([k, v]) => `${k} ${Math.round(100 * v)}%`)
        .join(', ');
      lines.push(`  Pooled from data up to ${until} only: ${w}.`);
    }
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
