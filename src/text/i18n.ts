/**
 * The one text catalogue and the language in force. Every user-facing string is read through `msg`, which
 * always answers in the current language, so switching the language redraws everything on the next render.
 * Data (ids, numbers, fingerprints, JSON keys, CSV columns, sources) never depends on the language.
 */
import type { Catalogue } from './catalogue.js';
import { en } from './en/index.js';
import { es } from './es/index.js';

export type { Catalogue } from './catalogue.js';

/** The languages the interface speaks. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, es };
const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', es: 'es-MX' };

let current: Lang = 'en';

/** Sets the language every later read of `msg` answers in. */
export function setLang(lang: Lang): void {
  current = lang;
}

/** The language in force. */
export function currentLang(): Lang {
  return current;
}

/** The BCP 47 locale for numbers and dates in a language (the current one by default): en-US or es-MX. */
export function localeOf(lang: Lang = current): string {
  return LOCALES[lang];
}

/** The catalogue of one language, for the rare caller that needs a language other than the current one. */
export function catalogueOf(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** A language id from user input ("es", "ES", "en"), or undefined when it is not one. */
export function parseLang(text: string): Lang | undefined {
  const t = text.trim().toLowerCase();
  return (LANGS as readonly string[]).includes(t) ? (t as Lang) : undefined;
}

/**
 * The language the environment asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty
 * decides (as POSIX orders them); a value starting with "es" (es_MX.UTF-8, es, es-419) means Spanish, anything
 * else English.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return /^es(?:[_.@-]|$)/i.test(value) ? 'es' : 'en';
  }
  return 'en';
}

/** The next language in the list, for a key that cycles through them. */
export function nextLang(lang: Lang = current): Lang {
  return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length] as Lang;
}

/** Every user-facing string, in the current language: `msg.ui.leversTitle`, `msg.cli.runHelp(…)`. */
export const msg: Catalogue = new Proxy({} as Catalogue, {
  get: (_target, key) => CATALOGUES[current][key as keyof Catalogue],
});

/**
 * Runs `fn` with `lang` in force and puts the previous language back, even on a throw. Machine output (JSON,
 * CSV) is written in English this way, so it is the same data whatever language the user reads.
 */
export function inLang<T>(lang: Lang, fn: () => T): T {
  const before = current;
  current = lang;
  try {
    return fn();
  } finally {
    current = before;
  }
}
