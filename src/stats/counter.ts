/**
 * A mergeable multiset of string keys. Merging is associative and commutative, so a corpus
 * split across workers or machines gives exactly the counts of one run.
 */
export interface Ranked {
  term: string;
  count: number;
  /** count / the counter's total */
  share: number;
}

export class Counter {
  readonly map = new Map<string, number>();
  total = 0;

  add(key: string, n = 1): void {
    this.map.set(key, (this.map.get(key) ?? 0) + n);
    this.total += n;
  }

  merge(other: Counter): this {
    for (const [k, v] of other.map) this.map.set(k, (this.map.get(k) ?? 0) + v);
    this.total += other.total;
    return this;
  }

  get size(): number {
    return this.map.size;
  }

  /**
   * The n most frequent keys that pass `keep`, ties broken by key (code-unit order) so the
   * ranking is deterministic whatever order the counts were added in.
   */
  top(n: number, keep?: (key: string) => boolean): Ranked[] {
    const rows: [string, number][] = [];
    for (const e of this.map) if (!keep || keep(e[0])) rows.push(e);
    rows.sort(byCountThenKey);
    const total = this.total || 1;
    return rows.slice(0, Math.max(0, n)).map(([term, count]) => ({ term, count, share: count / total }));
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
