/**
 * `palancas theories`: the rival causal theories of organized-crime violence, each with its sources, its
 * hindcasts from 2012 and 2014, its skill against persistence and its share of a pooled ensemble.
 */
import type { Command } from '../command.js';
import { engine, HINDCAST_RUNS, HINDCAST_SEED } from '../../port/index.js';
import { parseFormat, parseInteger, parseStrict, optionsOf } from '../command-support.js';

const USAGE = `Usage: palancas theories [--runs N] [--seed S] [--format table|json]

Lists the theories a scenario can choose with camps: { violence_theory: ID } (the default, pooled, mixes
them). For each: its sources, the hindcasts constrained on 2007–2012 and 2007–2014 (MAPE against
persistence, and the share of test years inside P10–P90), its rolling-origin skill (1 − its errors /
persistence's errors over every cutoff 2009–2017) and the share of a pooled ensemble it gets (skill, floored
at 0, normalised). Defaults: ${HINDCAST_RUNS} runs, seed "${HINDCAST_SEED}".
`;

/** The theories command. */
export const command: Command = {
  name: 'theories',
  summary: 'rival theories of the violence, each with sources, hindcast score and pooled share',
  usage: USAGE,
  async run(argv, ctx) {
    const { values } = parseStrict('theories', {
      args: [...argv],
      options: { ...optionsOf('runs', 'seed', 'format', 'help') },
    });
    if (values.help) {
      ctx.out(USAGE);
      return 0;
    }
    const format = parseFormat(values.format);
    const runs = parseInteger('--runs', values.runs, HINDCAST_RUNS, 1, 100_000);
    const list = engine.theories({ runs, ...(values.seed !== undefined ? { seed: values.seed } : {}) });
    if (format === 'json') {
      ctx.out(`${JSON.stringify(list)}\n`);
      return 0;
    }
    const lines = ['Theories of organized-crime violence (illustrative model, not a forecast)', ''];
    for (const t of list) {
      lines.push(`${t.id}: ${t.label}`);
      lines.push(`  source: ${t.source}`);
      for (const h of t.hindcasts) {
        lines.push(
          `  hindcast from ${h.until}: MAPE ${h.mape.toFixed(1)}% vs persistence ${h.persistence_mape.toFixed(1)}%, ${Math.round(100 * h.coverage)}% of ${h.until + 1}–2018 inside P10–P90`,
        );
      }
      lines.push(`  skill ${t.skill.toFixed(2)}; share of the pooled ensemble ${Math.round(100 * t.share)}%`, '');
    }
    ctx.out(lines.join('\n'));
    return 0;
  },
};
