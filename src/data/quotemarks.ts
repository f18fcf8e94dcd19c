/**
 * Quotation marks found in Arabic text.
 *
 * Source: authored from Arabic typographic practice and the Unicode character database
 * (quotation-mark and punctuation categories). Arabic print and news sites use the guillemets
 * « » most, and the English curly quotes “ ” and the ASCII " " very often. In right-to-left text
 * typed with left-to-right conventions the curly quotes are often reversed (” … “), so both
 * orders are listed. German-style low quotes („ “) appear in text converted from other editors.
 * The ornate parentheses ﴿ ﴾ mark Qur'anic citations; in Arabic text ﴿ (U+FD3F) opens and
 * ﴾ (U+FD3E) closes (Unicode 14 made their general categories Ps and Pe accordingly).
 * The reversed guillemets (» … «) are not listed: they are rare in Arabic and would make both
 * guillemets ambiguous.
 *
 * ASCII " and ' are symmetric: the same mark opens and closes, so the matcher must pair them by
 * position. ' is also an apostrophe in Latin-script words (Qur'an, O'Brien) and a transliteration
 * mark, so a matcher should not open a quote on ' inside a Latin word.
 */

export interface QuotePair {
  open: string;
  close: string;
  /** what the pair is and where it is used */
  note: string;
}

export const QUOTE_PAIRS: readonly QuotePair[] = [
  { open: '«', close: '»', note: 'guillemets: the standard Arabic quotation marks' },
  { open: '“', close: '”', note: 'English curly double quotes' },
  { open: '”', close: '“', note: 'English curly double quotes reversed, common in right-to-left typing' },
  { open: '„', close: '“', note: 'low-high double quotes (German style)' },
  { open: '„', close: '”', note: 'low-high double quotes (Polish/Hungarian style)' },
  { open: '‹', close: '›', note: 'single guillemets' },
  { open: '"', close: '"', note: 'ASCII double quote, symmetric' },
  { open: "'", close: "'", note: 'ASCII single quote/apostrophe, symmetric' },
  { open: '‘', close: '’', note: 'English curly single quotes' },
  { open: '\uFD3F', close: '\uFD3E', note: "ornate parentheses ﴿ ﴾ around Qur'anic citations" },
];

/** Every mark that opens a quotation in some pair. */
export const OPENING_MARKS: ReadonlySet<string> = new Set(QUOTE_PAIRS.map((p) => p.open));

/** Every mark that closes a quotation in some pair. */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(QUOTE_PAIRS.map((p) => p.close));

/** Marks that close the very quotation they open (ASCII " and '). */
export const SYMMETRIC_MARKS: ReadonlySet<string> = new Set(
  QUOTE_PAIRS.filter((p) => p.open === p.close).map((p) => p.open),
);

/** For each opening mark, the closing marks it may pair with, in the order of QUOTE_PAIRS. */
export const CLOSERS_BY_OPENER: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const { open, close } of QUOTE_PAIRS) {
    const list = map.get(open);
    if (list) list.push(close);
    else map.set(open, [close]);
  }
  return map;
})();
