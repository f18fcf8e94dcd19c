/**
 * A multi-word phrase matcher over tokens. Phrases (gazetteer forms, titles, heads, cue
 * phrases …) are tokenized and normalized exactly like document text and looked up by their
 * first token's match key, longest first. Proclitics on the first word can be peeled
 * (والرئيس → الرئيس, ببيروت → بيروت). Several values may share one phrase (عمان: Oman and
 * Amman); a match returns them all and the caller decides.
 */
import type { Token } from '../document.js';
import { tokenize } from '../text/tokenize.js';
import { readings, type Reading } from './peel.js';
import { matchKey } from '../text/types.js';

export { matchKey };

/** Tokens that take part in phrases: all but punctuation, except the marks inside names (U.S. / أ.ف.ب / Procter & Gamble). */
export function phraseTokens(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.kind !== 'punct' || t.text === '.' || t.text === '-' || t.text === '&');
}

export interface PhraseMatch<V> {
  values: readonly V[];
  /** token index of the first and one past the last token */
  i: number;
  j: number;
  /** the reading of the first token that matched (peeled letters) */
  reading: Reading;
}

interface Phrase<V> {
  keys: string[];
  values: V[];
}

/** Lists of phrases sharing a first key longer than this get an index by their second key. */
const SECOND_KEY_INDEX = 6;

/** The phrases sharing a first key (longest first); long lists also by their second key. */
interface FirstEntry<V> {
  list: Phrase<V>[];
  /** built on first use for long lists; dropped when the list changes */
  bySecond: Map<string, Phrase<V>[]> | null;
  /** the list's one-word phrase, with `bySecond` */
  single: Phrase<V> | null;
}

export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, FirstEntry<V>>();

  constructor(readonly norm: (s: string) => string) {}

  keysOf(phrase: string): string[] {
    return phraseTokens(tokenize(phrase, this.norm)).map((t) => matchKey(t.norm));
  }

  add(phrase: string, value: V): this {
    return this.addKeys(this.keysOf(phrase), value);
  }

  /** Adds a phrase given as match keys (already tokenized and normalized). */
  addKeys(keys: readonly string[], value: V): this {
    if (keys.length === 0) return this;
    let entry = this.byFirst.get(keys[0]);
    if (!entry) this.byFirst.set(keys[0], (entry = { list: [], bySecond: null, single: null }));
    const same = entry.list.find((p) => p.keys.length === keys.length && p.keys.every((k, i) => k === keys[i]));
    if (same) {
      if (!same.values.includes(value)) same.values.push(value);
    } else {
      entry.list.push({ keys: [...keys], values: [value] });
      entry.list.sort((a, b) => b.keys.length - a.keys.length);
      entry.bySecond = null;
      this.seconds = null;
    }
    return this;
  }

  /** Removes every phrase value for which `drop` is true. */
  removeWhere(drop: (v: V) => boolean): void {
    for (const [k, entry] of this.byFirst) {
      for (const p of entry.list) p.values = p.values.filter((v) => !drop(v));
      entry.list = entry.list.filter((p) => p.values.length > 0);
      entry.bySecond = null;
      this.seconds = null;
      if (entry.list.length === 0) this.byFirst.delete(k);
    }
  }

  /** Number of distinct first keys. */
  get size(): number {
    return this.byFirst.size;
  }

  /** The keys some phrase starts with. */
  firstKeys(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Does some phrase start with this key? */
  starts(key: string): boolean {
    return this.byFirst.has(key);
  }

  /** Is this key a phrase of one word? */
  single(key: string): boolean {
    const list = this.byFirst.get(key)?.list;
    return list !== undefined && list[list.length - 1].keys.length === 1;
  }

  private seconds: Set<string> | null = null;

  /** The second keys of all phrases of two words or more (a word no such phrase continues with is passed over). */
  secondKeys(): ReadonlySet<string> {
    if (!this.seconds) {
      this.seconds = new Set();
      for (const { list } of this.byFirst.values()) for (const p of list) if (p.keys.length > 1) this.seconds.add(p.keys[1]);
    }
    return this.seconds;
  }

  /**
   * The longest phrase starting at token i (`keys[k]` is token k's match key). With `peel`
   * (true, or the word's readings when the caller has them cached), the first token may carry
   * proclitics; among equally long matches the least peeled wins.
   */
  matchAt(keys: readonly string[], i: number, peel: boolean | readonly Reading[] = false, allow?: (r: Reading) => boolean): PhraseMatch<V> | null {
    if (peel === false) {
      const c = this.longestFrom(keys, i, keys[i]);
      return c ? { values: c.values, i, j: i + c.keys.length, reading: { key: keys[i], peeled: 0, prefix: '' } } : null;
    }
    const rs = peel === true ? readings(keys[i]) : peel;
    // (the best phrase and reading are kept apart: one match object for the winner only)
    let best: Phrase<V> | null = null;
    let bestReading: Reading | null = null;
    for (let n = 0; n < rs.length; n++) {
      const r = rs[n];
      if (allow && r.peeled > 0 && !allow(r)) continue;
      const c = this.longestFrom(keys, i, r.key);
      if (c && (!best || c.keys.length > best.keys.length)) {
        best = c;
        bestReading = r;
      }
    }
    return best ? { values: best.values, i, j: i + best.keys.length, reading: bestReading! } : null;
  }

  /** The longest phrase whose first key is `first` and whose other keys follow token i. */
  private longestFrom(keys: readonly string[], i: number, first: string): Phrase<V> | null {
    const entry = this.byFirst.get(first);
    if (entry === undefined) return null;
    const list = entry.list;
    if (list.length > SECOND_KEY_INDEX) {
      // many phrases start alike (وزارة …، جامعة …): look only at those with the next key
      const bySecond = entry.bySecond ?? this.secondIndex(entry);
      const next = i + 1 < keys.length ? bySecond.get(keys[i + 1]) : undefined;
      return (next && firstFollowing(next, keys, i, 2)) ?? entry.single;
    }
    return firstFollowing(list, keys, i, 1);
  }

  private secondIndex(entry: FirstEntry<V>): Map<string, Phrase<V>[]> {
    const bySecond = new Map<string, Phrase<V>[]>();
    entry.single = null;
    // the list is longest first, and so is every sub-list
    for (const p of entry.list) {
      if (p.keys.length === 1) entry.single = p;
      else {
        const sub = bySecond.get(p.keys[1]);
        if (sub) sub.push(p);
        else bySecond.set(p.keys[1], [p]);
      }
    }
    entry.bySecond = bySecond;
    return bySecond;
  }
}

/** The first phrase of the list (longest first) whose keys from `from` on follow token i. */
function firstFollowing<V>(list: readonly Phrase<V>[], keys: readonly string[], i: number, from: number): Phrase<V> | null {
  for (const cand of list) {
    const n = cand.keys.length;
    if (i + n > keys.length) continue;
    let ok = true;
    for (let k = from; k < n && ok; k++) ok = keys[i + k] === cand.keys[k];
    if (ok) return cand;
  }
  return null;
}
