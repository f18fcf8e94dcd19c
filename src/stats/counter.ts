/**
 * A mergeable multiset of string keys. Merging is associative and commutative, so a corpus
 * split across workers or machines gives exactly the counts of one run.
 */
import { detach } from '../util/strings.js';

export interface Ranked {
  term: string;
  count: number;
  /** count / the counter's total */
  share: number;
}

/**
 * One key's count, as a mutable cell: callers that see the same key again and again (the
 * frequency tables, through each word type) keep the cell and skip the lookup.
 */
export interface Slot {
  n: number;
}

/** A Counter as plain, structured-clonable data: parallel arrays, cheap to copy between threads. */
export interface CounterData {
  total: number;
  keys: string[];
  counts: Float64Array;
}

export class Counter {
  private slots = new Map<string, Slot>();
  total = 0;

  add(key: string, n = 1): void {
    const s = this.slots.get(key);
    if (s !== undefined) s.n += n;
    else this.slots.set(detach(key), { n });
    this.total += n;
  }

  /**
   * The cell of `key`, created at 0 when new. Counting into it directly (slot.n += k) must be
   * matched by counter.total += k. A cell stays this key's cell for the counter's life.
   */
  slot(key: string): Slot {
    let s = this.slots.get(key);
    if (s === undefined) {
      s = { n: 0 };
      this.slots.set(detach(key), s);
    }
    return s;
  }

  /** The count of `key` (0 when never seen). */
  get(key: string): number {
    return this.slots.get(key)?.n ?? 0;
  }

  /** Every key with its count, in no particular order. */
  *entries(): IterableIterator<[string, number]> {
    for (const [k, s] of this.slots) yield [k, s.n];
  }

  /** Every key, in no particular order. */
  keys(): IterableIterator<string> {
    return this.slots.keys();
  }

  /** Adds another counter's counts. */
  merge(other: Counter): this {
    for (const [k, o] of other.slots) {
      const s = this.slots.get(k);
      if (s !== undefined) s.n += o.n;
      else this.slots.set(k, { n: o.n });
    }
    this.total += other.total;
    return this;
  }

  /**
   * Merges a counter that nobody uses afterwards (a finished thread's table): an empty counter
   * takes the other's cells over instead of copying them. Same counts as merge().
   */
  absorb(other: Counter): this {
    if (this.slots.size === 0 && this.total === 0 && other !== this) {
      this.slots = other.slots;
      this.total = other.total;
      return this;
    }
    return this.merge(other);
  }

  get size(): number {
    return this.slots.size;
  }

  /**
   * The n most frequent keys that pass `keep`, ties broken by key (code-unit order) so the
   * ranking is deterministic whatever order the counts were added in.
   */
  top(n: number, keep?: (key: string) => boolean): Ranked[] {
    const total = this.total || 1;
    return selectTop(this.entries(), n, byCountThenKey, keep).map(([term, count]) => ({ term, count, share: count / total }));
  }

  /** Every entry, sorted: the exact, mergeable form. */
  toJSON(): { total: number; counts: [string, number][] } {
    return { total: this.total, counts: [...this.entries()].sort(byCountThenKey) };
  }

  static fromJSON(json: { total: number; counts: [string, number][] }): Counter {
    const c = new Counter();
    for (const [k, v] of json.counts) c.add(k, v);
    c.total = json.total;
    return c;
  }

  /** Plain data for a structured clone (postMessage between threads); fromData() reverses it. */
  toData(): CounterData {
    const keys = new Array<string>(this.slots.size);
    const counts = new Float64Array(this.slots.size);
    let i = 0;
    for (const [k, s] of this.slots) {
      keys[i] = k;
      counts[i++] = s.n;
    }
    return { total: this.total, keys, counts };
  }

  static fromData(d: CounterData): Counter {
    const c = new Counter();
    const { keys, counts } = d;
    for (let i = 0; i < keys.length; i++) c.slots.set(keys[i], { n: counts[i] });
    c.total = d.total;
    return c;
  }
}

export function byCountThenKey(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** Above this many rows, sorting everything once beats keeping a sorted window. */
const WINDOW = 64;

/**
 * The n smallest entries by `cmp` (the n highest ranked, for byCountThenKey), in order, among
 * those whose key passes `keep`. For small n a sorted window of n entries is kept instead of
 * sorting everything; the result is the same as sorting and slicing, since `cmp` is a total
 * order on distinct keys.
 */
export function selectTop<T extends [string, number]>(
  entries: Iterable<T>,
  n: number,
  cmp: (a: T, b: T) => number,
  keep?: (key: string) => boolean,
): T[] {
  const limit = Math.max(0, Math.floor(n));
  if (limit === 0) return [];
  if (limit > WINDOW) {
    const all: T[] = [];
    for (const e of entries) if (!keep || keep(e[0])) all.push(e);
    all.sort(cmp);
    if (all.length > limit) all.length = limit;
    return all;
  }
  const best: T[] = [];
  for (const e of entries) {
    if (best.length === limit && cmp(e, best[limit - 1]) >= 0) continue;
    if (keep && !keep(e[0])) continue;
    if (best.length === limit) best.pop();
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(best[mid], e) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, e);
  }
  return best;
}
