import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/document.js';
import { tokenize } from '../../src/text/tokenize.js';
import { originalOffset, segment } from '../../src/text/segment.js';
import { createNormalizer } from '../../src/text/normalize.js';

/** Stand-in normalizer: strip harakat and tatweel, fold أ إ آ to ا. */
const norm = (s: string): string => s.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[أإآ]/g, 'ا');

function word(text: string, n: (s: string) => string = norm, start = 0): Token {
  return { start, end: start + text.length, text, norm: n(text), kind: 'word' };
}

/** "proclitics+ base +enclitic" for compact expectations; '-' when not segmented. */
function seg(text: string, n: (s: string) => string = norm): string {
  const s = segment(word(text, n));
  if (!s) return '-';
  return [...s.proclitics.map((p) => p + '+'), s.base, ...(s.enclitic ? ['+' + s.enclitic] : [])].join(' ');
}

describe('segment: proclitics', () => {
  it.each([
    ['والرئيس', 'و+ ال+ رئيس'],
    ['للرئيس', 'لل+ رئيس'],
    ['بالمدينة', 'ب+ ال+ مدينة'],
    ['كالعادة', 'ك+ ال+ عادة'],
    ['فالمدينة', 'ف+ ال+ مدينة'],
    ['وبالتالي', 'و+ ب+ ال+ تالي'],
    ['وللحكومة', 'و+ لل+ حكومة'],
    ['الاتفاق', 'ال+ اتفاق'],
    ['وقال', 'و+ قال'],
    ['فيقول', 'ف+ يقول'],
    ['فإنه', 'ف+ ان +ه'],
    ['وانتقد', 'و+ انتقد'],
    ['لاتفاق', 'ل+ اتفاق'],
    ['كمصدر', 'ك+ مصدر'],
    ['بمشاركة', 'ب+ مشاركة'],
    ['لتعزيز', 'ل+ تعزيز'],
    ['وسيقول', 'و+ س+ يقول'],
    ['ستعقد', 'س+ تعقد'],
    ['سأذهب', 'س+ اذهب'],
    ['وفي', 'و+ في'],
    ['فإن', 'ف+ ان'],
    ['بسبب', 'ب+ سبب'],
    ['بشأن', 'ب+ شان'],
    ['لذلك', 'ل+ ذلك'],
  ])('%s → %s', (text, expected) => {
    expect(seg(text)).toBe(expected);
  });
});

describe('segment: words that only look clitic-initial', () => {
  it.each([
    'وزير', 'وزارة', 'ولاية', 'وقت', 'بيروت', 'بيان', 'كبير', 'كان', 'كل', 'لكن', 'ليس', 'الله',
    'بين', 'بعد', 'فقط', 'فريق', 'فرنسا', 'فلسطينية', 'لبنان', 'واشنطن', 'سيارة', 'سياسي',
    'سيطرت', 'ساعدت', 'سيدات', 'ألمانيا', 'إلى', 'الذي', 'الآن', 'كذلك', 'هناك', 'بها', 'لها',
    'ولد', 'وضع', 'بنك', 'سنة', 'واحد', 'فاجأ', 'لاغارد', 'فعليا', 'فيسبوك', 'كاتب', 'ستاندرد',
    'ستيفان', 'فئة',
  ])('%s is not split', (text) => {
    expect(seg(text)).toBe('-');
  });

  it('keeps a listed word whole after a proclitic', () => {
    expect(seg('ووزير')).toBe('و+ وزير');
    expect(seg('والوزارة')).toBe('و+ ال+ وزارة');
    expect(seg('والفلسطينيين')).toBe('و+ ال+ فلسطينيين');
    expect(seg('لفرنسا')).toBe('ل+ فرنسا');
    expect(seg('بلبنان')).toBe('ب+ لبنان');
    expect(seg('بالله')).toBe('ب+ الله');
    expect(seg('وبيروت')).toBe('و+ بيروت');
    expect(seg('وكان')).toBe('و+ كان');
  });

  it('reads hamza on the alef as part of the word, not the article', () => {
    // written bare, المانيا is listed; written with hamza it is never the article
    expect(seg('المانيا')).toBe('-');
    expect(seg('أليس')).toBe('-');
    expect(seg('إلغاء')).toBe('-');
  });

  it('rejects a proclitic whose written vowel cannot be a clitic', () => {
    // وُصول with damma on the و, بَحَث with fatha on the ب
    expect(seg('وُصولهم')).toBe('وصول +هم');
    expect(seg('بُرتقالة')).toBe('-');
    // with the right vowels the clitics are peeled
    expect(seg('وَبِمَدينة')).toBe('و+ ب+ مدينة');
  });
});

