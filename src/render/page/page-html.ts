/**
 * The one-file page of `palancas page`: HTML with the page's data (as JSON), its script (the bundled
 * dist/page-app.js, inlined) and, readable without the script, every assumption with its source and the
 * scenario file. No external resource: it opens offline from `file://`.
 */
import type { Scenario } from '../../model/types.js';
import { resolveAssumptions } from '../../model/scenario-model.js';
import { unitLabel } from '../../model/units.js';
import { escapeXml as esc, formatNumber } from '../../text/format.js';
import { currentLang, msg } from '../../text/i18n.js';

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 20px; }
h1 { font-size: 1.5rem; margin: 0.3rem 0 0.6rem; }
h2 { font-size: 1.15rem; margin: 1.4rem 0 0.5rem; border-bottom: 1px solid #bbb; }
.banner { border: 3px solid #1a1a1a; padding: 0.5rem 0.8rem; margin: 0 0 1rem; }
.live { display: grid; grid-template-columns: minmax(260px, 340px) 1fr; gap: 20px; align-items: start; }
#controls label { display: block; margin: 0 0 0.55rem; font-size: 0.85rem; }
#controls .name { display: block; }
#controls input[type=range], #controls select { width: 100%; }
#controls output { font-variant-numeric: tabular-nums; color: #333; }
figure { margin: 0 0 1.2rem; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.8rem; }
th, td { border: 1px solid #bbb; padding: 0.2rem 0.35rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; }
td.n { text-align: right; white-space: nowrap; }
pre { background: #f2f2f2; border: 1px solid #ccc; padding: 0.5rem; white-space: pre-wrap; font-size: 0.8rem; }
.note { color: #444; font-size: 0.88rem; }
@media (max-width: 760px) { .live { grid-template-columns: 1fr; } }
`;

/** What the page shows and carries. */
export interface PageHtmlInput {
  readonly scenario: Scenario;
  readonly reference: Scenario;
  /** The data the page's script reads (see src/port/page-app.ts). */
  readonly data: unknown;
  /** The page's script: the bundle that defines `PalancasPage`. */
  readonly script: string;
  /** Scenario A as a scenario file. */
  readonly yaml: string;
}

/** The id of the page script's element: the page starts its worker from the same text. */
export const PAGE_SCRIPT_ID = 'palancas-script';

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Script text safe inside a <script> element. */
function scriptText(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The whole page. */
export function pageHtml(input: PageHtmlInput): string {
  const T = msg.render.page;
  const { scenario } = input;
  const rows = resolveAssumptions(scenario).map((a) => {
    const unit = unitLabel(a.unit);
    return `<tr><td>${esc(a.label)}</td><td class="n">${esc(formatNumber(a.effective.value))} ${esc(unit)}</td><td class="n">${esc(formatNumber(a.effective.low))} – ${esc(formatNumber(a.effective.high))}</td><td>${esc(a.source)}</td></tr>`;
  });
  return [
    '<!doctype html>',
    `<html lang="${currentLang()}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(T.title(scenario.name))}</title><style>${CSS}</style></head><body><main>`,
    `<div class="banner"><strong>${esc(T.notice)}</strong></div>`,
    `<h1>${esc(scenario.name)}</h1><p>${esc(scenario.description)}</p>`,
    `<p class="note">${esc(T.against(input.reference.name))} ${esc(T.link)}</p>`,
    `<noscript><p>${esc(T.noScript)}</p></noscript>`,
    `<div class="live"><section id="controls" aria-label="${esc(T.levers)}"></section>`,
    `<section aria-label="${esc(T.charts)}"><p id="status" class="note" role="status">${esc(T.computing)}</p>`,
    `<p><button type="button" id="download">${esc(T.download)}</button></p>`,
    `<div id="charts"></div></section></div>`,
    `<h2>${esc(T.assumptions)}</h2><table><thead><tr><th>${esc(T.assumption)}</th><th>${esc(T.value)}</th><th>${esc(T.range)}</th><th>${esc(T.source)}</th></tr></thead><tbody>`,
    ...rows,
    '</tbody></table>',
    `<h2>${esc(T.scenarioFile)}</h2><pre>${esc(input.yaml)}</pre>`,
    `<script type="application/json" id="palancas-data">${scriptJson(input.data)}</script>`,
    `<script id="${PAGE_SCRIPT_ID}">${scriptText(input.script)}</script>`,
    `<script>PalancasPage.start(JSON.parse(document.getElementById('palancas-data').textContent));</script>`,
    '</main></body></html>',
    '',
  ].join('\n');
}
