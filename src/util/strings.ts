/**
 * Keys kept for a whole run must not pin the documents they came from. In V8 a substring of
 * 13 or more characters is a "sliced string" that keeps its whole parent alive — a token's
 * text keeps its document's text, an entity mention its article. Tables that live as long as
 * the corpus store `detach(s)` instead: a copy of just those characters. Shorter strings are
 * copied by the engine already.
 */
const SLICE_MIN = 13;

export function detach(s: string): string {
  // concatenation then slicing flattens into a new string holding only these characters
  return s.length < SLICE_MIN ? s : (' ' + s).slice(1);
}
