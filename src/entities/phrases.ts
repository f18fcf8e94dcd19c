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

/** A long list's phrases by second key (longest first), and its one-word phrase. */
interface SecondIndex<V> {
  bySecond: Map<string, Phrase<V>[]>;
  single: Phrase<V> | null;
}

export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, Phrase<V>[]>();
  /** built on first use for long lists; dropped when the list changes */
  private readonly second = new WeakMap<Phrase<V>[], SecondIndex<V>>();

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
    const list = this.byFirst.get(keys[0]) ?? [];
    const same = list.find((p) => p.keys.length === keys.length && p.keys.every((k, i) => k === keys[i]));
    if (same) {
      if (!same.values.includes(value)) same.values.push(value);
    } else {
      list.push({ keys: [...keys], values: [value] });
      list.sort((a, b) => b.keys.length - a.keys.length);
      this.byFirst.set(keys[0], list);
      this.second.delete(list);
      this.seconds = null;
    }
    return this;
  }

  /** Removes every phrase value for which `drop` is true. */
  removeWhere(drop: (v: V) => boolean): void {
    for (const [k, list] of this.byFirst) {
      for (const p of list) p.values = p.values.filter((v) => !drop(v));
      const kept = list.filter((p) => p.values.length > 0);
      this.second.delete(list);
      this.seconds = null;
      if (kept.length) this.byFirst.set(k, kept);
      else this.byFirst.delete(k);
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
    const list = this.byFirst.get(key);
    return list !== undefined && list[list.length - 1].keys.length === 1;
  }

  private seconds: Set<string> | null = null;

  /** The second keys of all phrases of two words or more (a word no such phrase continues with is passed over). */
  secondKeys(): ReadonlySet<string> {
    if (!this.seconds) {
      this.seconds = new Set();
      for (const list of this.byFirst.values()) for (const p of list) if (p.keys.length > 1) this.seconds.add(p.keys[1]);
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
    const list = this.byFirst.get(first);
    if (!list) return null;
    if (list.length > SECOND_KEY_INDEX) {
      // many phrases start alike (وزارة …، جامعة …): look only at those with the next key
      const ix = this.secondIndex(list);
      const next = i + 1 < keys.length ? ix.bySecond.get(keys[i + 1]) : undefined;
      return (next && firstFollowing(next, keys, i, 2)) ?? ix.single;
    }
    return firstFollowing(list, keys, i, 1);
  }

  private secondIndex(list: Phrase<V>[]): SecondIndex<V> {
    let ix = this.second.get(list);
    if (!ix) {
      ix = { bySecond: new Map(), single: null };
      // the list is longest first, and so is every sub-list
      for (const p of list) {
        if (p.keys.length === 1) ix.single = p;
        else {
          const sub = ix.bySecond.get(p.keys[1]);
          if (sub) sub.push(p);
          else ix.bySecond.set(p.keys[1], [p]);
        }
      }
      this.second.set(list, ix);
    }
    return ix;
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
