/**
 * Calibration against observed yearly figures: the fit report (error per year and overall MAPE) and a small
 * Nelder–Mead search. Pure: the caller passes a function that runs the model.
 */

/** One year of the fit. */
export interface FitRow {
  readonly year: number;
  readonly observed: number;
  readonly model: number;
  /** Absolute percentage error, in percent. */
  readonly ape: number;
}

/** The fit of a series to observations. */
export interface FitReport {
  readonly rows: readonly FitRow[];
  /** Mean absolute percentage error over the rows, in percent. */
  readonly mape: number;
}

/** Compares yearly model values with observations. */
export function fitReport(
  observed: readonly { year: number; value: number }[],
  modelForYear: (year: number) => number,
): FitReport {
  const rows = observed.map((o) => {
    const model = modelForYear(o.year);
    return { year: o.year, observed: o.value, model, ape: (Math.abs(model - o.value) / o.value) * 100 };
  });
  const mape = rows.reduce((s, r) => s + r.ape, 0) / Math.max(1, rows.length);
  return { rows, mape };
}

/**
 * Minimises `f` from `start` with the Nelder–Mead simplex (deterministic: no random restarts).
 * Returns the best point and its value.
 */
export function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  opts: { iterations?: number; step?: number } = {},
): { x: number[]; value: number } {
  const n = start.length;
  const iterations = opts.iterations ?? 200;
  const step = opts.step ?? 0.1;
  let simplex: number[][] = [start.slice()];
  for (let i = 0; i < n; i++) simplex.push(start.map((v, j) => (j === i ? (v === 0 ? step : v * (1 + step)) : v)));
  let values = simplex.map(f);
  for (let it = 0; it < iterations; it++) {
    const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
    simplex = order.map((i) => simplex[i] as number[]);
    values = order.map((i) => values[i] as number);
    const centroid = Array.from(
      { length: n },
      (_, j) => simplex.slice(0, n).reduce((s, p) => s + (p[j] as number), 0) / n,
    );
    const worst = simplex[n] as number[];
    const along = (t: number) => centroid.map((c, j) => c + t * (c - (worst[j] as number)));
    const reflected = along(1);
    const fr = f(reflected);
    if (fr < (values[0] as number)) {
      const expanded = along(2);
      const fe = f(expanded);
      if (fe < fr) [simplex[n], values[n]] = [expanded, fe];
      else [simplex[n], values[n]] = [reflected, fr];
    } else if (fr < (values[n - 1] as number)) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const contracted = along(-0.5);
      const fc = f(contracted);
      if (fc < (values[n] as number)) [simplex[n], values[n]] = [contracted, fc];
      else {
        const best = simplex[0] as number[];
        for (let i = 1; i <= n; i++) {
          simplex[i] = (simplex[i] as number[]).map((v, j) => (best[j] as number) + 0.5 * (v - (best[j] as number)));
          values[i] = f(simplex[i] as number[]);
        }
      }
    }
  }
  let bi = 0;
  for (let i = 1; i <= n; i++) if ((values[i] as number) < (values[bi] as number)) bi = i;
  return { x: simplex[bi] as number[], value: values[bi] as number };
}
