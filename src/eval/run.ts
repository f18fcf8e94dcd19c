/**
 * Runs the entity stage on a CoNLL corpus and scores it: the corpus text is analyzed as one
 * document, or `chunk` sentences at a time as separate documents (document-level linking then
 * stays inside each chunk), and the mentions are projected onto the corpus tokens.
 */
import type { Entity } from '../document.js';
import type { Pipeline } from '../pipeline.js';
import { analyzeErrors, projectEntities, scoreChunks, type Chunk, type ConllCorpus, type EntityScores, type ErrorAnalysis } from './conll.js';

export interface EvalOptions {
  /** sentences per analyzed document; 0 or undefined: the whole corpus is one document */
  chunk?: number;
}

export interface EvalResult {
  scores: EntityScores;
  errors: ErrorAnalysis;
  predicted: Chunk[];
  /** entity mentions found, in corpus-text code points */
  entities: Entity[];
  /** documents analyzed */
  documents: number;
  /** words as the pipeline counts them (doc.stats.words) */
  words: number;
  /** wall time of the analysis (decode excluded; resources built beforehand), milliseconds */
  ms: number;
}

/**
 * The corpus text split into documents of `chunk` sentences: each with its text and the
 * code-point offset where it starts in the corpus text.
 */
export function chunkCorpus(corpus: ConllCorpus, chunk = 0): { text: string; offset: number }[] {
  if (!chunk || chunk >= corpus.sentences) return [{ text: corpus.text, offset: 0 }];
  // the text is one sentence per line, each ended by a line break; tokens hold no line breaks
  const lines = corpus.text.split('\n');
  const out: { text: string; offset: number }[] = [];
  for (let s = 0; s < corpus.sentences; s += chunk) {
    const first = corpus.tokens[corpus.sentenceStarts[s]];
    out.push({ text: lines.slice(s, s + chunk).join('\n') + '\n', offset: first.start });
  }
  return out;
}

export function evaluateCorpus(corpus: ConllCorpus, pipeline: Pipeline, options: EvalOptions = {}): EvalResult {
  const docs = chunkCorpus(corpus, options.chunk);
  // lexicons are compiled on first use: build them before the clock starts
  pipeline.context.entityResources();
  const entities: Entity[] = [];
  let words = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const doc = pipeline.analyzeText(d.text);
    words += doc.stats.words;
    if (d.offset === 0) for (const e of doc.entities) entities.push(e);
    else for (const e of doc.entities) entities.push({ ...e, start: e.start + d.offset, end: e.end + d.offset });
  }
  const ms = performance.now() - t0;
  const predicted = projectEntities(corpus, entities);
  return {
    scores: scoreChunks(corpus.gold, predicted),
    errors: analyzeErrors(corpus.gold, predicted),
    predicted,
    entities,
    documents: docs.length,
    words,
    ms,
  };
}
