import { describe, expect, it } from 'vitest';
import sw from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import {
  AMBIGUOUS_GIVEN_NAMES,
  ARABIC_GIVEN_NAMES,
  FOREIGN_GIVEN_NAMES,
  GIVEN_NAMES,
} from '../../src/data/given-names.js';
import { COMMON_WORDS } from '../../src/data/common-words.js';
import { FORM_NOTES, GAZETTEER } from '../../src/data/gazetteer/index.js';
import { ARABIC_WORD, fold, isArabicPhrase } from './folding.js';


function duplicatesAfterFolding(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups: string[] = [];
  for (const w of list) {
    const f = fold(w);
    if (seen.has(f)) dups.push(w);
    seen.add(f);
  }
  return dups;
}

const foldedSet = (list: Iterable<string>) => new Set([...list].map(fold));

describe('given names', () => {
  it('meets the size minimums', () => {
    expect(ARABIC_GIVEN_NAMES.length).toBeGreaterThanOrEqual(500);
    expect(FOREIGN_GIVEN_NAMES.length).toBeGreaterThanOrEqual(300);
    expect(GIVEN_NAMES.length).toBe(ARABIC_GIVEN_NAMES.length + FOREIGN_GIVEN_NAMES.length);
  });

  it('has no duplicates after folding', () => {
    expect(duplicatesAfterFolding(GIVEN_NAMES)).toEqual([]);
    expect(duplicatesAfterFolding(AMBIGUOUS_GIVEN_NAMES)).toEqual([]);
  });

  it('writes every entry in Arabic script, words separated by single spaces', () => {
    expect(GIVEN_NAMES.filter((n) => !isArabicPhrase(n))).toEqual([]);
    expect(AMBIGUOUS_GIVEN_NAMES.filter((n) => !isArabicPhrase(n))).toEqual([]);
  });

  it('keeps compound names as written in text, with a space', () => {
    const names = foldedSet(GIVEN_NAMES);
    for (const n of ['عبد الله', 'عبد الرحمن', 'عبد العزيز', 'نور الدين', 'صلاح الدين', 'عبد الفتاح']) {
      expect(names.has(fold(n)), n).toBe(true);
    }
    // at most two words: a given name is not a full name
    expect(GIVEN_NAMES.filter((n) => n.split(' ').length > 2)).toEqual([]);
  });

  it('covers Arabic names of every region, male and female', () => {
    const names = foldedSet(ARABIC_GIVEN_NAMES);
    const expected = [
      'محمد', 'أحمد', 'علي', 'حسن', 'حسين', 'خالد', 'فاطمة', 'عائشة', 'مريم', 'ليلى', // general
      'سلطان', 'تميم', 'حمدان', 'نورة', // Gulf
      'جورج', 'رفيق', 'ميشال', 'ريما', // Levant
      'حسني', 'مدحت', 'شيرين', 'جيهان', // Egypt
      'الحبيب', 'المنصف', 'إدريس', 'نعيمة', // Maghreb
      'حيدر', 'مقتدى', 'برهم', 'زهراء', // Iraq
      'سليم', 'خالد',
    ];
    for (const n of expected) expect(names.has(fold(n)), n).toBe(true);
  });

  it('covers foreign names in news transliteration, with variants', () => {
    const names = foldedSet(FOREIGN_GIVEN_NAMES);
    const expected = [
      'دونالد', 'جو', 'إيمانويل', 'فلاديمير', 'فولوديمير', 'أنطونيو', 'بنيامين', 'كير', 'أولاف',
      'ناريندرا', 'جورجيا', 'كامالا', 'مايك', 'جون', 'جيمس', 'ستيف', 'إيلون', 'مارك', 'بيل',
      'كريستيانو', 'ليونيل', 'كيليان',
      // variants
      'كمالا', 'جيمز', 'ديفيد', 'دافيد', 'سيرغي', 'سيرجي', 'ستيفن', 'ستيفان',
    ];
    for (const n of expected) expect(names.has(fold(n)), n).toBe(true);
    // رجب (Erdoğan) is an Arabic given name: listed once, among the Arabic ones
    expect(foldedSet(GIVEN_NAMES).has('رجب')).toBe(true);
  });

  it('folds spelling variants onto one entry (hamza forms are not listed twice)', () => {
    const names = foldedSet(GIVEN_NAMES);
    expect(names.has(fold('ابراهيم'))).toBe(true);
    expect(names.has(fold('اسامة'))).toBe(true);
    expect(names.has(fold('عايشة'))).toBe(true);
    expect(names.has(fold('مصطفي'))).toBe(true);
  });

  it('lists no common word or title as a plain given name unless it is marked ambiguous', () => {
    const ambiguous = foldedSet(AMBIGUOUS_GIVEN_NAMES);
    const names = foldedSet(GIVEN_NAMES);
    // connectors and titles are never given names
    for (const w of ['بن', 'ابن', 'أبو', 'آل', 'عبد', 'الرئيس', 'الشيخ', 'الوزير', 'السيد']) {
      expect(names.has(fold(w)), w).toBe(false);
    }
    // pronouns and particles that a name could fold onto
    for (const w of ['أنا', 'هو', 'هي', 'في', 'من', 'لي', 'أن']) {
      expect(names.has(fold(w)), w).toBe(false);
    }
    // علي folds onto the preposition على: it must be marked
    expect(ambiguous.has(fold('على'))).toBe(true);
  });
});

