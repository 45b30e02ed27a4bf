/**
 * `palancas ledger FILE`: the fiscal cost of each lever per year, the net after legal-cannabis tax, and the
 * cost per homicide averted against the status quo.
 */
import type { Command } from '../command.js';
import { engine } from '../../port/index.js';
import { renderLedger, toJson } from '../../render/text/analysis-text.js';
import {
  expectPositionals,
  inOutputLanguage,
  loadScenarios,
  parseFormat,
  parseStrict,
  optionsOf,
} from '../command-support.js';
import { msg } from '../../text/i18n.js';

const NAME = 'ledger';

/** The ledger command. */
export const command: Command = {
  name: NAME,
  get summary() {
    return msg.cli.ledger.summary;
  },
  get usage() {
    return msg.cli.ledger.usage;
  },
  async run(argv, ctx) {
    const { values, positionals } = parseStrict(NAME, {
      args: [...argv],
      allowPositionals: true,
      options: { ...optionsOf('format', 'help') },
    });
    if (values.help === true) {
      ctx.out(command.usage);
      return 0;
    }
    const format = parseFormat(values.format);
    expectPositionals(NAME, positionals, 1, 'oneFile');
    const loaded = await loadScenarios(positionals, ctx);
    const s = loaded?.[0];
    if (s === undefined) return 2;
    const ledger = inOutputLanguage(format, () => engine.analyzeLedger(s));
    if (format === 'json') ctx.out(toJson(() => ({ command: NAME, scenario: s.name, unit: 'US$ bn', ...ledger })));
    else ctx.out(renderLedger(ledger, s.name));
    return 0;
  },
};
