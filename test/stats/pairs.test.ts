import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Counter } from '../../src/stats/counter.js';
import { Interner, PairCounter } from '../../src/stats/pairs.js';

const word = fc.constantFrom('قطر', 'مصر', 'لبنان', 'غزة', 'x', 'xy', 'قطرية', 'a"b', 'c\\d');
const pairs = fc.array(fc.tuple(word, word), { maxLength: 60 });

function both(ps: [string, string][], interner?: Interner) {
  const c = new Counter();
  const p = new PairCounter(interner);
  for (const [a, b] of ps) {
    c.add(`${a} ${b}`);
    p.addPair(a, b);
  }
  return { c, p };
}

describe('PairCounter', () => {
  it('counts and ranks exactly as a Counter of "a b" strings (property)', () => {
    fc.assert(
      fc.property(pairs, fc.integer({ min: 0, max: 12 }), (ps, n) => {
        const { c, p } = both(ps);
        expect(p.toJSON()).toEqual(c.toJSON());
        expect(`[${[...p.sortedJSON()].join(',')}]`).toBe(JSON.stringify(c.toJSON().counts));
        expect(p.top(n)).toEqual(c.top(n));
        expect(p.size).toBe(c.size);
        expect(p.total).toBe(c.total);
      }),
    );
  });

  it('merging is associative and commutative, across interners too (property)', () => {
    fc.assert(
      fc.property(pairs, pairs, pairs, (a, b, c) => {
        const shared = new Interner();
        const left = both(a).p.merge(both(b).p).merge(both(c).p);
        const right = both(c, shared).p.merge(both(b, shared).p.merge(both(a).p));
        const all = both([...a, ...b, ...c]).c;
        expect(left.toJSON()).toEqual(all.toJSON());
        expect(right.toJSON()).toEqual(all.toJSON());
      }),
    );
  });

  it('grows past its first capacity and keeps every count', () => {
    const p = new PairCounter();
    for (let i = 0; i < 5000; i++) p.addPair(`w${i % 700}`, `v${i % 13}`);
    // (i mod 700, i mod 13) repeats only after lcm(700, 13) = 9100 steps
    expect(p.size).toBe(5000);
    expect(p.total).toBe(5000);
    expect(p.get('w0', 'v0')).toBeGreaterThan(0);
    expect(p.get('w0', 'nothing')).toBe(0);
  });

  it('keeps counts exact past 32 bits (merged totals of very large corpora)', () => {
    const p = new PairCounter();
    for (let i = 0; i < 100; i++) p.addPair(`w${i}`, 'v');
    p.addPair('w1', 'v', 2 ** 32 - 2); // 2^32 - 1: still fits
    expect(p.get('w1', 'v')).toBe(2 ** 32 - 1);
    p.addPair('w1', 'v', 5); // passes 2^32 - 1
    p.addPair('big', 'v', 2 ** 40);
    for (let i = 100; i < 200; i++) p.addPair(`w${i}`, 'v'); // grows after widening
    expect(p.get('w1', 'v')).toBe(2 ** 32 + 4);
    expect(p.get('big', 'v')).toBe(2 ** 40);
    expect(p.get('w150', 'v')).toBe(1);
    const clone = PairCounter.fromData(structuredClone(p.toData()));
    expect(clone.toJSON()).toEqual(p.toJSON());
    expect(p.toJSON().counts[0]).toEqual(['big v', 2 ** 40]);
  });

  it('round-trips through JSON and through a structured clone', () => {
    const { p } = both([
      ['قطر', 'مصر'],
      ['قطر', 'مصر'],
      ['غزة', 'x'],
    ]);
    const viaJson = PairCounter.fromJSON(JSON.parse(JSON.stringify(p.toJSON())));
    expect(viaJson.toJSON()).toEqual(p.toJSON());
    const viaClone = PairCounter.fromData(structuredClone(p.toData()));
    expect(viaClone.toJSON()).toEqual(p.toJSON());
    expect(viaClone.get('قطر', 'مصر')).toBe(2);
  });

  it('sorts like the strings also when a word is another word plus a control character', () => {
    const ps: [string, string][] = [
      ['ab', 'z'],
      ['ab\u0001c', 'y'],
      ['ab', 'z'],
      ['ab\u0001c', 'y'],
      ['abc', 'q'],
      ['a', 'ab'],
    ];
    const { c, p } = both(ps);
    expect(p.toJSON()).toEqual(c.toJSON());
    expect(`[${[...p.sortedJSON()].join(',')}]`).toBe(JSON.stringify(c.toJSON().counts));
  });

  it('add("a b") splits at the space; a key without one is refused', () => {
    const p = new PairCounter();
    p.add('قطر مصر', 3);
    expect(p.get('قطر', 'مصر')).toBe(3);
    expect(() => p.add('قطر')).toThrow(/two words/);
  });
});
