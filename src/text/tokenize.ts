/**
 * Tokenizer: one pass over the UTF-16 code units of the original text, classifying each
 * BMP code unit through a precomputed table. Offsets are JS string indices into `text`
 * (end exclusive) and `token.text === text.slice(start, end)` always holds.
 *
 * Token kinds (see `TokenKind` in ../document.ts):
 * - word     a run of Arabic-script letters with their combining marks, tatweel and zero-width
 *            joiners (ZWNJ/ZWJ/LRM/... count as part of the word only *between* letters, so
 *            "می‌خواهم" is one token). A run of tatweel/marks without any letter is a symbol.
 * - number   ASCII, Arabic-Indic and Extended Arabic-Indic digits; a separator among
 *            `. , ٫ ٬ : / -` is kept when a digit follows it (3.5, 1,000, ١٢-٣-٢٠٢٤, 12:30,
 *            2024/3/12); a trailing `%` or `٪` is kept (3.5%). No signs. Digits immediately
 *            followed by a Latin letter make a latin token instead ("5G", "3.5km"), unless
 *            that reading would cut the number: "12:30pm" is "12:30" + "pm".
 * - latin    letters of any non-Arabic script and digits; an internal `- ' ’ . _ &` is kept
 *            when a letter or digit follows it ("COVID-19", "O'Brien"); a dotted acronym keeps
 *            its final dot ("U.S.", "e.g.").
 * - url      http://, https:// or www. up to whitespace (or a quote/guillemet), without
 *            trailing punctuation (`. , ) » ” ؛ ، ! ? ؟ : ; …` — a `)` is kept when the URL
 *            opened one).
 * - email    local@domain.tld (ASCII).
 * - hashtag  `#` + letters/digits/underscore of any script (at least one letter).
 * - mention  `@` + letters/digits/underscore.
 * - emoji    one emoji sequence: an emoji with variation selectors, skin-tone modifiers and
 *            tags, ZWJ-joined sequences, regional-indicator pairs (flags), keycaps (1️⃣).
 * - punct    one punctuation mark. A run of the same mark among `. ! ? ؟ … - – —` is one
 *            token ("...", "!!", "؟؟", "--"); any other mark is always its own token.
 * - symbol   one code point of anything else that is not a space: `$ € + = % # @ &`,
 *            and lone surrogates (one code unit).
 *
 * Whitespace (any Unicode space, line breaks) and control characters separate tokens and are
 * never part of one. Zero-width format characters (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, BOM,
 * bidi embeddings/isolates) outside words are skipped. Combining marks never start a
 * token after another token's last character: they stay with it (a token never splits a
 * grapheme cluster).
 *
 * `norm` is called once per word/latin/number/hashtag/mention token; url/punct/emoji/symbol
 * tokens carry their text as norm, email tokens their lowercased text.
 */
import type { Token, TokenKind } from '../document.js';

// ---------------------------------------------------------------------------------------
// Character classes (BMP table)

const SYMBOL = 0;
const SPACE = 1; // whitespace and controls: separators
const ZW = 2; // zero-width format characters: joiners inside words, skipped elsewhere
const AR = 3; // Arabic-script letter
const MARK = 4; // combining mark (any script) and variation selectors
const TATWEEL = 5;
const DIGIT = 6; // 0-9, ٠-٩, ۰-۹
const LAT = 7; // letter of another script, or a digit of another script
const PUNCT = 8;
const HASH = 9; // #
const AT = 10; // @
const HIGH = 11; // high surrogate
const LOW = 12; // low surrogate (alone)

/** BMP code unit → class. */
const CLS = new Uint8Array(0x10000);
/**
 * BMP emoji flags: 1 = emoji by itself (Emoji_Presentation, or an emoji-property pictograph
 * from U+2300 up such as ☀ ❤ ✈), 2 = a pictograph that is an emoji only when followed by
 * U+FE0F (© ® ‼ ™ ↔ ...).
 */
const EMO = new Uint8Array(0x10000);

/**
 * Arabic-script letter ranges (Unicode blocks): Arabic, Arabic Supplement, Arabic Extended-A/B,
 * presentation forms A and B. Only code points that are letters are classed as such.
 */
