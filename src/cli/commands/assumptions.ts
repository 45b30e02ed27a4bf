/**
 * `palancas assumptions`: every assumption with value, range, kind and source (and camps).
 */
import { UsageError, type Command } from '../command.js';
import { engine } from '../../port/index.js';
import { parseStrict } from '../command-support.js';
import { ASSUMPTION_KINDS, type AssumptionKind } from '../../model/types.js';

/** What each kind means, as the listing's legend says it. */
const KIND_WORDS: Readonly<Record<AssumptionKind, string>> = {
  article: 'the 2018 article',
  research: 'a cited source',
  derived: 'arithmetic on sourced figures, shown in the source',
  guess: "modeller's guess, or a figure no source confirms",
};

const USAGE = `Usage: palancas assumptions [--format table|json] [--kind ${ASSUMPTION_KINDS.join('|')}]

Lists every assumption of the model: id, label, value, unit, range, distribution, kind, source, the camps of
contested ones, and the equations that use it. --kind keeps the assumptions of that kind and the camps of that
kind (a contested assumption is listed when it or any of its camps is of that kind).

Kinds: ${ASSUMPTION_KINDS.map((k) => `${k} = ${KIND_WORDS[k]}`).join('; ')}.
`;

/** Ids of the equations whose text mentions an assumption. */
export function equationsUsing(id: string): string[] {
  const re = new RegExp(`\\b${id}\\b`);
  return engine.equations.filter((e) => re.test(e.kind === 'stock' ? `${e.init} ${e.rate}` : e.expr)).map((e) => e.id);
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
    if (format !== 'table' && format !== 'json')
      throw new UsageError(`--format must be table or json, not '${format}'.`);
    const kind = values.kind;
    if (kind !== undefined && !(ASSUMPTION_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`--kind must be one of ${ASSUMPTION_KINDS.join(', ')}, not '${kind}'.`);
    }
    const list = engine.assumptions.filter(
      (a) => kind === undefined || a.kind === kind || (a.camps ?? []).some((c) => c.kind === kind),
    );
    if (format === 'json') {
      // sourceRow points into research notes users do not have; the source names the original document.
      ctx.out(`${JSON.stringify(list.map(({ sourceRow: _row, ...a }) => ({ ...a, usedBy: equationsUsing(a.id) })))}\n`);
      return 0;
    }
    const legend = ASSUMPTION_KINDS.map((k) => `${k} = ${KIND_WORDS[k]}`).join(', ');
    const lines: string[] = [`${list.length} assumptions (kind: ${legend})`, ''];
    for (const a of list) {
      lines.push(`${a.id} — ${a.label}`);
      lines.push(
        `    ${a.value} ${a.unit}  (range ${a.low}–${a.high}, ${a.distribution}; ${a.kind}, confidence ${a.confidence})`,
      );
      lines.push(`    source: ${a.source}`);
      for (const c of a.camps ?? []) {
        const rated = `${c.kind}${c.confidence !== undefined ? `, confidence ${c.confidence}` : ''}`;
        lines.push(
          `    camp ${c.id}${c.id === a.defaultCamp ? ' (default)' : ''}: ${c.label} — ${c.value} (${c.low}–${c.high}; ${rated}); ${c.source}`,
        );
      }
      lines.push(`    used by: ${equationsUsing(a.id).join(', ') || '—'}`);
    }
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
