import { describe, expect, it } from 'vitest';
import { bandChartSvg, monthToTime, tornadoSvg, waterfallSvg } from '../../src/render/svg/index.js';
import { niceTicks } from '../../src/render/svg/svg-kit.js';
import { checkXml } from './xml-check.js';

const MONTHS: string[] = [];
for (let y = 2007; y <= 2030; y++) for (let m = 1; m <= 12; m++) MONTHS.push(`${y}-${String(m).padStart(2, '0')}`);
const N = MONTHS.length;
const p50 = Float64Array.from({ length: N }, (_, i) => 30000 + 20 * i);
const p10 = p50.map((v) => v * 0.9);
const p90 = p50.map((v) => v * 1.1);
const NASTY = `Homicides <script>&"quoted"'`;

function band(extra: Partial<Parameters<typeof bandChartSvg>[0]> = {}): string {
  return bandChartSvg({
    title: 'Homicides',
    unit: 'deaths/yr',
    months: MONTHS,
    band: { p10, p50, p90 },
    width: 640,
    height: 300,
    startIndex: 144,
    ...extra,
  });
}

describe('bandChartSvg', () => {
  it('draws a reference band hatched (a pattern, not only a lighter colour) with its own legend entry', () => {
    const plain = band({ baseline: p50.map((v) => v + 500) });
    expect(plain).not.toContain('<pattern');
    const svg = band({
      id: 'h',
      baseline: p50.map((v) => v + 500),
      baselineBand: { p10: p50.map((v) => v * 0.95 + 500), p90: p50.map((v) => v * 1.05 + 500) },
      bandLabel: 'A: P10–P90',
      baselineBandLabel: 'B: P10–P90 (hatched)',
    });
    expect(checkXml(svg).problems).toEqual([]);
    expect(svg).toContain('<pattern id="chart-h-hatch"');
    // One filled area and one legend swatch use the hatch.
    expect(svg.match(/fill="url\(#chart-h-hatch\)"/g)).toHaveLength(2);
    expect(svg).toContain('>B: P10–P90 (hatched)</text>');
    expect(svg).toContain('>A: P10–P90</text>');
    // The hatched area comes before the scenario band, so A's band sits on top.
    expect(svg.indexOf('url(#chart-h-hatch)')).toBeLessThan(svg.indexOf('fill-opacity="0.22"'));
  });
  it('widens the value axis to fit a reference band above everything else', () => {
    const svg = band({ baselineBand: { p10: p50, p90: p50.map((v) => v * 3) } });
    // The top of the reference band (3 × 35,740) needs a tick of at least 100,000.
    const ticks = [...svg.matchAll(/text-anchor="end"[^>]*>([\d,]+)</g)].map((m) =>
      Number((m[1] ?? '').replace(/,/g, '')),
    );
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(3 * p50[N - 1]!);
  });
  it('is well-formed XML with title, desc, band, median, baseline and history', () => {
    const svg = band({
      baseline: p50.map((v) => v + 500),
      history: { months: ['2007', '2008', '2009'], values: [8867, 14006, 19803] },
    });
    const { problems, elements } = checkXml(svg);
    expect(problems).toEqual([]);
    expect(elements[0]).toBe('svg');
    expect(elements).toContain('title');
    expect(elements).toContain('desc');
    expect(svg).toContain('stroke-dasharray="7 4"'); // baseline dashed
    expect(elements.filter((e) => e === 'circle').length).toBeGreaterThanOrEqual(3); // history dots (+ legend)
    expect(svg).toContain('P10–P90 range');
    expect(svg).toContain('Status quo (median)');
    expect(svg).toContain('>2030<'); // a year tick
    expect(svg).toContain('deaths/yr'); // unit on the axis
  });
  it('puts the narration in <desc>, generated when not given', () => {
    const svg = band();
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc).toMatch(/^Homicides rise from .* in 2019 to .* by 2030\.$/);
    expect(band({ narration: 'Custom sentence.' })).toContain('>Custom sentence.</desc>');
  });
  it('escapes < & " in titles, units and labels', () => {
    const svg = band({ title: NASTY, unit: 'a<b', baselineLabel: 'B & "C"', baseline: p50 });
    expect(checkXml(svg).problems).toEqual([]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('Homicides &lt;script&gt;&amp;&quot;quoted&quot;&#39;');
    expect(svg).toContain('B &amp; &quot;C&quot;');
  });
  it('leaves gaps instead of drawing missing values, and never prints NaN', () => {
    const holes = p50.map((v, i) => (i % 50 === 0 ? Number.NaN : v));
    const svg = band({ band: { p10: holes, p50: holes, p90: holes } });
    expect(svg).not.toContain('NaN');
    expect(checkXml(svg).problems).toEqual([]);
  });
  it('draws no band before startIndex', () => {
    const early = bandChartSvg({
      title: 't',
      unit: 'u',
      months: MONTHS.slice(0, 3),
      band: { p10: [1, 2, 3], p50: [2, 3, 4], p90: [3, 4, 5] },
      width: 300,
      height: 200,
      startIndex: 3,
    });
    expect(early).not.toMatch(/<path[^>]*fill-opacity/);
  });
  it('maps months to fractional years', () => {
    expect(monthToTime('2019-01')).toBe(2019);
    expect(monthToTime('2019-07')).toBe(2019.5);
    expect(monthToTime('2018')).toBe(2018.5);
    expect(Number.isNaN(monthToTime('junk'))).toBe(true);
  });
});

