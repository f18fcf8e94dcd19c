import { describe, expect, it } from 'vitest';
import { CHARMAPS, PRESENTATION_FORM_RANGES, PRESENTATION_FORMS } from '../../src/data/charmaps.js';
import {
  DEFAULT_RULES,
  RULES,
  RULE_DESCRIPTIONS,
  UnknownRuleError,
  createNormalizer,
  foldAlef,
  foldDigits,
  foldHamza,
  foldPersian,
  foldPresentationForms,
  foldSpaces,
  foldTehMarbuta,
  foldYeh,
  normalize,
  removeControls,
  resolveRules,
  stripHarakat,
  stripQuranicMarks,
  stripTatweel,
  type NormalizeRule,
} from '../../src/text/normalize.js';

/** All rules off except `rule`. */
const onlyRule = (rule: NormalizeRule) => Object.fromEntries(RULES.map((r) => [r, r === rule]));
const codes = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0'));

describe('rule set', () => {
  it('has twelve rules, all on by default except tehMarbuta', () => {
    expect(RULES).toHaveLength(12);
    for (const rule of RULES) expect(DEFAULT_RULES[rule]).toBe(rule !== 'tehMarbuta');
  });

  it('describes every rule in one line', () => {
    for (const rule of RULES) {
      expect(RULE_DESCRIPTIONS[rule].length).toBeGreaterThan(10);
      expect(RULE_DESCRIPTIONS[rule]).not.toMatch(/\n/);
    }
  });
});

describe('resolveRules', () => {
  it('returns the defaults without options', () => {
    expect(resolveRules()).toEqual(DEFAULT_RULES);
    expect(resolveRules({})).toEqual(DEFAULT_RULES);
  });

  it('keep turns rules off, enable turns them on', () => {
    const r = resolveRules({ keep: ['harakat', 'digits'], enable: ['tehMarbuta'] });
    expect(r.harakat).toBe(false);
    expect(r.digits).toBe(false);
    expect(r.tehMarbuta).toBe(true);
    expect(r.alef).toBe(true);
  });

  it('only applies just the listed rules, and combines with keep and enable', () => {
    const r = resolveRules({ only: ['alef', 'yeh'] });
    expect(RULES.filter((k) => r[k])).toEqual(['alef', 'yeh']);
    expect(RULES.filter((k) => resolveRules({ only: ['alef', 'yeh'], keep: ['yeh'], enable: ['digits'] })[k])).toEqual([
      'alef',
      'digits',
    ]);
    expect(RULES.filter((k) => resolveRules({ only: [] })[k])).toEqual([]);
  });

  it('accepts names regardless of case, hyphens and underscores', () => {
    expect(resolveRules({ enable: ['teh-marbuta' as NormalizeRule] }).tehMarbuta).toBe(true);
    expect(resolveRules({ keep: ['HARAKAT' as NormalizeRule] }).harakat).toBe(false);
  });

  it('rejects unknown names with a message listing the valid ones', () => {
    expect(() => resolveRules({ keep: ['diacritics' as NormalizeRule] })).toThrow(UnknownRuleError);
    expect(() => resolveRules({ only: ['nope' as NormalizeRule] })).toThrow(
      'unknown normalization rule "nope"; valid rules: harakat, quranic, tatweel, alef, hamza, yeh, tehMarbuta, persian, digits, presentation, controls, spaces',
    );
  });

  it('rejects a rule both kept and enabled', () => {
    expect(() => resolveRules({ keep: ['alef'], enable: ['alef'] })).toThrow(/"alef" is both kept/);
  });

  it('createNormalizer and normalize reject unknown rule names too', () => {
    expect(() => createNormalizer({ vowels: true } as never)).toThrow(UnknownRuleError);
    expect(() => normalize('x', { vowels: false } as never)).toThrow(UnknownRuleError);
  });
});

describe('harakat', () => {
  it('strips tanween, short vowels, shadda, sukun and dagger alef', () => {
    expect(normalize('مُحَمَّدٌ')).toBe('محمد');
    expect(normalize('هٰذَا كِتَابٌ جَدِيدٌ')).toBe('هذا كتاب جديد');
    expect(stripHarakat('مَدْرَسَةٍ')).toBe('مدرسة');
  });

  it('keeps them when off, in canonical order whatever order they were typed in', () => {
    const keep = createNormalizer({ harakat: false });
    expect(keep('مُحَمَّدٌ')).toBe('مُحَمَّدٌ');
    // shadda (ccc 33) typed before fatha (ccc 30): NFC puts fatha first
    const shaddaFirst = 'م\u0651\u064E';
    const fathaFirst = 'م\u064E\u0651';
    expect(keep(shaddaFirst)).toBe(fathaFirst);
    expect(keep(fathaFirst)).toBe(fathaFirst);
  });

  it('touches nothing else', () => {
    expect(stripHarakat('أَحْمَدُ')).toBe('أحمد');
    expect(stripHarakat('إِلَى')).toBe('إلى');
  });
});

