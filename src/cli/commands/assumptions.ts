/**
 * `palancas assumptions`: every assumption with value, range, kind and source (and camps).
 */
import { UsageError, type Command } from '../command.js';
import { ASSUMPTIONS, EQUATIONS } from '../../engine.js';
import { parseStrict } from '../../analysis/command-support.js';
import type { AssumptionKind } from '../../model/types.js';

/** Every kind of assumption, in the order the help names them. */
const KINDS = ['article', 'research', 'guess'] as const satisfies readonly AssumptionKind[];

// User-facing strings of this command.
const MSG = {
  badFormat: (v: string) => `--format must be table or json, not '${v}'.`,
  badKind: (v: string) => `--kind must be ${KINDS.slice(0, -1).join(', ')} or ${KINDS[KINDS.length - 1]}, not '${v}'.`,
} as const;

const USAGE = `Usage: palancas assumptions [--format table|json] [--kind article|research|guess]

Lists every assumption of the model: id, label, value, unit, range, distribution, kind, source, the camps of
contested ones, and the equations that use it.
`;

/** Ids of the equations whose text mentions an assumption. */
export function equationsUsing(id: string): string[] {
  const re = new RegExp(`\\b${id}\\b`);
  return EQUATIONS.filter((e) => re.test(e.kind === 'stock' ? `${e.init} ${e.rate}` : e.expr)).map((e) => e.id);
}

/** The assumptions command. */
export const command: Command = {
  name: 'assumptions',
  summary: 'list every assumption with its value, range, kind and source',
  usage: USAGE,
  async run(argv, ctx) {
    const { values } = parseStrict('assumptions', {
      args: [...argv],
      options: { format: { type: 'string' }, kind: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      ctx.out(USAGE);
      return 0;
    }
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(MSG.badFormat(format));
    if (values.kind !== undefined && !(KINDS as readonly string[]).includes(values.kind)) throw new UsageError(MSG.badKind(values.kind));
    const list = ASSUMPTIONS.filter((a) => values.kind === undefined || a.kind === values.kind);
    if (format === 'json') {
      ctx.out(`${JSON.stringify(list.map((a) => ({ ...a, usedBy: equationsUsing(a.id) })))}\n`);
      return 0;
    }
    const lines: string[] = [`${list.length} assumptions (kind: article = the 2018 article, research = a cited source, guess = modeller's guess)`, ''];
    for (const a of list) {
      lines.push(`${a.id} — ${a.label}`);
      lines.push(`    ${a.value} ${a.unit}  (range ${a.low}–${a.high}, ${a.distribution}; ${a.kind}, confidence ${a.confidence})`);
      lines.push(`    source: ${a.source}`);
      for (const c of a.camps ?? []) {
        lines.push(`    camp ${c.id}${c.id === a.defaultCamp ? ' (default)' : ''}: ${c.label} — ${c.value} (${c.low}–${c.high}); ${c.source}`);
      }
      lines.push(`    used by: ${equationsUsing(a.id).join(', ') || '—'}`);
    }
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
