import { describe, expect, it } from 'vitest';
import { buildClaim, formatCommand, shellQuote } from '../../src/analysis/claim.js';
import { getMetric } from '../../src/analysis/metrics.js';
import { quantile } from '../../src/analysis/stats.js';

const metric = getMetric('homicides_2024');

describe('buildClaim', () => {
  it('states the median % difference and its P10–P90 from paired runs', () => {
    // B = 100 in every run; A = 70, 71, …, 90: differences −30% … −10%.
    const b = new Array<number>(21).fill(100);
    const a = b.map((_, i) => 70 + i);
    const claim = buildClaim({ aName: 'platform-2018', bName: 'status quo', metric, perRunA: a, perRunB: b });
    const pcts = a.map((x) => x - 100);
    expect(claim.effect.pct.p50).toBeCloseTo(quantile(pcts, 0.5), 12);
    expect(claim.effect.pct.p10).toBeCloseTo(quantile(pcts, 0.1), 12);
    expect(claim.effect.wins).toBe(21);
    // The effect in deaths: the median of the paired differences −30 … −10.
    expect(claim.effect.p50).toBe(-20);
    expect(claim.sentence).toBe(
      'Under platform-2018, homicides in 2024 are 20% (P10–P90: 12–28%) below status quo ' +
        '(median paired difference −20 deaths; better in 21 of 21 paired runs).',
    );
  });

  it('says so when the P10–P90 range straddles zero', () => {
    const b = [100, 100, 100, 100, 100];
    const a = [90, 95, 97, 105, 110];
    const claim = buildClaim({ aName: 'A', bName: 'B', metric, perRunA: a, perRunB: b });
    expect(claim.sentence).toContain('3% below B in the median run');
    // R-7 on (−10, −5, −3, 5, 10): P10 = −10 + 0.4·5 = −8, P90 = 5 + 0.6·5 = 8.
    expect(claim.sentence).toContain('from 8% below to 8% above');
    expect(claim.effect.wins).toBe(3);
  });

  it('uses a singular verb for a singular metric', () => {
    const claim = buildClaim({
      aName: 'A',
      bName: 'B',
      metric: getMetric('revenue_total'),
      perRunA: [110, 120],
      perRunB: [100, 100],
    });
    expect(claim.sentence).toMatch(/^Under A, total cartel revenue over 2019–2030 is 15% .* above B/);
  });
});

describe('formatCommand', () => {
  it('quotes words a shell would split or expand', () => {
    expect(shellQuote('scenarios/a.yaml')).toBe('scenarios/a.yaml');
    expect(shellQuote('my file.yaml')).toBe("'my file.yaml'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(formatCommand(['palancas', 'claim', 'a b', '--seed', '$x'])).toBe("palancas claim 'a b' --seed '$x'");
  });
});
