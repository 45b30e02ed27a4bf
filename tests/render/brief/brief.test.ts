import { describe, expect, it } from 'vitest';
import { briefHtml } from '../../../src/render/brief/brief-html.js';
import { briefMarkdown } from '../../../src/render/brief/brief-markdown.js';
import { assumptionGroups, glance } from '../../../src/render/brief/brief-text.js';
import { formatPercent } from '../../../src/text/format.js';
import { catalogueOf } from '../../../src/text/i18n.js';

import { checkXml, svgFragments } from '../xml-check.js';
import { makeBrief } from './fixture.js';

/** The brief's English words (tests run in English). */
const BRIEF_TEXT = catalogueOf('en').render.brief;

/** Rows of the table that follows the heading `title` in Markdown (header and separator excluded). */
function mdTable(md: string, title: string): string[] {
  const start = md.indexOf(`## ${title}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = md.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[] = [];
  for (let i = first; i < lines.length && (lines[i] ?? '').startsWith('|'); i++) rows.push(lines[i] ?? '');
  return rows.slice(2);
}

describe('briefHtml', () => {
  const data = makeBrief({ withB: true });
  const html = briefHtml(data);

  it('is a well-formed page', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(checkXml(html, { html: true }).problems).toEqual([]);
  });
  it('has one well-formed <svg> per chart (plus tornado and waterfall)', () => {
    const svgs = svgFragments(html);
    expect(svgs).toHaveLength(data.charts.length + 2);
    for (const svg of svgs) expect(checkXml(svg).problems).toEqual([]);
    const ids = svgs.map((s) => /<svg[^>]* id="([^"]+)"/.exec(s)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('draws B\u2019s band hatched under A\u2019s, only on charts that have one, and names it in the legend', () => {
    const svgs = svgFragments(html);
    const withBand = data.charts.filter((c) => c.reference?.p10 !== undefined).length;
    expect(withBand).toBe(1);
    expect(svgs.filter((s) => s.includes('<pattern')).length).toBe(withBand);
    expect(svgs[0]).toContain('fill="url(#chart-homicides-hatch)"');
    expect(svgs[0]).toContain('Hard line: P10–P90 (hatched)');
    expect(svgFragments(briefHtml(makeBrief())).some((s) => s.includes('<pattern'))).toBe(false);
  });
  it('has the year-by-year attribution with its sentence, as in Markdown', () => {
    const part = html.slice(html.indexOf(`<h3>${BRIEF_TEXT.byYear}</h3>`));
    expect(part).toContain(`<p>${data.attribution?.byYear?.narration}</p>`);
    const body = part.slice(part.indexOf('<tbody>'), part.indexOf('</tbody>'));
    expect(body.split('<tr>')).toHaveLength(3);
    expect(body).toContain('<td class="n">−2,000</td>');
  });
  it('has the claim cards and evidence sets, as in Markdown', () => {
    const c = data.claims?.[0];
    expect(html).toContain(`<h2>${BRIEF_TEXT.claims}</h2>`);
    expect(html).toContain(`<div class="claim"><p>Under Platform &lt;2018&gt;, total homicides are 7.3%`);
    expect(html).toContain(`<pre><code>${c?.command}</code></pre>`);
    expect(html).toContain(`<h2>${BRIEF_TEXT.evidence}: Homicides 2019–2030</h2>`);
    expect(html).toContain('in 3 of 4 evidence sets (central values).</strong>');
    const failing = html.slice(html.indexOf(`<h3>${BRIEF_TEXT.failingSets}</h3>`));
    expect(failing.slice(failing.indexOf('<tbody>'), failing.indexOf('</tbody>'))).toBe(
      '<tbody>\n<tr><td>us_government</td><td>vacuum</td><td class="n">−1,200</td></tr>\n',
    );
    expect(html).toContain(`<pre><code>${data.evidence?.command}</code></pre>`);
    const bare = briefHtml(makeBrief({ sections: false }));
    expect(bare).not.toContain(BRIEF_TEXT.claims);
    expect(bare).not.toContain(BRIEF_TEXT.evidence);
  });
  it('has a ledger per scenario and the cost-per-homicide table, as in Markdown', () => {
    expect(html.split(`<h2>${BRIEF_TEXT.ledger}: `)).toHaveLength(3);
    const per = html.slice(html.indexOf(`<h3>${BRIEF_TEXT.perHomicide}</h3>`));
    const body = per.slice(per.indexOf('<tbody>'), per.indexOf('</tbody>'));
    expect(body.split('<tr>')).toHaveLength(3);
    expect(body).toContain('US$360,000');
    expect(body).toContain(BRIEF_TEXT.noneAverted);
  });
  it('carries each chart narration in the SVG <desc> and in the caption', () => {
    for (const c of data.charts) {
      const escaped = c.narration.replace(/&/g, '&amp;');
      expect(html).toContain(`${escaped}</desc>`);
      expect(html).toContain(`</strong> ${escaped}`);
    }
  });
  it('says "not a forecast" up top and shows the command to reproduce it', () => {
    const top = html.slice(0, html.indexOf('<h1>'));
    expect(top).toContain('not a forecast');
    expect(html).toContain(
      'palancas brief scenarios/platform-2018.yaml -o &#39;brief.html&#39; --runs 200 --seed 2018',
    );
  });
  it('gives every assumption row a source or "modeller\'s guess"', () => {
    const table = html.slice(
      html.indexOf('<table class="assumptions">'),
      html.indexOf('</table>', html.indexOf('<table class="assumptions">')),
    );
    // One tbody per assumption: its figures, then its source across the table.
    const rows = table.split('<tbody>').slice(1);
    expect(rows).toHaveLength(data.assumptions.length);
    data.assumptions.forEach((a, i) => {
      const cell =
        /<td colspan="5" class="source">.*?<span class="label">[^<]*<\/span> ([^<]*)<\/td>/.exec(rows[i] ?? '')?.[1] ??
        '';
      expect(cell.length).toBeGreaterThan(0);
      if (a.kind === 'guess') expect(cell).toContain('modeller&#39;s guess');
      else expect(cell).toContain(a.source.replace(/&/g, '&amp;'));
    });
  });
  it('references nothing outside the page', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import/i);
    // The only http text allowed is the SVG namespace name, which is never fetched.
    const https = html.match(/https?:\/\/[^\s"'<]+/g) ?? [];
    expect(new Set(https)).toEqual(new Set(['http://www.w3.org/2000/svg']));
  });
  it('escapes scenario text', () => {
    expect(html).toContain('Platform &lt;2018&gt; &amp; &quot;friends&quot;');
    expect(html).not.toContain('<2018>');
  });
  it('has print rules and is deterministic', () => {
    expect(html).toContain('@media print');
    expect(briefHtml(makeBrief({ withB: true }))).toBe(html);
  });
  it('leaves out absent sections', () => {
    const bare = briefHtml(makeBrief({ sections: false }));
    expect(checkXml(bare, { html: true }).problems).toEqual([]);
    expect(svgFragments(bare)).toHaveLength(2);
    expect(bare).not.toContain(BRIEF_TEXT.cruxes.replace(/:/g, ''));
    expect(bare).not.toContain(`<h2>${BRIEF_TEXT.ledger}`);
  });
});

describe('the first page', () => {
  const data = makeBrief({ withB: true });
  const g = glance(data);
  it('gives the claim, its effect with P10–P90 and the paired runs won', () => {
    const c = data.claims?.[0];
    expect(g.claim).toBe(c?.sentence);
    expect(g.effect).toContain('P10–P90');
    expect(g.won).toBe(`${c?.effect.wins} of ${c?.effect.runs} (${formatPercent(100 * (c?.effect.winShare ?? 0))})`);
  });
  it('lists the flipping crux first, then the widest swing that holds, and the levers by the size of their share', () => {
    expect(g.cruxes).toHaveLength(2);
    expect(g.cruxes[0]).toMatch(/^Gun lethality: now 1 x; the ranking flips at 1.3, 30% of its range away/);
    expect(g.cruxes[1]).toMatch(
      /^Vacuum effect: from the low to the high end of its range, scenario A goes from 370,000 deaths to 395,000 deaths/,
    );
    expect(g.levers).toEqual([
      BRIEF_TEXT.glanceLever('Legal marijuana', '−20,000 deaths'),
      BRIEF_TEXT.glanceLever('National Guard', '−10,000 deaths'),
    ]);
  });
  it('comes first in the HTML page, with a page break after it, and says when the analyses are missing', () => {
    const html = briefHtml(data);
    const first = html.slice(html.indexOf('<section class="glance">'), html.indexOf('</section>'));
    expect(html.indexOf('<section class="glance">')).toBeLessThan(html.indexOf('<h2>Scenarios</h2>'));
    expect(first).toContain('not a forecast');
    expect(first).toContain(`<h3>${BRIEF_TEXT.glanceCruxes}</h3>`);
    expect(html).toContain('.glance { break-after: page; }');
    const bare = briefHtml(makeBrief({ sections: false }));
    expect(bare).toContain(BRIEF_TEXT.glanceNoCruxes);
    expect(bare).toContain(BRIEF_TEXT.glanceNoAttribution);
  });
  it('comes first in the Markdown brief too', () => {
    const md = briefMarkdown(data);
    expect(md.indexOf(`## ${BRIEF_TEXT.glance}`)).toBeLessThan(md.indexOf(`## ${BRIEF_TEXT.scenarios}`));
    expect(md).toContain(`1. ${g.cruxes[0]}`);
  });
});

