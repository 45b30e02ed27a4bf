/**
 * `palancas validate FILE...`: checks scenario files and reports every problem with file, line and field.
 */
import { UsageError, type Command } from '../command.js';
import { parseStrict } from '../command-support.js';
import { loadForCli } from '../scenario-input.js';

const USAGE = `Usage: palancas validate FILE...

Checks scenario files: YAML syntax, known keys, lever values within their ranges, assumption overrides within
their ranges and camps that exist. Prints "ok FILE" or each problem as FILE:LINE:COLUMN field: message.
Exit code 0 when every file is valid, 2 otherwise.
`;

// User-facing strings of this command.
const MSG = {
  noFiles: "validate expects one or more scenario FILEs. Run 'palancas validate --help' for usage.",
} as const;

/** The validate command. */
export const command: Command = {
  name: 'validate',
  summary: 'check scenario files and report problems with file, line and field',
  usage: USAGE,
  async run(argv, ctx) {
    const { values, positionals } = parseStrict('validate', {
      args: [...argv],
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      ctx.out(USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError(MSG.noFiles);
    let bad = 0;
    for (const file of positionals) {
      const loaded = await loadForCli(file, ctx);
      if (loaded) ctx.out(`ok ${file}\n`);
      else bad++;
    }
    return bad === 0 ? 0 : 2;
  },
};
