/**
 * End to end: the default HTML brief (`palancas brief platform-2018 status-quo`, default runs) in a real
 * browser. Headless Chromium from the system (`/usr/bin/chromium`, which .ci/run installs when missing),
 * driven by playwright-core, which never downloads a browser of its own. Skipped, with the reason in the
 * suite's name, when there is no Chromium or no playwright-core.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const CHROMIUM = '/usr/bin/chromium';
/** The most pages the default brief may print on, A4 or Letter. */
const MAX_PAGES = 12;
/** Printable width and height in CSS px (96 an inch) of A4 and Letter less the brief's 11 mm side margins. */
const px = (mm: number): number => Math.floor((mm / 25.4) * 96);
const A4_WIDTH = px(210 - 22);
const LETTER_WIDTH = px(216 - 22);
const LETTER_HEIGHT = px(279 - 23);

const hasPlaywright = (() => {
  try {
    createRequire(import.meta.url).resolve('playwright-core');
    return true;
  } catch {
    return false;
  }
})();
const skipReason = !existsSync(CHROMIUM)
  ? `no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run does)`
  : !hasPlaywright
    ? 'playwright-core is not installed (npm ci)'
    : '';
if (skipReason) console.warn(`Skipping the brief's browser tests: ${skipReason}.`);

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object per page. */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

// Code run in the page is given as text: the project's type check has no DOM.

/** Elements whose box reaches past the page's width, and text boxes whose content is wider than the box. */
const OVERFLOWING = `(() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  const name = (el) => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className : '') + ': ' + (el.textContent || '').trim().slice(0, 60);
  if (document.documentElement.scrollWidth > width + 1) out.push('page scrolls sideways (' + document.documentElement.scrollWidth + ' > ' + width + ')');
  for (const el of document.querySelectorAll('main *')) {
    // The parts inside a chart are laid out by the chart, not the page.
    if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > width + 1 || r.left < -1) out.push(name(el) + ' (' + Math.round(r.left) + '–' + Math.round(r.right) + ' of ' + width + ')');
    else if (['TD', 'TH', 'PRE', 'P', 'LI', 'FIGCAPTION'].includes(el.tagName) && el.scrollWidth > el.clientWidth + 1)
      out.push(name(el) + ' (content ' + el.scrollWidth + ' in ' + el.clientWidth + ')');
  }
  return out;
})()`;

/** Text elements whose style lets a word break anywhere. */
const BREAK_ANYWHERE = `Array.from(document.querySelectorAll('main td, main th, main pre, main code, main p, main li')).flatMap((el) => {
  const s = getComputedStyle(el);
  return s.wordBreak === 'break-all' || s.overflowWrap === 'anywhere' ? [el.tagName + ': ' + s.wordBreak + ' ' + s.overflowWrap] : [];
})`;

/**
 * Words laid out on more than one line (a word broken to fit). A word ends at a space, or after a hyphen, a
 * dash, a slash or an underscore, where a line may break between words.
 */
const BROKEN_WORDS = `(() => {
  const out = [];
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('svg')) continue;
    const text = node.textContent || '';
    for (const m of text.matchAll(/[^\\s\\-–—\\/_]+[\\-–—\\/_]?/g)) {
      if (m[0].length < 2) continue;
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) out.push(m[0] + ' in ' + node.parentElement?.tagName.toLowerCase());
    }
  }
  return out;
})()`;

/** Every chart and its caption. */
const CHARTS = `({
  svgs: document.querySelectorAll('main svg').length,
  figures: Array.from(document.querySelectorAll('main figure')).map((f) => ({
    svgs: f.querySelectorAll('svg').length,
    caption: (f.querySelector('figcaption')?.textContent ?? '').trim(),
  })),
})`;

/** The first page's section: its text, height and the break after it. */
const GLANCE = `(() => {
  const el = document.querySelector('section.glance');
  return {
    text: (el?.textContent ?? '').replace(/\\s+/g, ' '),
    height: el?.getBoundingClientRect().height ?? 0,
    breakAfter: el ? getComputedStyle(el).breakAfter : '',
  };
})()`;

