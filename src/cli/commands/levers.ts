/**
 * `palancas levers`: the policy levers with unit, range, default and the article's words.
 */
import { UsageError, type Command } from '../command.js';
import { engine } from '../../port/index.js';
import { parseStrict } from '../command-support.js';
import { msg } from '../../text/i18n.js';
import { unitLabel } from '../../model/units.js';
import { jsonLine } from '../../render/text/analysis-text.js';

/** The levers command. */
export const command: Command = {
  name: 'levers',
  get summary() {
    return msg.cli.levers.summary;
  },
  get usage() {
    return msg.cli.levers.usage;
  },
  async run(argv, ctx) {
    const { values } = parseStrict('levers', {
      args: [...argv],
      options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      ctx.out(command.usage);
      return 0;
    }
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(msg.cli.support.badFormatTableJson(format));
    if (format === 'json') {
      ctx.out(jsonLine(() => engine.levers));
      return 0;
    }
    const lines: string[] = [];
    for (const f of engine.leverFamilies) {
      lines.push(f.label);
      for (const l of engine.levers.filter((x) => x.family === f.id)) {
        lines.push(
          `  ${l.id.padEnd(28)} ${msg.cli.levers.line(l.label, unitLabel(l.unit), String(l.min), String(l.max), String(l.step), String(l.default))}`,
        );
        lines.push(`  ${''.padEnd(28)} ${l.articleWords}`);
      }
      lines.push('');
    }
    ctx.out(`${lines.join('\n')}`);
    return 0;
  },
};