describe('ambiguous given names', () => {
  it('is a subset of GIVEN_NAMES', () => {
    const names = foldedSet(GIVEN_NAMES);
    expect(AMBIGUOUS_GIVEN_NAMES.filter((n) => !names.has(fold(n)))).toEqual([]);
  });

  it('marks the names that are everyday words', () => {
    const ambiguous = foldedSet(AMBIGUOUS_GIVEN_NAMES);
    const expected = [
      'أمل', 'نصر', 'سعيد', 'كريم', 'جميل', 'منى', 'هدى', 'صباح', 'نور', 'حسن', 'عادل', 'أمين',
      'فريد', 'رشيد', 'سالم', 'مجد', 'وفاء', 'سلام', 'جمال', 'كمال',
    ];
    for (const n of expected) expect(ambiguous.has(fold(n)), n).toBe(true);
  });

  it('leaves unambiguous names unmarked', () => {
    const ambiguous = foldedSet(AMBIGUOUS_GIVEN_NAMES);
    for (const n of ['محمد', 'خالد', 'فاطمة', 'عبد الله', 'دونالد', 'فولوديمير', 'عائشة', 'يوسف']) {
      expect(ambiguous.has(fold(n)), n).toBe(false);
    }
    expect(AMBIGUOUS_GIVEN_NAMES.length).toBeLessThan(GIVEN_NAMES.length / 4);
  });

  it('covers every given name that is also a stopword', () => {
    const stop = foldedSet((sw as Record<string, string[]>).ar);
    const ambiguous = foldedSet(AMBIGUOUS_GIVEN_NAMES);
    const unmarked = GIVEN_NAMES.filter((n) => stop.has(fold(n)) && !ambiguous.has(fold(n)));
    expect(unmarked).toEqual([]);
  });
});

describe('common words', () => {
  it('meets the size minimum', () => {
    expect(COMMON_WORDS.length).toBeGreaterThanOrEqual(2000);
  });

  it('has no duplicates after folding', () => {
    expect(duplicatesAfterFolding(COMMON_WORDS)).toEqual([]);
  });

  it('writes every entry as one Arabic-script word', () => {
    expect(COMMON_WORDS.filter((w) => !ARABIC_WORD.test(w))).toEqual([]);
  });

  it('shares with GIVEN_NAMES only names marked ambiguous', () => {
    const names = foldedSet(GIVEN_NAMES);
    const ambiguous = foldedSet(AMBIGUOUS_GIVEN_NAMES);
    const shared = COMMON_WORDS.filter((w) => names.has(fold(w)));
    expect(shared.filter((w) => !ambiguous.has(fold(w)))).toEqual([]);
    // the overlap is the exception, not the rule
    expect(shared.length).toBeLessThan(20);
  });

  it('overlaps the stopword list by less than 5%', () => {
    const stop = foldedSet((sw as Record<string, string[]>).ar);
    const overlap = COMMON_WORDS.filter((w) => stop.has(fold(w)));
    expect(overlap.length / COMMON_WORDS.length).toBeLessThan(0.05);
  });

  it('contains no single-word place, country or organization name from the gazetteer', () => {
    // forms the gazetteer itself notes as ordinary words are allowed
    const noted = foldedSet(
      FORM_NOTES.filter((n) => n.kind === 'common-word' || n.kind === 'shared' || n.kind === 'sport-only').map((n) => n.form),
    );
    const names = new Set<string>();
    for (const e of GAZETTEER) {
      if (e.type === 'PERSON') continue;
      for (const form of [e.ar, ...(e.variants ?? [])]) {
        if (!form.includes(' ') && ARABIC_WORD.test(form)) names.add(fold(form));
      }
    }
    const clash = COMMON_WORDS.filter((w) => names.has(fold(w)) && !noted.has(fold(w)));
    expect(clash).toEqual([]);
  });

  it('contains the reporting verbs and news nouns that end a name', () => {
    const words = foldedSet(COMMON_WORDS);
    const expected = [
      // verbs
      'قال', 'قالت', 'أعلن', 'أكد', 'يقول', 'تم', 'بدأ', 'شارك', 'استهدف', 'وصل', 'عقد', 'التقى',
      'بحث', 'زار',
      // nouns and adjectives
      'الحكومة', 'الوزارة', 'المسؤول', 'العلاقات', 'الأمنية', 'الاقتصادية', 'الهجوم', 'الغارة',
      'الاتفاق', 'المفاوضات', 'الأسعار', 'النفط', 'المباراة', 'الفريق', 'المرض', 'اللقاح',
      'الشركة', 'الطيران',
      // time and numerals
      'يوم', 'عام', 'شهر', 'الأسبوع', 'ثلاثة', 'الأولى', 'الثاني', 'الخميس', 'أكتوبر',
    ];
    for (const w of expected) expect(words.has(fold(w)), w).toBe(true);
  });

  it('contains no given names, name particles, places or organizations', () => {
    const words = foldedSet(COMMON_WORDS);
    const absent = [
      'محمد', 'خالد', 'فاطمة', 'دونالد', 'العتيبي', 'الهواري', // names
      'بن', 'ابن', 'أبو', 'آل', 'عبد', 'الله', 'الدين', // name particles and parts
      'مصر', 'قطر', 'الرياض', 'غزة', 'واشنطن', // places
      'حماس', 'فتح', 'النهضة', 'الناتو', 'الأمم', // organizations and party names
      'خلال', 'في', 'على', // stopwords stay in the stopword list
    ];
    for (const w of absent) expect(words.has(fold(w)), w).toBe(false);
  });
});
