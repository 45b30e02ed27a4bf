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
import { msg } from '../../text/i18n.js';
import { fixed } from '../numbers.js';
import { jsonLine } from '../../render/text/analysis-text.js';

const THEORY_IDS = ['pooled', ...THEORIES.map((t) => t.id)];

/** The hindcast command. */
export const command: Command = {
  name: 'hindcast',
  get summary() {
    return msg.cli.hindcast.summary;
  },
  get usage() {
    return msg.cli.hindcast.usage(
      THEORY_IDS.join('|'),
      String(HINDCAST_FIRST),
      String(HINDCAST_LAST),
      String(HINDCAST_RUNS),
      HINDCAST_SEED,
    );
  },
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
      ctx.out(command.usage);
      return 0;
    }
    const format = parseFormat(values.format);
    if (values.until === undefined) throw new UsageError(msg.cli.hindcast.untilMissing);
    const until = parseInteger('--until', values.until, HINDCAST_LAST, HINDCAST_FIRST, HINDCAST_LAST);
    const runs = parseInteger('--runs', values.runs, HINDCAST_RUNS, 1, 100_000);
    const theory = values.theory ?? 'pooled';
    if (!THEORY_IDS.includes(theory)) throw new UsageError(msg.cli.hindcast.badTheory(THEORY_IDS.join(', '), theory));
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
      ctx.out(jsonLine(() => h));
      return 0;
    }
    const t = msg.cli.hindcast;
    const lines = [t.title(String(until), h.theory, String(h.runs)), ''];
    const c = t.yearColumns;
    lines.push(
      `  ${c.year.padEnd(4)}${c.observed.padStart(11)}${'P10'.padStart(9)}${'P50'.padStart(9)}${'P90'.padStart(9)}   ${c.inside}`,
    );
    for (const y of h.years) {
      const inside = y.observed >= y.p10 && y.observed <= y.p90 ? msg.common.yes : msg.common.no;
      lines.push(
        `  ${y.year}  ${fmt(y.observed).padStart(9)}${fmt(y.p10).padStart(9)}${fmt(y.p50).padStart(9)}${fmt(y.p90).padStart(9)}   ${inside}`,
      );
    }
    lines.push('');
    lines.push(
      t.fit(fixed(h.mape, 1), fixed(h.persistence_mape, 1), String(until), String(Math.round(100 * h.coverage))),
    );
    if (h.weights) {
      const w = Object.entries(h.weights)
        .filter(([, v]) => v > 0)
        .map(([k, v]) => t.weight(k, String(Math.round(100 * v))))
        .join(', ');
      lines.push(t.pooled(String(until), w));
    }
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
