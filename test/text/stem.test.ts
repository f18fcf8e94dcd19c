import { describe, expect, it } from 'vitest';
import { createStemmer, stemWord } from '../../src/text/stem.js';

describe('createStemmer', () => {
  it('stems Arabic words with the Snowball Arabic stemmer', () => {
    const stem = createStemmer();
    expect(stem('يقولون')).toBe('يقول');
    expect(stem('كتابهم')).toBe('كتاب');
    expect(stem('الاجتماعات')).toBe('اجتماع');
    expect(stem('المفاوضات')).toBe('مفاوض');
    expect(stem('قالت')).toBe('قال');
    // inflected forms of one word meet on one stem
    expect(stem('الرئيس')).toBe(stem('رئيس'));
  });

  it('lowercases tokens without Arabic letters', () => {
    const stem = createStemmer();
    expect(stem('COVID-19')).toBe('covid-19');
    expect(stem('Axios')).toBe('axios');
    expect(stem('2024')).toBe('2024');
    expect(stem('#COP28')).toBe('#cop28');
  });

  it('returns the same result from the cache as without it', () => {
    const stem = createStemmer();
    const words = ['المفاوضات', 'يقولون', 'Axios', 'المفاوضات', 'يقولون', 'Axios'];
    expect(words.map(stem)).toEqual(words.map(stemWord));
  });

  it('stays correct when the bounded cache is cleared', () => {
    const stem = createStemmer(2);
    const words = ['كتابهم', 'الاجتماعات', 'قالت', 'يقولون', 'كتابهم', 'قالت'];
    expect(words.map(stem)).toEqual(words.map(stemWord));
  });
});
