import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/command.js';
import { progressLine, startProgress, type Progress } from '../../src/cli/progress.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** A fake terminal stream that records what is written. */
function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 100, writes, write: (t: string) => writes.push(t) };
}

describe('progressLine', () => {
  it('shows a bar, the count and the time left from the pace so far', () => {
    const line = progressLine('Running', 250, 1000, 5000);
    expect(line).toMatch(/^Running \[█{6}░{18}\] 250\/1,000 · about 15 s left$/);
    expect(progressLine('Running', 500, 1000, 120_000)).toContain('about 2 min left');
    expect(progressLine('Running', 1000, 1000, 9000)).not.toContain('left');
    expect(progressLine('Running', 0, 1000, 10)).not.toContain('left');
  });
  it('fits the terminal width', () => {
    expect(Array.from(progressLine('x'.repeat(200), 1, 2, 1, 60)).length).toBeLessThan(60);
  });
});

describe('startProgress', () => {
  it('writes nothing when the stream is not a terminal', () => {
    const s = stream(false);
    expect(startProgress(s, 'Running', 10)).toBeUndefined();
    expect(s.writes).toEqual([]);
  });
  it('redraws in place at most every 100 ms, always at the end, and clears its line', () => {
    const s = stream(true);
    let t = 0;
    const bar = startProgress(s, 'Running', 10, () => t) as Progress;
    expect(s.writes).toHaveLength(1);
    t = 50;
    bar.update(3);
    expect(s.writes).toHaveLength(1);
    t = 150;
    bar.update(4);
    expect(s.writes).toHaveLength(2);
    bar.update(10);
    expect(s.writes).toHaveLength(3);
    expect(s.writes.every((w) => w.startsWith('\r\u001b[2K'))).toBe(true);
    expect(s.writes[2]).toContain('10/10');
    bar.update(10, 'Next step');
    expect(s.writes.at(-1)).toContain('Next step');
    bar.end();
    expect(s.writes.at(-1)).toBe('\r\u001b[2K');
  });
});

describe('progress in the commands', () => {
  async function runWith(argv: string[], withBar: boolean) {
    const { command } = await import('../../src/cli/commands/run.js');
    let out = '';
    const updates: number[] = [];
    let ended = false;
    const ctx: CommandContext = {
      out: (t) => (out += t),
      err: () => undefined,
      cwd: ROOT,
      color: false,
      ...(withBar
        ? {
            progress: (_label: string, total: number) => ({
              update: (done: number) => updates.push(done / total),
              end: () => (ended = true),
            }),
          }
        : {}),
    };
    const code = await command.run(argv, ctx);
    return { code, out, updates, ended };
  }
  it('run: the same output with a bar as without, the bar reaching the end and cleared', async () => {
    const argv = ['status-quo', '--runs', '300', '--format', 'json'];
    const plain = await runWith(argv, false);
    const barred = await runWith(argv, true);
    expect(barred.code).toBe(0);
    expect(barred.out).toBe(plain.out);
    expect(barred.updates.length).toBeGreaterThan(0);
    expect(barred.updates.at(-1)).toBe(1);
    expect(barred.ended).toBe(true);
  });
});
