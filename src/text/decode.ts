/**
 * Bytes → text. Detects UTF-8, UTF-16 (with or without a byte order mark), Windows-1256 and
 * ISO-8859-6, or decodes with a given encoding. Uses only `TextDecoder`, so it runs in
 * browsers as well as in Node.
 *
 * Detection, in order:
 *  1. a byte order mark decides (and is stripped), as in the WHATWG Encoding Standard's
 *     "decode" algorithm — also when an encoding is given;
 *  2. bytes that are valid UTF-8 are UTF-8 (pure ASCII included) — unless they are full of
 *     control bytes and look like UTF-16 without a BOM;
 *  3. UTF-16 without a BOM: the high bytes of the code units sit on a few values (0x00 for
 *     ASCII, 0x06 for Arabic) while the low bytes spread out;
 *  4. otherwise a single-byte Arabic code page. Windows-1256 and ISO-8859-6 share ء…ض at
 *     0xC1–0xD6 but differ above: Windows-1256 keeps French letters (à â ç è é ê ë î ï ô ù û ü)
 *     between its Arabic letters at 0xE0–0xFC, where ISO-8859-6 has ف…ي and the harakat;
 *     ISO-8859-6 leaves 0xDB–0xDF and 0xF3–0xFF unassigned, where Windows-1256 has ـ ف ق ك
 *     and more. So each reading is scored for mojibake — a Latin letter or × ÷ right next to
 *     an Arabic letter, a Latin-1 sign inside a word, a C1 control — bytes ISO-8859-6 lacks
 *     rule it out, and ties go to Windows-1256, by far the more common in Arabic news.
 *     A reading with much mojibake (another code page: KOI8-R, Windows-1250 …) is refused,
 *     and so are bytes that are almost all well-formed UTF-8 (damaged or truncated UTF-8,
 *     which Windows-1256 would turn into ط§ظ„ط¹ط±ط¨ظٹط©).
 * Text that decodes to nothing sensible (NUL bytes, many control characters, mostly U+FFFD,
 * or invalid in every candidate) throws DecodeError rather than returning mojibake.
 */

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

export const SUPPORTED_ENCODINGS: readonly EncodingName[] = Object.freeze([
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1256',
  'iso-8859-6',
] as const);

export interface Decoded {
  text: string;
  encoding: EncodingName;
  /** a byte order mark was present (and removed from `text`) */
  bom: boolean;
}

/** The bytes are not text in a supported encoding. */
export class DecodeError extends Error {
  readonly code = 'EDECODE';
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** An encoding name that is not one of SUPPORTED_ENCODINGS (or an alias of one). */
export class UnknownEncodingError extends Error {
  readonly code = 'EUNKNOWNENCODING';
  readonly encoding: string;
  constructor(encoding: string) {
    super(`unknown encoding "${encoding}"; supported: ${SUPPORTED_ENCODINGS.join(', ')}`);
    this.name = 'UnknownEncodingError';
    this.encoding = encoding;
  }
}

const DISPLAY: Readonly<Record<EncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1256': 'Windows-1256',
  'iso-8859-6': 'ISO-8859-6',
};

/**
 * Aliases, compared after lower-casing and dropping everything but letters and digits
 * ("UTF_8", "utf 8" and "utf8" are one name). They are the WHATWG Encoding Standard labels
 * of the five encodings plus common spellings (cp1256, win1256, latin-arabic, utf16le).
 * "utf-16" without an order is little-endian, as in WHATWG; a byte order mark still wins.
 */
