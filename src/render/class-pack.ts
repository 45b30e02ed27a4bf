/**
 * The files of a class pack a person reads: the worksheet (Markdown and one self-contained HTML page in the
 * brief's house style), the answer key with the command behind each answer, and the blank answers file. All in
 * the language in force; key.json, the machine-readable key, is written by `packKeyJson` the same in every
 * language. Deterministic: the same key gives the same text.
 */
import { type PackKey, type PackQuestion, isNumeric, toleranceWidth } from '../analysis/class-pack.js';
import { formatCommand } from '../analysis/claim.js';
import { metricNamed } from '../analysis/metrics.js';
import { ASSUMPTIONS } from '../model/assumptions.js';
import { LEVERS } from '../model/levers.js';
import type { Scenario } from '../model/types.js';
import { unitLabel } from '../model/units.js';
import { formatNumber } from '../text/format.js';
import { escapeXml as esc } from '../text/format.js';
import { msg } from '../text/i18n.js';
import type { QuestionWords } from '../text/en/classpack.js';
import { BRIEF_CSS, htmlPage } from './brief/brief-html.js';

/** The motion's scenario and how to describe it, as the worksheet introduces each motion. */
export interface PackMotionText {
  readonly id: string;
  readonly file: string;
  /** The motion's scenario: its levers are listed with the motion. */
  readonly scenario: Scenario;
}

/** The words a question's text names, looked up in the language in force. */
function wordsOf(q: PackQuestion): QuestionWords {
  const p = q.params;
  const assumption = ASSUMPTIONS.find((a) => a.id === p.assumption);
  const camp = assumption?.camps?.find((c) => c.id === p.camp);
  const lever = LEVERS.find((l) => l.id === p.lever);
  return {
    scenario: p.scenario ?? '',
    variant: p.variant ?? '',
    statusQuo: p.statusQuo ?? '',
    platform: p.platform ?? '',
    metric: metricNamed(q.metric).label,
    unit: unitLabel(q.unit),
    assumption: p.assumption ?? '',
    assumptionLabel: assumption?.label ?? '',
    camp: p.camp ?? '',
    campLabel: camp?.label ?? '',
    lever: p.lever ?? '',
    leverLabel: lever?.label ?? '',
  };
}

/** The question in words. */
export function questionText(q: PackQuestion): string {
  return msg.classpack.questions[q.kind](wordsOf(q));
}

/** A number as the worksheet prints it: four significant figures. */
export function answerNumber(x: number): string {
  return formatNumber(x, 4);
}

/** The tolerance in words: ±2%, ±1 percentage point, ±0.006 share; "exactly" for ids. */
export function toleranceText(q: PackQuestion): string {
  const T = msg.classpack;
  if (!isNumeric(q) || q.tolerance === undefined) return T.exact;
  if (q.tolerance.kind === 'relative') return T.relative(formatNumber(100 * q.tolerance.value));
  if (q.unit === '%') return T.points(formatNumber(q.tolerance.value));
  return T.absolute(`${formatNumber(toleranceWidth(q))} ${unitLabel(q.unit)}`);
}

/** What to answer in: the unit, or an id (with the allowed ids when there is a list). */
export function answerIn(q: PackQuestion): string {
  const T = msg.classpack;
  if (isNumeric(q)) return unitLabel(q.unit);
  return q.choices !== undefined && q.choices.length > 0 ? `${T.anId}: ${T.oneOf(q.choices.join(', '))}` : T.anId;
}

/** The expected answer as the key prints it: a number with its unit, or the id. */
export function expectedText(q: PackQuestion): string {
  if (typeof q.answer !== 'number') return q.answer;
  return q.unit === '%' ? `${answerNumber(q.answer)}%` : `${answerNumber(q.answer)} ${unitLabel(q.unit)}`;
}

/** The tools a question is answered with, e.g. "palancas claim". */
function toolsOf(q: PackQuestion): string {
  return [...new Set(q.commands.map((c) => `palancas ${c.argv[0] ?? ''}`))].join(', ');
}

