/**
 * Entity evaluation on CoNLL/BIO files (one "token LABEL" per line, a blank line between
 * sentences; labels B-X / I-X / O with X in PERS/PER/PERSON, ORG, LOC/GPE, MISC).
 *
 * The tokens are joined with spaces into text (a sentence per line), the entity stage runs on
 * that text, and its mentions are projected back onto the tokens: a token is inside a predicted
 * entity when the entity overlaps it. Scores are conlleval-style chunk scores, per type and
 * micro-averaged over PERSON, ORG and LOC (GPE counted as LOC; MISC is not scored):
 * - exact: a predicted chunk counts when a gold chunk has the same type, start and end;
 * - overlap: a predicted chunk counts when it overlaps a not yet matched gold chunk of its type.
 */
import type { Entity } from '../document.js';

export const SCORED_TYPES = ['PERSON', 'ORG', 'LOC'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

export interface ConllCorpus {
  text: string;
  /** token offsets in `text` (UTF-16), in order */
  tokens: { start: number; end: number; text: string }[];
  /** gold chunks over token indices [start, end) */
  gold: Chunk[];
  sentences: number;
}

export interface Chunk {
  type: ScoredType;
  start: number;
  end: number;
}

const TYPE_OF: Record<string, ScoredType | null> = {
  PERS: 'PERSON', PER: 'PERSON', PERSON: 'PERSON', ORG: 'ORG', LOC: 'LOC', GPE: 'LOC', FAC: 'LOC', MISC: null,
};

export function scoredType(t: string): ScoredType | null {
  return TYPE_OF[t.toUpperCase()] ?? null;
}

/** Parses a CoNLL/BIO file. Lines whose last field is not a BIO label are an error. */
export function parseConll(src: string): ConllCorpus {
  const parts: string[] = [];
  const tokens: ConllCorpus['tokens'] = [];
  const gold: Chunk[] = [];
  let pos = 0;
  let sentences = 0;
  let inSentence = false;
  let open: { type: ScoredType | null; start: number; label: string } | null = null;
  const close = (at: number) => {
    if (open && open.type) gold.push({ type: open.type, start: open.start, end: at });
    open = null;
  };
  const lines = src.split(/\r?\n/);
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln].replace(/[\u200e\u200f]/g, '').trim();
    if (line === '') {
      close(tokens.length);
      if (inSentence) {
        parts.push('\n');
        pos += 1;
        sentences++;
        inSentence = false;
      }
      continue;
    }
    const fields = line.split(/\s+/);
    if (fields.length < 2) throw new Error(`line ${ln + 1}: expected "token LABEL"`);
    const word = fields[0];
    const label = fields[fields.length - 1];
    const m = /^([BI])-(\w+)$/.exec(label);
    if (!m && label !== 'O') throw new Error(`line ${ln + 1}: '${label}' is not a BIO label`);
    if (inSentence) {
      parts.push(' ');
      pos += 1;
    }
    tokens.push({ start: pos, end: pos + word.length, text: word });
    parts.push(word);
    pos += word.length;
    inSentence = true;
    const index = tokens.length - 1;
    if (!m) close(index);
    else if (m[1] === 'B' || !open || open.label !== m[2]) {
      close(index);
      open = { type: scoredType(m[2]), start: index, label: m[2] };
    }
  }
  close(tokens.length);
  if (inSentence) sentences++;
  return { text: parts.join(''), tokens, gold, sentences };
}

/** Projects entity mentions (UTF-16 offsets into corpus.text) onto token chunks. */
export function projectEntities(corpus: ConllCorpus, entities: Pick<Entity, 'start' | 'end' | 'type'>[]): Chunk[] {
  const out: Chunk[] = [];
  const toks = corpus.tokens;
  let t = 0;
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  for (const e of sorted) {
    const type = scoredType(e.type);
    if (!type) continue;
    while (t < toks.length && toks[t].end <= e.start) t++;
    let u = t;
    while (u < toks.length && toks[u].start < e.end) u++;
    if (u > t) {
      const prev = out[out.length - 1];
      // two mentions inside one token (rare) make one chunk
      if (prev && prev.end > t) continue;
      out.push({ type, start: t, end: u });
    }
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

export interface EntityScores {
  exact: Record<ScoredType | 'micro', PRF>;
  overlap: Record<ScoredType | 'micro', PRF>;
  gold: number;
  predicted: number;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function scoreChunks(gold: Chunk[], pred: Chunk[]): EntityScores {
  const exactKey = (c: Chunk) => `${c.type}:${c.start}:${c.end}`;
  const goldSet = new Set(gold.map(exactKey));
  const result = { exact: {}, overlap: {} } as EntityScores;
  const count = (mode: 'exact' | 'overlap') => {
    const tp: Record<string, number> = {};
    const used = new Set<number>();
    for (const p of pred) {
      let ok = false;
      if (mode === 'exact') ok = goldSet.has(exactKey(p));
      else {
        const j = gold.findIndex((g, k) => !used.has(k) && g.type === p.type && g.start < p.end && p.start < g.end);
        if (j >= 0) {
          used.add(j);
          ok = true;
        }
      }
      if (ok) tp[p.type] = (tp[p.type] ?? 0) + 1;
    }
    let sTp = 0, sP = 0, sG = 0;
    for (const type of SCORED_TYPES) {
      const nP = pred.filter((c) => c.type === type).length;
      const nG = gold.filter((c) => c.type === type).length;
      const t = tp[type] ?? 0;
      result[mode][type] = prf(t, nP - t, nG - t);
      sTp += t;
      sP += nP;
      sG += nG;
    }
    result[mode].micro = prf(sTp, sP - sTp, sG - sTp);
  };
  count('exact');
  count('overlap');
  result.gold = gold.length;
  result.predicted = pred.length;
  return result;
}