const ALIASES: Readonly<Record<EncodingName, readonly string[]>> = {
  'utf-8': ['utf8', 'unicode11utf8', 'unicode20utf8', 'xunicode20utf8'],
  'utf-16le': ['utf16le', 'utf16', 'ucs2', 'unicode', 'csunicode', 'iso10646ucs2', 'unicodefeff'],
  'utf-16be': ['utf16be', 'unicodefffe'],
  'windows-1256': ['windows1256', 'cp1256', 'xcp1256', 'win1256', 'ms1256', 'arabicwindows', 'windowsarabic'],
  'iso-8859-6': [
    'iso88596',
    'iso885961987',
    'iso88596e',
    'iso88596i',
    'isoir127',
    'csiso88596e',
    'csiso88596i',
    'csisolatinarabic',
    'latinarabic',
    'isolatinarabic',
    'arabic',
    'asmo708',
    'ecma114',
  ],
};

const ALIAS_INDEX: ReadonlyMap<string, EncodingName> = new Map(
  (Object.entries(ALIASES) as [EncodingName, readonly string[]][]).flatMap(([name, keys]) => keys.map((k) => [k, name] as const)),
);

/** Resolves an encoding name or alias; throws UnknownEncodingError. */
export function resolveEncodingName(name: string): EncodingName {
  const key = String(name).toLowerCase().replace(/[^a-z0-9]/g, '');
  const found = ALIAS_INDEX.get(key);
  if (found === undefined) throw new UnknownEncodingError(String(name).trim());
  return found;
}

// ---------------------------------------------------------------------------------------

type Decoder = InstanceType<typeof TextDecoder>;

const decoders = new Map<string, Decoder>();

function decoder(encoding: EncodingName, fatal: boolean): Decoder {
  const key = encoding + (fatal ? '!' : '');
  let d = decoders.get(key);
  if (!d) {
    d = new TextDecoder(encoding, { fatal, ignoreBOM: true });
    decoders.set(key, d);
  }
  return d;
}

/** Decodes strictly; undefined when the bytes are invalid in `encoding`. */
function tryDecode(bytes: Uint8Array, encoding: EncodingName): string | undefined {
  try {
    return decoder(encoding, true).decode(bytes);
  } catch {
    return undefined;
  }
}

function bomOf(bytes: Uint8Array): { encoding: EncodingName; length: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Length of the well-formed UTF-8 sequence starting at `i` (1 for ASCII), or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  let len: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) len = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    len = 3;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    len = 4;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + len > bytes.length) return 0;
  const second = bytes[i + 1];
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return len;
}

/**
 * How much of the non-ASCII input is well-formed UTF-8: bytes ≥ 0x80 in valid sequences,
 * all bytes ≥ 0x80, and the offset of the first invalid byte (-1 if none).
 */
function utf8Coverage(bytes: Uint8Array): { valid: number; high: number; firstInvalid: number } {
  let valid = 0;
  let high = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceAt(bytes, i);
    if (len === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      high++;
      i++;
    } else {
      valid += len;
      high += len;
      i += len;
    }
  }
  return { valid, high, firstInvalid };
}

function hex(b: number): string {
  return '0x' + b.toString(16).toUpperCase().padStart(2, '0');
}

/**
 * Strict decoding with a named encoding; a clear DecodeError when the bytes do not fit.
 * `skipped`: bytes before `bytes` in the input (a BOM), so offsets in messages are the input's.
 */
function decodeAs(bytes: Uint8Array, encoding: EncodingName, skipped = 0): string {
  const text = tryDecode(bytes, encoding);
  if (text !== undefined) return text;
  const name = DISPLAY[encoding];
  if (encoding === 'utf-8') {
    const at = utf8Coverage(bytes).firstInvalid;
    throw new DecodeError(`invalid UTF-8 at byte ${at + skipped} (${hex(bytes[at])})`);
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const why = bytes.length % 2 ? 'odd number of bytes' : 'unpaired surrogate';
    throw new DecodeError(`invalid ${name}: ${why}`);
  }
  const table = highTable(encoding);
  let at = 0;
  while (at < bytes.length && !(bytes[at] >= 0x80 && table.charCodeAt(bytes[at] - 0x80) === 0xfffd)) at++;
  throw new DecodeError(`not ${name} text: byte ${hex(bytes[at] ?? 0)} at ${at + skipped} has no character in ${name}`);
}