/** The levers a motion's scenario sets, as "id = value" pairs. */
function leverList(s: Scenario): string {
  return Object.entries(s.levers)
    .map(([id, v]) => `${id} = ${String(v)}`)
    .join(', ');
}

/** The motion's introduction. */
function motionBlurb(m: PackMotionText, q: PackQuestion | undefined): string {
  const words = msg.classpack.motions[m.id];
  const metric = q === undefined ? '' : metricNamed(q.metric).label;
  return words?.blurb(m.file, metric, leverList(m.scenario)) ?? '';
}

/** The questions of a motion, in the key's order. */
function questionsOf(key: PackKey, motion: string): PackQuestion[] {
  return key.questions.filter((q) => q.motion === motion);
}

/** The worksheet as Markdown. */
export function worksheetMarkdown(key: PackKey, motions: readonly PackMotionText[]): string {
  const T = msg.classpack;
  const out: string[] = [
    `# ${T.title}`,
    '',
    `> **${msg.common.notForecast}** ${msg.render.brief.notForecastLong}`,
    '',
    T.intro(motions[0]?.file ?? ''),
    '',
    T.settings(String(key.runs), key.seed, key.modelVersion),
    '',
    `${T.files}: ${key.scenarios.map((s) => `\`${s.file}\``).join(', ')}`,
  ];
  let n = 0;
  motions.forEach((m, i) => {
    const qs = questionsOf(key, m.id);
    out.push('', `## ${T.motionHeading(i + 1, T.motions[m.id]?.title ?? m.id)}`, '', motionBlurb(m, qs[0]));
    for (const q of qs) {
      n++;
      out.push(
        '',
        `### ${T.questionHeading(n, q.id)}`,
        '',
        questionText(q),
        '',
        `- ${T.tool}: \`${toolsOf(q)}\``,
        `- ${T.answerIn}: ${answerIn(q)}`,
        `- ${T.tolerance}: ${toleranceText(q)}`,
        `- ${T.yourAnswer}: ______________________`,
      );
    }
  });
  out.push('', '---', '', `*${msg.common.notForecast}*`, '');
  return out.join('\n');
}

/** Extra rules of the worksheet page on top of the brief's. */
const WORKSHEET_CSS = `
.question { border-left: 4px solid #1a1a1a; padding: 0.1rem 0 0.1rem 0.8rem; margin: 1rem 0; break-inside: avoid; }
.question h3 { margin-top: 0.2rem; }
.question dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.8rem; margin: 0.4rem 0; }
.question dt { font-weight: 600; }
.question dd { margin: 0; }
.answer { display: block; border-bottom: 1px solid #1a1a1a; min-height: 1.8rem; margin-top: 0.3rem; }
@media print { .question { margin: 0.6rem 0; } .answer { min-height: 1.4rem; } }
`;

/** The worksheet as one self-contained HTML page (inline CSS, no scripts, no links): it opens offline and prints. */
export function worksheetHtml(key: PackKey, motions: readonly PackMotionText[]): string {
  const T = msg.classpack;
  const body: string[] = [
    `<header><p class="banner"><strong>${esc(msg.common.notForecast)}</strong> ${esc(msg.render.brief.notForecastLong)}</p>`,
    `<h1>${esc(T.title)}</h1></header>`,
    `<p>${esc(T.intro(motions[0]?.file ?? ''))}</p>`,
    `<p>${esc(T.settings(String(key.runs), key.seed, key.modelVersion))}</p>`,
    `<p>${esc(T.files)}: ${key.scenarios.map((s) => `<code>${esc(s.file)}</code>`).join(', ')}</p>`,
  ];
  let n = 0;
  motions.forEach((m, i) => {
    const qs = questionsOf(key, m.id);
    body.push(
      `<section class="motion"><h2>${esc(T.motionHeading(i + 1, T.motions[m.id]?.title ?? m.id))}</h2>`,
      `<p>${esc(motionBlurb(m, qs[0]))}</p>`,
    );
    for (const q of qs) {
      n++;
      body.push(
        `<div class="question"><h3>${esc(T.questionHeading(n, q.id))}</h3><p>${esc(questionText(q))}</p><dl>`,
        `<dt>${esc(T.tool)}</dt><dd><code>${esc(toolsOf(q))}</code></dd>`,
        `<dt>${esc(T.answerIn)}</dt><dd>${esc(answerIn(q))}</dd>`,
        `<dt>${esc(T.tolerance)}</dt><dd>${esc(toleranceText(q))}</dd>`,
        `<dt>${esc(T.yourAnswer)}</dt><dd><span class="answer"></span></dd></dl></div>`,
      );
    }
    body.push('</section>');
  });
  body.push(`<footer>${esc(msg.common.notForecast)}</footer>`);
  return htmlPage(T.title, `${BRIEF_CSS}${WORKSHEET_CSS}`, body);
}

