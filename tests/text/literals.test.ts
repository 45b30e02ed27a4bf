import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every user-facing string lives in the catalogue (src/text/en, src/text/es). This test reads every other source
 * file with the TypeScript parser and fails on a string that reads as prose: two words, or one capitalised word.
 * Ids, import paths, CSS, commands and the original-language fields of sources are not prose. A line that must
 * keep a literal says why in a comment containing `text-exempt:` on that line or the line above; a file that is
 * not user-facing at all (generated-code templates, the equation compiler's messages to model authors) says why
 * in a `text-exempt-file:` comment.
 */

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

/** Property names whose values are data in their original language, never translated. */
const ORIGINAL_FIELDS = new Set([
  'source',
  'sources',
  'url',
  'citation',
  'quote',
  'original',
  'reference',
  'author',
  'publisher',
  'doc',
]);

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.gen.ts')) out.push(p);
  }
  return out;
}

const WORD = '[A-Za-zÀ-ÿ]{2,}';
const TWO_WORDS = new RegExp(`${WORD}[ ,.;:!?'’()/-]*\\s+[(]?${WORD}`);
const ONE_CAPITAL_WORD = /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}[.:…]?$/;

/** Whether a literal's text reads as prose a user would see. */
function isProse(text: string): boolean {
  const t = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .trim();
  if (t === '') return false;
  if (/^palancas\s/.test(t) || /^--?[a-z]/.test(t)) return false; // a command line
  if (/[{};]/.test(t) && /[\w-]+\s*:\s*[^;]+;/.test(t)) return false; // CSS
  return TWO_WORDS.test(t) || ONE_CAPITAL_WORD.test(t);
}

function exempt(lines: readonly string[], line: number): boolean {
  return /text-exempt:/.test(lines[line] ?? '') || /text-exempt:/.test(lines[line - 1] ?? '');
}

/** Skips literals that are ids by their place in the code: module paths, types, keys, comparisons. */
function isDataPosition(node: ts.Node): boolean {
  const p = node.parent;
  if (!p) return false;
  if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isExternalModuleReference(p)) return true;
  if (ts.isLiteralTypeNode(p)) return true;
  if (ts.isCallExpression(p) && p.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isPropertyAssignment(p) && p.name === node) return true;
  if (ts.isPropertyAssignment(p) && ORIGINAL_FIELDS.has(p.name.getText())) return true;
  // A list of sources or citations is original-language data too.
  if (
    ts.isArrayLiteralExpression(p) &&
    ts.isPropertyAssignment(p.parent) &&
    ORIGINAL_FIELDS.has(p.parent.name.getText())
  )
    return true;
  if (ts.isElementAccessExpression(p) && p.argumentExpression === node) return true;
  if (ts.isCaseClause(p)) return true;
  if (ts.isJsxAttribute(p)) return true;
  if (
    ts.isBinaryExpression(p) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(p.operatorToken.kind)
  )
    return true;
  return false;
}

/** The prose literals of one source text, with their 1-based lines. */
function proseLiterals(fileName: string, code: string): { line: number; text: string }[] {
  if (/text-exempt-file:/.test(code)) return [];
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines = code.split('\n');
  const found: { line: number; text: string }[] = [];
  const report = (node: ts.Node, text: string): void => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
    if (!exempt(lines, line) && isProse(text)) found.push({ line: line + 1, text });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isDataPosition(node)) {
      report(node, node.text);
    } else if (ts.isTemplateExpression(node) && !isDataPosition(node)) {
      report(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' '));
    } else if (ts.isJsxText(node)) {
      report(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const ROOMS = ['text', 'model', 'scenario', 'analysis', 'render', 'port', 'ui', 'cli'] as const;

function roomFiles(room: string): string[] {
  if (room === 'cli') return [...filesUnder(join(src, 'cli')), join(src, 'cli.ts')];
  const files = filesUnder(join(src, room));
  // The catalogue itself is where the prose belongs.
  return room === 'text' ? files.filter((f) => !/src\/text\/(en|es)\//.test(f)) : files;
}

describe('user-facing text lives in the catalogue', () => {
  it.each(ROOMS)('%s has no prose literal outside the catalogue', (room) => {
    const offenders = roomFiles(room).flatMap((f) =>
      proseLiterals(f, readFileSync(f, 'utf8')).map(
        (x) => `${f.slice(root.length + 1)}:${x.line} ${JSON.stringify(x.text.slice(0, 70))}`,
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('finds prose and leaves ids, paths, commands and sources alone', () => {
    const code = [
      "import { x } from './some path.js';",
      "const a = 'Levers';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal written as source text
      'const b = `${n} runs left`;',
      "const c = 'homicides_total';",
      "if (k === 'status quo') f();",
      "const d = { source: 'INEGI, Defunciones por homicidio' };",
      "const e = 'palancas claim platform-2018 --vs status-quo';",
      "const g = 'font-family: system-ui, sans-serif;';",
      'const j = <Text color="gray">Press q to quit</Text>;',
      "const h = 'not a forecast'; // text-exempt: test fixture",
      "const k = { source: ['Washington Post, C. Ingraham, 2016', 'El Universal, 2024'] };",
    ].join('\n');
    expect(proseLiterals('x.tsx', code).map((x) => x.line)).toEqual([2, 3, 9]);
  });
});
