/**
 * `palancas validate FILE...`: checks scenario files and reports every problem with file, line and field.
 */
import { UsageError, type Command } from '../command.js';
import { parseStrict } from '../command-support.js';
import { loadForCli } from '../scenario-input.js';
import { msg } from '../../text/i18n.js';

/** The validate command. */
export const command: Command = {
  name: 'validate',
  get summary() {
    return msg.cli.validate.summary;
  },
  get usage() {
    return msg.cli.validate.usage;
  },
  async run(argv, ctx) {
    const { values, positionals } = parseStrict('validate', {
      args: [...argv],
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      ctx.out(command.usage);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError(msg.cli.validate.noFiles);
    let bad = 0;
    for (const file of positionals) {
      const loaded = await loadForCli(file, ctx);
      if (loaded) ctx.out(`${msg.cli.validate.ok(file)}\n`);
      else bad++;
    }
    return bad === 0 ? 0 : 2;
  },
};
