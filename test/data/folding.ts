/**
 * Helpers for the lexicon tests: the folding the lexicons are written against (documented in
 * the data modules) and what counts as an Arabic word or phrase.
 */

/** Harakat, superscript alef and tatweel removed; أ إ آ ٱ → ا، ؤ → و، ئ → ي، ى → ي. */
export function fold(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0624/g, '\u0648')
    .replace(/\u0626/g, '\u064A')
    .replace(/\u0649/g, '\u064A');
}

/** One Arabic-script word: letters, harakat, superscript alef, tatweel. */
export const ARABIC_WORD = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0640]+$/;

/** Arabic words separated by single spaces. */
export function isArabicPhrase(s: string): boolean {
  return s.length > 0 && s.split(' ').every((w) => ARABIC_WORD.test(w));
}
