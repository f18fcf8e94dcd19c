import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, SUPPORTED_ENCODINGS, UnknownEncodingError, decode, resolveEncodingName } from '../../src/text/decode.js';

const NEWS =
  'قال وزير الخارجية في مؤتمر صحفي عقده في القاهرة يوم الخميس إن المفاوضات ستُستأنف الأسبوع المقبل، ' +
  'مؤكدًا أن الحكومة لن تتراجع عن مطالبها؛ فهل تنجح الوساطة هذه المرة؟\n' +
  'وأضاف أن نسبة البطالة بلغت 12.5 في المئة خلال الربع الأول من العام.\n';

/** Only letters ISO-8859-6 has (no harakat, no « », no Latin) */
const NEWS_ISO =
  'أعلنت الهيئة العامة للأرصاد الجوية أن موجة الحر ستستمر حتى نهاية الأسبوع، ودعت المواطنين إلى ' +
  'تجنب التعرض للشمس؛ فمتى تنخفض درجات الحرارة؟ قال مدير الهيئة إن الطقس سيتحسن يوم الاثنين.\n';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
const cp1256 = (s: string) => new Uint8Array(iconv.encode(s, 'cp1256'));
const iso88596 = (s: string) => new Uint8Array(iconv.encode(s, 'iso-8859-6'));
const concat = (...parts: ArrayLike<number>[]) => new Uint8Array(parts.flatMap((p) => Array.from(p)));

/** Deterministic pseudo-random bytes (a linear congruential generator) in [lo, hi]. */
function noise(n: number, lo: number, hi: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = lo + ((x >>> 16) % (hi - lo + 1));
  }
  return out;
}

function decodeError(bytes: Uint8Array, options?: { encoding?: string }): DecodeError {
  try {
    decode(bytes, options);
  } catch (err) {
    expect(err).toBeInstanceOf(DecodeError);
    return err as DecodeError;
  }
  throw new Error('decode did not throw');
}

