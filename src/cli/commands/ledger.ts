/**
 * `palancas ledger FILE`: the fiscal cost of each lever per year, the net after legal-cannabis tax, and the
 * cost per homicide averted against the status quo.
 */
import type { Command } from '../command.js';
import { engine } from '../../port/index.js';
import { renderLedger, toJson } from '../../render/text/analysis-text.js';
import { expectPositionals, loadScenarios, parseFormat, parseStrict, optionsOf } from '../command-support.js';

const NAME = 'ledger';

const USAGE = `Usage: palancas ledger FILE [options]

Lists what each lever costs per year 2019–2030 (National Guard, military deployment against 2018, youth
programmes, amnesty, minus legal-cannabis tax), the net fiscal cost and totals, on a central run. Against the
status quo with the same assumptions it gives the cost per homicide averted (net extra cost over homicides
averted, both summed 2019–2030). Each line names the assumptions its equations use.

Options:
  --format table|json table (default) or one JSON object
  -h, --help          show this help
`;

/** The ledger command. */
export const command: Command = {
  name: NAME,
  summary: 'Fiscal cost of each lever per year, and cost per homicide averted',
  usage: USAGE,
  async run(argv, ctx) {
    const { values, positionals } = parseStrict(NAME, {
      args: [...argv],
      allowPositionals: true,
      options: { ...optionsOf('format', 'help') },
    });
    if (values.help === true) {
      ctx.out(USAGE);
      return 0;
    }
    const format = parseFormat(values.format);
    expectPositionals(NAME, positionals, 1, 'one scenario file');
    const loaded = await loadScenarios(positionals, ctx);
    const s = loaded?.[0];
    if (s === undefined) return 2;
    const ledger = engine.analyzeLedger(s);
    if (format === 'json') ctx.out(toJson({ command: NAME, scenario: s.name, unit: 'US$ bn', ...ledger }));
    else ctx.out(renderLedger(ledger, s.name));
    return 0;
  },
};
