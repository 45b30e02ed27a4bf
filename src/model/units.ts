/**
 * Units. The unit strings in the data ('deaths/yr', 'US$ bn/yr', 'people') are ids: they name CSV columns and
 * JSON fields and never change with the language. What a person reads is their display text in the catalogue.
 */
import { type Catalogue, msg } from '../text/i18n.js';

/** A unit id the catalogue gives display text for. */
export type UnitId = keyof Catalogue['model']['units'];

/** The unit's display text in the language in force ('deaths/yr' → "homicidios/año"); an unknown unit as given. */
export function unitLabel(unit: string): string {
  return (msg.model.units as Readonly<Record<string, { readonly text: string } | undefined>>)[unit]?.text ?? unit;
}
