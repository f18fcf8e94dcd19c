/**
 * Proclitic peeling for matching: the forms a word may stand for once an attached
 * conjunction or preposition is taken off (وطهران → طهران, ببيروت → بيروت, للأمم → الأمم).
 * Unlike the token's own light segmentation, matching tries every reading and lets the
 * lexicon decide: a reading counts only when it finds an entry.
 */

import { detach } from '../util/strings.js';

export interface Reading {
  /** the match key of the word without the peeled letters (ة folded like matchKey) */
  key: string;
  /** how many normalized letters were peeled from the front (the mention starts after them) */
  peeled: number;
  /** the peeled letters, e.g. "و", "وب", "ل" */
  prefix: string;
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];

/**
 * Readings of a word's match key, the unpeeled one first. A base keeps at least two letters.
 * "لل" + X reads as ل + "ال" + X: the mention then starts at the second ل (ل|لأمم المتحدة).
 */
const cache = new Map<string, readonly Reading[]>();

/** Readings of a key, cached (they are asked for again and again for the same words). */
export function readings(key: string): readonly Reading[] {
  let r = cache.get(key);
  if (r === undefined) {
    r = computeReadings(key);
    if (cache.size > 200_000) cache.clear();
    cache.set(detach(key), r);
  }
  return r;
}

/** Readings of a key, computed afresh (for callers that cache them themselves, per word type). */
export function computeReadings(key: string): Reading[] {
  const out: Reading[] = [{ key, peeled: 0, prefix: '' }];
  const push = (prefix: string, rest: string, peeled: number) => {
    if (rest.length >= 2) out.push({ key: rest, peeled, prefix });
  };
  const afterConj = CONJ.includes(key[0]) ? [key[0]] : [];
  for (const c of ['', ...afterConj]) {
    const rest = key.slice(c.length);
    if (c) push(c, rest, c.length);
    const p = rest[0];
    if (PREP.includes(p)) {
      push(c + p, rest.slice(1), c.length + 1);
      if (p === 'ل' && rest[1] === 'ل' && rest.length > 3) {
        // لل = ل + ال with the alef dropped
        out.push({ key: 'ا' + rest.slice(1), peeled: c.length + 1, prefix: c + 'ل' });
      }
    }
  }
  return out;
}
