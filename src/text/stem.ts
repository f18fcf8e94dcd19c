/**
 * Stemming: the Arabic Snowball stemmer from @orama/stemmers for tokens that contain Arabic
 * letters, the lowercased form for anything else. Memoized per type: a bounded Map that is
 * cleared when it reaches its limit (200k types), so memory stays flat on long corpora.
 */
import { stemmer as arabicStemmer } from '@orama/stemmers/arabic';
import { detach } from '../util/strings.js';

const DEFAULT_LIMIT = 200_000;

/** True when `s` contains a letter of the Arabic blocks or presentation forms. */
function hasArabic(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (
      (c >= 0x0620 && c <= 0x06ff) ||
      (c >= 0x0750 && c <= 0x077f) ||
      (c >= 0x0870 && c <= 0x08ff) ||
      (c >= 0xfb50 && c <= 0xfdff) ||
      (c >= 0xfe70 && c <= 0xfefc)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Stem one normalized form without caching. A form of several words (a ligature such as ﷺ
 * normalizes to صلى الله عليه وسلم) gets the stems of its words, joined by spaces.
 */
export function stemWord(norm: string): string {
  if (norm.includes(' ')) return norm.split(' ').map(stemOne).join(' ');
  return stemOne(norm);
}

function stemOne(norm: string): string {
  return hasArabic(norm) ? arabicStemmer(norm) : norm.toLowerCase();
}

/**
 * A memoizing stemmer: `(norm) => stem`. Each call to createStemmer has its own cache.
 * `limit` bounds the number of cached types (the cache is cleared when full).
 */
export function createStemmer(limit: number = DEFAULT_LIMIT): (norm: string) => string {
  const cache = new Map<string, string>();
  return (norm: string): string => {
    const hit = cache.get(norm);
    if (hit !== undefined) return hit;
    const s = stemWord(norm);
    if (cache.size >= limit) cache.clear();
    cache.set(detach(norm), detach(s));
    return s;
  };
}
