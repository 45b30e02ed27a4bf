/**
 * The settings of a page as a URL fragment: `guard_size=150000&cannabis_legal=1&camp.marijuana_share=rand_2010`.
 * Levers are written by id with their value, camps as `camp.ASSUMPTION=CAMP`; only settings that differ from
 * the scenario the page was written for are written. Reading skips what it does not know (unknown ids, values
 * out of range, camps an assumption does not have), so an old or hand-edited link still opens.
 */
import type { Assumption, AssumptionId, CampId, Lever, LeverId } from '../model/types.js';

/** The settings a fragment carries: lever values and camps, by id. */
export interface FragmentSettings {
  readonly levers: Readonly<Partial<Record<LeverId, number>>>;
  readonly camps: Readonly<Partial<Record<AssumptionId, CampId>>>;
}

/** What reading a fragment checks against: the model's levers and assumptions. */
export interface FragmentRegistry {
  readonly levers: readonly Pick<Lever, 'id' | 'min' | 'max'>[];
  readonly assumptions: readonly Pick<Assumption, 'id' | 'camps'>[];
}

const CAMP_PREFIX = 'camp.';

/** Writes the settings as a fragment (without the leading '#'), levers first, each group in id order. */
export function fragmentOf(settings: FragmentSettings): string {
  const parts: string[] = [];
  const levers = Object.entries(settings.levers).filter((e): e is [string, number] => typeof e[1] === 'number');
  for (const [id, v] of levers.sort((a, b) => (a[0] < b[0] ? -1 : 1))) parts.push(`${encode(id)}=${String(v)}`);
  const camps = Object.entries(settings.camps).filter((e): e is [string, CampId] => typeof e[1] === 'string');
  for (const [id, c] of camps.sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    parts.push(`${CAMP_PREFIX}${encode(id)}=${encode(c)}`);
  return parts.join('&');
}

function encode(s: string): string {
  return encodeURIComponent(s);
}

function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Reads a fragment (with or without the leading '#'); unknown or out-of-range settings are skipped. */
export function settingsOfFragment(fragment: string, registry: FragmentRegistry): FragmentSettings {
  const levers: Partial<Record<LeverId, number>> = {};
  const camps: Partial<Record<AssumptionId, CampId>> = {};
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = decode(part.slice(0, eq));
    const value = decode(part.slice(eq + 1));
    if (key === undefined || value === undefined || value === '') continue;
    if (key.startsWith(CAMP_PREFIX)) {
      const id = key.slice(CAMP_PREFIX.length);
      const a = registry.assumptions.find((x) => x.id === id);
      if (a?.camps?.some((c) => c.id === value)) camps[a.id] = value as CampId;
      continue;
    }
    const lever = registry.levers.find((l) => l.id === key);
    const n = Number(value);
    if (lever !== undefined && Number.isFinite(n) && n >= lever.min && n <= lever.max) levers[lever.id] = n;
  }
  return { levers, camps };
}
