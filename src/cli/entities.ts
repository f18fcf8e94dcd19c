/**
 * `newsparse entities`: the entity mentions of one input, one per line (TSV) or as JSON,
 * with code-point offsets.
 */
import type { NormalizeRule } from '../text/normalize.js';
import type { GazetteerEntry } from '../data/types.js';
import { EXIT_INPUT_FAILED, EXIT_OK } from './errors.js';
import { Output, type IO } from './io.js';
import { analyzeSingle, tsvRow } from './single.js';

export type ListFormat = 'tsv' | 'json' | 'ndjson';

export interface EntitiesSettings {
  file: string;
  format: ListFormat;
  encoding?: string;
  rules: Partial<Record<NormalizeRule, boolean>>;
  gazetteer: GazetteerEntry[];
}

export const ENTITY_TSV_HEADER = ['start', 'end', 'type', 'entityId', 'label', 'labelEn', 'text'];

export async function runEntities(s: EntitiesSettings, io: IO): Promise<number> {
  const doc = await analyzeSingle(s, { normalize: s.rules, gazetteer: s.gazetteer, quotes: false }, io);
  if (!doc) return EXIT_INPUT_FAILED;
  const out = new Output(io.stdout);
  if (s.format === 'json') {
    await out.write(JSON.stringify({ source: doc.source, encoding: doc.encoding, entities: doc.entities }) + '\n');
  } else if (s.format === 'ndjson') {
    for (const e of doc.entities) {
      if (out.closed) break;
      await out.write(JSON.stringify(e) + '\n');
    }
  } else {
    await out.write(tsvRow(ENTITY_TSV_HEADER));
    for (const e of doc.entities) {
      if (out.closed) break;
      await out.write(tsvRow([e.start, e.end, e.type, e.entityId, e.label, e.labelEn, e.text]));
    }
  }
  if (out.error) throw out.error;
  return EXIT_OK;
}
