/**
 * Cost ledger: what each lever costs the treasury per year 2019–2030, the net after legal-cannabis tax, and
 * the cost per homicide averted against a baseline. Pure: series come in through getters.
 */
import { SCENARIO_YEARS } from './metrics.js';
import { yearlyMean } from '../model/history.js';
import { type Catalogue, msg } from '../text/i18n.js';

/** An output the ledger has a line for: every one has its label in the catalogue (msg.analysis.ledger.lines). */
export type LedgerOutput = keyof Catalogue['analysis']['ledger']['lines'];

/** A ledger line whose label is read from the catalogue whenever it is asked for. */
function ledgerLine(
  output: LedgerOutput,
  sign: 1 | -1,
): { readonly output: string; readonly label: string; readonly sign: 1 | -1 } {
  return {
    output,
    get label() {
      return msg.analysis.ledger.lines[output];
    },
    sign,
  };
}

/** Cost outputs in ledger order; `sign` −1 means the output is revenue and enters the net negatively. */
export const LEDGER_LINES: readonly { readonly output: string; readonly label: string; readonly sign: 1 | -1 }[] = [
  ledgerLine('cost_guard', 1),
  ledgerLine('cost_military', 1),
  ledgerLine('cost_youth', 1),
  ledgerLine('cost_amnesty', 1),
  ledgerLine('cannabis_tax', -1),
];

/** Output id of the net fiscal cost. */
export const NET_OUTPUT = 'fiscal_cost';

/** An assumption that drives a figure. */
export interface Driver {
  readonly id: string;
  readonly label: string;
}

/** One ledger line: yearly values (US$ bn, signed as they enter the net) and the 2019–2030 total. */
export interface LedgerLine {
  readonly output: string;
  readonly label: string;
  readonly byYear: readonly number[];
  readonly total: number;
  readonly drivers: readonly Driver[];
}

/** The whole ledger. */
export interface Ledger {
  readonly years: readonly number[];
  readonly lines: readonly LedgerLine[];
  /** Net fiscal cost (the model's fiscal_cost output). */
  readonly net: LedgerLine;
  /** Baseline net fiscal cost total and homicide totals (2019–2030). */
  readonly baselineNetTotal: number;
  readonly homicides: number;
  readonly baselineHomicides: number;
  /** Baseline homicides − scenario homicides (positive: fewer deaths). */
  readonly homicidesAverted: number;
  /** Scenario net total − baseline net total. */
  readonly extraNetCost: number;
  /** US$ bn per homicide averted, or null when none are averted. */
  readonly costPerHomicideAverted: number | null;
  /** US$ (not bn) per homicide averted, or null. */
  readonly dollarsPerHomicideAverted: number | null;
  readonly homicideDrivers: readonly Driver[];
}

/** Builds the ledger from the scenario's and the baseline's series (`get(outputId)`, monthly, 288 months). */
export function buildLedger(
  get: (outputId: string) => ArrayLike<number>,
  getBaseline: (outputId: string) => ArrayLike<number>,
  driversOf: (outputId: string) => readonly Driver[],
): Ledger {
  const years = SCENARIO_YEARS;
  const line = (output: string, label: string, sign: 1 | -1, src = get): LedgerLine => {
    const series = src(output);
    const byYear = years.map((y) => sign * yearlyMean(series, y));
    return { output, label, byYear, total: byYear.reduce((a, b) => a + b, 0), drivers: driversOf(output) };
  };
  const lines = LEDGER_LINES.map((l) => line(l.output, l.label, l.sign));
  const words = msg.analysis.ledger;
  const net = line(NET_OUTPUT, words.net, 1);
  const baseNet = line(NET_OUTPUT, words.net, 1, getBaseline);
  const hom = line('homicides', words.homicides, 1);
  const baseHom = line('homicides', words.homicides, 1, getBaseline);
  const averted = baseHom.total - hom.total;
  const extra = net.total - baseNet.total;
  const per = averted > 0 ? extra / averted : null;
  return {
    years,
    lines,
    net,
    baselineNetTotal: baseNet.total,
    homicides: hom.total,
    baselineHomicides: baseHom.total,
    homicidesAverted: averted,
    extraNetCost: extra,
    costPerHomicideAverted: per,
    dollarsPerHomicideAverted: per === null ? null : per * 1e9,
    homicideDrivers: hom.drivers,
  };
}

/** An equation as text, enough to find which symbols it mentions. */
export interface EquationText {
  readonly id: string;
  readonly text: string;
}

/** Returns the identifiers an expression mentions. */
export function symbolsIn(text: string): Set<string> {
  return new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
}

/**
 * Finds the assumptions that drive an output: the assumption ids mentioned in its equation, and in the
 * equations it mentions, up to `depth` links away (1 = its own equation only). Sorted by id.
 */
export function findDrivers(
  outputId: string,
  equations: readonly EquationText[],
  assumptions: readonly Driver[],
  depth = 2,
): Driver[] {
  const byId = new Map(equations.map((e) => [e.id, e]));
  const assumptionById = new Map(assumptions.map((a) => [a.id, a]));
  const found = new Map<string, Driver>();
  let frontier = [outputId];
  const seen = new Set<string>(frontier);
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      const eq = byId.get(id);
      if (eq === undefined) continue;
      for (const sym of symbolsIn(eq.text)) {
        const a = assumptionById.get(sym);
        if (a !== undefined) found.set(a.id, a);
        else if (byId.has(sym) && !seen.has(sym)) {
          seen.add(sym);
          next.push(sym);
        }
      }
    }
    frontier = next;
  }
  return [...found.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
