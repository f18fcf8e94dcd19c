/**
 * The pipeline: one Document flows through named stages, each adding one layer.
 *
 *   decode → tokenize (norm per token) → sentences → segment & stem → entities → quotes → offsets
 *
 * Each stage is a function of the document so far. Resources that are expensive to build
 * (normalizer tables, memo caches, gazetteer index, lexicons) are compiled once per Pipeline
 * and shared by every document it analyzes.
 */
import type { Document, Token } from './document.js';
import { decode, type EncodingName } from './text/decode.js';
import { createNormalizer, type NormalizeRule } from './text/normalize.js';
import { tokenize } from './text/tokenize.js';
import { splitSentences } from './text/sentences.js';
import { segment } from './text/segment.js';
import { stemWord } from './text/stem.js';
import { toCodePointOffsets, codePointLength } from './text/offsets.js';
import { createStopwordSet } from './data/stopwords.js';
import { memoize } from './util/memo.js';
import { TypeTable, type TokenType } from './text/types.js';
import type { GazetteerEntry } from './data/types.js';
import { buildEntityResources, type EntityResources } from './entities/resources.js';
import { recognizeEntities, makeView, type TokenView } from './entities/recognize.js';
import { buildQuoteResources, type QuoteResources } from './quotes/resources.js';
import { findQuotes } from './quotes/find.js';

/** A document before any stage has run: its text, no layers yet. */
export function emptyDocument(text: string, source: string, encoding: string): Document {
  return {
    source,
    encoding,
    text,
    tokens: [],
    sentences: [],
    entities: [],
    quotes: [],
    stats: { characters: 0, words: 0, types: 0, sentences: 0, tokens: 0 },
    diagnostics: [],
  };
}

export interface PipelineOptions {
  /** normalization rules to turn on or off (defaults: DEFAULT_RULES) */
  normalize?: Partial<Record<NormalizeRule, boolean>>;
  /** add clitic segments to word tokens (default true) */
  segment?: boolean;
  /** add stems to word tokens (default true) */
  stem?: boolean;
  /** run the entity stage (default true) */
  entities?: boolean;
  /** run the quote stage (default true; needs the entity stage) */
  quotes?: boolean;
  /** entries added to (or overriding, by id) the built-in gazetteer */
  gazetteer?: readonly GazetteerEntry[];
}

export interface AnalyzeInput {
  /** a name for the document: file path, '-' for stdin … */
  source?: string;
  /** force an encoding instead of detecting it (bytes input only) */
  encoding?: string;
}

export interface PipelineContext {
  readonly options: Required<PipelineOptions>;
  /** memoized normalizer (for lexicons and callers) */
  readonly norm: (s: string) => string;
  /** the normalizer itself; tokens are normalized once per word type (TypeTable) */
  readonly rawNorm: (s: string) => string;
  readonly stem: (norm: string) => string;
  readonly stopwords: ReadonlySet<string>;
  /** word types, per distinct written form */
  readonly types: TypeTable;
  /** compiled entity lexicons (built on first use) */
  readonly entityResources: () => EntityResources;
  /** compiled quote lexicons (built on first use) */
  readonly quoteResources: () => QuoteResources;
}

/**
 * What the stages share about one document beside the Document itself: the word type of each
 * token (cached per distinct written form). Never part of the output.
 */
export interface Scratch {
  types: TokenType[];
  /** the token view the entity and quote stages share (built by the first that needs it) */
  view?: TokenView;
}

export type Stage = (doc: Document, ctx: PipelineContext, scratch: Scratch) => Document;

export interface NamedStage {
  name: string;
  run: Stage;
}

const tokenStage: Stage = (doc, ctx, scratch) => {
  const c = ctx.types.collector(ctx.rawNorm);
  const tokens = tokenize(doc.text, c.norm);
  scratch.types = ctx.types.typesOf(tokens, c.records);
  return { ...doc, tokens };
};

const sentenceStage: Stage = (doc) => ({ ...doc, sentences: splitSentences(doc.text, doc.tokens) });

const morphologyStage: Stage = (doc, ctx, scratch) => {
  const { segment: doSegment, stem: doStem } = ctx.options;
  if (!doSegment && !doStem) return doc;
  const { tokens } = doc;
  const types = scratch.types;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.norm === '') continue;
    if (doStem) {
      const rec = types[k];
      t.stem = rec.stem ??= ctx.stem(t.norm);
    }
    if (doSegment) {
      const s = segment(t);
      if (s) t.segments = s;
    }
  }
  return doc;
};