describe('quranic', () => {
  it('strips Quranic marks and small high signs', () => {
    // the dagger alef (U+0670) goes with the harakat, leaving the Quranic spelling's skeleton
    expect(normalize('ٱلۡكِتَٰبُ')).toBe('الكتب');
    expect(normalize('مُحَمَّدٍ ؐ')).toBe('محمد ');
    expect(stripQuranicMarks('ٱلۡكِتَٰبُ')).toBe('ٱلكِتَٰبُ');
  });

  it('keeps them when off', () => {
    expect(normalize('ٱلۡكِتَٰبُ', { quranic: false })).toBe('الۡكتب');
  });

  it('keeps the Quranic symbols that are not marks (۞ ۩ ۝)', () => {
    expect(normalize('۞ سورة ۩ آية ۝')).toBe('۞ سورة ۩ اية ۝');
  });
});

describe('tatweel', () => {
  it('strips tatweel', () => {
    expect(normalize('بِـدِمَشْق')).toBe('بدمشق');
    expect(stripTatweel('الـرئـيـس')).toBe('الرئيس');
  });

  it('keeps it when off', () => {
    expect(normalize('بِـدِمَشْق', { tatweel: false })).toBe('بـدمشق');
  });
});

describe('alef', () => {
  it('folds أ إ آ ٱ ٲ ٳ to ا', () => {
    expect(foldAlef('أحمد إبراهيم آمال ٱلكتاب ٲ ٳ')).toBe('احمد ابراهيم امال الكتاب ا ا');
    expect(normalize('إِسْرائيل')).toBe('اسراييل');
  });

  it('keeps them when off', () => {
    expect(normalize('إِسْرائيل', { alef: false })).toBe('إسراييل');
    expect(normalize('أحمد', { alef: false })).toBe('أحمد');
  });

  it('composes a decomposed hamza or madda first (NFC), then folds', () => {
    expect(normalize('\u0627\u0654حمد')).toBe('احمد');
    expect(normalize('\u0627\u0655براهيم')).toBe('ابراهيم');
    expect(normalize('\u0627\u0653مال')).toBe('امال');
    const kept = normalize('\u0627\u0654حمد', { alef: false });
    expect(kept).toBe('أحمد');
    expect(kept).toHaveLength(4);
  });
});

describe('hamza', () => {
  it('folds ؤ → و and ئ → ي, keeps standalone ء', () => {
    expect(normalize('مؤتمر رئيس سماء')).toBe('موتمر رييس سماء');
    expect(foldHamza('مسؤول بريء')).toBe('مسوول بريء');
  });

  it('keeps them when off, composing decomposed forms', () => {
    expect(normalize('مؤتمر رئيس', { hamza: false })).toBe('مؤتمر رئيس');
    expect(normalize('م\u0648\u0654تمر', { hamza: false })).toBe('مؤتمر');
  });
});

describe('yeh', () => {
  it('folds alef maksura ى to ي, never to ا', () => {
    const out = normalize('مُسْتَشْفى');
    expect(out).toBe('مستشفي');
    expect(out.endsWith('ا')).toBe(false);
    expect(foldYeh('على مستشفى')).toBe('علي مستشفي');
  });

  it('keeps ى when off', () => {
    expect(normalize('مُسْتَشْفى', { yeh: false })).toBe('مستشفى');
  });
});

describe('tehMarbuta', () => {
  it('is off by default', () => {
    expect(normalize('مدرسة الجامعة')).toBe('مدرسة الجامعة');
  });

  it('folds ة to ه when enabled', () => {
    expect(normalize('مدرسة الجامعة', { tehMarbuta: true })).toBe('مدرسه الجامعه');
    expect(foldTehMarbuta('مدرسة')).toBe('مدرسه');
  });
});