describe('the assumption appendix', () => {
  const base = makeBrief();
  const a = base.assumptions[0];
  if (!a) throw new Error('fixture has assumptions');
  const same = [
    { ...a, id: 'step_1', label: 'Step 1' },
    { ...a, id: 'step_2', label: 'Step 2' },
    { ...a, id: 'step_3', label: 'Step 3' },
    { ...a, id: 'other', label: 'Other', value: a.value + 1 },
  ];
  it('gives assumptions with the same figures and source one row, naming the others', () => {
    expect(assumptionGroups(same).map((g) => [g.first.id, g.sameIds])).toEqual([
      ['step_1', ['step_2', 'step_3']],
      ['other', []],
    ]);
    const html = briefHtml({ ...base, assumptions: same });
    expect(html).toContain('<code>step_<wbr>2</code>, <code>step_<wbr>3</code>');
    expect(html.match(/<tbody><tr><td>Step/g)).toHaveLength(1);
    const md = briefMarkdown({ ...base, assumptions: same });
    expect(md).toContain(BRIEF_TEXT.sameAs('step_2, step_3'));
  });
  it('shows the confidence and never a research-note reference', () => {
    const html = briefHtml({ ...base, assumptions: [{ ...a, confidence: 'low' }] });
    expect(html).toContain(`<th scope="col">${BRIEF_TEXT.confidence}</th>`);
    expect(html).toContain(`<td>${BRIEF_TEXT.confidenceLevels.low}</td>`);
    expect(html).not.toMatch(/\.md\b/);
  });
});

