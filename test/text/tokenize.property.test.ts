import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/text/tokenize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { segment, originalOffset } from '../../src/text/segment.js';

const norm = (s: string): string => s.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[أإآ]/g, 'ا');

/** Pieces that exercise every branch of the tokenizer, glued in random order. */
const PIECES = [
  'و', 'ال', 'كتاب', 'قالَ', 'ـ', 'ـــ', '\u064E', '\u0651', '\u0670', '\u200C', '\u200D', '\u200F',
  '\u061C', '\uFEFF', '\u200B', ' ', '\n', '\r\n', '\t', '\u00A0', '\u2003', '0', '7', '٣', '۴',
  '.', ',', '٫', '٬', ':', '/', '-', '%', '٪', 'a', 'Z', 'é', 'Ω', 'ж', "'", '’', '_', '&',
  'http://', 'https://', 'www.', '@', '#', '(', ')', '«', '»', '“', '”', '„', '‹', '›', '"',
  '؟', '?', '!', '…', '،', '؛', '$', '€', '+', '=', '😀', '👍', '🏽', '\uFE0F', '\u20E3',
  '\u200D', '🇸', '🇦', '\uDB40\uDC67', '\uD835\uDC00', '\uD800', '\uDC00', '\u0000', '\u0007',
  '\u0085', '\u2028', 'ﻻ', 'ﷲ', 'گ', '\u0600', '©', '™', '\u0301',
];

const textArb = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
      {
        weight: 1,
        arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Characters a tokenizer may leave uncovered: spaces, controls, zero-width format chars. */
const SKIPPABLE = /^[\p{White_Space}\p{Cc}\p{Cf}]$/u;

describe('tokenize properties', () => {
  it('slices exactly, in order, without overlap, covering every visible character', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const tokens = tokenize(text, norm);
        const covered = new Uint8Array(text.length);
        let last = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          // a token never starts or ends inside a surrogate pair
          const first = text.charCodeAt(t.start);
          const before = t.start > 0 ? text.charCodeAt(t.start - 1) : 0;
          expect(first >= 0xdc00 && first <= 0xdfff && before >= 0xd800 && before <= 0xdbff).toBe(false);
          // no whitespace inside a token (U+FEFF is a zero-width joiner there, not a space)
          expect(/\p{White_Space}/u.test(t.text)).toBe(false);
          for (let k = t.start; k < t.end; k++) covered[k] = 1;
          last = t.end;
        }
        for (let k = 0; k < text.length; k++) {
          if (covered[k] === 0) expect(SKIPPABLE.test(text[k]), `uncovered U+${text.charCodeAt(k).toString(16)}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives word tokens at least one letter and norm = norm(text) for normalized kinds', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const t of tokenize(text, norm)) {
          if (t.kind === 'word') expect(/\p{L}/u.test(t.text)).toBe(true);
          if (['word', 'latin', 'number', 'hashtag', 'mention'].includes(t.kind)) {
            expect(t.norm).toBe(norm(t.text));
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary UTF-16 input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const tokens = tokenize(text, norm);
        for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 1000 },
    );
  });

  it('assigns every token to exactly one sentence, in order', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const tokens = tokenize(text, norm);
        const sentences = splitSentences(text, tokens);
        let next = 0;
        for (const s of sentences) {
          expect(s.tokenStart).toBe(next);
          expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
          expect(s.start).toBe(tokens[s.tokenStart].start);
          expect(s.end).toBe(tokens[s.tokenEnd - 1].end);
          next = s.tokenEnd;
        }
        expect(next).toBe(tokens.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps segment offsets inside the token and the base a slice of the norm', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const t of tokenize(text, norm)) {
          const s = segment(t);
          if (!s) continue;
          expect(s.baseStart).toBeGreaterThanOrEqual(t.start);
          expect(s.baseEnd).toBeLessThanOrEqual(t.end);
          expect(s.baseStart).toBeLessThan(s.baseEnd);
          expect(t.norm).toBe(s.proclitics.join('') + s.base + (s.enclitic ?? ''));
          expect(originalOffset(t.text, t.start, 0)).toBe(t.start);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