describe('persian', () => {
  it('folds Persian/Urdu letter forms to Arabic', () => {
    expect(normalize('کتاب')).toBe('كتاب'); // keheh
    expect(normalize('گوگل')).toBe('كوكل'); // gaf
    expect(normalize('ایران')).toBe('ايران'); // farsi yeh
    expect(foldPersian('خانۀ ہ ە ھ ے ۃ ڪ')).toBe('خانه ه ه ه ي ة ك');
  });

  it('leaves پ چ ژ ڤ alone', () => {
    expect(normalize('پاريس چاد ژان ڤيينا')).toBe('پاريس چاد ژان ڤيينا');
  });

  it('keeps the letters when off', () => {
    expect(normalize('کتاب ی', { persian: false })).toBe('کتاب ی');
  });

  it('chains into other rules: ۃ → ة → ه with tehMarbuta, ۓ → ئ → ي with hamza', () => {
    expect(normalize('ۃ ۓ', { tehMarbuta: true })).toBe('ه ي');
    expect(normalize('ۓ', { hamza: false })).toBe('ئ');
  });
});

describe('digits', () => {
  it('folds Arabic-Indic and Persian digits and separators', () => {
    expect(normalize('١٢٣٫٥')).toBe('123.5');
    expect(normalize('١٬٠٠٠ و٪٥٠')).toBe('1,000 و%50');
    expect(foldDigits('۱۴۰۳ ۷')).toBe('1403 7');
  });

  it('keeps them when off', () => {
    expect(normalize('١٢٣٫٥', { digits: false })).toBe('١٢٣٫٥');
  });
});

