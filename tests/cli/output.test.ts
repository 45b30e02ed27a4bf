import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { msg } from '../../src/text/i18n.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const hasDevFull = existsSync('/dev/full');

beforeAll(() => {
  if (!existsSync(cli)) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
});

/** Runs the command with stdout and stderr on the given descriptors (or pipes). */
function run(args: string[], stdout: number | 'pipe', stderr: number | 'pipe') {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', stdout, stderr],
    env: { ...process.env, NO_COLOR: '1' },
  });
}

describe('failed writes', () => {
  it.skipIf(!hasDevFull)('exits 1 with a message when standard output is full', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = run(['levers'], full, 'pipe');
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(msg.cli.output.writeFailed('ENOSPC'));
    } finally {
      closeSync(full);
    }
  });

  it.skipIf(!hasDevFull)('does not exit 0 when standard error is full', () => {
    const full = openSync('/dev/full', 'w');
    try {
      // --help writes only to stdout: 0. A bad option writes only to stderr: its own code, never 0.
      expect(run(['--help'], 'pipe', full).status).toBe(0);
      const r = run(['levers', '--bogus'], 'pipe', full);
      expect(r.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it('keeps its exit code, without crashing, when standard error is a pipe closed early', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palancas-epipe-'));
    const bad = join(dir, 'bad.yaml');
    // Many problems, so the writes outlast the reader.
    writeFileSync(bad, `name: x\nlevers:\n${Array.from({ length: 400 }, (_, i) => `  bogus_${i}: 1`).join('\n')}\n`);
    const status = join(dir, 'status');
    const script = `"${process.execPath}" "${cli}" validate "${bad}" 2>&1 | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}" > "${status}"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readFileSync(status, 'utf8').trim()).toBe('2');
  });
});
