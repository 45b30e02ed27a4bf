/**
 * `palancas assumptions`: every assumption with value, range, kind and source (and camps).
 */
import { UsageError, type Command } from '../command.js';
import { engine } from '../../port/index.js';
import { parseStrict } from '../command-support.js';
import { ASSUMPTION_KINDS } from '../../model/types.js';
import { msg } from '../../text/i18n.js';
import { jsonLine } from '../../render/text/analysis-text.js';

/** The legend of the kinds: "article = the 2018 article" and so on, joined by `separator`. */
function legend(separator: string): string {
  const t = msg.cli.assumptions;
  return ASSUMPTION_KINDS.map((k) => t.kindWord(k, t.kinds[k])).join(separator);
}

function usage(): string {
  return msg.cli.assumptions.usage(ASSUMPTION_KINDS.join('|'), legend(msg.cli.assumptions.legendSeparatorHelp));
}

/** Ids of the equations whose text mentions an assumption. */
export function equationsUsing(id: string): string[] {
  const re = new RegExp(`\\b${id}\\b`);
  return engine.equations.filter((e) => re.test(e.kind === 'stock' ? `${e.init} ${e.rate}` : e.expr)).map((e) => e.id);
}

/** The assumptions command. */
export const command: Command = {
  name: 'assumptions',
  get summary() {
    return msg.cli.assumptions.summary;
  },
  get usage() {
    return usage();
  },
  async run(argv, ctx) {
    const { values } = parseStrict('assumptions', {
      args: [...argv],
      options: { format: { type: 'string' }, kind: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      ctx.out(usage());
      return 0;
    }
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(msg.cli.support.badFormatTableJson(format));
    const kind = values.kind;
    if (kind !== undefined && !(ASSUMPTION_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(msg.cli.assumptions.badKind(ASSUMPTION_KINDS.join(', '), kind));
    }
    const list = engine.assumptions.filter(
      (a) => kind === undefined || a.kind === kind || (a.camps ?? []).some((c) => c.kind === kind),
    );
    if (format === 'json') {
      // sourceRow points into research notes users do not have; the source names the original document.
      ctx.out(jsonLine(() => list.map(({ sourceRow: _row, ...a }) => ({ ...a, usedBy: equationsUsing(a.id) }))));
      return 0;
    }
    const t = msg.cli.assumptions;
    const lines: string[] = [t.heading(list.length, legend(t.legendSeparatorList)), ''];
    for (const a of list) {
      lines.push(`${a.id} — ${a.label}`);
      lines.push(
        t.values(
          String(a.value),
          a.unit,
          String(a.low),
          String(a.high),
          msg.common.distribution[a.distribution] ?? a.distribution,
          a.kind,
          msg.common.confidence[a.confidence] ?? a.confidence,
        ),
      );
      lines.push(t.source(a.source));
      for (const c of a.camps ?? []) {
        const rated = t.campRated(c.kind, c.confidence !== undefined ? msg.common.confidence[c.confidence] : undefined);
        lines.push(
          t.camp(
            c.id,
            c.id === a.defaultCamp,
            c.label,
            String(c.value),
            String(c.low),
            String(c.high),
            rated,
            c.source,
          ),
        );
      }
      lines.push(t.usedBy(equationsUsing(a.id).join(', ') || '—'));
    }
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
};
