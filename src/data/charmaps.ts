/**
 * Character maps for Arabic text normalization, one per phenomenon, as data.
 *
 * Each map sends single BMP characters to a replacement string ('' removes the character).
 * The engine that applies them lives in src/text/normalize.ts; it unions the maps of the
 * enabled rules and resolves chains (a presentation form → a letter with hamza → a bare
 * letter) so that applying the union once is enough.
 *
 * Code points and names are those of the Unicode Standard (UnicodeData.txt, the code charts
 * "Arabic" U+0600–06FF, "Arabic Extended-A" U+08A0–08FF, "Arabic Presentation Forms-A"
 * U+FB50–FDFF, "Arabic Presentation Forms-B" U+FE70–FEFF, "General Punctuation" U+2000–206F).
 */

/** One phenomenon's character map. */
export interface CharMap {
  /** one line, shown in `--help` */
  readonly description: string;
  /** where the characters and their replacements come from */
  readonly source: string;
  /** single BMP character → replacement ('' removes it) */
  readonly map: Readonly<Record<string, string>>;
}

type Entry = readonly [from: number, to: string];

/** Every code point in `first..last` (inclusive) mapped to the same replacement. */
function span(first: number, last: number, to: string): Entry[] {
  const out: Entry[] = [];
  for (let cp = first; cp <= last; cp++) out.push([cp, to]);
  return out;
}

/** `count` consecutive code points from `first` mapped to consecutive code points from `toFirst`. */
function shifted(first: number, count: number, toFirst: number): Entry[] {
  const out: Entry[] = [];
  for (let k = 0; k < count; k++) out.push([first + k, String.fromCharCode(toFirst + k)]);
  return out;
}

function table(...groups: (Entry | Entry[])[]): Readonly<Record<string, string>> {
  const map: Record<string, string> = {};
  for (const group of groups) {
    const entries = (typeof group[0] === 'number' ? [group] : group) as Entry[];
    for (const [from, to] of entries) map[String.fromCharCode(from)] = to;
  }
  return Object.freeze(map);
}

const ALEF = '\u0627';
const WAW = '\u0648';
const YEH = '\u064A';
const HEH = '\u0647';
const KAF = '\u0643';
const TEH_MARBUTA = '\u0629';

export const HARAKAT: CharMap = {
  description: 'remove harakat: tanween, short vowels, shadda, sukun, dagger alef',
  source:
    'Unicode Arabic block: U+064B FATHATAN … U+0652 SUKUN, U+0670 ARABIC LETTER SUPERSCRIPT ALEF; ' +
    'U+0653 MADDAH ABOVE, U+0654 HAMZA ABOVE, U+0655 HAMZA BELOW when left over after NFC ' +
    '(i.e. on a letter they do not compose with)',
  map: table(span(0x064b, 0x0652, ''), [0x0670, ''], span(0x0653, 0x0655, '')),
};

export const QURANIC: CharMap = {
  description: 'remove Quranic annotation and small high/low marks',
  source:
    'Unicode Arabic block: U+0610–061A (honorific signs, small high marks, small fatha/damma/kasra), ' +
    'U+0656–065F (subscript alef … wavy hamza below), U+06D6–06DC and U+06DF–06E8 and U+06EA–06ED ' +
    '(small high ligatures, Quranic marks, small waw/yeh); Arabic Extended-A U+08D3–08E1, U+08E3–08FF ' +
    '(Quranic annotation signs and marks). Symbols U+06DD END OF AYAH, U+06DE, U+06E9 and U+08E2 are kept.',
  map: table(
    span(0x0610, 0x061a, ''),
    span(0x0656, 0x065f, ''),
    span(0x06d6, 0x06dc, ''),
    span(0x06df, 0x06e8, ''),
    span(0x06ea, 0x06ed, ''),
    span(0x08d3, 0x08e1, ''),
    span(0x08e3, 0x08ff, ''),
  ),
};

export const TATWEEL: CharMap = {
  description: 'remove tatweel (kashida) ـ',
  source: 'Unicode: U+0640 ARABIC TATWEEL',
  map: table([0x0640, '']),
};

