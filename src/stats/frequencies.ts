/**
 * Frequency tables (words, stems, bigrams) as mergeable accumulators.
 *
 * - words: every word token's normalized form (word, latin and hashtag tokens); `types` is the
 *   number of distinct forms. Stopwords are counted here (so types are exact) and filtered
 *   only when a table is shown, unless the tables were built with `keepStopwords`.
 * - stems: stems of content words (not stopwords).
 * - bigrams: two adjacent content words in one sentence, nothing between them but a space.
 */
import type { Document, Token } from '../document.js';
import { Counter, type Ranked, type Slot } from './counter.js';
import { Interner, PairCounter } from './pairs.js';
import type { TokenType } from '../text/types.js';

/**
 * A word type's cells in one FrequencyTables (kept on the type record): its word count, its
 * stem count (null for a stopword that is not counted further) and its bigram id (-1 then).
 */
interface Cells {
  owner: FrequencyTables;
  word: Slot;
  stem: Slot | null;
  id: number;
}

export interface FrequencySettings {
  /** count stopwords in stems and bigrams and show them in the word table */
  keepStopwords: boolean;
}

export interface FrequencyTop {
  words: Ranked[];
  stems: Ranked[];
  bigrams: Ranked[];
}

export const FREQUENCY_TABLES = ['words', 'stems', 'bigrams'] as const;
export type FrequencyTableName = (typeof FREQUENCY_TABLES)[number];

export function isCountable(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'latin' || t.kind === 'hashtag';
}

export class FrequencyTables {
  readonly words = new Counter();
  readonly stems = new Counter();
  /** bigrams as pairs of word ids (see pairs.ts); tables that share an interner merge fastest */
  readonly bigrams: PairCounter;

  constructor(
    readonly settings: FrequencySettings,
    interner: Interner = new Interner(),
  ) {
    this.bigrams = new PairCounter(interner);
  }

  /**
   * Counts a document's words. `types`: the word type record of each token (Pipeline.typesOf)
   * — each type then remembers its cells in these tables, and its words are counted without
   * looking them up (news text repeats its words: most tokens are types already seen).
   */
  add(doc: Document, stopwords: ReadonlySet<string>, types?: readonly TokenType[]): this {
    const keep = this.settings.keepStopwords;
    const { tokens } = doc;
    const interner = this.bigrams.interner;
    const recs = types && types.length === tokens.length ? types : undefined;
    const { words, stems, bigrams } = this;
    for (const s of doc.sentences) {
      // the previous content word, as its id in the bigram vocabulary (-1: none)
      let prev = -1;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = tokens[i];
        if (!isCountable(t) || t.norm === '') {
          prev = -1;
          continue;
        }
        if (recs !== undefined && t.kind === 'word') {
          const rec = recs[i];
          let c = rec.freq as Cells | undefined;
          if (c === undefined || c.owner !== this) {
            if (t.norm.includes(' ')) c = undefined;
            else rec.freq = c = this.cells(t.norm, t.stem, keep, stopwords, interner);
          }
          if (c !== undefined) {
            c.word.n++;
            words.total++;
            if (c.id < 0) {
              prev = -1;
              continue;
            }
            c.stem!.n++;
            stems.total++;
            if (prev >= 0) bigrams.addIds(prev, c.id);
            prev = c.id;
            continue;
          }
        }
        const key = t.kind === 'word' ? t.norm : t.norm.toLowerCase();
        if (key.includes(' ')) {
          // a ligature that normalizes to several words (ﷺ → صلى الله عليه وسلم): count each
          const parts = key.split(' ');
          const partStems = t.stem?.split(' ');
          for (let w = 0; w < parts.length; w++) {
            if (parts[w] === '') continue;
            prev = this.count(parts[w], partStems?.length === parts.length ? partStems[w] : undefined, prev, keep, stopwords, interner);
          }
          continue;
        }
        prev = this.count(key, t.stem, prev, keep, stopwords, interner);
      }
    }
    return this;
  }

  /** The cells of one word in these tables: what add() keeps on the word's type. */
  private cells(key: string, stem: string | undefined, keep: boolean, stopwords: ReadonlySet<string>, interner: Interner): Cells {
    const word = this.words.slot(key);
    if (!keep && stopwords.has(key)) return { owner: this, word, stem: null, id: -1 };
    return { owner: this, word, stem: this.stems.slot(stem ?? key), id: interner.id(key) };
  }

  /** Counts one word; returns its bigram id, or -1 when it ends a bigram run (a stopword). */
  private count(key: string, stem: string | undefined, prev: number, keep: boolean, stopwords: ReadonlySet<string>, interner: Interner): number {
    this.words.add(key);
    if (!keep && stopwords.has(key)) return -1;
    this.stems.add(stem ?? key);
    const id = interner.id(key);
    if (prev >= 0) this.bigrams.addIds(prev, id);
    return id;
  }

  merge(other: FrequencyTables): this {
    if (other.settings.keepStopwords !== this.settings.keepStopwords) {
      throw new Error('cannot merge frequency tables built with different stopword settings');
    }
    this.words.merge(other.words);
    this.stems.merge(other.stems);
    this.bigrams.merge(other.bigrams);
    return this;
  }

  /** merge() of tables that nobody uses afterwards: an empty table takes theirs over (see Counter.absorb). */
  absorb(other: FrequencyTables): this {
    if (other.settings.keepStopwords !== this.settings.keepStopwords) {
      throw new Error('cannot merge frequency tables built with different stopword settings');
    }
    this.words.absorb(other.words);
    this.stems.absorb(other.stems);
    this.bigrams.absorb(other.bigrams);
    return this;
  }

  top(n: number, stopwords: ReadonlySet<string>): FrequencyTop {
    const keepWord = this.settings.keepStopwords ? undefined : (k: string) => !stopwords.has(k);
    return { words: this.words.top(n, keepWord), stems: this.stems.top(n), bigrams: this.bigrams.top(n) };
  }

  toJSON() {
    return {
      settings: this.settings,
      words: this.words.toJSON(),
      stems: this.stems.toJSON(),
      bigrams: this.bigrams.toJSON(),
    };
  }

  static fromJSON(json: ReturnType<FrequencyTables['toJSON']>): FrequencyTables {
    const t = new FrequencyTables(json.settings);
    t.words.merge(Counter.fromJSON(json.words));
    t.stems.merge(Counter.fromJSON(json.stems));
    t.bigrams.merge(PairCounter.fromJSON(json.bigrams, t.bigrams.interner));
    return t;
  }
}
