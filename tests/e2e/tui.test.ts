/**
 * End to end: the built explorer in a real terminal (tmux, 100×30). Skipped when tmux or dist/cli.js is
 * missing. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const hasTmux = (() => {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const built = existsSync(join(root, 'dist', 'cli.js'));

class TmuxSession {
  readonly name = `palancas-tui-${process.pid}-${Math.floor(performance.now())}`;
  constructor(command: string, cols = 100, rows = 30) {
    execFileSync('tmux', ['new-session', '-d', '-s', this.name, '-x', String(cols), '-y', String(rows), command], {
      cwd: root,
    });
  }
  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-t', this.name], { encoding: 'utf8' });
  }
  /** The screen with its colour escape sequences. */
  coloured(): string {
    return execFileSync('tmux', ['capture-pane', '-e', '-p', '-t', this.name], { encoding: 'utf8' });
  }
  keys(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }
  async waitFor(re: RegExp, timeoutMs = 15_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const s = this.screen();
      if (re.test(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${re}; screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  kill(): void {
    try {
      execFileSync('tmux', ['kill-session', '-t', this.name], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}

let session: TmuxSession | undefined;
afterEach(() => session?.kill());

/** The locale variables the explorer reads, set so a test gets the language it asks for whatever the machine's. */
const EN = 'LC_ALL= LC_MESSAGES= LANG=C';
const ES = 'LC_ALL= LC_MESSAGES= LANG=es_MX.UTF-8';

describe.skipIf(!hasTmux || !built)('explorer in a real terminal', () => {
  it('opens, reacts to a lever, helps, and quits through the unsaved prompt', async () => {
    session = new TmuxSession(`${EN} CI=false node dist/cli.js; echo EXITED-$?; sleep 30`);
    const s = session;
    const first = await s.waitFor(/P50 [\d.,]+ /);
    expect(first).toContain('illustrative model, not a forecast');
    for (const w of [/National Guard/, /Amnesty/, /legalization/i, /Youth/, /drawdown/i]) expect(first).toMatch(w);
    expect(first).toMatch(/[\u2801-\u28FF]/);
    const startYear = /Legal sales start\s+(\d{4})/.exec(first)?.[1];
    expect(startYear).toBeDefined();

    // Second row (the legal-sales start year), three steps later.
    s.keys('Down');
    await s.waitFor(/›\*?\s+Legal sales start/);
    s.keys('Right', 'Right', 'Right');
    const moved = await s.waitFor(new RegExp(`Legal sales start\\s+${Number(startYear) + 3}`));
    expect(moved).toContain('modified');
    // The curve is recomputed: wait for the computing marker to go, then the chart lines differ.
    const settled = await s.waitFor(/^(?![\s\S]*computing)[\s\S]*P50 /);
    const chartRows = (t: string) =>
      t
        .split('\n')
        .filter((l) => /[\u2801-\u28FF]/.test(l))
        .join('\n');
    expect(chartRows(settled)).not.toBe(chartRows(first));

    s.keys('?');
    await s.waitFor(/Keys[\s\S]*quit/);
    s.keys('Escape');
    await s.waitFor(/Levers/);
    s.keys('q');
    await s.waitFor(/unsaved changes: save\? \(y\)es\/\(n\)o\/\(c\)ancel/);
    s.keys('n');
    const end = await s.waitFor(/EXITED-\d+/);
    expect(end).toContain('EXITED-0');
  });

  it('keeps colour with CI=false (the colour library would take any CI variable for CI)', async () => {
    session = new TmuxSession(
      `env -u NO_COLOR ${EN} CI=false TERM=xterm-256color node dist/cli.js; echo EXITED-$?; sleep 30`,
    );
    const s = session;
    await s.waitFor(/P50 [\d.,]+ /);
    // A foreground colour (SGR 30–37, 90–97 or 38;…) somewhere on the screen.
    expect(s.coloured()).toMatch(/\u001b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])[;m]/);
    s.keys('q');
    await s.waitFor(/EXITED-\d+/);
  });

  it('asks for a bigger terminal below 80×24 instead of crashing', async () => {
    session = new TmuxSession(`${EN} CI=false node dist/cli.js; echo EXITED-$?; sleep 30`, 70, 20);
    const s = session;
    await s.waitFor(/enlarge the terminal \(needs 80×24, now 70×20\)/);
    s.keys('q');
    expect(await s.waitFor(/EXITED-\d+/)).toContain('EXITED-0');
  });
  it('speaks Spanish under LANG=es_MX.UTF-8: keys work, s answers yes, L switches to English and back', async () => {
    session = new TmuxSession(`${ES} CI=false node dist/cli.js; echo EXITED-$?; sleep 30`);
    const s = session;
    const first = await s.waitFor(/P50 [\d.,]+ /);
    expect(first).toContain('modelo ilustrativo, no un pronóstico');
    expect(first).toContain('Palancas');
    expect(first).toContain('vs. statu quo');
    for (const w of [/Guardia/, /Amnistía/, /marihuana/i, /Retiro (gradual )?del ejército/, /Becas/])
      expect(first).toMatch(w);
    expect(first).not.toContain('Levers');
    expect(first).toMatch(/[\u2801-\u28FF]/);
    // The legal-sales start year, three steps later: the scenario is modified.
    s.keys('Down');
    await s.waitFor(/›\*?\s+\S/);
    s.keys('Right', 'Right', 'Right');
    await s.waitFor(/modificado/);
    s.keys('?');
    await s.waitFor(/Teclas[\s\S]*salir/);
    s.keys('Escape');
    await s.waitFor(/Palancas/);
    s.keys('L');
    const en = await s.waitFor(/Levers[\s\S]*language: English/);
    expect(en).toContain('modified');
    expect(en).toContain('illustrative model, not a forecast');
    s.keys('L');
    await s.waitFor(/Palancas[\s\S]*idioma: español/);
    s.keys('q');
    await s.waitFor(/cambios sin guardar: ¿guardar\? \(s\)í\/\(n\)o\/\(c\)ancelar/);
    s.keys('s');
    await s.waitFor(/Guardar (escenario )?como: /);
    s.keys('Escape');
    // The title says "modificado" while the prompt is open too: wait until the prompt has gone, so that the
    // next key is not read together with the Escape (as Alt+q) on a busy machine.
    await s.waitFor(/^(?![\s\S]*Guardar (escenario )?como: )[\s\S]*modificado/);
    s.keys('q');
    await s.waitFor(/cambios sin guardar/);
    s.keys('n');
    const end = await s.waitFor(/EXITED-\d+/);
    expect(end).toContain('EXITED-0');
  });

  it('speaks Spanish with --lang es, also when the terminal is too small', async () => {
    session = new TmuxSession(`${EN} CI=false node dist/cli.js --lang es; echo EXITED-$?; sleep 30`, 70, 20);
    const s = session;
    await s.waitFor(/agrande la terminal \(se necesitan 80×24; ahora mide 70×20\)/);
    expect(s.screen()).toContain('q para salir');
    s.keys('q');
    expect(await s.waitFor(/EXITED-\d+/)).toContain('EXITED-0');
  });
});