// --- sanity check ------------------------------------------------------------------------

/** NUL, C0 controls other than \t \n \v \f \r, DEL, C1 controls, U+FFFD */
const SUSPECT = /[\x00-\x08\x0E-\x1F\x7F-\x9F\uFFFD]/;

/** Why decoded text is not text (NULs, many controls, mostly U+FFFD), or undefined. */
function textProblem(text: string): string | undefined {
  if (!SUSPECT.test(text)) return undefined;
  let nul = 0;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if (c < 0x09 || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f)) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (nul > 0) return 'not text: binary data (NUL bytes)';
  // real articles carry stray controls (a run of U+001A where a character was lost): a tenth of
  // the text is binary, a few in a hundred is text with noise
  if (control * 10 > text.length) return 'not text: binary data (control characters)';
  if (replacement * 10 > text.length) return 'not text: mostly replacement characters (U+FFFD)';
  return undefined;
}

function checkText(text: string): void {
  const problem = textProblem(text);
  if (problem !== undefined) throw new DecodeError(problem);
}

// --- UTF-16 without a byte order mark ------------------------------------------------------

const SNIFF_UNITS = 16384;

function top3Share(hist: Uint32Array, total: number): number {
  let a = 0;
  let b = 0;
  let c = 0;
  for (let v = 0; v < 256; v++) {
    const x = hist[v];
    if (x > a) {
      c = b;
      b = a;
      a = x;
    } else if (x > b) {
      c = b;
      b = x;
    } else if (x > c) c = x;
  }
  return (a + b + c) / total;
}

/**
 * UTF-16 without a BOM: in text of one or two scripts the high byte of each code unit takes
 * a handful of values (0x00 for ASCII and Latin-1, 0x06 for Arabic, 0x20 for punctuation),
 * while the low bytes vary and are rarely zero. Needs an even length and enough units.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return undefined;
  const units = Math.min(bytes.length >> 1, SNIFF_UNITS);
  const even = new Uint32Array(256);
  const odd = new Uint32Array(256);
  for (let u = 0; u < units; u++) {
    even[bytes[2 * u]]++;
    odd[bytes[2 * u + 1]]++;
  }
  const evenTop = top3Share(even, units);
  const oddTop = top3Share(odd, units);
  if (oddTop >= 0.9 && even[0] < units * 0.05 && oddTop - evenTop >= 0.2) return 'utf-16le';
  if (evenTop >= 0.9 && odd[0] < units * 0.05 && evenTop - oddTop >= 0.2) return 'utf-16be';
  return undefined;
}

// --- single-byte Arabic code pages -------------------------------------------------------

const highTables = new Map<EncodingName, string>();

/** The characters of bytes 0x80–0xFF in a single-byte code page (U+FFFD where unassigned). */
function highTable(encoding: EncodingName): string {
  let t = highTables.get(encoding);
  if (t === undefined) {
    const bytes = new Uint8Array(128);
    for (let k = 0; k < 128; k++) bytes[k] = 0x80 + k;
    t = decoder(encoding, false).decode(bytes);
    highTables.set(encoding, t);
  }
  return t;
}

const OTHER = 0;
const ARABIC = 1;
const LATIN = 2;
/** × and ÷, the only non-letters Windows-1256 puts among its letters (0xD7, 0xF7) */
const MATH = 3;
/** Latin-1 signs (¢ £ § ° ± ² ³ ¹ µ ¼ …) other than the guillemets */
const SIGN = 4;

function charClass(c: number): number {
  if ((c >= 0x0620 && c <= 0x065f) || (c >= 0x0670 && c <= 0x06d3)) return ARABIC;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return LATIN;
  if (c === 0xd7 || c === 0xf7) return MATH;
  if (c >= 0xc0 && c <= 0x24f) return LATIN;
  if (c >= 0xa2 && c <= 0xbf && c !== 0xab && c !== 0xbb) return SIGN;
  return OTHER;
}

const isLetter = (cls: number) => cls === ARABIC || cls === LATIN;

