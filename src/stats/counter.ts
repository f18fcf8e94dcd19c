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

export class Counter {
  map = new Map<string, number>();
  total = 0;

  add(key: string, n = 1): void {
    const c = this.map.get(key);
    this.map.set(c === undefined ? detach(key) : key, (c ?? 0) + n);
    this.total += n;
  }

  /** Adds another counter's counts (a Counter, or its plain fields after a structured clone). */
  merge(other: Pick<Counter, 'map' | 'total'>): this {
    for (const [k, v] of other.map) this.map.set(k, (this.map.get(k) ?? 0) + v);
    this.total += other.total;
    return this;
  }

  /**
   * Merges counts that nobody uses afterwards (a structured clone, a finished thread's table):
   * an empty counter takes the other's map over instead of copying it. Same counts as merge().
   */
  absorb(other: Pick<Counter, 'map' | 'total'>): this {
    if (this.map.size === 0 && this.total === 0 && other.map !== this.map) {
      this.map = other.map;
      this.total = other.total;
      return this;
    }
    return this.merge(other);
  }

  get size(): number {
    return this.map.size;
  }

  /**
   * The n most frequent keys that pass `keep`, ties broken by key (code-unit order) so the
   * ranking is deterministic whatever order the counts were added in.
   */
  top(n: number, keep?: (key: string) => boolean): Ranked[] {
    const total = this.total || 1;
    return selectTop(this.map, n, byCountThenKey, keep).map(([term, count]) => ({ term, count, share: count / total }));
  }

  /** Every entry, sorted: the exact, mergeable form. */
  toJSON(): { total: number; counts: [string, number][] } {
    return { total: this.total, counts: [...this.map].sort(byCountThenKey) };
  }

  static fromJSON(json: { total: number; counts: [string, number][] }): Counter {
    const c = new Counter();
    for (const [k, v] of json.counts) c.map.set(k, (c.map.get(k) ?? 0) + v);
    c.total = json.total;
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
