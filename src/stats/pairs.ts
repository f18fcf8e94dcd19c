/**
 * Compact counting of word pairs (bigrams). A corpus has millions of distinct bigrams; keeping
 * each as a string key in a Map costs about 90 bytes a pair, so pairs are counted as two ids
 * into an Interner (the vocabulary, shared with the tables that fill it) in an open-addressing
 * hash table on typed arrays (about 25 bytes a pair). The strings `"a b"` are built only for
 * the rows that are shown or serialized.
 *
 * Mergeable like Counter: merging is associative and commutative, and toJSON() has exactly the
 * form and order of Counter.toJSON(), so serialized tables do not depend on the representation.
 */
import { byCountThenKey, selectTop, type Ranked } from './counter.js';
import { detach } from '../util/strings.js';

/** Strings ↔ dense ids, in order of first appearance. */
export class Interner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];

  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.names.length;
      const own = detach(s);
      this.names.push(own);
      this.ids.set(own, i);
    }
    return i;
  }

  get size(): number {
    return this.names.length;
  }
}

const EMPTY = 0xffffffff;

/** A table's counts: 32-bit until a count outgrows that, then 64-bit floats. */
type Counts = Uint32Array | Float64Array;
const MIN_CAPACITY = 16;

function hashPair(a: number, b: number): number {
  let h = Math.imul(a ^ 0x2545f491, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

export class PairCounter {
  total = 0;
  private used = 0;
  /** two ids per slot; `first === EMPTY` marks a free slot */
  private keys: Uint32Array;
  /**
   * counts: 32 bits each (almost every pair is seen a few times), widened once to 64-bit
   * floats (exact up to 2^53) if a count ever passes 2^32 - 1
   */
  private counts: Counts;
  private mask: number;

  private vocabulary: Interner;

  constructor(interner: Interner = new Interner(), capacity = MIN_CAPACITY) {
    this.vocabulary = interner;
    let cap = MIN_CAPACITY;
    while (cap < capacity) cap *= 2;
    this.keys = new Uint32Array(cap * 2).fill(EMPTY);
    this.counts = new Uint32Array(cap);
    this.mask = cap - 1;
  }

  /** True once the counts are held as 64-bit floats. */
  private get wide(): boolean {
    return this.counts instanceof Float64Array;
  }

  /** Holds the counts as 64-bit floats from now on (a count no longer fits in 32 bits). */
  private widen(): void {
    if (!this.wide) this.counts = Float64Array.from(this.counts);
  }

  /** the vocabulary the pair ids refer to */
  get interner(): Interner {
    return this.vocabulary;
  }

  get size(): number {
    return this.used;
  }

  /** Counts the pair of interned ids (a, b). */
  addIds(a: number, b: number, n = 1): void {
    const keys = this.keys;
    let i = hashPair(a, b) & this.mask;
    for (;;) {
      const k = keys[2 * i];
      if (k === EMPTY) break;
      if (k === a && keys[2 * i + 1] === b) {
        const c = this.counts[i] + n;
        if (c >>> 0 !== c) this.widen();
        this.counts[i] = c;
        this.total += n;
        return;
      }
      i = (i + 1) & this.mask;
    }
    keys[2 * i] = a;
    keys[2 * i + 1] = b;
    if (n >>> 0 !== n) this.widen();
    this.counts[i] = n;
    this.total += n;
    if (++this.used * 10 > (this.mask + 1) * 7) this.grow();
  }

  /** Counts the pair of strings (a, b): the bigram `a b`. */
  addPair(a: string, b: string, n = 1): void {
    this.addIds(this.interner.id(a), this.interner.id(b), n);
  }

  /** Counts a bigram written `a b` (split at its first space). */
  add(key: string, n = 1): void {
    const sp = key.indexOf(' ');
    if (sp < 0) throw new Error(`a bigram is two words separated by a space: '${key}'`);
    this.addPair(key.slice(0, sp), key.slice(sp + 1), n);
  }

  /** The count of the bigram `a b` (0 when never seen). */
  get(a: string, b: string): number {
    const ia = this.interner.ids.get(a);
    const ib = this.interner.ids.get(b);
    if (ia === undefined || ib === undefined) return 0;
    const keys = this.keys;
    let i = hashPair(ia, ib) & this.mask;
    for (;;) {
      const k = keys[2 * i];
      if (k === EMPTY) return 0;
      if (k === ia && keys[2 * i + 1] === ib) return this.counts[i];
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldCounts = this.counts;
    const cap = (this.mask + 1) * 2;
    this.keys = new Uint32Array(cap * 2).fill(EMPTY);
    this.counts = oldCounts instanceof Float64Array ? new Float64Array(cap) : new Uint32Array(cap);
    this.mask = cap - 1;
    const keys = this.keys;
    for (let j = 0; j < oldCounts.length; j++) {
      const a = oldKeys[2 * j];
      if (a === EMPTY) continue;
      const b = oldKeys[2 * j + 1];
      let i = hashPair(a, b) & this.mask;
      while (keys[2 * i] !== EMPTY) i = (i + 1) & this.mask;
      keys[2 * i] = a;
      keys[2 * i + 1] = b;
      this.counts[i] = oldCounts[j];
    }
  }

  /** Calls fn(a, b, count) for every pair, as ids of this counter's interner. */
  forEachIds(fn: (a: number, b: number, count: number) => void): void {
    const keys = this.keys;
    const counts = this.counts;
    for (let i = 0; i < counts.length; i++) {
      const a = keys[2 * i];
      if (a !== EMPTY) fn(a, keys[2 * i + 1], counts[i]);
    }
  }

  merge(other: PairCounter): this {
    const total = this.total + other.total;
    if (other.interner === this.interner) {
      other.forEachIds((a, b, n) => this.addIds(a, b, n));
    } else {
      // translate the other vocabulary's ids once each
      const map = new Int32Array(other.interner.size).fill(-1);
      const names = other.interner.names;
      const tr = (x: number) => {
        let y = map[x];
        if (y < 0) y = map[x] = this.interner.id(names[x]);
        return y;
      };
      other.forEachIds((a, b, n) => this.addIds(tr(a), tr(b), n));
    }
    this.total = total;
    return this;
  }

  /** Every bigram with its count, as `"a b"` strings, in table order (not sorted). */
  *entries(): IterableIterator<[string, number]> {
    const names = this.interner.names;
    const keys = this.keys;
    const counts = this.counts;
    for (let i = 0; i < counts.length; i++) {
      const a = keys[2 * i];
      if (a !== EMPTY) yield [`${names[a]} ${names[keys[2 * i + 1]]}`, counts[i]];
    }
  }

  /**
   * The n most frequent bigrams, ties broken by the string `"a b"` (code-unit order), as
   * Counter.top(). Strings are built only for pairs whose count can still make the cut.
   */
  top(n: number): Ranked[] {
    const total = this.total || 1;
    return this.topEntries(n).map(([term, count]) => ({ term, count, share: count / total }));
  }

  private topEntries(n: number): [string, number][] {
    const limit = Math.max(0, Math.floor(n));
    if (limit === 0 || this.used === 0) return [];
    if (limit >= this.used) return [...this.entries()].sort(byCountThenKey);
    // the limit-th highest count: every row of the result has at least this count
    const floor = nthLargest(this.counts, this.keys, limit);
    const names = this.interner.names;
    const candidates: [string, number][] = [];
    this.forEachIds((a, b, c) => {
      if (c >= floor) candidates.push([`${names[a]} ${names[b]}`, c]);
    });
    return selectTop(candidates, limit, byCountThenKey);
  }

  toJSON(): { total: number; counts: [string, number][] } {
    return { total: this.total, counts: [...this.sorted()] };
  }

  /**
   * Every bigram in table order — count descending, then the string `"a b"` in code-unit
   * order (as Counter.toJSON) — built one at a time.
   */
  *sorted(): IterableIterator<[string, number]> {
    const plan = this.sortPlan();
    if (!plan) {
      yield* [...this.entries()].sort(byCountThenKey);
      return;
    }
    const names = this.interner.names;
    for (const [a, b, c] of plan) yield [`${names[a]} ${names[b]}`, c];
  }

  /** The JSON text of each entry of sorted(), e.g. `["a b",3]`, without building the pairs. */
  *sortedJSON(): IterableIterator<string> {
    const plan = this.sortPlan();
    if (!plan) {
      for (const e of [...this.entries()].sort(byCountThenKey)) yield JSON.stringify(e);
      return;
    }
    // escaping is per character, so the escaped halves joined by a space are the escaped pair
    const escaped: (string | undefined)[] = new Array(this.interner.size);
    const names = this.interner.names;
    const esc = (id: number) => (escaped[id] ??= JSON.stringify(names[id]).slice(1, -1));
    for (const [a, b, c] of plan) yield `["${esc(a)} ${esc(b)}",${c}]`;
  }

  /**
   * The pairs in table order as (id a, id b, count), from a numeric sort: each pair becomes
   * the number (count, rank of a, rank of b) in a Float64Array, which orders pairs exactly as
   * their strings whenever no word is a prefix of another followed by a space or a control
   * character. Null when that does not hold or the numbers would not fit in 53 bits (the
   * caller then sorts strings).
   */
  private sortPlan(): Iterable<[number, number, number]> | null {
    if (this.used === 0) return [];
    const names = this.interner.names;
    const v = names.length;
    // the default sort compares UTF-16 code units, as byCountThenKey does
    const alphabetical = names.slice().sort();
    for (let r = 0; r + 1 < v; r++) {
      const a = alphabetical[r];
      const b = alphabetical[r + 1];
      if (b.length > a.length && b.charCodeAt(a.length) <= 0x20 && b.startsWith(a)) return null;
    }
    let max = 0;
    for (let i = 0; i < this.counts.length; i++) if (this.keys[2 * i] !== EMPTY && this.counts[i] > max) max = this.counts[i];
    const v2 = v * v;
    if ((max + 1) * v2 >= Number.MAX_SAFE_INTEGER) return null;
    const ids = this.interner.ids;
    const order = new Uint32Array(v);
    const rank = new Uint32Array(v);
    for (let r = 0; r < v; r++) {
      const id = ids.get(alphabetical[r])!;
      order[r] = id;
      rank[id] = r;
    }
    const keys = new Float64Array(this.used);
    let k = 0;
    for (let i = 0; i < this.counts.length; i++) {
      const a = this.keys[2 * i];
      if (a === EMPTY) continue;
      keys[k++] = (max - this.counts[i]) * v2 + rank[a] * v + rank[this.keys[2 * i + 1]];
    }
    keys.sort();
    return (function* () {
      const out: [number, number, number] = [0, 0, 0];
      for (let j = 0; j < keys.length; j++) {
        const key = keys[j];
        let q = Math.floor(key / v2);
        let rest = key - q * v2;
        if (rest < 0) {
          q--;
          rest += v2;
        } else if (rest >= v2) {
          q++;
          rest -= v2;
        }
        const ra = Math.floor(rest / v);
        out[0] = order[ra];
        out[1] = order[rest - ra * v];
        out[2] = max - q;
        yield out;
      }
    })();
  }

  /**
   * Merges a counter that nobody uses afterwards: when this one is empty and its vocabulary is
   * its own and empty, it takes over the other's tables and vocabulary instead of copying them
   * (the same counts either way).
   */
  absorb(other: PairCounter): this {
    if (this.used === 0 && this.total === 0 && this.vocabulary.size === 0 && other !== this) {
      this.vocabulary = other.vocabulary;
      this.keys = other.keys;
      this.counts = other.counts;
      this.mask = other.mask;
      this.used = other.used;
      this.total = other.total;
      return this;
    }
    return this.merge(other);
  }

  static fromJSON(json: { total: number; counts: [string, number][] }, interner?: Interner): PairCounter {
    const c = new PairCounter(interner, Math.ceil((json.counts.length * 10) / 7) + 1);
    for (const [k, v] of json.counts) c.add(k, v);
    c.total = json.total;
    return c;
  }

  /** Plain data for structured clone (worker → main thread), without building strings. */
  toData(): PairCounterData {
    return { total: this.total, used: this.used, keys: this.keys, counts: this.counts, names: this.interner.names };
  }

  /** Rebuilds a counter from toData() output; it gets its own interner over `names`. */
  static fromData(d: PairCounterData): PairCounter {
    const interner = new Interner();
    for (const s of d.names) interner.id(s);
    const c = new PairCounter(interner);
    c.keys = d.keys;
    c.counts = d.counts;
    c.mask = d.counts.length - 1;
    c.used = d.used;
    c.total = d.total;
    return c;
  }
}

export interface PairCounterData {
  total: number;
  used: number;
  keys: Uint32Array;
  counts: Counts;
  names: string[];
}

/** The k-th largest count among occupied slots (k ≥ 1, k ≤ occupied). */
function nthLargest(counts: Counts, keys: Uint32Array, k: number): number {
  // a min-heap of the k largest counts seen
  const heap = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < counts.length; i++) {
    if (keys[2 * i] === EMPTY) continue;
    const c = counts[i];
    if (size < k) {
      let j = size++;
      heap[j] = c;
      while (j > 0) {
        const p = (j - 1) >> 1;
        if (heap[p] <= heap[j]) break;
        const t = heap[p];
        heap[p] = heap[j];
        heap[j] = t;
        j = p;
      }
    } else if (c > heap[0]) {
      heap[0] = c;
      let j = 0;
      for (;;) {
        const l = 2 * j + 1;
        const r = l + 1;
        let m = j;
        if (l < k && heap[l] < heap[m]) m = l;
        if (r < k && heap[r] < heap[m]) m = r;
        if (m === j) break;
        const t = heap[m];
        heap[m] = heap[j];
        heap[j] = t;
        j = m;
      }
    }
  }
  return heap[0];
}