const ARABIC_LETTER_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0620, 0x064a],
  [0x066e, 0x06d3],
  [0x06d5, 0x06d5],
  [0x06e5, 0x06e6],
  [0x06ee, 0x06ff],
  [0x0750, 0x077f],
  [0x0870, 0x089f],
  [0x08a0, 0x08ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefc],
];

/**
 * Membership table of the BMP code points (surrogates excluded) matching the global regex
 * `re` (1 = member). Used to build character tables once at load.
 */
export function bmpMembers(re: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  // Two chunks so that string offsets equal code points (surrogates excluded).
  for (const [lo, hi] of [
    [0, 0xd7ff],
    [0xe000, 0xffff],
  ] as const) {
    const parts: string[] = [];
    for (let c = lo; c <= hi; c += 0x800) {
      const codes: number[] = [];
      for (let k = c; k <= Math.min(hi, c + 0x7ff); k++) codes.push(k);
      parts.push(String.fromCharCode(...codes));
    }
    for (const m of parts.join('').matchAll(re)) {
      const start = lo + m.index;
      const end = start + m[0].length;
      for (let k = start; k < end; k++) table[k] = 1;
    }
  }
  return table;
}

function assign(set: Uint8Array, cls: number, table: Uint8Array = CLS): void {
  for (let k = 0; k < 0x10000; k++) if (set[k] === 1) table[k] = cls;
}

function range(lo: number, hi: number, cls: number): void {
  for (let k = lo; k <= hi; k++) CLS[k] = cls;
}

function chars(s: string, cls: number): void {
  for (let k = 0; k < s.length; k++) CLS[s.charCodeAt(k)] = cls;
}

(function buildTables(): void {
  // Later assignments override earlier ones.
  assign(bmpMembers(/\p{P}+/gu), PUNCT);
  const letters = bmpMembers(/\p{L}+/gu);
  assign(letters, LAT);
  assign(bmpMembers(/\p{Nd}+/gu), LAT);
  // Arabic-script letters: letters in the Arabic blocks, and any letter of the Arabic script
  for (const [lo, hi] of ARABIC_LETTER_RANGES) {
    for (let k = lo; k <= hi; k++) if (letters[k] === 1) CLS[k] = AR;
  }
  const arabicScript = bmpMembers(/\p{Script=Arabic}+/gu);
  for (let k = 0; k < 0x10000; k++) if (arabicScript[k] === 1 && letters[k] === 1) CLS[k] = AR;
  assign(bmpMembers(/\p{M}+/gu), MARK);
  CLS[0x0640] = TATWEEL;
  range(0x30, 0x39, DIGIT);
  range(0x0660, 0x0669, DIGIT);
  range(0x06f0, 0x06f9, DIGIT);
  // percent and per-mille signs, ampersand, asterisk: symbols (they are \p{Po})
  chars('%٪‰‱؉؊&*', SYMBOL);
  CLS[0x23] = HASH;
  CLS[0x40] = AT;
  assign(bmpMembers(/\p{Cf}+/gu), ZW);
  // visible format characters: Arabic number signs, end of ayah, Syriac abbreviation mark
  range(0x0600, 0x0605, SYMBOL);
  CLS[0x06dd] = SYMBOL;
  CLS[0x070f] = SYMBOL;
  CLS[0x08e2] = SYMBOL;
  assign(bmpMembers(/[\p{White_Space}\p{Cc}]+/gu), SPACE);
  CLS[0x200b] = SPACE; // ZERO WIDTH SPACE separates words
  CLS[0xfeff] = ZW;
  range(0xd800, 0xdbff, HIGH);
  range(0xdc00, 0xdfff, LOW);

  assign(bmpMembers(/\p{Extended_Pictographic}+/gu), 2, EMO);
  assign(bmpMembers(/\p{Emoji_Presentation}+/gu), 1, EMO);
  const emoji = /\p{Emoji}/u;
  for (let k = 0x2300; k < 0xd800; k++) {
    if (EMO[k] === 2 && emoji.test(String.fromCharCode(k))) EMO[k] = 1;
  }
})();

// ---------------------------------------------------------------------------------------

const SAME_RUN = new Uint8Array(0x10000);
for (const c of '.!?؟…-–—') SAME_RUN[c.charCodeAt(0)] = 1;

/** separators kept inside a number when a digit follows */
const NUM_SEP = new Uint8Array(0x10000);
for (const c of '.,٫٬:/-') NUM_SEP[c.charCodeAt(0)] = 1;

