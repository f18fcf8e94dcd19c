import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHARMAPS } from '../../src/data/charmaps.js';
import { RULES, normalize, type NormalizeRule } from '../../src/text/normalize.js';

const range = (first: number, last: number) => fc.integer({ min: first, max: last }).map((cp) => String.fromCodePoint(cp));

/** Characters from every class the rules deal with, plus the ones they must leave alone. */
const piece = fc.oneof(
  { arbitrary: range(0x0621, 0x064a), weight: 6 }, // Arabic letters
  { arbitrary: range(0x064b, 0x065f), weight: 4 }, // harakat, combining hamza/madda, other marks
  { arbitrary: fc.constantFrom('\u0670', '\u0640', '\u0671', '\u0672', '\u0673', '\u0675', '\u0676', '\u0678'), weight: 2 },
  { arbitrary: range(0x0610, 0x061a), weight: 1 }, // honorifics, small marks
  { arbitrary: range(0x06d6, 0x06ed), weight: 1 }, // Quranic marks and symbols
  { arbitrary: range(0x08d3, 0x08ff), weight: 1 }, // Arabic Extended-A marks
  { arbitrary: range(0x0660, 0x066c), weight: 2 }, // Arabic-Indic digits and separators
  { arbitrary: range(0x06f0, 0x06f9), weight: 1 }, // Persian digits
  { arbitrary: range(0x067e, 0x06d5), weight: 2 }, // Persian/Urdu letters
  { arbitrary: range(0xfb50, 0xfdff), weight: 3 }, // Presentation Forms-A
  { arbitrary: range(0xfe70, 0xfeff), weight: 3 }, // Presentation Forms-B
  { arbitrary: fc.constantFrom('\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\u202b', '\u2067', '\ufeff', '\u00ad'), weight: 2 },
  { arbitrary: fc.constantFrom('\u00a0', '\u2002', '\u2009', '\u202f', '\u3000', '\t', '\n', ' '), weight: 2 },
  { arbitrary: range(0x0300, 0x036f), weight: 1 }, // Latin combining marks
  { arbitrary: fc.constantFrom('a', 'e', 'E', 'o', 'Z', '1', '.', '\u1100', '\u1161', '\u11a8', '\u0958', '\u2126'), weight: 2 },
  { arbitrary: fc.constantFrom('👍', '🏽', '📰', '𝕏', '\u{11099}', '\u{110ba}', '\ud800', '\udc00'), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 2 },
);

const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
/** some texts long enough for the buffer path */
const anyText = fc.oneof(text, fc.array(piece, { minLength: 70, maxLength: 200 }).map((parts) => parts.join('')));

const ruleSet = fc.record(Object.fromEntries(RULES.map((r) => [r, fc.boolean()])) as Record<NormalizeRule, fc.Arbitrary<boolean>>);

/**
 * A slow reference: NFC, then replace every mapped character by its map entry (one level),
 * repeated until nothing changes.
 */
/**
 * The slow reference: NFC, then every character mapped through its whole chain of maps (ﻷ →
 * لأ → لا, ﮦ → ہ → ه — as the engine's tables are built), repeated until nothing changes. A
 * mark after a presentation form thus meets the form's final letter.
 */
function reference(s: string, rules: Record<NormalizeRule, boolean>): string {
  const map = new Map<string, string>();
  for (const rule of RULES) if (rules[rule]) for (const [k, v] of Object.entries(CHARMAPS[rule].map)) map.set(k, v);
  const deep = (ch: string): string => {
    let out = ch;
    for (let step = 0; step < 10; step++) {
      let next = '';
      for (const c of out) next += c.length === 1 && map.has(c) ? map.get(c) : c;
      if (next === out) return out;
      out = next;
    }
    return out;
  };
  let cur = s;
  for (let round = 0; round < 20; round++) {
    const composed = cur.normalize('NFC');
    let next = '';
    for (const ch of composed) next += deep(ch);
    if (next === cur) return cur;
    cur = next;
  }
  throw new Error('reference did not settle');
}

const RUNS = { numRuns: 3000 };

describe('normalize properties', () => {
  it('agrees with the reference on a presentation form followed by a combining hamza (a case the properties once found)', () => {
    const rules = Object.fromEntries(RULES.map((r) => [r, r === 'persian' || r === 'presentation'])) as Record<NormalizeRule, boolean>;
    for (const s of ['\uFBA6\u0654', 'ء\uFBA6\u0654\u06D6', '\u06C1\u0654']) expect(normalize(s, rules)).toBe(reference(s, rules));
  });

  it('never throws and is idempotent for every rule set', () => {
    fc.assert(
      fc.property(anyText, ruleSet, (s, rules) => {
        const once = normalize(s, rules);
        expect(normalize(once, rules)).toBe(once);
      }),
      RUNS,
    );
  });

  it('is idempotent with the default rules', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalize(s);
        expect(normalize(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it('returns NFC text', () => {
    fc.assert(
      fc.property(anyText, ruleSet, (s, rules) => {
        const out = normalize(s, rules);
        expect(out.normalize('NFC')).toBe(out);
      }),
      RUNS,
    );
  });

  it('leaves no character of an enabled rule in the output', () => {
    fc.assert(
      fc.property(anyText, ruleSet, (s, rules) => {
        const out = normalize(s, rules);
        const left: string[] = [];
        for (const rule of RULES) {
          if (!rules[rule]) continue;
          const map = CHARMAPS[rule].map;
          for (const ch of out) if (Object.hasOwn(map, ch)) left.push(`${rule}: U+${ch.codePointAt(0)!.toString(16)}`);
        }
        expect(left).toEqual([]);
      }),
      RUNS,
    );
  });

  it('agrees with a slow reference implementation', () => {
    fc.assert(
      fc.property(anyText, ruleSet, (s, rules) => {
        expect(normalize(s, rules)).toBe(reference(s, rules));
      }),
      RUNS,
    );
  });

  it('returns text without any mapped character and already in NFC unchanged', () => {
    const clean = fc
      .array(fc.oneof(range(0x0628, 0x063a), range(0x0641, 0x0648), fc.constantFrom('ا', 'ي', ' ', '\n', 'x', '7', '👍')), {
        maxLength: 100,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(clean, (s) => {
        expect(normalize(s)).toBe(s);
      }),
      RUNS,
    );
  });
});
