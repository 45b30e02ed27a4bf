/**
 * `palancas theories`: the rival causal theories of organized-crime violence, each with its sources, its
 * hindcasts from 2012 and 2014, its skill against persistence and its share of a pooled ensemble.
 */
import type { Command } from '../command.js';
import { engine, HINDCAST_RUNS, HINDCAST_SEED } from '../../port/index.js';
import { parseFormat, parseInteger, parseStrict, optionsOf } from '../command-support.js';
import { msg } from '../../text/i18n.js';
import { fixed } from '../numbers.js';
import { jsonLine } from '../../render/text/analysis-text.js';

/** The theories command. */
export const command: Command = {
  name: 'theories',
  get summary() {
    return msg.cli.theories.summary;
  },
  get usage() {
    return msg.cli.theories.usage(String(HINDCAST_RUNS), HINDCAST_SEED);
  },
  async run(argv, ctx) {
    const { values } = parseStrict('theories', {
      args: [...argv],
      options: { ...optionsOf('runs', 'seed', 'format', 'help') },
    });
    if (values.help) {
      ctx.out(command.usage);
      return 0;
    }
    const format = parseFormat(values.format);
    const runs = parseInteger('--runs', values.runs, HINDCAST_RUNS, 1, 100_000);
    const theories = () => engine.theories({ runs, ...(values.seed !== undefined ? { seed: values.seed } : {}) });
    if (format === 'json') {
      ctx.out(jsonLine(theories));
      return 0;
    }
    const list = theories();
    const t = msg.cli.theories;
    const lines = [t.title, ''];
    for (const th of list) {
      lines.push(`${th.id}: ${th.label}`);
      lines.push(t.source(th.source));
      for (const h of th.hindcasts) {
        lines.push(
          t.hindcast(
            String(h.until),
            fixed(h.mape, 1),
            fixed(h.persistence_mape, 1),
            String(Math.round(100 * h.coverage)),
            String(h.until + 1),
          ),
        );
      }
      lines.push(t.skill(fixed(th.skill, 2), String(Math.round(100 * th.share))), '');
    }
    ctx.out(lines.join('\n'));
    return 0;
  },
};