describe('resolveEncodingName', () => {
  it.each([
    ['utf8', 'utf-8'],
    ['UTF-8', 'utf-8'],
    [' utf_8 ', 'utf-8'],
    ['cp1256', 'windows-1256'],
    ['Windows-1256', 'windows-1256'],
    ['WIN1256', 'windows-1256'],
    ['utf16le', 'utf-16le'],
    ['UTF-16', 'utf-16le'],
    ['utf-16be', 'utf-16be'],
    ['latin-arabic', 'iso-8859-6'],
    ['ISO-8859-6', 'iso-8859-6'],
    ['iso_8859-6:1987', 'iso-8859-6'],
    ['ASMO-708', 'iso-8859-6'],
    ['arabic', 'iso-8859-6'],
  ])('%s → %s', (alias, name) => {
    expect(resolveEncodingName(alias)).toBe(name);
  });

  it('rejects unknown names with a plain Error subclass that lists the supported ones', () => {
    for (const bad of ['latin1', 'cp1252', 'utf-32', '', 'arabic-mac']) {
      let caught: unknown;
      try {
        resolveEncodingName(bad);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(UnknownEncodingError);
      expect(caught).toBeInstanceOf(Error);
      expect(caught).not.toBeInstanceOf(DecodeError);
      expect((caught as Error).message).toContain('windows-1256');
      expect((caught as Error).message).toContain(`"${bad}"`);
    }
  });

  it('supports exactly five encodings, each a TextDecoder label for itself', () => {
    expect([...SUPPORTED_ENCODINGS].sort()).toEqual(['iso-8859-6', 'utf-16be', 'utf-16le', 'utf-8', 'windows-1256']);
    for (const name of SUPPORTED_ENCODINGS) {
      expect(new TextDecoder(name).encoding).toBe(name);
      expect(resolveEncodingName(name)).toBe(name);
    }
  });
});

describe('decode: Unicode', () => {
  it('decodes empty input as empty UTF-8', () => {
    expect(decode(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });

  it('takes pure ASCII as UTF-8', () => {
    expect(decode(utf8('Reuters reported on Tuesday.\n'))).toEqual({
      text: 'Reuters reported on Tuesday.\n',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('decodes UTF-8 Arabic', () => {
    expect(decode(utf8(NEWS))).toEqual({ text: NEWS, encoding: 'utf-8', bom: false });
  });

  it('strips a UTF-8 byte order mark', () => {
    const d = decode(concat([0xef, 0xbb, 0xbf], utf8(NEWS)));
    expect(d).toEqual({ text: NEWS, encoding: 'utf-8', bom: true });
  });

  it('decodes a file that is only a byte order mark to empty text', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ text: '', encoding: 'utf-8', bom: true });
  });

  it('decodes UTF-16LE and UTF-16BE by their byte order marks', () => {
    expect(decode(concat([0xff, 0xfe], utf16le(NEWS)))).toEqual({ text: NEWS, encoding: 'utf-16le', bom: true });
    expect(decode(concat([0xfe, 0xff], utf16be(NEWS)))).toEqual({ text: NEWS, encoding: 'utf-16be', bom: true });
  });

  it('detects UTF-16 without a byte order mark', () => {
    expect(decode(utf16le(NEWS))).toEqual({ text: NEWS, encoding: 'utf-16le', bom: false });
    expect(decode(utf16be(NEWS))).toEqual({ text: NEWS, encoding: 'utf-16be', bom: false });
    const english = 'The minister said talks would resume next week.\n';
    expect(decode(utf16le(english))).toEqual({ text: english, encoding: 'utf-16le', bom: false });
    expect(decode(utf16be(english))).toEqual({ text: english, encoding: 'utf-16be', bom: false });
  });

  it('detects UTF-16 without a BOM whose Arabic bytes happen to be valid UTF-8', () => {
    // U+0621–U+064A encode to ASCII-range low bytes plus 0x06: valid UTF-8 full of control bytes
    const word = 'قال الوزير إن الحكومة ستعمل';
    expect(new TextDecoder('utf-8', { fatal: true }).decode(utf16le(word))).toBeTypeOf('string');
    expect(decode(utf16le(word))).toEqual({ text: word, encoding: 'utf-16le', bom: false });
  });

  it('keeps astral characters and a BOM-like character inside the text', () => {
    const s = 'خبر عاجل 📰 \uFEFF نهاية';
    expect(decode(utf8(s)).text).toBe(s);
    expect(decode(concat([0xff, 0xfe], utf16le(s))).text).toBe(s);
  });
});

describe('decode: Arabic code pages', () => {
  it('detects Windows-1256', () => {
    const d = decode(cp1256(NEWS));
    expect(d).toEqual({ text: NEWS, encoding: 'windows-1256', bom: false });
  });

  it('detects ISO-8859-6', () => {
    const d = decode(iso88596(NEWS_ISO));
    expect(d).toEqual({ text: NEWS_ISO, encoding: 'iso-8859-6', bom: false });
  });

  it('reads the same ISO-8859-6 sentence as Windows-1256 when the bytes are Windows-1256', () => {
    expect(decode(cp1256(NEWS_ISO))).toEqual({ text: NEWS_ISO, encoding: 'windows-1256', bom: false });
  });

  it('detects ISO-8859-6 with its own punctuation bytes (، 0xAC, ؛ 0xBB, ؟ 0xBF)', () => {
    const s = 'هل يعود الهدوء؟ نعم، قال المتحدث؛ والمفاوضات مستمرة.';
    const bytes = iso88596(s);
    expect(Array.from(bytes)).toEqual(expect.arrayContaining([0xac, 0xbb, 0xbf]));
    expect(decode(bytes)).toEqual({ text: s, encoding: 'iso-8859-6', bom: false });
  });

  it('prefers Windows-1256 when both code pages read the bytes the same way', () => {
    // ء…ض sit at 0xC1–0xD6 in both code pages
    const s = 'سد خرب';
    expect(new TextDecoder('iso-8859-6').decode(cp1256(s))).toBe(s);
    expect(decode(cp1256(s)).encoding).toBe('windows-1256');
  });

  it('prefers Windows-1256 when both readings are plausible Arabic', () => {
    // س ل ا م in Windows-1256 reads as س ف ا ك in ISO-8859-6
    expect(decode(cp1256('سلام')).text).toBe('سلام');
    expect(decode(cp1256('سلام')).encoding).toBe('windows-1256');
  });

  it('decodes Windows-1256 with French words and guillemets', () => {
    const s = 'قال الرئيس الفرنسي إيمانويل ماكرون في باريس: « c’est très important pour la sécurité »، وأضاف أن الحوار ضروري.';
    expect(decode(cp1256(s))).toEqual({ text: s, encoding: 'windows-1256', bom: false });
  });
});

describe('decode: given encoding', () => {
  it('uses the given encoding instead of detecting', () => {
    const bytes = iso88596(NEWS_ISO);
    const forced = decode(bytes, { encoding: 'cp1256' });
    expect(forced.encoding).toBe('windows-1256');
    expect(forced.text).toBe(new TextDecoder('windows-1256').decode(bytes));
    expect(decode(utf8('abc'), { encoding: 'latin-arabic' })).toEqual({ text: 'abc', encoding: 'iso-8859-6', bom: false });
  });

  it('lets a byte order mark win over the given encoding', () => {
    expect(decode(concat([0xef, 0xbb, 0xbf], utf8(NEWS)), { encoding: 'windows-1256' })).toEqual({
      text: NEWS,
      encoding: 'utf-8',
      bom: true,
    });
  });

  it('reports bytes that are invalid in the given encoding', () => {
    expect(decodeError(cp1256(NEWS), { encoding: 'utf-8' }).message).toMatch(/^invalid UTF-8 at byte \d+ \(0x[0-9A-F]{2}\)$/);
    // ق is 0xDE in Windows-1256, a byte ISO-8859-6 leaves unassigned
    const e = decodeError(cp1256('ق'), { encoding: 'iso-8859-6' });
    expect(e.message).toBe('not ISO-8859-6 text: byte 0xDE at 0 has no character in ISO-8859-6');
    // offsets count the byte order mark
    expect(decodeError(concat([0xef, 0xbb, 0xbf], utf8('قال'), [0xc0])).message).toBe('invalid UTF-8 at byte 9 (0xC0)');
    expect(decodeError(new Uint8Array([0x27, 0x06, 0x44]), { encoding: 'utf-16le' }).message).toBe(
      'invalid UTF-16LE: odd number of bytes',
    );
  });

  it('throws UnknownEncodingError for an unknown name', () => {
    expect(() => decode(utf8('x'), { encoding: 'ebcdic' })).toThrow(UnknownEncodingError);
  });
});

describe('decode: not text', () => {
  it('rejects binary data with NUL bytes', () => {
    const png = concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], noise(200, 0, 255));
    const e = decodeError(png);
    expect(e.code).toBe('EDECODE');
    expect(e.message).toMatch(/^not text: binary data|^invalid UTF-8/);
    expect(decodeError(concat(utf8('نص عربي'), [0], utf8('ثم المزيد من النص العربي هنا'))).message).toBe(
      'not text: binary data (NUL bytes)',
    );
  });

  it('rejects many control characters, tolerates a stray one', () => {
    expect(decodeError(noise(300, 1, 8)).message).toBe('not text: binary data (control characters)');
    const long = NEWS.repeat(3) + '\x07' + NEWS;
    expect(decode(utf8(long)).text).toBe(long);
    // a damaged article: about 2% of its characters are U+001A where characters were lost
    const damaged = NEWS.replace('وزير', '\x1a\x1a\x1aوزير').replace('الحكومة', 'الحكومة\x1a\x1a');
    expect(damaged.length).toBeGreaterThan(200);
    expect(decode(utf8(damaged)).text).toBe(damaged);
  });

  it('rejects random high bytes', () => {
    expect(decodeError(noise(500, 0x80, 0xff)).message).toMatch(/^invalid UTF-8 and not Windows-1256( or ISO-8859-6)? text$/);
  });

  it('rejects German Latin-1 rather than reading it as Windows-1256 mojibake', () => {
    const bytes = new Uint8Array(iconv.encode('Grüße aus München: schöne Straße, große Füße.', 'latin1'));
    expect(decodeError(bytes).message).toMatch(/^invalid UTF-8 and not Windows-1256/);
  });

  it('rejects Russian KOI8-R', () => {
    const bytes = new Uint8Array(iconv.encode('Министр заявил, что переговоры возобновятся на следующей неделе.', 'koi8-r'));
    expect(decodeError(bytes).message).toMatch(/^invalid UTF-8 and not Windows-1256/);
  });

  it('rejects Polish Windows-1250 (Latin-1 signs inside words)', () => {
    const s =
      'Minister spraw zagranicznych powiedział w środę, że rozmowy z sąsiednim krajem zostaną wznowione ' +
      'w przyszłym tygodniu. Podkreślił, że rząd nie zrezygnuje ze swoich żądań.';
    expect(decodeError(new Uint8Array(iconv.encode(s, 'cp1250'))).message).toMatch(/^invalid UTF-8 and not Windows-1256/);
  });

  it('reads French Latin-1 correctly, since Windows-1256 has the French letters', () => {
    const s = 'Le ministre a déclaré à Genève que les négociations reprendront la semaine prochaine.';
    expect(decode(new Uint8Array(iconv.encode(s, 'latin1')))).toEqual({ text: s, encoding: 'windows-1256', bom: false });
  });

  it('rejects damaged UTF-8 instead of reading it as Windows-1256 (no ط§ظ„ mojibake)', () => {
    const good = utf8(NEWS);
    const damaged = concat(good.subarray(0, 40), [0xff], good.subarray(40));
    expect(decodeError(damaged).message).toBe('invalid UTF-8 at byte 40 (0xFF)');
    const lead = good.lastIndexOf(0xd9); // the first byte of a two-byte Arabic letter
    expect(lead).toBeGreaterThan(0);
    expect(decodeError(good.subarray(0, lead + 1)).message).toBe(`invalid UTF-8 at byte ${lead} (0xD9)`);
  });

  it('rejects text that is mostly replacement characters', () => {
    expect(decodeError(utf8('\uFFFD'.repeat(20) + 'abc')).message).toBe('not text: mostly replacement characters (U+FFFD)');
    expect(decode(utf8('كلمة \uFFFD واحدة تالفة في جملة طويلة جدا من النص')).encoding).toBe('utf-8');
  });

  it('rejects a UTF-16LE file (with BOM) that holds binary zeros', () => {
    expect(decodeError(concat([0xff, 0xfe], utf16le('abc\u0000\u0000def'))).message).toBe('not text: binary data (NUL bytes)');
  });
});
