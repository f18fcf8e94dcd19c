/**
 * The one way gazetteer modules write an entry: a Wikidata QID says its labels come from
 * Wikidata (Arabic forms authored); a project id (np:…) is authored.
 */
import type { EntityType, GazetteerEntry } from '../types.js';

export function entry(type: EntityType, id: string, ar: string, en: string, variants: string[] = []): GazetteerEntry {
  const e: GazetteerEntry = {
    id,
    type,
    ar,
    en,
    source: id.startsWith('Q') ? 'wikidata (QID, English label); Arabic forms authored' : 'authored',
  };
  if (variants.length > 0) e.variants = variants;
  return e;
}

/** A city, town or state (GPE) and another place (LOC), as the place modules write them. */
export const gpe = (id: string, ar: string, en: string, variants?: string[]): GazetteerEntry => entry('GPE', id, ar, en, variants);
export const loc = (id: string, ar: string, en: string, variants?: string[]): GazetteerEntry => entry('LOC', id, ar, en, variants);