describe('presentation', () => {
  it('folds lam-alef ligatures, keeping hamza/madda for the alef rule', () => {
    expect(normalize('ﻻ')).toBe('لا');
    expect(normalize('ﻷ ﻹ ﻵ')).toBe('لا لا لا');
    expect(normalize('ﻷ ﻹ ﻵ', { alef: false })).toBe('لأ لإ لآ');
    expect(foldPresentationForms('ﻷ')).toBe('لأ');
  });

  it('folds contextual letter forms and word ligatures', () => {
    expect(normalize('ﺑﺴﻢ')).toBe('بسم');
    expect(foldPresentationForms('ﷲ')).toBe('الله');
    expect(normalize('ﷺ')).toBe('صلي الله عليه وسلم');
  });

  it('drops the spacing carrier of isolated harakat forms', () => {
    expect(foldPresentationForms('\uFE70')).toBe('\u064B');
    expect(normalize('ب\uFE76')).toBe('ب');
    expect(normalize('ب\uFE76', { harakat: false })).toBe('بَ');
  });

  it('keeps them when off', () => {
    expect(normalize('ﻷ ﺑﺴﻢ', { presentation: false })).toBe('ﻷ ﺑﺴﻢ');
  });

  it('derives its table from compatibility decompositions, not by hand', () => {
    let count = 0;
    for (const [first, last] of PRESENTATION_FORM_RANGES) {
      for (let cp = first; cp <= last; cp++) {
        const ch = String.fromCharCode(cp);
        const nfkc = ch.normalize('NFKC');
        const mapped = PRESENTATION_FORMS.map[ch];
        if (nfkc === ch) expect(mapped).toBeUndefined();
        else {
          expect(mapped === nfkc || ' ' + mapped === nfkc).toBe(true);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(700);
  });
});

describe('controls', () => {
  it('removes ZWNJ inside a word (it is not a space)', () => {
    expect(normalize('می\u200Cخواهم')).toBe('ميخواهم');
    expect(removeControls('ال\u200Cكتاب')).toBe('الكتاب');
  });

  it('removes bidi marks, embeddings, isolates, BOM and soft hyphen', () => {
    const s = '\u200F\u202Bقال\u202C \u2067بايدن\u2069\u061C \u200Eok\u200D\uFEFF co\u00ADop';
    expect(normalize(s)).toBe('قال بايدن ok coop');
  });

  it('keeps them when off', () => {
    expect(normalize('ال\u200Cكتاب', { controls: false })).toBe('ال\u200Cكتاب');
  });
});

describe('spaces', () => {
  it('folds NBSP, Unicode spaces and tabs to plain spaces, one for one; newlines stay', () => {
    expect(normalize('قال\u00A0الوزير')).toBe('قال الوزير');
    expect(foldSpaces('a\u00A0\u00A0b\tc\u2009d\u202Fe\u3000f\ng\r\n')).toBe('a  b c d e f\ng\r\n');
  });

  it('keeps them when off', () => {
    expect(normalize('قال\u00A0الوزير', { spaces: false })).toBe('قال\u00A0الوزير');
  });
});

describe('engine', () => {
  it('passes other scripts, emoji and lone surrogates through', () => {
    const s = 'COVID-19 👍🏽 北京 Ελλάδα \uD800 x\uDC00';
    expect(normalize(s)).toBe(s);
    expect(normalize('Cafe\u0301')).toBe('Café');
  });

  it('gives the same result for long strings (buffer path) as for their parts', () => {
    const sentence = 'قَالَ الرَّئِيسُ إِنَّ الـمُؤْتَمَرَ سَيُعْقَدُ فِي ١٢ مَايُو ﻷسباب ﷲ\u00A0كثيرة،\u200C مستشفى ';
    const long = sentence.repeat(300);
    const expected = normalize(sentence).repeat(300);
    expect(normalize(long)).toBe(expected);
  });

  it('grows its buffer for many ligature expansions', () => {
    const long = 'ﷺ'.repeat(5000);
    expect(normalize(long)).toBe('صلي الله عليه وسلم'.repeat(5000));
  });

  it('keeps lone surrogates on the buffer path', () => {
    const long = 'مُ'.repeat(100) + '\uD83D' + 'مُ'.repeat(100) + '\uDC4D';
    expect(normalize(long)).toBe('م'.repeat(100) + '\uD83D' + 'م'.repeat(100) + '\uDC4D');
  });

  it('keeps a leading U+FEFF when controls are off (buffer path)', () => {
    const long = '\uFEFF' + 'أ'.repeat(100);
    expect(normalize(long, { controls: false })).toBe('\uFEFF' + 'ا'.repeat(100));
  });

  it('re-composes what mapping leaves behind, so the result is stable', () => {
    // ا + tatweel + hamza above: NFC cannot compose until tatweel is gone
    const rules = { harakat: false, alef: false };
    const once = normalize('ا\u0640\u0654', rules);
    expect(codes(once)).toEqual(['0623']);
    expect(normalize(once, rules)).toBe(once);
    expect(normalize('ا\u0640\u0654')).toBe('ا');
  });

  it('with every rule off, only applies NFC', () => {
    const none = Object.fromEntries(RULES.map((r) => [r, false]));
    const s = 'أَ\u0640ب ١ ﻷ \u200C\u00A0 \u0627\u0654';
    expect(normalize(s, none)).toBe(s.normalize('NFC'));
  });

  it('each phenomenon function equals normalize with that rule alone', () => {
    const s = 'ٱلۡكِتَٰبُ بِـدِمَشْق مؤتمر مُسْتَشْفى مدرسة گوگل ١٢٣٫٥ ﻷ ال\u200Cكتاب a\u00A0b';
    const fns: Record<NormalizeRule, (x: string) => string> = {
      harakat: stripHarakat,
      quranic: stripQuranicMarks,
      tatweel: stripTatweel,
      alef: foldAlef,
      hamza: foldHamza,
      yeh: foldYeh,
      tehMarbuta: foldTehMarbuta,
      persian: foldPersian,
      digits: foldDigits,
      presentation: foldPresentationForms,
      controls: removeControls,
      spaces: foldSpaces,
    };
    for (const rule of RULES) {
      const out = fns[rule](s);
      expect(out).toBe(normalize(s, onlyRule(rule)));
      expect(out, rule).not.toBe(s); // the sentence has something for every rule
    }
  });
});

describe('character maps (data)', () => {
  it('map single BMP characters, each in one map only, with a source and a description', () => {
    const seen = new Map<string, string>();
    for (const rule of RULES) {
      const m = CHARMAPS[rule];
      expect(m.source.length).toBeGreaterThan(10);
      expect(m.description).toBe(RULE_DESCRIPTIONS[rule]);
      for (const from of Object.keys(m.map)) {
        expect(from).toHaveLength(1);
        expect(seen.get(from), `${codes(from)} in ${rule} and ${seen.get(from)}`).toBeUndefined();
        seen.set(from, rule);
      }
    }
  });

  it('remove only marks from harakat and quranic, only format characters from controls', () => {
    for (const ch of [...Object.keys(CHARMAPS.harakat.map), ...Object.keys(CHARMAPS.quranic.map)]) {
      expect(ch, codes(ch).join()).toMatch(/^[\p{Mn}\p{Lm}]$/u);
    }
    for (const ch of Object.keys(CHARMAPS.controls.map)) expect(ch, codes(ch).join()).toMatch(/^\p{Cf}$/u);
    for (const ch of Object.keys(CHARMAPS.spaces.map)) expect(ch, codes(ch).join()).toMatch(/^[\p{Zs}\t]$/u);
  });

  it('never fold alef maksura into alef', () => {
    for (const rule of RULES) expect(CHARMAPS[rule].map['\u0649']).not.toBe('\u0627');
  });
});