function viewOf(doc: Document, scratch: Scratch): TokenView {
  if (!scratch.view || scratch.view.tokens !== doc.tokens) scratch.view = makeView(doc, scratch.types);
  return scratch.view;
}

const entityStage: Stage = (doc, ctx, scratch) =>
  ctx.options.entities ? { ...doc, entities: recognizeEntities(viewOf(doc, scratch), ctx.entityResources()) } : doc;

const quoteStage: Stage = (doc, ctx, scratch) => {
  if (!ctx.options.quotes) return doc;
  const { quotes, diagnostics } = findQuotes(viewOf(doc, scratch), doc.entities, ctx.quoteResources());
  return { ...doc, quotes, diagnostics: [...doc.diagnostics, ...diagnostics] };
};

const statsStage: Stage = (doc) => {
  let words = 0;
  const types = new Set<string>();
  for (const t of doc.tokens) {
    if (!isWordLike(t)) continue;
    const key = t.kind === 'word' ? t.norm : t.norm.toLowerCase();
    if (key.includes(' ')) {
      // a ligature that normalizes to several words counts as those words, as in the frequency tables
      for (const w of key.split(' ')) {
        if (w === '') continue;
        words++;
        types.add(w);
      }
      continue;
    }
    words++;
    types.add(key);
  }
  return {
    ...doc,
    stats: {
      characters: codePointLength(doc.text),
      words,
      types: types.size,
      sentences: doc.sentences.length,
      tokens: doc.tokens.length,
    },
  };
};

/** Tokens counted as words in `stats.words`: everything but punctuation, symbols and emoji. */
export function isWordLike(t: Token): boolean {
  return t.kind !== 'punct' && t.kind !== 'symbol' && t.kind !== 'emoji';
}

const offsetStage: Stage = (doc) => toCodePointOffsets(doc);

export const STAGES: readonly NamedStage[] = [
  { name: 'tokenize', run: tokenStage },
  { name: 'sentences', run: sentenceStage },
  { name: 'morphology', run: morphologyStage },
  { name: 'entities', run: entityStage },
  { name: 'quotes', run: quoteStage },
  { name: 'stats', run: statsStage },
  { name: 'offsets', run: offsetStage },
];

export class Pipeline {
  readonly context: PipelineContext;

  private readonly typeRecords = new WeakMap<Document, TokenType[]>();

  constructor(options: PipelineOptions = {}, readonly stages: readonly NamedStage[] = STAGES) {
    const resolved: Required<PipelineOptions> = {
      normalize: options.normalize ?? {},
      segment: options.segment ?? true,
      stem: options.stem ?? true,
      entities: options.entities ?? true,
      quotes: options.quotes ?? options.entities ?? true,
      gazetteer: options.gazetteer ?? [],
    };
    const rawNorm = createNormalizer(resolved.normalize);
    const norm = memoize(rawNorm);
    const stopwords = createStopwordSet(norm);
    let resources: EntityResources | undefined;
    let quoteResources: QuoteResources | undefined;
    this.context = {
      options: resolved,
      norm,
      rawNorm,
      stem: stemWord,
      stopwords,
      types: new TypeTable(),
      entityResources: () => (resources ??= buildEntityResources(norm, stopwords, resolved.gazetteer)),
      quoteResources: () => (quoteResources ??= buildQuoteResources(this.context.entityResources())),
    };
  }

  /** Analyzes text that is already decoded. */
  analyzeText(text: string, input: AnalyzeInput & { encodingUsed?: EncodingName | string } = {}): Document {
    let doc = emptyDocument(text, input.source ?? '-', input.encodingUsed ?? 'text');
    const scratch: Scratch = { types: [] };
    for (const stage of this.stages) doc = stage.run(doc, this.context, scratch);
    if (scratch.types.length === doc.tokens.length) this.typeRecords.set(doc, scratch.types);
    return doc;
  }

  /**
   * The word type record of each token of a document this pipeline analyzed (parallel to
   * doc.tokens): the per-type caches later steps may use (the frequency tables do).
   */
  typesOf(doc: Document): readonly TokenType[] | undefined {
    return this.typeRecords.get(doc);
  }

  /** Decodes bytes (detecting the encoding unless given) and analyzes them. */
  analyzeBytes(bytes: Uint8Array, input: AnalyzeInput = {}): Document {
    const decoded = decode(bytes, input.encoding ? { encoding: input.encoding } : undefined);
    return this.analyzeText(decoded.text, { ...input, encodingUsed: decoded.encoding });
  }
}