describe('niceTicks', () => {
  it('covers the range with round steps', () => {
    const t = niceTicks(0, 36685, 5);
    expect(t.lo).toBe(0);
    expect(t.hi).toBeGreaterThanOrEqual(36685);
    expect(t.ticks.length).toBeLessThanOrEqual(7);
    const step = (t.ticks[1] ?? 0) - (t.ticks[0] ?? 0);
    expect([5000, 10000]).toContain(step);
  });
});

describe('tornadoSvg and waterfallSvg', () => {
  const rows = [
    { label: 'Small', low: 330000, high: 331000 },
    { label: NASTY, low: 300000, high: 341000 },
  ];
  it('draw well-formed, escaped tornadoes with the widest bar first', () => {
    const svg = tornadoSvg({ title: NASTY, unit: 'deaths', base: 330000, rows, width: 640 });
    expect(checkXml(svg).problems).toEqual([]);
    expect(svg).not.toContain('<script>');
    const labels = [...svg.matchAll(/text-anchor="end" fill="#1a1a1a">([^<]*)</g)].map((m) => m[1]);
    expect(labels[0]).toContain('Homicides');
    expect(svg).toMatch(/<desc[^>]*>The result hinges most on Homicides &lt;script&gt;/);
    const long = tornadoSvg({
      title: 't',
      unit: 'u',
      base: 0,
      rows: [{ label: 'An extremely long assumption label that cannot fit the label column', low: -1, high: 1 }],
      width: 300,
    });
    expect(checkXml(long).problems).toEqual([]);
    expect(long).toContain('<title>An extremely long assumption label that cannot fit the label column</title>');
    expect(long).toMatch(/>An extremely[^<]*…<\/text>/);
  });
  it('draw well-formed waterfalls whose steps add up in the narration', () => {
    const svg = waterfallSvg({
      title: 'From the status quo to A',
      metric: 'homicides',
      unit: 'deaths',
      start: { label: 'Status quo', value: 350000 },
      steps: [
        { label: 'Legalization & "tax"', delta: -21000 },
        { label: 'Drawdown', delta: 12000 },
      ],
      endLabel: 'Scenario A',
      width: 640,
    });
    expect(checkXml(svg).problems).toEqual([]);
    expect(svg).toContain('Legalization &amp; &quot;tax&quot;');
    expect(svg).toContain('>341,000<'); // end total marker
    expect(svg).toContain('>+12,000<');
  });
});