describe('segment: enclitics', () => {
  it.each([
    ['كتابهم', 'كتاب +هم'],
    ['وزيرها', 'وزير +ها'],
    ['حكومتك', 'حكومت +ك'],
    ['مدرسته', 'مدرست +ه'],
    ['يمكنه', 'يمكن +ه'],
    ['عليها', 'علي +ها'],
    ['بلادنا', 'بلاد +نا'],
    ['مواقفهما', 'مواقف +هما'],
    ['ووزيرهم', 'و+ وزير +هم'],
    ['وبحكومتهم', 'و+ ب+ حكومت +هم'],
    ['وسيقولها', 'و+ س+ يقول +ها'],
    ['كتابِي', 'كتاب +ي'],
    ['منهم', 'من +هم'],
    ['فيه', 'في +ه'],
    ['بأنه', 'ب+ ان +ه'],
    ['بحقها', 'ب+ حق +ها'],
    ['كلمته', 'كلمت +ه'],
    ['لحظاتها', 'لحظات +ها'],
  ])('%s → %s', (text, expected) => {
    expect(seg(text)).toBe(expected);
  });

  it.each([
    'مدرسة', 'اتجاه', 'مياه', 'حاكم', 'أماكن', 'أحيانا', 'كورونا', 'شريك', 'حراك', 'مشترك',
    'سلوك', 'سوري', 'دولي', 'كتابي', 'المتهم', 'الحكم', 'تفاهم', 'دونيتسك', 'يتجه', 'الأهم',
  ])('%s keeps its last letters', (text) => {
    const s = seg(text);
    expect(s === '-' || s.startsWith('ال+ ')).toBe(true);
    expect(s).not.toMatch(/ \+/);
  });

  it('does not peel an enclitic after the article', () => {
    expect(seg('المتهم')).toBe('ال+ متهم');
    expect(seg('البنك')).toBe('ال+ بنك');
    expect(seg('الأهم')).toBe('ال+ اهم');
  });

  it('does not read teh marbuta as a pronoun when the normalizer folds it to ه', () => {
    const folding = (s: string): string => norm(s).replace(/ة/g, 'ه');
    expect(folding('مدرسة')).toBe('مدرسه');
    expect(seg('مدرسة', folding)).toBe('-');
    expect(seg('بالمدرسة', folding)).toBe('ب+ ال+ مدرسه');
    expect(seg('مدرسته', folding)).toBe('مدرست +ه');
  });

  it('does not read alef maksura as the pronoun ي', () => {
    const yeh = (s: string): string => norm(s).replace(/ى/g, 'ي');
    expect(seg('مستشفِى', yeh)).toBe('-');
  });
});

describe('segment: offsets into the original text', () => {
  it('skips harakat and tatweel after peeled proclitics ("وَبِـدِمَشْق")', () => {
    const text = 'زار الوفد وَبِـدِمَشْق أمس';
    const tok = tokenize(text, norm).find((t) => t.text === 'وَبِـدِمَشْق')!;
    const s = segment(tok)!;
    expect(s.proclitics).toEqual(['و', 'ب']);
    expect(s.base).toBe('دمشق');
    expect(text[s.baseStart]).toBe('د');
    expect(text.slice(s.baseStart, s.baseEnd)).toBe('دِمَشْق');
  });

  it('ends the base before the enclitic, keeping the base letter vowels', () => {
    const text = 'قرأ كِتابَـهُم';
    const tok = tokenize(text, norm)[1];
    const s = segment(tok)!;
    expect(s.enclitic).toBe('هم');
    expect(text.slice(s.baseStart, s.baseEnd)).toBe('كِتابَـ');
  });

  it('maps through presentation-form ligatures the project normalizer expands', () => {
    const n = createNormalizer();
    // ﻟ ﻺ ... : "للاعبين" written with the lam-alef ligature
    const text = 'و\uFEFBعبون';
    const tok = word(text, n, 10);
    expect(tok.norm).toBe('ولاعبون');
    const s = segment(tok);
    expect(s?.proclitics).toEqual(['و']);
    expect(s?.base).toBe('لاعبون');
    expect(s?.baseStart).toBe(11);
  });

  it('works with the project normalizer (hamza, yeh and Persian folding)', () => {
    const n = createNormalizer();
    expect(seg('والرئيس', n)).toBe('و+ ال+ رييس');
    expect(seg('وإلى', n)).toBe('و+ الي');
    expect(seg('لمسؤوليها', n)).toBe('ل+ مسوولي +ها');
    expect(seg('ألمانيا', n)).toBe('-');
  });

  it('returns undefined for non-word tokens and short words', () => {
    expect(segment({ start: 0, end: 4, text: 'Wall', norm: 'Wall', kind: 'latin' })).toBeUndefined();
    expect(segment({ start: 0, end: 6, text: '#والله', norm: '#والله', kind: 'hashtag' })).toBeUndefined();
    expect(segment(word('وم'))).toBeUndefined();
    expect(segment(word('ال'))).toBeUndefined();
  });
});

describe('originalOffset', () => {
  it('counts letters and skips harakat, tatweel and zero-width characters', () => {
    const t = 'وَبِـ\u200Cدِمَشْق';
    expect(originalOffset(t, 100, 0)).toBe(100);
    expect(originalOffset(t, 100, 1)).toBe(102); // ب
    expect(originalOffset(t, 100, 2)).toBe(106); // د, past kasra, tatweel and ZWNJ
    expect(originalOffset(t, 100, 5)).toBe(112); // ق, past sukun
    expect(originalOffset(t, 100, 6)).toBe(100 + t.length);
    expect(originalOffset(t, 100, 9)).toBe(100 + t.length);
  });

  it('does not cut a ligature apart', () => {
    const t = '\uFEFBعب'; // ﻻ = لا
    expect(originalOffset(t, 0, 1)).toBe(0);
    expect(originalOffset(t, 0, 2)).toBe(1);
  });
});
