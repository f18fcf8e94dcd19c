/**
 * The whole pipeline on random text built from news-like pieces (words, names, cue verbs,
 * complementizers, every quotation mark, punctuation, digits, emoji, line breaks): it never
 * throws, and every span it returns slices exactly its text from the original, in code points.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../src/index.js';

const pieces = [
  'قال', 'وقالت', 'أكد', 'مؤكدا', 'وأضاف', 'نفت', 'بحسب', 'نقلا عن', 'إن', 'أن', 'بأنه', 'الوزير', 'الرئيس',
  'دونالد ترامب', 'قطر', 'والدوحة', 'وزارة الخارجية', 'مصدر مطلع', 'الشركة', 'سليم الهواري', 'مُحَمَّد', 'بِـدِمَشْق',
  '«', '»', '“', '”', '"', "'", '‹', '›', '„', ':', '،', '.', '؟', '!', '(', ')', '-', '\n', '\n\n', ' ', ' ',
  '٣٫٥٪', '2024', 'COVID-19', 'https://example.com/a', '#قطر', '😀', '\u200c', '\u00a0', 'ـ',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(' '));
const noise = fc.string({ unit: 'grapheme', maxLength: 80 });

function checkSpans(t: string): void {
  const doc = analyze(t);
  const chars = [...t];
  const slice = (s: { start: number; end: number }) => chars.slice(s.start, s.end).join('');
  for (const tok of doc.tokens) expect(slice(tok)).toBe(tok.text);
  let last = 0;
  for (const e of doc.entities) {
    expect(slice(e)).toBe(e.text);
    expect(e.start).toBeGreaterThanOrEqual(last);
    last = e.end;
  }
  for (const q of doc.quotes) {
    expect(slice(q)).toBe(q.text);
    if (q.speaker) expect(slice(q.speaker)).toBe(q.speaker.text);
    if (q.cue) expect(slice(q.cue)).toBe(q.cue.text);
    if (q.via) expect(slice(q.via)).toBe(q.via.text);
    for (const f of q.fragments ?? []) expect(f.end).toBeLessThanOrEqual(chars.length);
  }
}

describe('pipeline properties', () => {
  it('news-like random text: no throw, every span slices its text', () => {
    fc.assert(fc.property(text, (t) => checkSpans(t)), { numRuns: 400 });
  });

  it('arbitrary Unicode: no throw, every span slices its text', () => {
    fc.assert(fc.property(noise, (t) => checkSpans(t)), { numRuns: 400 });
  });
});