describe.skipIf(skipReason !== '')(
  `the default brief in headless Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let dir = '';
    let browser: Browser | undefined;
    const file = { en: '', es: '' };

    beforeAll(async () => {
      if (!existsSync(cli)) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root });
      dir = mkdtempSync(join(tmpdir(), 'palancas-brief-browser-'));
      for (const lang of ['en', 'es'] as const) {
        file[lang] = join(dir, `brief-${lang}.html`);
        execFileSync(
          process.execPath,
          [cli, 'brief', 'platform-2018', 'status-quo', '-o', file[lang], '--lang', lang],
          { cwd: root, stdio: 'ignore' },
        );
      }
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    async function open(lang: 'en' | 'es'): Promise<{ page: Page; requests: string[]; errors: string[] }> {
      if (!browser) throw new Error('no browser');
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => {
        if (!/^(file|data|about):/.test(r.url())) requests.push(r.url());
      });
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file[lang]).href, { waitUntil: 'load' });
      return { page, requests, errors };
    }

    it('loads from file:// with no network request and no console error', async () => {
      for (const lang of ['en', 'es'] as const) {
        const { page, requests, errors } = await open(lang);
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
        expect(await page.title()).not.toBe('');
        // Sources cite documents, never the project's research notes ("effects.md §1.3"), which readers do not have.
        const text = await page.evaluate<string>('document.body.innerText');
        expect(text).not.toMatch(/\b[\w-]+\.md\b|§/);
        await page.close();
      }
    });

    it('has nothing wider than the page at 1280 px, nor in print at A4 and Letter width', async () => {
      for (const lang of ['en', 'es'] as const) {
        const { page } = await open(lang);
        expect(await page.evaluate<string[]>(OVERFLOWING), `${lang} at 1280 px`).toEqual([]);
        await page.emulateMedia({ media: 'print' });
        for (const width of [LETTER_WIDTH, A4_WIDTH]) {
          await page.setViewportSize({ width, height: 1000 });
          expect(await page.evaluate<string[]>(OVERFLOWING), `${lang} in print, ${width} px wide`).toEqual([]);
        }
        await page.close();
      }
    });

    it('breaks no word to fit, on screen or in print, in English and in Spanish', async () => {
      for (const lang of ['en', 'es'] as const) {
        const { page } = await open(lang);
        expect(await page.evaluate<string[]>(BREAK_ANYWHERE)).toEqual([]);
        expect(await page.evaluate<string[]>(BROKEN_WORDS), `${lang} at 1280 px`).toEqual([]);
        await page.emulateMedia({ media: 'print' });
        expect(await page.evaluate<string[]>(BREAK_ANYWHERE)).toEqual([]);
        for (const width of [LETTER_WIDTH, A4_WIDTH]) {
          await page.setViewportSize({ width, height: 1000 });
          expect(await page.evaluate<string[]>(BROKEN_WORDS), `${lang} in print, ${width} px wide`).toEqual([]);
        }
        await page.close();
      }
    });

    it(`prints on at most ${MAX_PAGES} pages, A4 and Letter, in English and in Spanish`, async () => {
      for (const lang of ['en', 'es'] as const) {
        const { page } = await open(lang);
        for (const format of ['A4', 'Letter'] as const) {
          const pages = pdfPages(await page.pdf({ format }));
          expect(pages, `${lang}, ${format}`).toBeGreaterThan(1);
          expect(pages, `${lang}, ${format}`).toBeLessThanOrEqual(MAX_PAGES);
        }
        await page.close();
      }
    }, 120_000);

    it('gives every chart its caption, and fits the notice, the claim and the runs won on the first page', async () => {
      const { page } = await open('en');
      const charts = await page.evaluate<{ svgs: number; figures: { svgs: number; caption: string }[] }>(CHARTS);
      expect(charts.figures.length).toBeGreaterThanOrEqual(6);
      expect(charts.svgs).toBe(charts.figures.length);
      for (const f of charts.figures) {
        expect(f.svgs).toBe(1);
        expect(f.caption).toMatch(/^Figure \d+\. \S.{40,}/);
      }
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: A4_WIDTH, height: 1000 });
      const glance = await page.evaluate<{ text: string; height: number; breakAfter: string }>(GLANCE);
      expect(glance.text).toMatch(/not a forecast/i);
      expect(glance.text).toMatch(/P10–P90/);
      expect(glance.text).toMatch(/better in \d+ of \d+ paired runs/);
      expect(glance.breakAfter).toBe('page');
      expect(glance.height).toBeLessThan(LETTER_HEIGHT);
      await page.close();
    });
  },
);
