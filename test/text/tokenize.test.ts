import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/document.js';
import { tokenize } from '../../src/text/tokenize.js';
import { createNormalizer } from '../../src/text/normalize.js';

/** Stand-in normalizer: strip harakat and tatweel, fold أ إ آ to ا. */
const norm = (s: string): string => s.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[أإآ]/g, 'ا');

const pairs = (text: string): Array<[string, string]> =>
  tokenize(text, norm).map((t) => [t.text, t.kind]);

const texts = (text: string): string[] => tokenize(text, norm).map((t) => t.text);

function checkOffsets(text: string, tokens: Token[]): void {
  let last = 0;
  for (const t of tokens) {
    expect(t.start).toBeGreaterThanOrEqual(last);
    expect(t.end).toBeGreaterThan(t.start);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    last = t.end;
  }
}

describe('tokenize: Arabic words', () => {
  it('splits a news sentence with harakat and tatweel into words and punctuation', () => {
    const text = 'قالَ وزيرُ الخارجيـــة، في تصريحٍ صحفي: «سنواصل الجهود».';
    const toks = tokenize(text, norm);
    checkOffsets(text, toks);
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['قالَ', 'word'],
      ['وزيرُ', 'word'],
      ['الخارجيـــة', 'word'],
      ['،', 'punct'],
      ['في', 'word'],
      ['تصريحٍ', 'word'],
      ['صحفي', 'word'],
      [':', 'punct'],
      ['«', 'punct'],
      ['سنواصل', 'word'],
      ['الجهود', 'word'],
      ['»', 'punct'],
      ['.', 'punct'],
    ]);
    expect(toks[0].norm).toBe('قال');
    expect(toks[2].norm).toBe('الخارجية');
  });

  it('keeps a letter with tatweel before a space as a word ("لـ رويترز")', () => {
    expect(pairs('وقال لـ رويترز')).toEqual([
      ['وقال', 'word'],
      ['لـ', 'word'],
      ['رويترز', 'word'],
    ]);
    expect(tokenize('لـ رويترز', norm)[0].norm).toBe('ل');
  });

  it('keeps ZWNJ inside a word and skips zero-width characters between words', () => {
    expect(texts('می‌خواهم بروم')).toEqual(['می‌خواهم', 'بروم']);
    // a trailing ZWNJ, an RLM and a BOM between words are not tokens nor parts of tokens
    const text = 'كتاب\u200C \u200Fجديد\uFEFF قديم';
    const toks = tokenize(text, norm);
    checkOffsets(text, toks);
    expect(toks.map((t) => t.text)).toEqual(['كتاب', 'جديد', 'قديم']);
  });

  it('never puts digits or punctuation inside a word', () => {
    expect(pairs('عام2024م')).toEqual([
      ['عام', 'word'],
      ['2024', 'number'],
      ['م', 'word'],
    ]);
    expect(texts('غزة،رفح')).toEqual(['غزة', '،', 'رفح']);
  });

  it('reads presentation forms and Persian/Urdu letters as Arabic-script words', () => {
    expect(pairs('ﻻ ﷲ گزارش')).toEqual([
      ['ﻻ', 'word'],
      ['ﷲ', 'word'],
      ['گزارش', 'word'],
    ]);
  });

  it('makes a run of tatweel alone a symbol, not a word', () => {
    expect(pairs('عنوان ـــــ نص')).toEqual([
      ['عنوان', 'word'],
      ['ـــــ', 'symbol'],
      ['نص', 'word'],
    ]);
  });
});

