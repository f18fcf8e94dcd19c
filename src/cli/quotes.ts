/**
 * `newsparse quotes`: the quotations of one input with their cue, speaker and source type,
 * one per line (TSV) or as JSON, with code-point offsets.
 */
import type { NormalizeRule } from '../text/normalize.js';
import type { GazetteerEntry } from '../data/types.js';
import { sourceTypeOf, sourcingOf } from '../stats/attribution.js';
import { EXIT_INPUT_FAILED, EXIT_OK } from './errors.js';
import { Output, type IO } from './io.js';
import { analyzeSingle, tsvRow } from './single.js';
import type { ListFormat } from './entities.js';

export interface QuotesSettings {
  file: string;
  format: ListFormat;
  encoding?: string;
  rules: Partial<Record<NormalizeRule, boolean>>;
  gazetteer: GazetteerEntry[];
}

export const QUOTE_TSV_HEADER = ['start', 'end', 'kind', 'cue', 'cueClass', 'speaker', 'sourceType', 'speakerEntityId', 'via', 'text'];

export async function runQuotes(s: QuotesSettings, io: IO): Promise<number> {
  const doc = await analyzeSingle(s, { normalize: s.rules, gazetteer: s.gazetteer }, io);
  if (!doc) return EXIT_INPUT_FAILED;
  const out = new Output(io.stdout);
  if (s.format === 'json') {
    await out.write(JSON.stringify({ source: doc.source, encoding: doc.encoding, sourcing: sourcingOf(doc.quotes), quotes: doc.quotes }) + '\n');
  } else if (s.format === 'ndjson') {
    for (const q of doc.quotes) {
      if (out.closed) break;
      await out.write(JSON.stringify(q) + '\n');
    }
  } else {
    await out.write(tsvRow(QUOTE_TSV_HEADER));
    for (const q of doc.quotes) {
      if (out.closed) break;
      await out.write(
        tsvRow([q.start, q.end, q.kind, q.cue?.text, q.cue?.class, q.speaker?.text, sourceTypeOf(q), q.speaker?.entityId, q.via?.text, q.text]),
      );
    }
  }
  if (out.error) throw out.error;
  return EXIT_OK;
}
