/**
 * The word-type table: one record per written form, shared by its tokens, in bounded memory.
 */
import { describe, expect, it } from 'vitest';
import { TypeTable } from '../../src/text/types.js';

const upper = (s: string) => s.toUpperCase();

describe('TypeTable', () => {
  it('gives every token of one written form the same record', () => {
    const t = new TypeTable(10);
    const c = t.collector(upper);
    c.norm('abc');
    c.norm('abd');
    c.norm('abc');
    expect(c.records[0]).toBe(c.records[2]);
    expect(c.records[0]).not.toBe(c.records[1]);
    expect(c.records[0].norm).toBe('ABC');
  });

  it('keeps a word in use across generations and lets the long tail go', () => {
    const t = new TypeTable(4);
    const c = t.collector(upper);
    c.norm('frequent');
    const first = c.records[0];
    // fill two generations with rare words, using the frequent one now and then
    for (let i = 0; i < 20; i++) {
      c.norm(`rare${i}`);
      if (i % 3 === 0) c.norm('frequent');
    }
    const again = t.collector(upper);
    again.norm('frequent');
    expect(again.records[0]).toBe(first);
    // a rare word from long ago is a new record (the table stayed bounded)
    again.norm('rare0');
    expect(again.records[1]).not.toBe(c.records[1]);
    expect(again.records[1].norm).toBe('RARE0');
  });
});
