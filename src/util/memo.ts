import { detach } from './strings.js';

/**
 * Memoizes a string → string function with a bounded cache. Token types repeat heavily in
 * news text (a few hundred thousand types over millions of tokens), so normalizing or
 * stemming each type once is what makes the hot path fast. When the cache grows past `limit`
 * entries it is cleared, which bounds memory on unbounded input.
 */
export function memoize(fn: (s: string) => string, limit = 250_000): (s: string) => string {
  let cache = new Map<string, string>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = detach(fn(s));
      if (cache.size >= limit) cache = new Map();
      // copies: a key cut from a document would keep the whole document alive
      cache.set(detach(s), v);
    }
    return v;
  };
}