describe('briefMarkdown', () => {
  const data = makeBrief({ withB: true });
  const md = briefMarkdown(data);

  it('says "not a forecast" up top and shows the command', () => {
    expect(md.split('\n').slice(0, 4).join('\n')).toContain('not a forecast');
    expect(md).toContain(data.reproduce);
  });
  it('has the tables: scenarios, levers, charts, comparison, cruxes, attribution, ledger, assumptions', () => {
    expect(mdTable(md, BRIEF_TEXT.scenarios)).toHaveLength(8);
    // Levers set the same in both are named in a sentence, not listed.
    expect(mdTable(md, BRIEF_TEXT.levers)).toHaveLength(1);
    expect(md).toContain(BRIEF_TEXT.sameLevers('National Guard size; Youth programmes start'));
    expect(mdTable(md, BRIEF_TEXT.compare)).toHaveLength(2);
    // The assumption that flips is in the table; the one that holds is named in a sentence.
    expect(mdTable(md, BRIEF_TEXT.cruxes)).toHaveLength(1);
    expect(md).toContain(BRIEF_TEXT.holdsRest(1, data.cruxes?.rows[1]?.label ?? ''));
    expect(mdTable(md, BRIEF_TEXT.attribution)).toHaveLength(5); // start, two levers, interaction, end
    expect(mdTable(md, BRIEF_TEXT.ledger)).toHaveLength(3); // two years and the total
    expect(mdTable(md, `${BRIEF_TEXT.appendix}: ${BRIEF_TEXT.assumptions}`)).toHaveLength(data.assumptions.length);
  });
  it('gives B its own ledger and each side its cost per homicide averted against the status quo', () => {
    const ledgerB = md.slice(md.indexOf(`## ${BRIEF_TEXT.ledger}: Hard line`));
    // Columns that are zero in every year are named in a sentence, not shown.
    expect(mdTable(ledgerB, `${BRIEF_TEXT.ledger}: Hard line`).at(-1)).toBe('| Total | 5 | 5 |');
    expect(ledgerB).toContain(
      BRIEF_TEXT.ledgerZeroColumns(
        [BRIEF_TEXT.costGuard, BRIEF_TEXT.costYouth, BRIEF_TEXT.costAmnesty, BRIEF_TEXT.cannabisTax].join('; '),
      ),
    );
    const per = mdTable(
      md.replace(`### ${BRIEF_TEXT.perHomicide}`, `## ${BRIEF_TEXT.perHomicide}`),
      BRIEF_TEXT.perHomicide,
    );
    expect(per).toEqual([
      '| Scenario A | 10.8 | +10.8 | 30,000 | US$360,000 |',
      `| Hard line | 5 | +5 | −1,000 | ${BRIEF_TEXT.noneAverted} |`,
    ]);
    // Without B there is one ledger, and its own sentence gives the cost per homicide averted: no table.
    const soloData = makeBrief();
    const solo = briefMarkdown(soloData);
    expect(solo.split(`## ${BRIEF_TEXT.ledger}:`)).toHaveLength(2);
    expect(solo).not.toContain(`### ${BRIEF_TEXT.perHomicide}`);
    expect(solo).toContain(soloData.ledger?.summary);
  });
  it('splits the attribution by year, with the shares adding up to each year\u2019s difference', () => {
    const rows = mdTable(md.replace(`### ${BRIEF_TEXT.byYear}`, `## ${BRIEF_TEXT.byYear}`), BRIEF_TEXT.byYear);
    expect(rows).toEqual(['| 2019 | −700 | −300 | −1,000 |', '| 2020 | −1,500 | −500 | −2,000 |']);
    expect(md).toContain('| Year | Legal marijuana | National Guard | Total difference |');
    expect(md).toContain(data.attribution?.byYear?.narration);
  });
  it('has claim cards: each sentence, then its command in a shell block', () => {
    const c = data.claims?.[0];
    expect(md).toContain(`## ${BRIEF_TEXT.claims}`);
    expect(md).toContain(`> Under Platform &lt;2018>, total homicides are 7.3%`);
    expect(md).toContain(`\`\`\`sh\n${c?.command}\n\`\`\``);
  });
  it('has the evidence sets: the count, the contested camps, the failing sets and the command', () => {
    expect(md).toContain(
      '**Platform &lt;2018> beats Hard line on total homicides in 3 of 4 evidence sets (central values).**',
    );
    expect(md).toContain(BRIEF_TEXT.evidenceNote);
    expect(mdTable(md, `${BRIEF_TEXT.evidence}`)).toEqual([
      '| Cannabis share (cannabis_share) | rand, us_government |',
      '| Vacuum effect (vacuum) | vacuum, no_vacuum |',
    ]);
    const failing = mdTable(
      md.replace(`### ${BRIEF_TEXT.failingSets}`, `## ${BRIEF_TEXT.failingSets}`),
      BRIEF_TEXT.failingSets,
    );
    expect(failing).toEqual(['| us_government | vacuum | −1,200 |']);
    expect(md).toContain(`\`\`\`sh\n${data.evidence?.command}\n\`\`\``);
    expect(briefMarkdown(makeBrief({ sections: false }))).not.toContain(BRIEF_TEXT.evidence);
  });
  it('says when evidence never fails and when failing sets are cut short', () => {
    const base = makeBrief({ withB: true });
    const ev = base.evidence;
    if (!ev) throw new Error('fixture has evidence');
    const holds = briefMarkdown({ ...base, evidence: { ...ev, k: 4, failing: [], failingCount: 0 } });
    expect(holds).toContain(BRIEF_TEXT.noneFail);
    const many = briefMarkdown({ ...base, evidence: { ...ev, k: 0, failingCount: 4 } });
    expect(many).toContain(BRIEF_TEXT.moreFailing(3));
  });
  it('sums the ledger', () => {
    const total = mdTable(md, BRIEF_TEXT.ledger).at(-1) ?? '';
    expect(total).toBe('| Total | 3 | −1.5 | 10 | 0.2 | 0.9 | 10.8 |');
  });
  it('gives each chart its narration and a table of yearly medians', () => {
    for (const c of data.charts) expect(md).toContain(c.narration);
    // The homicide ramp runs linearly from 34,000 (2019-01) to 29,000 (2030-12): the 2030 mean is the mean of its last 12 months.
    const perMonth = 5000 / 143;
    const mean2030 = 29000 + (perMonth * 11) / 2;
    const row2030 = md.split('\n').find((l) => l.startsWith('| 2030 |')) ?? '';
    const median = Number((row2030.split('|')[3] ?? '').replace(/,/g, ''));
    expect(Math.abs(median - mean2030)).toBeLessThan(10); // 4 significant figures
    expect(md).toContain('| Year | P10 (A) | Median (A) | P90 (A) | P10 (B) | Median (B) | P90 (B) |');
    // Without B the reference is a median line only.
    expect(briefMarkdown(makeBrief())).toContain('| Year | P10 (A) | Median (A) | P90 (A) | Status quo |');
  });
  it('gives B\u2019s band its yearly means beside A\u2019s', () => {
    const row2019 = md.split('\n').find((l) => l.startsWith('| 2019 |')) ?? '';
    const cells = row2019.split('|').map((c) => Number(c.trim().replace(/,/g, '')));
    // B's P10 ramps from 31,000 to 32,000 over 143 months: its 2019 mean is 31,000 + 5.5 · 1,000/143.
    expect(cells[5]).toBeCloseTo(31000 + (5.5 * 1000) / 143, -1);
    expect(cells[7]).toBeCloseTo(37000 + (5.5 * 1000) / 143, -1);
  });
  it('escapes pipes in cells and shows sources or "modeller\'s guess" per assumption', () => {
    expect(md).toContain('The July 2018 platform \\| as announced');
    const rows = mdTable(md, `${BRIEF_TEXT.appendix}: ${BRIEF_TEXT.assumptions}`);
    data.assumptions.forEach((a, i) => {
      const row = rows[i] ?? '';
      if (a.kind === 'guess') expect(row).toContain("modeller's guess");
      else expect(row).toContain(a.source);
    });
  });
  it('says "derived" with the arithmetic, keeps "Unconfirmed" guesses unprefixed, and marks fixed and ranged overrides', () => {
    const base = makeBrief();
    const brief = {
      ...base,
      assumptions: [
        {
          id: 'ratio',
          label: 'Ratio',
          value: 0.29,
          unit: 'ratio',
          low: 0.2,
          high: 0.5,
          kind: 'derived' as const,
          source: '2.6 ÷ 9.1 = 0.29 (Desacatos 40)',
          changed: true,
          override: 'fixed' as const,
        },
        {
          id: 'share',
          label: 'Share',
          value: 0.6,
          unit: 'share',
          low: 0.5,
          high: 0.61,
          kind: 'guess' as const,
          source: 'Unconfirmed: a press figure',
          camp: 'us_government',
          changed: true,
          override: 'range' as const,
        },
      ],
    };
    const rows = mdTable(briefMarkdown(brief), `${BRIEF_TEXT.appendix}: ${BRIEF_TEXT.assumptions}`);
    expect(rows[0]).toBe(
      '| ratio | Ratio | 0.29 | ratio | 0.2–0.5 | derived | — | derived: 2.6 ÷ 9.1 = 0.29 (Desacatos 40) |  | yes, fixed |',
    );
    expect(rows[1]).toBe(
      '| share | Share | 0.6 | share | 0.5–0.61 | guess | — | Unconfirmed: a press figure | us_government | yes, drawn over its own range |',
    );
    expect(BRIEF_TEXT.assumptionsNote).toMatch(/derived \(arithmetic on sourced figures/);
    const html = briefHtml(brief);
    expect(html).toContain(`${BRIEF_TEXT.changed}: yes, fixed`);
    expect(html).toContain('derived: 2.6 ÷ 9.1 = 0.29 (Desacatos 40)');
  });
  it('shows B beside A and toggles as on/off', () => {
    const lever = mdTable(md, BRIEF_TEXT.levers)[0] ?? '';
    expect(lever).toBe('| Legal marijuana |  | on | off (status quo) | legalize marijuana (AMLO team) |');
    // Without B, the levers at their status-quo values are the ones named in a sentence.
    const solo = briefMarkdown(makeBrief());
    expect(mdTable(solo, BRIEF_TEXT.levers)).toEqual([
      '| Legal marijuana |  | on | legalize marijuana (AMLO team) |',
      '| National Guard size | people | 300,000 | a 300,000-strong National Guard |',
    ]);
    expect(solo).toContain(BRIEF_TEXT.defaultLevers('Youth programmes start'));
  });
});

describe('briefMarkdown: scenario text cannot become links or images', () => {
  const evil = '![t](http://evil.example/t.png) and [click](http://evil.example/) [ref]: http://evil.example/';
  const base = makeBrief({ withB: true });
  const data = {
    ...base,
    title: `Brief: ${evil}`,
    a: { ...base.a, name: evil, description: evil, sources: [evil] },
  };
  const md = briefMarkdown(data);
  it('escapes every bracket that came from the scenario', () => {
    // An unescaped "[" followed by "](" or "]:" is link, image or reference syntax.
    const unescaped = /(^|[^\\])!?\[[^\]\n]*[^\\]\](\(|:)/m;
    expect(md).toContain('http://evil.example/t.png');
    expect(unescaped.test(md)).toBe(false);
    expect(md).toContain('!\\[t\\](http://evil.example/t.png)');
  });
  it('keeps a backslash from undoing the escape', () => {
    const sneaky = briefMarkdown({ ...base, a: { ...base.a, description: '\\![t](http://evil.example/t.png)' } });
    expect(sneaky).toContain('\\\\!\\[t\\](http://evil.example/t.png)');
  });
});