describe('tokenize: numbers', () => {
  it.each([
    ['3.5', '3.5'],
    ['112.75', '112.75'],
    ['1,000', '1,000'],
    ['١٤٤٧', '١٤٤٧'],
    ['۱۴۰۳', '۱۴۰۳'],
    ['١٢-٣-٢٠٢٤', '١٢-٣-٢٠٢٤'],
    ['12:30', '12:30'],
    ['2024/3/12', '2024/3/12'],
    ['3.5%', '3.5%'],
    ['٤٫٢٪', '٤٫٢٪'],
    ['١٢٬٥٠٠', '١٢٬٥٠٠'],
  ])('%s is one number token', (text, expected) => {
    const toks = tokenize(`بلغ ${text} أمس`, norm);
    expect(toks.map((t) => t.kind)).toEqual(['word', 'number', 'word']);
    expect(toks[1].text).toBe(expected);
  });

  it('leaves a sentence-final dot and a list comma outside the number', () => {
    expect(pairs('في عام 2024.')).toEqual([
      ['في', 'word'],
      ['عام', 'word'],
      ['2024', 'number'],
      ['.', 'punct'],
    ]);
    expect(texts('الأعوام 2022, 2023، 2024')).toEqual(['الأعوام', '2022', ',', '2023', '،', '2024']);
    expect(texts('بين 3 و5')).toEqual(['بين', '3', 'و', '5']);
  });

  it('makes digits glued to Latin letters latin, unless that cuts a number', () => {
    expect(pairs('شبكة 5G وطول 3.5km عند 12:30pm')).toEqual([
      ['شبكة', 'word'],
      ['5G', 'latin'],
      ['وطول', 'word'],
      ['3.5km', 'latin'],
      ['عند', 'word'],
      ['12:30', 'number'],
      ['pm', 'latin'],
    ]);
  });

  it('does not take signs', () => {
    expect(pairs('-5 و +3')).toEqual([
      ['-', 'punct'],
      ['5', 'number'],
      ['و', 'word'],
      ['+', 'symbol'],
      ['3', 'number'],
    ]);
  });

  it('normalizes numbers through norm', () => {
    const toks = tokenize('١٢٣', (s) => s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
    expect(toks[0]).toMatchObject({ kind: 'number', text: '١٢٣', norm: '123' });
  });
});

describe('tokenize: Latin', () => {
  it('keeps internal hyphens, apostrophes and digits', () => {
    expect(pairs('فيروس COVID-19 وطائرات F-16 وهاتف iPhone وقمة G7 وشبكة 5G ومقال O\'Brien')).toEqual([
      ['فيروس', 'word'],
      ['COVID-19', 'latin'],
      ['وطائرات', 'word'],
      ['F-16', 'latin'],
      ['وهاتف', 'word'],
      ['iPhone', 'latin'],
      ['وقمة', 'word'],
      ['G7', 'latin'],
      ['وشبكة', 'word'],
      ['5G', 'latin'],
      ['ومقال', 'word'],
      ["O'Brien", 'latin'],
    ]);
  });

  it('keeps a dotted acronym with its final dot', () => {
    expect(texts('قال مسؤول في U.S. Army')).toEqual(['قال', 'مسؤول', 'في', 'U.S.', 'Army']);
  });

  it('leaves a final dot after an ordinary word', () => {
    expect(pairs('نقلا عن Axios.')).toEqual([
      ['نقلا', 'word'],
      ['عن', 'word'],
      ['Axios', 'latin'],
      ['.', 'punct'],
    ]);
  });

  it('reads Greek and Cyrillic as latin tokens', () => {
    expect(pairs('Москва Αθήνα')).toEqual([
      ['Москва', 'latin'],
      ['Αθήνα', 'latin'],
    ]);
  });
});

describe('tokenize: URLs, emails, hashtags, mentions', () => {
  it('strips trailing Arabic and Latin punctuation from URLs', () => {
    const text = 'المصدر: https://www.example.com/ar/news/2024/3/12/خبر، وأيضا www.example.org/arabic.';
    const toks = tokenize(text, norm);
    checkOffsets(text, toks);
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['المصدر', 'word'],
      [':', 'punct'],
      ['https://www.example.com/ar/news/2024/3/12/خبر', 'url'],
      ['،', 'punct'],
      ['وأيضا', 'word'],
      ['www.example.org/arabic', 'url'],
      ['.', 'punct'],
    ]);
  });

  it('keeps a balanced parenthesis inside a URL and drops an enclosing one', () => {
    expect(pairs('(https://en.example.org/wiki/Gaza_(city))')).toEqual([
      ['(', 'punct'],
      ['https://en.example.org/wiki/Gaza_(city)', 'url'],
      [')', 'punct'],
    ]);
    expect(pairs('«http://example.com/a?b=1&c=2»')).toEqual([
      ['«', 'punct'],
      ['http://example.com/a?b=1&c=2', 'url'],
      ['»', 'punct'],
    ]);
  });

  it('recognizes emails and lowercases their norm', () => {
    const toks = tokenize('راسلونا على Press.Office@Example.org.', norm);
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['راسلونا', 'word'],
      ['على', 'word'],
      ['Press.Office@Example.org', 'email'],
      ['.', 'punct'],
    ]);
    expect(toks[2].norm).toBe('press.office@example.org');
  });

  it('recognizes hashtags in any script and mentions', () => {
    const toks = tokenize('تفاعل مع #كأس_العالم و#COP28، وكتب @QNA_Arabic: شكرا', norm);
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['تفاعل', 'word'],
      ['مع', 'word'],
      ['#كأس_العالم', 'hashtag'],
      ['و', 'word'],
      ['#COP28', 'hashtag'],
      ['،', 'punct'],
      ['وكتب', 'word'],
      ['@QNA_Arabic', 'mention'],
      [':', 'punct'],
      ['شكرا', 'word'],
    ]);
    expect(toks[2].norm).toBe('#كاس_العالم');
  });

  it('makes a lone # or @ a symbol', () => {
    expect(pairs('# @ #1')).toEqual([
      ['#', 'symbol'],
      ['@', 'symbol'],
      ['#', 'symbol'],
      ['1', 'number'],
    ]);
  });
});