/** kept inside a latin token when a letter or digit follows */
const LAT_JOIN = new Uint8Array(0x10000);
for (const c of "-'’._&") LAT_JOIN[c.charCodeAt(0)] = 1;

/** a URL stops before these (besides whitespace and controls) */
const URL_STOP = new Uint8Array(0x10000);
for (const c of '<>"«»“”‹›') URL_STOP[c.charCodeAt(0)] = 1;

/** trimmed from the end of a URL */
const URL_TRAIL = new Uint8Array(0x10000);
for (const c of `.,)]}»”’'"؛،!?؟:;…`) URL_TRAIL[c.charCodeAt(0)] = 1;

const EMAIL_LOCAL = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-') {
  EMAIL_LOCAL[c.charCodeAt(0)] = 1;
}
const EMAIL_RE =
  /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![A-Za-z0-9])/y;
const URL_START_RE = /(?:https?:\/\/|www\.)[^\s]/iy;

// astral classification (rare: emoji, math letters, historic scripts)
const ASTRAL_LETTER_RE = /[\p{L}\p{Nd}]/uy;
const ASTRAL_MARK_RE = /\p{M}/uy;
const ASTRAL_PICT_RE = /\p{Extended_Pictographic}/uy;

function astralIs(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}

function isRegionalIndicator(text: string, i: number): boolean {
  // U+1F1E6..U+1F1FF = D83C DDE6..DDFF
  if (text.charCodeAt(i) !== 0xd83c) return false;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdde6 && lo <= 0xddff;
}

function isSkinTone(text: string, i: number): boolean {
  // U+1F3FB..U+1F3FF = D83C DFFB..DFFF
  if (text.charCodeAt(i) !== 0xd83c) return false;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdffb && lo <= 0xdfff;
}

function isTag(text: string, i: number): boolean {
  // U+E0020..U+E007F = DB40 DC20..DC7F
  if (text.charCodeAt(i) !== 0xdb40) return false;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc20 && lo <= 0xdc7f;
}

/** Width (1 or 2 code units) of an emoji base at i, or 0 if none starts there. */
function pictographAt(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    if (i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff && astralIs(ASTRAL_PICT_RE, text, i)) return 2;
    }
    return 0;
  }
  return EMO[c] !== 0 ? 1 : 0;
}

/**
 * End of the emoji sequence whose base (width w) starts at i: modifiers, variation
 * selectors, keycap, tags and ZWJ-joined pictographs.
 */
function emojiEnd(text: string, i: number, w: number, n: number): number {
  let j = i + w;
  if (isRegionalIndicator(text, i)) {
    return j + 1 < n && isRegionalIndicator(text, j) ? j + 2 : j;
  }
  for (;;) {
    if (j >= n) break;
    const c = text.charCodeAt(j);
    if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3) {
      j++;
    } else if (isSkinTone(text, j) || isTag(text, j)) {
      j += 2;
    } else if (c === 0x200d && j + 1 < n) {
      const w2 = pictographAt(text, j + 1, n);
      if (w2 === 0) break;
      j += 1 + w2;
    } else {
      break;
    }
  }
  return j;
}

// ---------------------------------------------------------------------------------------

/**
 * Split `text` into tokens. `norm` is applied to word, latin, number, hashtag and mention
 * tokens (the caller memoizes it if it wants to).
 */