export const ALEF_VARIANTS: CharMap = {
  description: 'fold alef with hamza/madda/wasla (أ إ آ ٱ ٲ ٳ ٵ) to bare alef ا',
  source:
    'Unicode Arabic block: U+0622 ALEF WITH MADDA ABOVE, U+0623 ALEF WITH HAMZA ABOVE, ' +
    'U+0625 ALEF WITH HAMZA BELOW, U+0671 ALEF WASLA, U+0672 ALEF WITH WAVY HAMZA ABOVE, ' +
    'U+0673 ALEF WITH WAVY HAMZA BELOW, U+0675 HIGH HAMZA ALEF → U+0627 ALEF',
  map: table(
    [0x0622, ALEF],
    [0x0623, ALEF],
    [0x0625, ALEF],
    [0x0671, ALEF],
    [0x0672, ALEF],
    [0x0673, ALEF],
    [0x0675, ALEF],
  ),
};

export const HAMZA_CARRIERS: CharMap = {
  description: 'fold hamza on waw/yeh (ؤ ئ) to the bare carrier (و ي); standalone ء stays',
  source:
    'Unicode Arabic block: U+0624 WAW WITH HAMZA ABOVE, U+0676 HIGH HAMZA WAW → U+0648 WAW; ' +
    'U+0626 YEH WITH HAMZA ABOVE, U+0678 HIGH HAMZA YEH → U+064A YEH',
  map: table([0x0624, WAW], [0x0676, WAW], [0x0626, YEH], [0x0678, YEH]),
};

export const ALEF_MAKSURA: CharMap = {
  description: 'fold alef maksura ى to yeh ي',
  source: 'Unicode: U+0649 ARABIC LETTER ALEF MAKSURA → U+064A ARABIC LETTER YEH',
  map: table([0x0649, YEH]),
};

export const TEH_MARBUTA_TO_HEH: CharMap = {
  description: 'fold teh marbuta ة to heh ه (off by default)',
  source: 'Unicode: U+0629 ARABIC LETTER TEH MARBUTA → U+0647 ARABIC LETTER HEH',
  map: table([0x0629, HEH]),
};

/**
 * Letters of Persian, Urdu and related orthographies that Arabic writes with another code
 * point. گ (gaf) folds to ك because Arabic renders it with kaf (كلبايكان for گلپایگان) and
 * because Persian-keyboard text mixes the two; پ چ ژ ڤ ڨ ڭ are kept, since Arabic news uses
 * them itself for foreign and Maghrebi names and folding them would merge distinct letters.
 */
export const PERSIAN_LETTERS: CharMap = {
  description: 'fold Persian/Urdu letter forms to Arabic: ک ڪ گ → ك, ی ے → ي, ۀ ہ ۂ ە ھ → ه, ۃ → ة',
  source:
    'Unicode Arabic block: U+06A9 KEHEH, U+06AA SWASH KAF, U+06AF GAF → U+0643 KAF; ' +
    'U+06CC FARSI YEH, U+06D2 YEH BARREE → U+064A YEH; U+06D3 YEH BARREE WITH HAMZA ABOVE → ' +
    'U+0626 YEH WITH HAMZA ABOVE; U+06C0 HEH WITH YEH ABOVE, U+06C1 HEH GOAL, ' +
    'U+06C2 HEH GOAL WITH HAMZA ABOVE, U+06D5 AE, U+06BE HEH DOACHASHMEE → U+0647 HEH; ' +
    'U+06C3 TEH MARBUTA GOAL → U+0629 TEH MARBUTA',
  map: table(
    [0x06a9, KAF],
    [0x06aa, KAF],
    [0x06af, KAF],
    [0x06cc, YEH],
    [0x06d2, YEH],
    [0x06d3, '\u0626'],
    [0x06c0, HEH],
    [0x06c1, HEH],
    [0x06c2, HEH],
    [0x06d5, HEH],
    [0x06be, HEH],
    [0x06c3, TEH_MARBUTA],
  ),
};

export const DIGITS: CharMap = {
  description: 'Arabic-Indic and Persian digits → 0-9; ٫ → . ; ٬ → , ; ٪ → %',
  source:
    'Unicode Arabic block: U+0660–0669 ARABIC-INDIC DIGIT ZERO…NINE, U+06F0–06F9 EXTENDED ' +
    'ARABIC-INDIC DIGIT ZERO…NINE → U+0030–0039; U+066B ARABIC DECIMAL SEPARATOR → FULL STOP, ' +
    'U+066C ARABIC THOUSANDS SEPARATOR → COMMA, U+066A ARABIC PERCENT SIGN → PERCENT SIGN',
  map: table(shifted(0x0660, 10, 0x30), shifted(0x06f0, 10, 0x30), [0x066b, '.'], [0x066c, ','], [0x066a, '%']),
};

