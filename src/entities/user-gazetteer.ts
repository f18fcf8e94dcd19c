/**
 * User gazetteers (--gazetteer FILE): entries that add to or override (by id) the built-in
 * knowledge base.
 *
 * JSON: an array of entries, or { "entries": [...] }; each entry
 *   { "id": "np:acme", "type": "ORG", "ar": "أكمي", "en": "Acme", "variants": ["اكمي", "Acme"] }
 * TSV: one entry per line, tab-separated: id, type, ar, en, variants (separated by |);
 *   lines starting with # and blank lines are ignored; a header line starting with "id" is skipped.
 */
import type { EntityType } from '../document.js';
import type { GazetteerEntry } from '../data/types.js';

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC'];

export class GazetteerFormatError extends Error {
  override name = 'GazetteerFormatError';
}

function check(e: Partial<GazetteerEntry>, where: string, source: string): GazetteerEntry {
  const type = String(e.type ?? '').toUpperCase() as EntityType;
  if (!e.id || typeof e.id !== 'string') throw new GazetteerFormatError(`${where}: missing "id"`);
  if (!TYPES.includes(type)) throw new GazetteerFormatError(`${where}: type must be one of ${TYPES.join(', ')}, got '${e.type ?? ''}'`);
  if (!e.ar || typeof e.ar !== 'string') throw new GazetteerFormatError(`${where}: missing "ar" (the Arabic label)`);
  const variants = Array.isArray(e.variants) ? e.variants.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
  return { id: e.id, type, ar: e.ar, en: typeof e.en === 'string' ? e.en : '', variants, source };
}

/** Parses a user gazetteer; `name` (a file name) decides JSON or TSV and appears in errors. */
export function parseUserGazetteer(content: string, name: string): GazetteerEntry[] {
  const source = `user gazetteer ${name}`;
  const trimmed = content.replace(/^\uFEFF/, '').trim();
  if (name.toLowerCase().endsWith('.json') || trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (err) {
      throw new GazetteerFormatError(`${name}: not valid JSON (${(err as Error).message})`);
    }
    const list = Array.isArray(data) ? data : (data as { entries?: unknown }).entries;
    if (!Array.isArray(list)) throw new GazetteerFormatError(`${name}: expected an array of entries or { "entries": [...] }`);
    return list.map((e, i) => check(e as Partial<GazetteerEntry>, `${name}: entry ${i + 1}`, source));
  }
  const out: GazetteerEntry[] = [];
  trimmed.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#') || (i === 0 && /^id\t/i.test(line))) return;
    const [id, type, ar, en, variants] = line.split('\t');
    out.push(check({ id, type: type as EntityType, ar, en, variants: variants ? variants.split('|') : [] }, `${name}: line ${i + 1}`, source));
  });
  return out;
}