export function tokenize(text: string, norm: (s: string) => string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CLS[c];
    let j = i + 1;
    let kind: TokenKind;
    switch (cls) {
      case SPACE:
      case ZW:
        i = j;
        continue;

      case AR:
      case TATWEEL:
      case MARK: {
        let letter = cls === AR;
        for (; j < n; j++) {
          const k = CLS[text.charCodeAt(j)];
          if (k === AR) letter = true;
          else if (k === MARK || k === TATWEEL) continue;
          else if (k === ZW) {
            // joiners stay inside the word only when more of the word follows
            let z = j + 1;
            while (z < n && CLS[text.charCodeAt(z)] === ZW) z++;
            if (z < n) {
              const kz = CLS[text.charCodeAt(z)];
              if (kz === AR || kz === MARK || kz === TATWEEL) {
                j = z - 1;
                continue;
              }
            }
            break;
          } else break;
        }
        kind = letter ? 'word' : 'symbol';
        break;
      }

      case DIGIT: {
        if (j < n) {
          // keycap: 1️⃣
          const d = text.charCodeAt(j);
          if (d === 0x20e3 || (d === 0xfe0f && j + 1 < n && text.charCodeAt(j + 1) === 0x20e3)) {
            j += d === 0x20e3 ? 1 : 2;
            kind = 'emoji';
            break;
          }
        }
        while (j < n && CLS[text.charCodeAt(j)] === DIGIT) j++;
        for (;;) {
          if (j + 1 < n && NUM_SEP[text.charCodeAt(j)] === 1 && CLS[text.charCodeAt(j + 1)] === DIGIT) {
            j += 2;
            while (j < n && CLS[text.charCodeAt(j)] === DIGIT) j++;
          } else break;
        }
        if (j < n) {
          const d = text.charCodeAt(j);
          const k = CLS[d];
          if (k === LAT || (k === HIGH && astralIs(ASTRAL_LETTER_RE, text, j))) {
            // letters right after the digits: "5G", "3.5km" are latin; "12:30pm" stays a
            // number when the latin reading would cut it
            const e = emailEnd(text, i, n);
            if (e > 0) {
              j = e;
              kind = 'email';
              break;
            }
            const l = latinEnd(text, i, n);
            if (l > j) {
              j = l;
              kind = 'latin';
              break;
            }
          }
          if (d === 0x25 || d === 0x066a) j++;
          else if (d === 0x40 || LAT_JOIN[d] === 1 || d === 0x2b) {
            const e = emailEnd(text, i, n);
            if (e > 0) {
              j = e;
              kind = 'email';
              break;
            }
          }
        }
        kind = 'number';
        break;
      }

      case LAT: {
        if (c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57) {
          URL_START_RE.lastIndex = i;
          if (URL_START_RE.test(text)) {
            j = urlEnd(text, i, n);
            kind = 'url';
            break;
          }
        }
        j = latinEnd(text, i, n);
        if (c < 0x80) {
          const e = emailEnd(text, i, n);
          if (e > 0) {
            j = e;
            kind = 'email';
            break;
          }
        }
        kind = 'latin';
        break;
      }

      case HASH:
      case AT: {
        if (cls === HASH && j < n) {
          // keycap #️⃣
          const d = text.charCodeAt(j);
          if (d === 0x20e3 || (d === 0xfe0f && j + 1 < n && text.charCodeAt(j + 1) === 0x20e3)) {
            j += d === 0x20e3 ? 1 : 2;
            kind = 'emoji';
            break;
          }
        }
        const e = tagEnd(text, j, n);
        if (e > j) {
          j = e;
          kind = cls === HASH ? 'hashtag' : 'mention';
        } else {
          kind = 'symbol';
        }
        break;
      }

      case HIGH: {
        if (j < n && CLS[text.charCodeAt(j)] === LOW) {
          const w = pictographAt(text, i, n);
          if (w !== 0 || isRegionalIndicator(text, i) || isSkinTone(text, i)) {
            j = emojiEnd(text, i, 2, n);
            kind = 'emoji';
          } else if (astralIs(ASTRAL_LETTER_RE, text, i)) {
            j = latinEnd(text, i, n);
            kind = 'latin';
          } else {
            j = i + 2;
            kind = 'symbol';
          }
        } else {
          kind = 'symbol';
        }
        break;
      }

      default: {
        // PUNCT, SYMBOL, LOW
        const e = EMO[c];
        if (e === 1 || (e === 2 && j < n && text.charCodeAt(j) === 0xfe0f)) {
          j = emojiEnd(text, i, 1, n);
          kind = 'emoji';
          break;
        }
        if (c === 0x2a && j < n) {
          // keycap *️⃣
          const d = text.charCodeAt(j);
          if (d === 0x20e3 || (d === 0xfe0f && j + 1 < n && text.charCodeAt(j + 1) === 0x20e3)) {
            j += d === 0x20e3 ? 1 : 2;
            kind = 'emoji';
            break;
          }
        }
        if (cls === PUNCT) {
          if (SAME_RUN[c] === 1) while (j < n && text.charCodeAt(j) === c) j++;
          kind = 'punct';
        } else {
          kind = 'symbol';
        }
        break;
      }
    }

    // combining marks after the token stay with it (also astral marks)
    for (;;) {
      if (j >= n) break;
      const k = CLS[text.charCodeAt(j)];
      if (k === MARK) j++;
      else if (k === HIGH && j + 1 < n && astralIs(ASTRAL_MARK_RE, text, j)) j += 2;
      else break;
    }

    const t = text.slice(i, j);
    let nm: string;
    switch (kind) {
      case 'word':
      case 'latin':
      case 'number':
      case 'hashtag':
      case 'mention':
        nm = norm(t);
        break;
      case 'email':
        nm = t.toLowerCase();
        break;
      default:
        nm = t;
    }
    out.push({ start: i, end: j, text: t, norm: nm, kind });
    i = j;
  }
  return out;
}

