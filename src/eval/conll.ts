/**
 * Entity evaluation on CoNLL/BIO files (one "token LABEL" per line — more columns are allowed,
 * the label is the last one — a blank line between sentences; labels B-X / I-X / O with X in
 * PERS/PER/PERSON, ORG, LOC/GPE/FAC, MISC; `-DOCSTART-` lines count as sentence breaks).
 *
 * The tokens are joined with spaces into text (a sentence per line), the entity stage runs on
 * that text, and its mentions are projected back onto the tokens: a token is inside a predicted
 * entity when the entity overlaps it. Scores are conlleval-style chunk scores, per type and
 * micro-averaged over PERSON, ORG and LOC (GPE and FAC counted as LOC; MISC is not scored):
 * - exact: a predicted chunk counts when a gold chunk has the same type, start and end;
 * - overlap: a predicted chunk counts when it overlaps a gold chunk of its type that no other
 *   predicted chunk has matched (a one-to-one matching).
 *
 * Offsets are code points of `text`, as in a Document, so pipeline output projects directly.
 */
import type { Entity } from '../document.js';
import { codePointLength } from '../text/offsets.js';

export const SCORED_TYPES = ['PERSON', 'ORG', 'LOC'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

export interface ConllToken {
  /** code-point offsets in the corpus text */
  start: number;
  end: number;
  text: string;
  /** index of the sentence the token belongs to */
  sentence: number;
  /** line of the token in the CoNLL file (1-based) */
  line: number;
}

export interface ConllCorpus {
  text: string;
  tokens: ConllToken[];
  /** gold chunks over token indices [start, end), in order, never overlapping */
  gold: Chunk[];
  sentences: number;
  /** index of the first token of every sentence, plus tokens.length at the end */
  sentenceStarts: number[];
  /** gold chunks of labels that are not scored (MISC and unknown types), by label */
  unscored: Record<string, number>;
  /** lines with a label but no token (an empty first column); they only end an open chunk */
  emptyTokens: number;
}

export interface Chunk {
  type: ScoredType;
  /** token indices, end exclusive */
  start: number;
  end: number;
}

const TYPE_OF: Record<string, ScoredType> = {
  PERS: 'PERSON',
  PER: 'PERSON',
  PERSON: 'PERSON',
  ORG: 'ORG',
  LOC: 'LOC',
  GPE: 'LOC',
  FAC: 'LOC',
};

/** The scored type of a gold label or an entity type, or null (MISC, unknown). */
export function scoredType(t: string): ScoredType | null {
  return TYPE_OF[t.toUpperCase()] ?? null;
}

export class ConllFormatError extends Error {
  override name = 'ConllFormatError';
}

const BIO = /^([BI])-(.+)$/;
/** bidi marks that some corpora leave around tokens */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Parses a CoNLL/BIO file. A line whose last field is not a BIO label is an error. */
export function parseConll(src: string): ConllCorpus {
  const parts: string[] = [];
  const tokens: ConllToken[] = [];
  const gold: Chunk[] = [];
  const sentenceStarts: number[] = [];
  const unscored: Record<string, number> = {};
  let emptyTokens = 0;
  let pos = 0;
  let sentences = 0;
  let inSentence = false;
  let openLabel: string | null = null;
  let openStart = 0;
  const close = (at: number) => {
    if (openLabel !== null && at > openStart) {
      const type = scoredType(openLabel);
      if (type) gold.push({ type, start: openStart, end: at });
      else unscored[openLabel] = (unscored[openLabel] ?? 0) + 1;
    }
    openLabel = null;
  };
  const endSentence = () => {
    close(tokens.length);
    if (inSentence) {
      parts.push('\n');
      pos += 1;
      sentences++;
      inSentence = false;
    }
  };
  const lines = src.split(/\r?\n|\r/);
  for (let ln = 0; ln < lines.length; ln++) {
    const raw = lines[ln].replace(BIDI_MARKS, '');
    const line = raw.trim();
    if (line === '' || line.startsWith('-DOCSTART-')) {
      endSentence();
      continue;
    }
    const fields = line.split(/\s+/);
    const label = fields[fields.length - 1];
    const m = BIO.exec(label);
    if (!m && label !== 'O') throw new ConllFormatError(`line ${ln + 1}: '${label}' is not a BIO label (B-X, I-X or O)`);
    if (fields.length < 2) {
      // the label alone: the token is empty (or was whitespace)
      if (!/^\s/.test(raw)) throw new ConllFormatError(`line ${ln + 1}: expected "token LABEL"`);
      emptyTokens++;
      if (!m) close(tokens.length);
      continue;
    }
    const word = fields[0];
    const index = tokens.length;
    if (!m) close(index);
    else if (m[1] === 'B' || openLabel !== m[2]) {
      close(index);
      openLabel = m[2];
      openStart = index;
    }
    if (!inSentence) {
      sentenceStarts.push(index);
      inSentence = true;
    } else {
      parts.push(' ');
      pos += 1;
    }
    const len = codePointLength(word);
    tokens.push({ start: pos, end: pos + len, text: word, sentence: sentenceStarts.length - 1, line: ln + 1 });
    parts.push(word);
    pos += len;
  }
  endSentence();
  sentenceStarts.push(tokens.length);
  return { text: parts.join(''), tokens, gold, sentences, sentenceStarts, unscored, emptyTokens };
}

/**
 * Projects entity mentions (code-point offsets into corpus.text) onto token chunks. Mentions
 * of unscored types are dropped; a mention that reaches a token already covered by the
 * previous chunk (two mentions in one token) is merged into it.
 */
export function projectEntities(corpus: Pick<ConllCorpus, 'tokens'>, entities: readonly Pick<Entity, 'start' | 'end' | 'type'>[]): Chunk[] {
  const out: Chunk[] = [];
  const toks = corpus.tokens;
  const sorted = [...entities].sort((a, b) => a.start - b.start || a.end - b.end);
  let t = 0;
  for (const e of sorted) {
    const type = scoredType(e.type);
    if (!type) continue;
    while (t < toks.length && toks[t].end <= e.start) t++;
    let u = t;
    while (u < toks.length && toks[u].start < e.end) u++;
    if (u === t) continue;
    const prev = out[out.length - 1];
    if (prev && prev.end > t) {
      if (u > prev.end) prev.end = u;
      continue;
    }
    out.push({ type, start: t, end: u });
  }
  return out;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type ScoreRow = Record<ScoredType | 'micro', PRF>;

export interface EntityScores {
  exact: ScoreRow;
  overlap: ScoreRow;
  /** gold and predicted chunks per scored type */
  gold: Record<ScoredType, number>;
  predicted: Record<ScoredType, number>;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const byType = (chunks: readonly Chunk[], type: ScoredType) => chunks.filter((c) => c.type === type).sort((a, b) => a.start - b.start);

/** Exact matches: chunks with the same type, start and end (each gold chunk matches once). */
function exactMatches(gold: readonly Chunk[], pred: readonly Chunk[]): number {
  const keys = new Set(gold.map((c) => `${c.start}:${c.end}`));
  let tp = 0;
  for (const p of pred) if (keys.delete(`${p.start}:${p.end}`)) tp++;
  return tp;
}

/**
 * Overlap matches, one-to-one: both lists are sorted and without overlaps inside a list, so
 * matching each predicted chunk to the first unmatched gold chunk it overlaps is a maximum
 * matching.
 */
function overlapMatches(gold: readonly Chunk[], pred: readonly Chunk[]): number {
  let g = 0;
  let tp = 0;
  for (const p of pred) {
    while (g < gold.length && gold[g].end <= p.start) g++;
    if (g < gold.length && gold[g].start < p.end) {
      tp++;
      g++;
    }
  }
  return tp;
}

export function scoreChunks(gold: readonly Chunk[], pred: readonly Chunk[]): EntityScores {
  const result = { exact: {}, overlap: {}, gold: {}, predicted: {} } as EntityScores;
  const sums = { exact: [0, 0, 0], overlap: [0, 0, 0] };
  for (const type of SCORED_TYPES) {
    const g = byType(gold, type);
    const p = byType(pred, type);
    result.gold[type] = g.length;
    result.predicted[type] = p.length;
    for (const mode of ['exact', 'overlap'] as const) {
      const tp = mode === 'exact' ? exactMatches(g, p) : overlapMatches(g, p);
      result[mode][type] = prf(tp, p.length - tp, g.length - tp);
      sums[mode][0] += tp;
      sums[mode][1] += p.length - tp;
      sums[mode][2] += g.length - tp;
    }
  }
  for (const mode of ['exact', 'overlap'] as const) result[mode].micro = prf(sums[mode][0], sums[mode][1], sums[mode][2]);
  return result;
}

/**
 * Why a chunk is an error (exact scoring):
 * - type: the other side has a chunk with the same tokens but another type;
 * - boundary: it overlaps a chunk of the same type with other tokens;
 * - type+boundary: it overlaps only chunks of another type, with other tokens;
 * - spurious (predicted) / missed (gold): nothing on the other side overlaps it.
 */
export type ErrorKind = 'type' | 'boundary' | 'type+boundary' | 'spurious' | 'missed';

export interface ErrorCase {
  chunk: Chunk;
  kind: ErrorKind;
  /** the chunk on the other side that explains the error, if any */
  other?: Chunk;
}

export interface ErrorAnalysis {
  /** predicted chunks without an exact gold match, in text order */
  falsePositives: ErrorCase[];
  /** gold chunks without an exact predicted match, in text order */
  falseNegatives: ErrorCase[];
  counts: { falsePositives: Partial<Record<ErrorKind, number>>; falseNegatives: Partial<Record<ErrorKind, number>> };
}

function unmatched(side: readonly Chunk[], other: readonly Chunk[], none: 'spurious' | 'missed'): ErrorCase[] {
  const exact = new Set(other.map((c) => `${c.type}:${c.start}:${c.end}`));
  const sorted = [...other].sort((a, b) => a.start - b.start);
  const out: ErrorCase[] = [];
  let o = 0;
  for (const c of [...side].sort((a, b) => a.start - b.start)) {
    if (exact.has(`${c.type}:${c.start}:${c.end}`)) continue;
    while (o < sorted.length && sorted[o].end <= c.start) o++;
    const overlapping: Chunk[] = [];
    for (let k = o; k < sorted.length && sorted[k].start < c.end; k++) overlapping.push(sorted[k]);
    const sameSpan = overlapping.find((x) => x.start === c.start && x.end === c.end);
    const sameType = overlapping.find((x) => x.type === c.type);
    if (sameSpan) out.push({ chunk: c, kind: 'type', other: sameSpan });
    else if (sameType) out.push({ chunk: c, kind: 'boundary', other: sameType });
    else if (overlapping.length) out.push({ chunk: c, kind: 'type+boundary', other: overlapping[0] });
    else out.push({ chunk: c, kind: none });
  }
  return out;
}

function countKinds(cases: readonly ErrorCase[]): Partial<Record<ErrorKind, number>> {
  const counts: Partial<Record<ErrorKind, number>> = {};
  for (const c of cases) counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  return counts;
}

export function analyzeErrors(gold: readonly Chunk[], pred: readonly Chunk[]): ErrorAnalysis {
  const falsePositives = unmatched(pred, gold, 'spurious');
  const falseNegatives = unmatched(gold, pred, 'missed');
  return { falsePositives, falseNegatives, counts: { falsePositives: countKinds(falsePositives), falseNegatives: countKinds(falseNegatives) } };
}

/** n cases spread evenly over the list (all of them when there are at most n), in order. */
export function sampleEvenly<T>(items: readonly T[], n: number): T[] {
  if (n <= 0) return [];
  if (items.length <= n) return [...items];
  const out: T[] = [];
  for (let k = 0; k < n; k++) out.push(items[Math.floor((k * items.length) / n)]);
  return out;
}

/** The tokens of a chunk with up to `width` tokens of context on each side, within its sentence. */
export function chunkContext(corpus: ConllCorpus, chunk: Pick<Chunk, 'start' | 'end'>, width = 5): { before: string; chunk: string; after: string } {
  const first = corpus.tokens[chunk.start].sentence;
  const last = corpus.tokens[chunk.end - 1].sentence;
  const from = Math.max(corpus.sentenceStarts[first], chunk.start - width);
  const to = Math.min(corpus.sentenceStarts[last + 1], chunk.end + width);
  const words = (a: number, b: number) => corpus.tokens.slice(a, b).map((t) => t.text).join(' ');
  return { before: words(from, chunk.start), chunk: words(chunk.start, chunk.end), after: words(chunk.end, to) };
}
