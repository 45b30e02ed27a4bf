/**
 * The commands a brief prints can be run as printed: each claim command prints the brief's sentence, and the
 * evidence command gives the brief's counts.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../src/cli/command.js';
import { command as brief } from '../../../src/cli/commands/brief.js';
import { command as claim } from '../../../src/cli/commands/claim.js';
import { command as evidence } from '../../../src/cli/commands/evidence.js';
import { catalogueOf } from '../../../src/text/i18n.js';

/** The brief's English words (tests run in English). */
const BRIEF_TEXT = catalogueOf('en').render.brief;

let dir = '';
const A = `name: Platform test
description: Legal marijuana and a 300,000 Guard.
seed: "2018"
runs: 500
levers:
  cannabis_legal: 1
  guard_size: 300000
`;
const B = `name: Hard line
description: More kingpin targeting.
seed: "7"
runs: 50
levers:
  kingpin_intensity: 1.5
`;

function ctx(): CommandContext & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), cwd: dir, color: false, stdout, stderr };
}

/** Splits a POSIX shell line of plain and single-quoted words (what `formatCommand` writes). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  const re = /'((?:[^']|'\\'')*)'|(\S+)/g;
  for (const m of line.matchAll(re)) words.push(m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : (m[2] ?? ''));
  return words;
}

/** The claim cards of a Markdown brief: each sentence and the command in the shell block under it. */
function claimCards(md: string): { sentence: string; argv: string[] }[] {
  const section = md.slice(md.indexOf(`## ${BRIEF_TEXT.claims}`));
  const cards = [...section.matchAll(/^> (.+)\n\n```sh\n(palancas claim .+)\n```/gm)];
  return cards.map((m) => ({ sentence: m[1] ?? '', argv: shellWords(m[2] ?? '') }));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'palancas-brief-rerun-'));
  await writeFile(join(dir, 'platform.yaml'), A);
  await writeFile(join(dir, 'hard line.yaml'), B);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('commands printed in a brief', () => {
  it('claim commands print the same sentences, against B and against the status quo', async () => {
    const runs: [string[], string][] = [
      [['platform.yaml', 'hard line.yaml', '-o', 'ab.md', '--runs', '24', '--seed', 's1', '--quick'], 'ab.md'],
      [['platform.yaml', '-o', 'a.md', '--runs', '16', '--seed', 's2', '--quick', '--metric', 'revenue_2030'], 'a.md'],
    ];
    for (const [argv, file] of runs) {
      expect(await brief.run(argv, ctx())).toBe(0);
      const md = await readFile(join(dir, file), 'utf8');
      const cards = claimCards(md);
      expect(cards).toHaveLength(3);
      for (const card of cards) {
        expect(card.argv.slice(0, 2)).toEqual(['palancas', 'claim']);
        const c = ctx();
        expect(await claim.run(card.argv.slice(2), c)).toBe(0);
        expect(c.stdout.join('').split('\n')[0]).toBe(card.sentence);
      }
    }
    // The brief's own metric comes first; without B the claims are against the status quo.
    const solo = claimCards(await readFile(join(dir, 'a.md'), 'utf8'));
    expect(solo[0]?.argv).toContain('revenue_2030');
    expect(solo[0]?.argv.slice(3, 5)).toEqual(['--vs', 'status-quo']);
  });
  it('the evidence command gives the counts the brief prints', async () => {
    expect(
      await brief.run(['platform.yaml', 'hard line.yaml', '-o', 'ev.md', '--runs', '12', '--seed', 's3'], ctx()),
    ).toBe(0);
    const md = await readFile(join(dir, 'ev.md'), 'utf8');
    const counted = /in (\d+) of (\d+) evidence sets \(central values\)/.exec(md);
    expect(counted).not.toBeNull();
    const line = /```sh\n(palancas evidence .+)\n```/.exec(md)?.[1] ?? '';
    const argv = shellWords(line);
    expect(argv).toContain('hard line.yaml');
    const c = ctx();
    expect(await evidence.run([...argv.slice(2), '--format', 'json'], c)).toBe(0);
    const report = JSON.parse(c.stdout.join('')) as { n: number; kCentral: number; failing: unknown[] };
    expect(report.n).toBe(Number(counted?.[2]));
    expect(report.kCentral).toBe(Number(counted?.[1]));
    if (report.failing.length === 0) expect(md).toContain(BRIEF_TEXT.noneFail);
    else expect(md).toContain(`### ${BRIEF_TEXT.failingSets}`);
  });
});