/** End of a latin token starting at i (a letter or digit). */
function latinEnd(text: string, i: number, n: number): number {
  let j = i;
  for (;;) {
    if (j >= n) break;
    const c = text.charCodeAt(j);
    const k = CLS[c];
    if (k === LAT || k === DIGIT || k === MARK) {
      j++;
    } else if (k === HIGH) {
      if (j + 1 < n && (astralIs(ASTRAL_LETTER_RE, text, j) || astralIs(ASTRAL_MARK_RE, text, j))) j += 2;
      else break;
    } else if (LAT_JOIN[c] === 1 && j > i && j + 1 < n) {
      const d = text.charCodeAt(j + 1);
      const kd = CLS[d];
      if (kd === LAT || kd === DIGIT) j += 2;
      else break;
    } else break;
  }
  // dotted acronym: U.S. / e.g. — single letters separated by dots, then a final dot
  if (j < n && text.charCodeAt(j) === 0x2e && j - i >= 3 && (j - i) % 2 === 1) {
    let ok = true;
    for (let k = i; k < j; k++) {
      const kc = CLS[text.charCodeAt(k)];
      if ((k - i) % 2 === 0 ? kc !== LAT : text.charCodeAt(k) !== 0x2e) {
        ok = false;
        break;
      }
    }
    if (ok) j++;
  }
  return j;
}

/** End of an email starting at i, or 0. */
function emailEnd(text: string, i: number, n: number): number {
  let k = i;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c < 128 && EMAIL_LOCAL[c] === 1) k++;
    else break;
  }
  if (k >= n || text.charCodeAt(k) !== 0x40) return 0;
  EMAIL_RE.lastIndex = i;
  return EMAIL_RE.test(text) ? EMAIL_RE.lastIndex : 0;
}

/** End of a URL starting at i (its prefix is known to match). */
function urlEnd(text: string, i: number, n: number): number {
  let j = i;
  let open = 0;
  while (j < n) {
    const c = text.charCodeAt(j);
    const k = CLS[c];
    if (k === SPACE || k === ZW || URL_STOP[c] === 1) break;
    if (c === 0x28) open++;
    else if (c === 0x29) open--;
    j++;
  }
  while (j > i + 1) {
    const c = text.charCodeAt(j - 1);
    if (URL_TRAIL[c] !== 1) break;
    if (c === 0x29 && open >= 0) break; // keep a ")" that closes a "(" of the URL
    if (c === 0x29) open++;
    j--;
  }
  return j;
}

/** End of the body of a hashtag/mention starting at j (after # or @); j if none. */
function tagEnd(text: string, j: number, n: number): number {
  const s = j;
  let letter = false;
  for (;;) {
    if (j >= n) break;
    const c = text.charCodeAt(j);
    const k = CLS[c];
    if (k === AR || k === LAT) {
      letter = true;
      j++;
    } else if (k === DIGIT || k === MARK || k === TATWEEL || c === 0x5f) {
      j++;
    } else if (k === HIGH && j + 1 < n && astralIs(ASTRAL_LETTER_RE, text, j)) {
      letter = true;
      j += 2;
    } else if (k === ZW && j > s) {
      let z = j + 1;
      while (z < n && CLS[text.charCodeAt(z)] === ZW) z++;
      if (z < n) {
        const kz = CLS[text.charCodeAt(z)];
        if (kz === AR || kz === MARK || kz === TATWEEL) {
          j = z;
          continue;
        }
      }
      break;
    } else break;
  }
  if (!letter) return s;
  // a tag does not end with marks-less separators; trailing underscores are kept (as typed)
  return j;
}