describe('tokenize: emoji', () => {
  it('keeps emoji sequences whole', () => {
    const text = 'رائع😀👍🏽 👨‍👩‍👧 🇸🇦🇶🇦 1️⃣ ❤️ ☀ 🏴󠁧󠁢󠁳󠁣󠁴󠁿';
    const toks = tokenize(text, norm);
    checkOffsets(text, toks);
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['رائع', 'word'],
      ['😀', 'emoji'],
      ['👍🏽', 'emoji'],
      ['👨‍👩‍👧', 'emoji'],
      ['🇸🇦', 'emoji'],
      ['🇶🇦', 'emoji'],
      ['1️⃣', 'emoji'],
      ['❤️', 'emoji'],
      ['☀', 'emoji'],
      ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'emoji'],
    ]);
  });

  it('treats text-style pictographs as symbols unless followed by VS16', () => {
    expect(pairs('© ©️ ™')).toEqual([
      ['©', 'symbol'],
      ['©️', 'emoji'],
      ['™', 'symbol'],
    ]);
  });
});

describe('tokenize: punctuation and symbols', () => {
  it('makes each quote mark of every style its own token', () => {
    const text = '«أ» “ب” „ج‟ ‹د› "هـ" \'و\' ‘ز’';
    const toks = tokenize(text, norm);
    checkOffsets(text, toks);
    const punct = toks.filter((t) => t.kind === 'punct').map((t) => t.text);
    expect(punct).toEqual(['«', '»', '“', '”', '„', '‟', '‹', '›', '"', '"', "'", "'", '‘', '’']);
    expect(toks.filter((t) => t.kind === 'word').map((t) => t.text)).toEqual([
      'أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز',
    ]);
  });

  it('groups runs of the same terminal mark or dash, not other marks', () => {
    expect(texts('ماذا؟؟ لا!! انتظر... حسنا؟! ثم -- و…')).toEqual([
      'ماذا', '؟؟', 'لا', '!!', 'انتظر', '...', 'حسنا', '؟', '!', 'ثم', '--', 'و', '…',
    ]);
    expect(texts('((نص))')).toEqual(['(', '(', 'نص', ')', ')']);
  });

  it('tokenizes each Arabic punctuation mark', () => {
    expect(pairs('أولا، ثانيا؛ لماذا؟')).toEqual([
      ['أولا', 'word'],
      ['،', 'punct'],
      ['ثانيا', 'word'],
      ['؛', 'punct'],
      ['لماذا', 'word'],
      ['؟', 'punct'],
    ]);
  });

  it('makes currency, math and percent signs symbols', () => {
    expect(pairs('$100 و€5 = % +')).toEqual([
      ['$', 'symbol'],
      ['100', 'number'],
      ['و', 'word'],
      ['€', 'symbol'],
      ['5', 'number'],
      ['=', 'symbol'],
      ['%', 'symbol'],
      ['+', 'symbol'],
    ]);
  });

  it('keeps combining marks with the token they follow', () => {
    expect(texts('نص ً')).toEqual(['نص', 'ً']);
    expect(pairs('e\u0301t\u00e9')).toEqual([['e\u0301t\u00e9', 'latin']]);
  });
});

describe('tokenize: whitespace, controls and robustness', () => {
  it('separates on every kind of space and never makes a space token', () => {
    const text = 'أ\u00A0ب\tج\nد\r\ne\u2003f\u3000g\u2028h\u200Bi';
    const toks = tokenize(text, norm);
    checkOffsets(text, toks);
    expect(toks.map((t) => t.text)).toEqual(['أ', 'ب', 'ج', 'د', 'e', 'f', 'g', 'h', 'i']);
  });

  it('skips control characters', () => {
    expect(texts('نص\u0000\u0007آخر')).toEqual(['نص', 'آخر']);
  });

  it('turns lone surrogates into one-unit symbols', () => {
    const text = '\uD800abc\uDC00 \uD83D';
    const toks = tokenize(text, norm);
    checkOffsets(text, toks);
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['\uD800', 'symbol'],
      ['abc', 'latin'],
      ['\uDC00', 'symbol'],
      ['\uD83D', 'symbol'],
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('', norm)).toEqual([]);
    expect(tokenize(' \n\t\u200F ', norm)).toEqual([]);
  });

  it('calls norm only for word, latin, number, hashtag and mention tokens', () => {
    const seen: string[] = [];
    const spy = (s: string): string => {
      seen.push(s);
      return s.toUpperCase();
    };
    const toks = tokenize('كلمة Word 12 #وسم @user https://x.org a@b.org 😀 . $', spy);
    expect(seen).toEqual(['كلمة', 'Word', '12', '#وسم', '@user']);
    const byKind = Object.fromEntries(toks.map((t) => [t.kind, t.norm]));
    expect(byKind).toMatchObject({
      latin: 'WORD',
      url: 'https://x.org',
      email: 'a@b.org',
      emoji: '😀',
      punct: '.',
      symbol: '$',
    });
  });
});

describe('tokenize with the project normalizer', () => {
  it('fills norm with the normalized form and keeps the original text', () => {
    const n = createNormalizer();
    const text = 'أعلنَ الرئيـس إلى ١٢٣ مسؤولاً';
    const toks = tokenize(text, n);
    checkOffsets(text, toks);
    expect(toks.map((t) => t.norm)).toEqual(toks.map((t) => n(t.text)));
    expect(toks.map((t) => t.text)).toEqual(['أعلنَ', 'الرئيـس', 'إلى', '١٢٣', 'مسؤولاً']);
    expect(toks[0].norm).not.toBe(toks[0].text);
  });
});
