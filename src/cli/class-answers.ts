/**
 * Reading a student's answers file (`question id: answer` lines) strictly, the way scenario files are read:
 * every problem with file, line and column, the question, what was expected and what is allowed. Aliases,
 * anchors and tags are refused; an unknown question id gets a "did you mean".
 */
import { promises as fs } from 'node:fs';
import { isAlias, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { type PackKey, isNumeric } from '../analysis/class-pack.js';
import { answerIn } from '../render/class-pack.js';
import type { ScenarioProblem } from '../scenario/parse-scenario.js';
import { MAX_SCENARIO_CHARS } from '../scenario/parse-scenario.js';
import { suggest } from '../scenario/suggest.js';
import { decodeUtf8 } from '../scenario/utf8.js';
import { msg } from '../text/i18n.js';

/** The answers, by question id (null: left blank). */
export type Answers = ReadonlyMap<string, number | string | null>;

/** The outcome of reading an answers file. */
export type AnswersResult =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/** Parses the text of an answers file against a pack's key. Never throws. */
export function parseAnswers(text: string, file: string, key: PackKey): AnswersResult {
  const A = msg.classpack.answers;
  const lines = new LineCounter();
  const problems: ScenarioProblem[] = [];
  const at = (node: YamlNode | number | null | undefined, path: string, message: string, allowed?: string) => {
    const offset = typeof node === 'number' ? node : (node?.range?.[0] ?? 0);
    const pos = lines.linePos(Math.max(0, offset));
    problems.push({
      file,
      line: Math.max(1, pos.line),
      column: Math.max(1, pos.col),
      path,
      message,
      ...(allowed === undefined ? {} : { allowed }),
    });
  };
  if (text.length > MAX_SCENARIO_CHARS) {
    at(0, '', A.tooLarge(String(text.length), String(MAX_SCENARIO_CHARS)));
    return { ok: false, problems };
  }
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) at(e.pos[0], '', A.yaml((e.message.split('\n')[0] ?? e.message).trim()));
  if (problems.length > 0) return { ok: false, problems };
  const answers = new Map<string, number | string | null>();
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) {
    return { ok: true, answers };
  }
  if (!isMap(root)) {
    at(root, '', A.notMapping);
    return { ok: false, problems };
  }
  const byId = new Map(key.questions.map((q) => [q.id, q]));
  const ids = key.questions.map((q) => q.id);
  for (const pair of root.items) {
    const k = pair.key as YamlNode | null;
    const v = pair.value as YamlNode | null;
    if (isAlias(k) || isAlias(v) || (k !== null && (k.anchor || k.tag)) || (v !== null && (v.anchor || v.tag))) {
      at(isAlias(v) || v?.anchor || v?.tag ? v : k, '', A.refused);
      continue;
    }
    if (!isScalar(k) || (typeof k.value !== 'string' && typeof k.value !== 'number')) {
      at(k, '', A.keyNotText);
      continue;
    }
    const id = String(k.value);
    const q = byId.get(id);
    if (q === undefined) {
      const hit = suggest(id, ids);
      at(k, id, A.unknownQuestion(id, hit === undefined ? '' : A.didYouMean(hit)));
      continue;
    }
    if (answers.has(id)) {
      at(k, id, A.duplicate(id));
      continue;
    }
    const value = isScalar(v) ? v.value : v === null ? null : undefined;
    if (value === null || value === undefined) {
      if (v !== null && !isScalar(v)) at(v, id, isNumeric(q) ? A.expectedNumber : A.expectedId);
      else answers.set(id, null);
      continue;
    }
    if (isNumeric(q)) {
      if (typeof value === 'number' && Number.isFinite(value)) answers.set(id, value);
      else at(v, id, A.expectedNumber, A.numberAllowed(answerIn(q)));
    } else if (typeof value === 'string' && value.trim() !== '') {
      answers.set(id, value);
    } else {
      at(v, id, A.expectedId, A.idAllowed((q.choices ?? []).join(', ')));
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers };
}

/** Reads an answers file (UTF-8) and parses it; `shown` names it in problems. */
export async function readAnswersFile(path: string, shown: string, key: PackKey): Promise<AnswersResult> {
  const A = msg.classpack.answers;
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file: shown, line: 1, column: 1, path: '', message: why }] };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problems: [{ file: shown, line: 1, column: 1, path: '', message: A.notText }] };
  return parseAnswers(decoded.text, shown, key);
}
