import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Counter } from '../../src/stats/counter.js';

describe('Counter', () => {
  it('counts, ranks by count then key, and computes shares', () => {
    const c = new Counter();
    for (const w of ['ب', 'أ', 'ب', 'ج', 'ب', 'أ']) c.add(w);
    expect(c.top(2)).toEqual([
      { term: 'ب', count: 3, share: 0.5 },
      { term: 'أ', count: 2, share: 2 / 6 },
    ]);
    expect(c.top(10, (k) => k !== 'ب').map((r) => r.term)).toEqual(['أ', 'ج']);
  });

  it('round-trips through JSON', () => {
    const c = new Counter();
    c.add('قطر', 3);
    c.add('واشنطن');
    const back = Counter.fromJSON(JSON.parse(JSON.stringify(c.toJSON())));
    expect([...back.entries()]).toEqual([...c.entries()].sort((a, b) => b[1] - a[1]));
    expect(back.total).toBe(4);
  });

  it('merging is associative and commutative (property)', () => {
    const bag = fc.array(fc.constantFrom('قطر', 'مصر', 'لبنان', 'غزة', 'x'), { maxLength: 30 });
    fc.assert(
      fc.property(bag, bag, bag, (a, b, c) => {
        const mk = (ws: string[]) => {
          const k = new Counter();
          for (const w of ws) k.add(w);
          return k;
        };
        const left = mk(a).merge(mk(b)).merge(mk(c));
        const right = mk(c).merge(mk(b).merge(mk(a)));
        const all = mk([...a, ...b, ...c]);
        expect(left.toJSON()).toEqual(all.toJSON());
        expect(right.toJSON()).toEqual(all.toJSON());
      }),
    );
  });
});