/** How a question's answer comes out of its commands' fields, in words. */
function howText(q: PackQuestion): string {
  const D = msg.classpack.derive;
  const [first, second] = q.commands;
  switch (q.derive) {
    case 'value':
      return D.value(first?.read ?? '');
    case 'percent':
      return D.percent(first?.read ?? '');
    case 'ratio_percent':
      return D.ratio_percent(first?.read ?? '', second?.read ?? '');
    case 'largest_abs':
      return D.largest_abs(q.field ?? '', first?.read ?? '');
  }
}

/** The command line of one of a question's commands. */
export function commandLine(argv: readonly string[]): string {
  return formatCommand(['palancas', ...argv]);
}

/** The answer key as Markdown: every answer with the exact commands behind it and how it is read. */
export function answerKeyMarkdown(key: PackKey): string {
  const T = msg.classpack;
  const out: string[] = [
    `# ${T.keyTitle}`,
    '',
    `> **${msg.common.notForecast}**`,
    '',
    T.keyIntro,
    '',
    T.settings(String(key.runs), key.seed, key.modelVersion),
    '',
    `## ${T.keySummary}`,
    '',
    `| ${T.question} | ${T.answer} | ${T.tolerance} |`,
    '| --- | ---: | --- |',
    ...key.questions.map((q) => `| \`${q.id}\` | ${expectedText(q)} | ${toleranceText(q)} |`),
  ];
  key.questions.forEach((q, i) => {
    const exact = typeof q.answer === 'number' ? ` (\`${String(q.answer)}\`)` : '';
    out.push(
      '',
      `## ${T.questionHeading(i + 1, q.id)}`,
      '',
      questionText(q),
      '',
      `**${T.answer}:** ${expectedText(q)}${exact}, ${T.tolerance.toLowerCase()} ${toleranceText(q)}`,
      '',
      `${T.commands}:`,
      '',
      '```sh',
      ...q.commands.map((c) => commandLine(c.argv)),
      '```',
      '',
      `${T.how}: ${howText(q)}.`,
    );
  });
  out.push(
    '',
    `## ${T.fingerprints}`,
    '',
    `| ${T.file} | ${T.fingerprint} |`,
    '| --- | --- |',
    ...key.scenarios.map((s) => `| \`${s.file}\` | \`${s.fingerprint}\` |`),
    '',
    `${T.model}: ${key.modelVersion}`,
    '',
  );
  return out.join('\n');
}

/** The blank answers file: one line per question id, commented with the unit and tolerance. */
export function answersTemplate(key: PackKey): string {
  const T = msg.classpack;
  const width = Math.max(...key.questions.map((q) => q.id.length)) + 2;
  return [
    ...T.answersHeader(T.title).map((l) => `# ${l}`),
    ...key.questions.map((q) => `${`${q.id}:`.padEnd(width)} # ${T.answerComment(answerIn(q), toleranceText(q))}`),
    '',
  ].join('\n');
}

/** key.json: the key as data, the same in every language. */
export function packKeyJson(key: PackKey): string {
  return `${JSON.stringify(key, null, 2)}\n`;
}
