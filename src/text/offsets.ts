/**
 * Offsets: the pipeline works on UTF-16 code-unit indices (JS string indices); the Document
 * contract is Unicode code points. Arabic text is all in the BMP, so for most documents the
 * two are equal and nothing is converted; with astral characters (emoji, math letters) a prefix
 * table maps one to the other.
 */
import type { Document, Span } from '../document.js';

const SURROGATE = /[\uD800-\uDFFF]/;

export function hasAstral(text: string): boolean {
  return SURROGATE.test(text);
}

/**
 * Returns a function mapping a UTF-16 index of `text` to its code-point index, or null when
 * the two coincide (no surrogates).
 */
export function codePointIndexer(text: string): ((utf16: number) => number) | null {
  if (!hasAstral(text)) return null;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    // a low surrogate that follows a high surrogate is the second half of one code point
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) {
        table[i] = cp - 1;
        continue;
      }
    }
    cp++;
  }
  table[text.length] = cp;
  return (i) => table[i];
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  if (!hasAstral(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** `text[start:end]` in code points (what Python and jq mean by the offsets). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  if (!hasAstral(text)) return text.slice(start, end);
  return Array.from(text).slice(start, end).join('');
}

function convert(span: Span | null | undefined, f: (i: number) => number): void {
  if (!span) return;
  span.start = f(span.start);
  span.end = f(span.end);
}

/**
 * Converts every span of a document built with UTF-16 offsets to code points, in place.
 * Returns the same document.
 */
export function toCodePointOffsets(doc: Document): Document {
  const f = codePointIndexer(doc.text);
  if (!f) return doc;
  for (const t of doc.tokens) {
    convert(t, f);
    if (t.segments) {
      t.segments.baseStart = f(t.segments.baseStart);
      t.segments.baseEnd = f(t.segments.baseEnd);
    }
  }
  for (const s of doc.sentences) convert(s, f);
  for (const e of doc.entities) convert(e, f);
  for (const q of doc.quotes) {
    convert(q, f);
    convert(q.cue, f);
    convert(q.speaker, f);
    convert(q.via, f);
    for (const fr of q.fragments ?? []) convert(fr, f);
  }
  for (const d of doc.diagnostics) {
    if (d.start !== undefined) d.start = f(d.start);
    if (d.end !== undefined) d.end = f(d.end);
  }
  return doc;
}
