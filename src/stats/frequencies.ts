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
import { Counter, type Ranked } from './counter.js';
import { Interner, PairCounter } from './pairs.js';

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

  add(doc: Document, stopwords: ReadonlySet<string>): this {
    const keep = this.settings.keepStopwords;
    const { tokens } = doc;
    const interner = this.bigrams.interner;
    for (const s of doc.sentences) {
      // the previous content word, as its id in the bigram vocabulary (-1: none)
      let prev = -1;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = tokens[i];
        if (!isCountable(t) || t.norm === '') {
          prev = -1;
          continue;
        }
        const key = t.kind === 'word' ? t.norm : t.norm.toLowerCase();
        if (key.includes(' ')) {
          // a ligature that normalizes to several words (ﷺ → صلى الله عليه وسلم): count each
          const words = key.split(' ');
          const stems = t.stem?.split(' ');
          for (let w = 0; w < words.length; w++) {
            if (words[w] === '') continue;
            prev = this.count(words[w], stems?.length === words.length ? stems[w] : undefined, prev, keep, stopwords, interner);
          }
          continue;
        }
        prev = this.count(key, t.stem, prev, keep, stopwords, interner);
      }
    }
    return this;
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
