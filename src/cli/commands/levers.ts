/**
 * `palancas levers`: the policy levers with unit, range, default and the article's words.
 */
import { UsageError, type Command } from '../command.js';
import { engine } from '../../port/index.js';
import { parseStrict } from '../command-support.js';

const USAGE = `Usage: palancas levers [--format table|json]

Lists the policy levers: the article's five (marijuana legalization, amnesty, military drawdown, National Guard,
youth scholarships and job training) and the extras it mentions, each with unit, range, status-quo default and
the article's words.
`;

/** The levers command. */
export const command: Command = {
  name: 'levers',
  summary: "list the policy levers with unit, range, default and the article's words",
  usage: USAGE,
  async run(argv, ctx) {
    const { values } = parseStrict('levers', {
      args: [...argv],
      options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      ctx.out(USAGE);
      return 0;
    }
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json')
      throw new UsageError(`--format must be table or json, not '${format}'.`);
    if (format === 'json') {
      ctx.out(`${JSON.stringify(engine.levers)}\n`);
      return 0;
    }
    const lines: string[] = [];
    for (const f of engine.leverFamilies) {
      lines.push(f.label);
      for (const l of engine.levers.filter((x) => x.family === f.id)) {
        lines.push(
          `  ${l.id.padEnd(28)} ${l.label} — ${l.unit}, ${l.min}–${l.max} (step ${l.step}), default ${l.default}`,
        );
        lines.push(`  ${''.padEnd(28)} ${l.articleWords}`);
      }
      lines.push('');
    }
    ctx.out(`${lines.join('\n')}`);
    return 0;
  },
};
