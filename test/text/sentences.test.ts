import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';
import { splitSentences } from '../../src/text/sentences.js';

const norm = (s: string): string => s.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[أإآ]/g, 'ا');

/** The sentences of `text` as strings (original slices). */
function split(text: string): string[] {
  const tokens = tokenize(text, norm);
  const sentences = splitSentences(text, tokens);
  // structural invariants on every call
  let next = 0;
  for (const s of sentences) {
    expect(s.tokenStart).toBe(next);
    expect(s.start).toBe(tokens[s.tokenStart].start);
    expect(s.end).toBe(tokens[s.tokenEnd - 1].end);
    next = s.tokenEnd;
  }
  expect(next).toBe(tokens.length);
  return sentences.map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits on . ؟ ? ! and …', () => {
    expect(split('وصل الوفد إلى القاهرة. هل سيبدأ الحوار؟ نعم! Is it over? ربما…')).toEqual([
      'وصل الوفد إلى القاهرة.',
      'هل سيبدأ الحوار؟',
      'نعم!',
      'Is it over?',
      'ربما…',
    ]);
  });

  it('keeps runs of terminal marks together', () => {
    expect(split('حقا؟! لا أصدق... انتهى!!! ثم')).toEqual(['حقا؟!', 'لا أصدق...', 'انتهى!!!', 'ثم']);
  });

  it('takes the closing guillemet or quote that follows the terminal mark', () => {
    expect(split('قال الوزير: «سنعود قريبا.» ثم غادر القاعة.')).toEqual([
      'قال الوزير: «سنعود قريبا.»',
      'ثم غادر القاعة.',
    ]);
    expect(split('وتساءل: “هل نملك خيارا آخر؟” وصمت.')).toEqual([
      'وتساءل: “هل نملك خيارا آخر؟”',
      'وصمت.',
    ]);
    expect(split('كتب: "انتهى الأمر." وأغلق الهاتف.')).toEqual([
      'كتب: "انتهى الأمر."',
      'وأغلق الهاتف.',
    ]);
    expect(split('قالت (وهي تبتسم.) ثم سكتت.')).toEqual(['قالت (وهي تبتسم.)', 'ثم سكتت.']);
    // French-style spacing before the closing guillemet
    expect(split('« Nous reviendrons . » Puis il est parti.')).toEqual([
      '« Nous reviendrons . »',
      'Puis il est parti.',
    ]);
  });

  it('does not take a detached symmetric quote that opens the next sentence', () => {
    expect(split('انتهى الاجتماع. "لن نتراجع" قال المتحدث.')).toEqual([
      'انتهى الاجتماع.',
      '"لن نتراجع" قال المتحدث.',
    ]);
  });

  it('does not split inside numbers, URLs, emails or dotted acronyms', () => {
    expect(
      split('ارتفع المؤشر 3.5% إلى 112.75 نقطة بحسب www.example.com/ar وفق U.S. officials. انتهى'),
    ).toEqual([
      'ارتفع المؤشر 3.5% إلى 112.75 نقطة بحسب www.example.com/ar وفق U.S. officials.',
      'انتهى',
    ]);
  });

  it('does not split after a single-letter abbreviation before a name', () => {
    expect(split('صرح د. محمد أحمد، أستاذ الاقتصاد، بأن النمو تباطأ. وأضاف أ.د. سامي.')).toEqual([
      'صرح د. محمد أحمد، أستاذ الاقتصاد، بأن النمو تباطأ.',
      'وأضاف أ.د. سامي.',
    ]);
    expect(split('John F. Kennedy spoke.')).toEqual(['John F. Kennedy spoke.']);
  });

  it('splits after an era abbreviation that follows a number', () => {
    expect(split('ولد عام 1445 هـ. وعاش في مكة.')).toEqual(['ولد عام 1445 هـ.', 'وعاش في مكة.']);
  });

  it('treats each headline line without final punctuation as a sentence', () => {
    const text = 'عاجل\nالرئيس يصل إلى الرياض في زيارة رسمية\nالدوحة - وصل الرئيس صباح اليوم إلى العاصمة.';
    expect(split(text)).toEqual([
      'عاجل',
      'الرئيس يصل إلى الرياض في زيارة رسمية',
      'الدوحة - وصل الرئيس صباح اليوم إلى العاصمة.',
    ]);
  });

  it('joins a line that ends with a comma or colon to the next one', () => {
    expect(split('قال المتحدث،\nفي بيان رسمي، إن الاجتماع انتهى.\nوأضاف:\n«لا جديد».')).toEqual([
      'قال المتحدث،\nفي بيان رسمي، إن الاجتماع انتهى.',
      'وأضاف:\n«لا جديد».',
    ]);
  });

  it('ends a headline that ends with a closing quote at the line break', () => {
    expect(split('الوزير: «لن نتراجع»\nوفي تفاصيل الخبر')).toEqual([
      'الوزير: «لن نتراجع»',
      'وفي تفاصيل الخبر',
    ]);
  });

  it('splits at blank lines, also with CRLF', () => {
    expect(split('الفقرة الأولى،\r\n\r\nالفقرة الثانية')).toEqual(['الفقرة الأولى،', 'الفقرة الثانية']);
    expect(split('سطر أول\r\nسطر ثان')).toEqual(['سطر أول', 'سطر ثان']);
  });

  it('keeps a list number with its item', () => {
    expect(split('1. خفض الفائدة\n2. دعم الصادرات')).toEqual(['1. خفض الفائدة', '2. دعم الصادرات']);
  });

  it('handles empty input and text without a final mark', () => {
    expect(splitSentences('', [])).toEqual([]);
    expect(split('  ')).toEqual([]);
    expect(split('بدون نهاية')).toEqual(['بدون نهاية']);
  });

  it('closes a Quranic citation with the ornate parenthesis', () => {
    expect(split('قال تعالى: \uFD3Fوَالْعَصْرِ.\uFD3E ثم بدأ الخطبة.')).toEqual([
      'قال تعالى: \uFD3Fوَالْعَصْرِ.\uFD3E',
      'ثم بدأ الخطبة.',
    ]);
  });
});