/** Code point ranges of the Arabic presentation-form blocks. */
export const PRESENTATION_FORM_RANGES: readonly (readonly [number, number])[] = [
  [0xfb50, 0xfdff], // Arabic Presentation Forms-A
  [0xfe70, 0xfeff], // Arabic Presentation Forms-B
];

const LEADING_SPACE_BEFORE_MARKS = /^ \p{M}+$/u;

/**
 * The presentation-form table is not typed by hand: it is the Unicode compatibility
 * decomposition of each code point (NFKC, as the JavaScript runtime's ICU implements it).
 * The spacing forms of harakat (U+FE70 ﹰ, U+FC5E ﱞ …) decompose to SPACE + marks; the
 * space only carries the mark for display, so it is dropped and the marks remain.
 */
function deriveFromCompatibilityDecomposition(
  ranges: readonly (readonly [number, number])[],
): Readonly<Record<string, string>> {
  const map: Record<string, string> = {};
  for (const [first, last] of ranges) {
    for (let cp = first; cp <= last; cp++) {
      const ch = String.fromCharCode(cp);
      let to = ch.normalize('NFKC');
      if (to === ch) continue;
      if (LEADING_SPACE_BEFORE_MARKS.test(to)) to = to.slice(1);
      map[ch] = to;
    }
  }
  return Object.freeze(map);
}

export const PRESENTATION_FORMS: CharMap = {
  description: 'Arabic presentation forms and ligatures (ﻻ ﻷ ﷲ ﺑ …) → base letters',
  source:
    'Unicode compatibility decompositions (UnicodeData.txt <isolated>/<final>/<initial>/<medial>/' +
    '<compat>) of U+FB50–FDFF and U+FE70–FEFF, computed at load with String.prototype.normalize("NFKC")',
  map: deriveFromCompatibilityDecomposition(PRESENTATION_FORM_RANGES),
};

export const CONTROLS: CharMap = {
  description: 'remove zero-width and bidi controls (ZWNJ, ZWJ, LRM, RLM, ALM, embeddings, isolates, BOM, soft hyphen)',
  source:
    'Unicode format characters (General Category Cf): U+00AD SOFT HYPHEN, U+061C ARABIC LETTER MARK, ' +
    'U+200B ZERO WIDTH SPACE, U+200C ZWNJ, U+200D ZWJ, U+200E LRM, U+200F RLM, U+202A–202E ' +
    'LRE/RLE/PDF/LRO/RLO, U+2060 WORD JOINER … U+2064 INVISIBLE PLUS, U+2066–2069 LRI/RLI/FSI/PDI, ' +
    'U+206A–206F deprecated format characters (symmetric swapping, Arabic form shaping, digit shapes), ' +
    'U+FEFF ZERO WIDTH NO-BREAK SPACE (BOM)',
  map: table(
    [0x00ad, ''],
    [0x061c, ''],
    span(0x200b, 0x200f, ''),
    span(0x202a, 0x202e, ''),
    span(0x2060, 0x2064, ''),
    span(0x2066, 0x206f, ''),
    [0xfeff, ''],
  ),
};

export const SPACES: CharMap = {
  description: 'no-break and other Unicode spaces, and tabs → plain space (newlines stay)',
  source:
    'Unicode space separators (General Category Zs) other than U+0020: U+00A0 NO-BREAK SPACE, ' +
    'U+1680 OGHAM SPACE MARK, U+2000–200A (EN QUAD … HAIR SPACE), U+202F NARROW NO-BREAK SPACE, ' +
    'U+205F MEDIUM MATHEMATICAL SPACE, U+3000 IDEOGRAPHIC SPACE; and U+0009 CHARACTER TABULATION',
  map: table([0x0009, ' '], [0x00a0, ' '], [0x1680, ' '], span(0x2000, 0x200a, ' '), [0x202f, ' '], [0x205f, ' '], [0x3000, ' ']),
};

/** All maps, keyed by the normalization rule that applies them. */
export const CHARMAPS = {
  harakat: HARAKAT,
  quranic: QURANIC,
  tatweel: TATWEEL,
  alef: ALEF_VARIANTS,
  hamza: HAMZA_CARRIERS,
  yeh: ALEF_MAKSURA,
  tehMarbuta: TEH_MARBUTA_TO_HEH,
  persian: PERSIAN_LETTERS,
  digits: DIGITS,
  presentation: PRESENTATION_FORMS,
  controls: CONTROLS,
  spaces: SPACES,
} as const satisfies Record<string, CharMap>;
