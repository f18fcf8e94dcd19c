/**
 * Public library API.
 *
 *   import { analyze } from 'newsparse';
 *   const doc = analyze('قال الوزير إن ...');            // or bytes: analyze(readFileSync(f))
 *   doc.tokens[0].norm; doc.entities; doc.quotes;
 *
 * Offsets in the returned Document are Unicode code points of `doc.text`, end exclusive
 * (use `sliceCodePoints(doc.text, start, end)` in JavaScript when the text may contain emoji).
 */
import type { Document } from './document.js';
import { Pipeline, type PipelineOptions, type AnalyzeInput } from './pipeline.js';

export type * from './document.js';
export { Pipeline, STAGES, type PipelineOptions, type AnalyzeInput, type NamedStage, type Stage } from './pipeline.js';
export { decode, DecodeError, SUPPORTED_ENCODINGS, type Decoded, type EncodingName } from './text/decode.js';
export { normalize, createNormalizer, resolveRules, DEFAULT_RULES, RULES, type NormalizeRule, type RuleSet } from './text/normalize.js';
export { tokenize } from './text/tokenize.js';
export { splitSentences } from './text/sentences.js';
export { segment } from './text/segment.js';
export { sliceCodePoints, codePointLength } from './text/offsets.js';
export { FrequencyTables } from './stats/frequencies.js';
export { Aggregate } from './stats/aggregate.js';
export { Counter } from './stats/counter.js';
export { CONTRACT_VERSION } from './report.js';

export interface AnalyzeOptions extends PipelineOptions, AnalyzeInput {}

const pipelines = new Map<string, Pipeline>();

function pipelineFor(options: PipelineOptions): Pipeline {
  const key = JSON.stringify([options.normalize ?? {}, options.segment ?? true, options.stem ?? true]);
  let p = pipelines.get(key);
  if (!p) {
    p = new Pipeline(options);
    pipelines.set(key, p);
  }
  return p;
}

/** Analyzes text (a string) or bytes (encoding detected unless `encoding` is given). */
export function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): Document {
  const p = pipelineFor(options);
  return typeof input === 'string'
    ? p.analyzeText(input, { source: options.source })
    : p.analyzeBytes(input, { source: options.source, encoding: options.encoding });
}