interface Reading {
  encoding: EncodingName;
  text: string;
  /**
   * signs of mojibake: an Arabic letter next to a Latin letter or to × ÷, a Latin-1 sign
   * inside a word, a C1 control (weighted)
   */
  bad: number;
  /** characters outside ASCII */
  nonAscii: number;
}

function read(bytes: Uint8Array, encoding: EncodingName): Reading | undefined {
  const text = tryDecode(bytes, encoding);
  if (text === undefined) return undefined;
  let bad = 0;
  let nonAscii = 0;
  let p1 = OTHER;
  let p2 = OTHER;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let cls: number;
    if (c < 0x80) cls = charClass(c);
    else {
      nonAscii++;
      if (c <= 0x9f) {
        bad += 4;
        cls = OTHER;
      } else cls = charClass(c);
    }
    if (cls !== OTHER && p1 !== OTHER && cls !== p1) {
      if (isLetter(cls) && isLetter(p1)) bad++;
      else if ((cls === MATH && p1 === ARABIC) || (cls === ARABIC && p1 === MATH)) bad++;
      else if (isLetter(cls) && p1 === SIGN && isLetter(p2)) bad++;
    }
    p2 = p1;
    p1 = cls;
  }
  return { encoding, text, bad, nonAscii };
}

/**
 * Bytes that are almost all well-formed UTF-8 are UTF-8 with a few bad bytes (a damaged or
 * truncated file), not a single-byte code page: Windows-1256 would read them as the
 * classic mojibake ط§ظ„ط¹ط±ط¨ظٹط©. Arabic in Windows-1256 forms few valid UTF-8 pairs.
 */
const BROKEN_UTF8_SHARE = 0.8;

function decodeSingleByte(bytes: Uint8Array): Decoded {
  const coverage = utf8Coverage(bytes);
  if (coverage.high > 0 && coverage.valid >= coverage.high * BROKEN_UTF8_SHARE) {
    const at = coverage.firstInvalid;
    throw new DecodeError(`invalid UTF-8 at byte ${at} (${hex(bytes[at])})`);
  }
  const w = read(bytes, 'windows-1256')!;
  const iso = read(bytes, 'iso-8859-6');
  const best = iso && iso.bad < w.bad ? iso : w;
  if (best.bad > 2 && best.bad > best.nonAscii * 0.05) {
    throw new DecodeError(iso ? 'invalid UTF-8 and not Windows-1256 or ISO-8859-6 text' : 'invalid UTF-8 and not Windows-1256 text');
  }
  checkText(best.text);
  return { text: best.text, encoding: best.encoding, bom: false };
}

// ---------------------------------------------------------------------------------------

/**
 * Decodes bytes to text. `options.encoding` (any alias resolveEncodingName accepts) skips
 * detection; a byte order mark still takes precedence over it. Empty input is '' in UTF-8.
 * Throws DecodeError for bytes that are not text, UnknownEncodingError for a bad name.
 */
export function decode(bytes: Uint8Array, options?: { encoding?: string }): Decoded {
  const given = options?.encoding !== undefined ? resolveEncodingName(options.encoding) : undefined;
  const bom = bomOf(bytes);
  if (bom) {
    const text = decodeAs(bytes.subarray(bom.length), bom.encoding, bom.length);
    checkText(text);
    return { text, encoding: bom.encoding, bom: true };
  }
  if (given) {
    const text = decodeAs(bytes, given);
    checkText(text);
    return { text, encoding: given, bom: false };
  }
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', bom: false };

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined && !SUSPECT.test(utf8)) return { text: utf8, encoding: 'utf-8', bom: false };

  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = tryDecode(bytes, utf16);
    if (text !== undefined && textProblem(text) === undefined) return { text, encoding: utf16, bom: false };
  }
  if (utf8 !== undefined) {
    checkText(utf8);
    return { text: utf8, encoding: 'utf-8', bom: false };
  }
  return decodeSingleByte(bytes);
}
