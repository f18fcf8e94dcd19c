import { describe, expect, it } from 'vitest';
import type { CueClass } from '../../src/document.js';
import { CUES, CUE_EXCLUSIONS, CUE_HOMOGRAPHS, RELAY_LEMMAS } from '../../src/data/cues.js';
import {
  ANON_NOUNS,
  ANON_PHRASES,
  ANON_QUALIFIERS,
  ATTRIBUTION_PHRASES,
  COMPLEMENTIZERS,
  GENERIC_GROUPS,
  NOMINAL_HEADS,
  REPORTING_NOUNS,
  SPEAKER_STOPS,
  SPOKESPERSON_FORMS,
} from '../../src/data/attribution.js';
import {
  CLOSERS_BY_OPENER,
  CLOSING_MARKS,
  OPENING_MARKS,
  QUOTE_PAIRS,
  SYMMETRIC_MARKS,
} from '../../src/data/quotemarks.js';
import { ARABIC_WORD, fold, isArabicPhrase } from './folding.js';


const VERB_CLASSES: readonly CueClass[] = [
  'statement',
  'assertion',
  'denial',
  'allegation',
  'report',
  'warning',
  'expectation',
  'characterization',
];

function allCueStrings(entry: (typeof CUES)[number]): string[] {
  return [...entry.forms, ...(entry.participles ?? []), ...(entry.masdars ?? [])];
}

function cueByLemma(lemma: string) {
  const entry = CUES.find((c) => fold(c.lemma) === fold(lemma));
  if (!entry) throw new Error(`no cue with lemma ${lemma}`);
  return entry;
}

/** folded cue string → lemmas it is listed under */
const cueIndex = new Map<string, Set<string>>();
for (const entry of CUES) {
  for (const s of allCueStrings(entry)) {
    const key = fold(s);
    let set = cueIndex.get(key);
    if (!set) cueIndex.set(key, (set = new Set()));
    set.add(entry.lemma);
  }
}

describe('CUES', () => {
  it('has one entry per lemma, each with a verb class, a gloss and forms', () => {
    const lemmas = CUES.map((c) => fold(c.lemma));
    expect(new Set(lemmas).size).toBe(lemmas.length);
    for (const c of CUES) {
      expect(VERB_CLASSES, c.lemma).toContain(c.class);
      expect(c.en.trim().length, c.lemma).toBeGreaterThan(0);
      expect(c.forms.length, c.lemma).toBeGreaterThan(0);
    }
  });

  it('writes every lemma, form, participle and masdar as one non-empty Arabic word', () => {
    for (const c of CUES) {
      expect(c.lemma, c.lemma).toMatch(ARABIC_WORD);
      for (const s of allCueStrings(c)) expect(s, `${c.lemma}: ${s}`).toMatch(ARABIC_WORD);
    }
  });

  it('lists no string twice within an entry once normalized', () => {
    for (const c of CUES) {
      const folded = allCueStrings(c).map(fold);
      const dups = folded.filter((f, i) => folded.indexOf(f) !== i);
      expect(dups, c.lemma).toEqual([]);
    }
  });

  it('lists no form under two lemmas (so no form carries two classes)', () => {
    const shared = [...cueIndex].filter(([, lemmas]) => lemmas.size > 1).map(([f, l]) => `${f}: ${[...l].join('/')}`);
    expect(shared).toEqual([]);
  });

  it('recognizes each lemma itself, unless the bare form is an explained exclusion', () => {
    for (const c of CUES) {
      const own = allCueStrings(c).map(fold);
      if (!own.includes(fold(c.lemma))) {
        expect(Object.keys(CUE_EXCLUSIONS).map(fold), c.lemma).toContain(fold(c.lemma));
      }
    }
  });

  it('lists none of the excluded forms, and keeps exclusions and homograph notes apart', () => {
    for (const excluded of Object.keys(CUE_EXCLUSIONS)) {
      expect(cueIndex.has(fold(excluded)), excluded).toBe(false);
      expect(CUE_EXCLUSIONS[excluded].length).toBeGreaterThan(0);
    }
    for (const h of Object.keys(CUE_HOMOGRAPHS)) {
      expect(cueIndex.has(fold(h)), `homograph note for unlisted form ${h}`).toBe(true);
      expect(Object.keys(CUE_EXCLUSIONS)).not.toContain(h);
    }
  });

  it('has the verbs of every class that Arabic news relies on', () => {
    const expected: Record<string, CueClass> = {
      قال: 'statement', أضاف: 'statement', تابع: 'statement', أوضح: 'statement', صرح: 'statement',
      أردف: 'statement', استطرد: 'statement', علق: 'statement', رد: 'statement', لفت: 'statement',
      نوه: 'statement', أشار: 'statement', بين: 'statement', أعرب: 'statement', عبر: 'statement',
      أبلغ: 'statement', أخبر: 'statement',
      أكد: 'assertion', شدد: 'assertion', جزم: 'assertion', أصر: 'assertion', تعهد: 'assertion', وعد: 'assertion',
      نفى: 'denial', أنكر: 'denial', كذب: 'denial', رفض: 'denial',
      زعم: 'allegation', ادعى: 'allegation', اتهم: 'allegation',
      أفاد: 'report', ذكر: 'report', نقل: 'report', كشف: 'report', أعلن: 'report', أورد: 'report', روى: 'report',
      حذر: 'warning', نبه: 'warning', أنذر: 'warning',
      توقع: 'expectation', رجح: 'expectation', تنبأ: 'expectation', استبعد: 'expectation', قدر: 'expectation',
      وصف: 'characterization', اعتبر: 'characterization', رأى: 'characterization', عد: 'characterization',
    };
    for (const [lemma, cls] of Object.entries(expected)) expect(cueByLemma(lemma).class, lemma).toBe(cls);
  });

  it('covers the paradigm of قال: past, 1st person, present, passive, masdar', () => {
    const own = new Set(allCueStrings(cueByLemma('قال')).map(fold));
    for (const f of ['قال', 'قالت', 'قالا', 'قالتا', 'قالوا', 'قلن', 'قلت', 'قلنا', 'يقول', 'تقول', 'يقولون', 'يقلن', 'قيل', 'قوله', 'قولها']) {
      expect(own.has(fold(f)), f).toBe(true);
    }
  });

  it('has the news passives, found under their active lemma', () => {
    const passives: Record<string, string> = { قيل: 'قال', أُفيد: 'أفاد', ذُكر: 'ذكر', نُقل: 'نقل', أُعلن: 'أعلن', يُشار: 'أشار' };
    for (const [passive, lemma] of Object.entries(passives)) {
      expect([...(cueIndex.get(fold(passive)) ?? [])], passive).toEqual([lemma]);
    }
  });

  it('matches text written with tanween, hamza seats and shadda once normalized', () => {
    const written: Record<string, string> = {
      'مؤكدًا': 'أكد', 'مؤكداً': 'أكد', 'مضيفةً': 'أضاف', 'وصفَ': 'وصف', 'شدّد': 'شدد', 'يؤكّد': 'أكد',
      'إشارته': 'أشار', 'نفى': 'نفى', 'ادّعى': 'ادعى', 'متسائلاً': 'تساءل',
    };
    for (const [text, lemma] of Object.entries(written)) {
      expect([...(cueIndex.get(fold(text)) ?? [])], text).toEqual([lemma]);
    }
  });

  it('has the continuation participles (m. sg., f. sg., plural) of the continuation verbs', () => {
    for (const lemma of ['أكد', 'أضاف', 'أوضح', 'أشار', 'اعتبر', 'وصف', 'لفت', 'شدد', 'حذر', 'قال']) {
      const parts = (cueByLemma(lemma).participles ?? []).map(fold);
      expect(parts.some((p) => p.endsWith('ا')), `${lemma} m. sg.`).toBe(true);
      expect(parts.some((p) => p.endsWith('ة')), `${lemma} f. sg.`).toBe(true);
      expect(parts.some((p) => p.endsWith('ين')), `${lemma} pl.`).toBe(true);
    }
    for (const p of ['قائلا', 'مؤكدا', 'مؤكدة', 'مؤكدين', 'مضيفا', 'مضيفة', 'موضحا', 'مشيرا', 'معتبرا', 'واصفا', 'لافتا', 'منوها', 'محذرا', 'مشددا', 'معربا']) {
      expect(cueIndex.has(fold(p)), p).toBe(true);
    }
  });

  it('shapes every participle as an active participle in the accusative', () => {
    for (const c of CUES) {
      for (const p of (c.participles ?? []).map(fold)) {
        // derived forms: مُفعِل…; form I: فاعل
        expect(p.startsWith('م') || p[1] === 'ا', `${c.lemma}: ${p}`).toBe(true);
        expect(/(ا|ة|ين|تين|ات)$/.test(p), `${c.lemma}: ${p}`).toBe(true);
      }
    }
  });

  it('marks the preposition before أن', () => {
    expect(cueByLemma('أشار').prep).toBe('إلى');
    expect(cueByLemma('شدد').prep).toBe('على');
    expect(cueByLemma('حذر').prep).toBe('من');
    expect(cueByLemma('كشف').prep).toBe('عن');
    expect(cueByLemma('أعرب').prep).toBe('عن');
    expect(cueByLemma('قال').prep).toBeUndefined();
    for (const c of CUES) if (c.prep !== undefined) expect(['إلى', 'على', 'من', 'عن'], c.lemma).toContain(c.prep);
  });

  it('has relay lemmas that exist and take عن', () => {
    expect(RELAY_LEMMAS.size).toBeGreaterThan(0);
    for (const lemma of RELAY_LEMMAS) expect(cueByLemma(lemma).prep, lemma).toBe('عن');
  });

  it('shares no form with the function words and nouns of the attribution lists', () => {
    const others = [
      ...COMPLEMENTIZERS,
      ...SPEAKER_STOPS.tokens,
      ...ATTRIBUTION_PHRASES.map((p) => p.form).filter((f) => !f.includes(' ')),
      ...ANON_NOUNS,
      ...GENERIC_GROUPS.filter((f) => !f.includes(' ')),
      ...REPORTING_NOUNS.filter((f) => !f.includes(' ')),
    ];
    const clashes = others.filter((o) => cueIndex.has(fold(o)));
    expect(clashes).toEqual([]);
  });
});

describe('ATTRIBUTION_PHRASES', () => {
  it('writes each phrase in Arabic, once, with a gloss', () => {
    const folded = ATTRIBUTION_PHRASES.map((p) => fold(p.form));
    expect(new Set(folded).size).toBe(folded.length);
    for (const p of ATTRIBUTION_PHRASES) {
      expect(isArabicPhrase(p.form), p.form).toBe(true);
      expect(p.en.length, p.form).toBeGreaterThan(0);
    }
  });

  it('calls a phrase manner exactly when it ends in a possessive pronoun (no new source)', () => {
    for (const p of ATTRIBUTION_PHRASES) {
      const words = p.form.split(' ');
      const last = words[words.length - 1];
      const possessive = words.length > 1 && /(ه|ها|هم|هما|هن)$/.test(last);
      expect(p.kind, p.form).toBe(possessive ? 'manner' : 'source');
    }
  });

  it('has the common source and manner phrases', () => {
    const kinds = new Map(ATTRIBUTION_PHRASES.map((p) => [fold(p.form), p.kind]));
    for (const f of ['بحسب', 'حسب', 'وفقا لـ', 'وفق', 'طبقا لـ', 'نقلا عن', 'على لسان', 'استنادا إلى', 'بناء على', 'كما جاء في', 'حسبما', 'بحسب ما', 'وفق ما', 'على حد تعبير']) {
      expect(kinds.get(fold(f)), f).toBe('source');
    }
    for (const f of ['على حد قوله', 'على حد قولها', 'على حد تعبيره', 'حسب تعبيره', 'بحسب تعبيرها', 'على حد زعمهم']) {
      expect(kinds.get(fold(f)), f).toBe('manner');
    }
  });
});

describe('COMPLEMENTIZERS', () => {
  it('are إن/أن/بأن/وأن, bare or with an attached pronoun', () => {
    for (const c of COMPLEMENTIZERS) {
      expect(c).toMatch(ARABIC_WORD);
      expect(fold(c), c).toMatch(/^(ان|بان|وان)(ه|ها|هم|هن|هما|نا|ني|ي)?$/);
    }
    for (const c of ['إن', 'أن', 'بأن', 'وأن', 'إنه', 'إنها', 'إنهم', 'إنهن', 'إننا', 'إني', 'إنني', 'أنه', 'أنها', 'أنهم', 'أنهن', 'أننا', 'بأنه', 'بأنها', 'بأنهم', 'وأنه']) {
      expect(COMPLEMENTIZERS, c).toContain(c);
    }
    expect(new Set(COMPLEMENTIZERS).size).toBe(COMPLEMENTIZERS.length);
  });
});

describe('anonymous sources and generic groups', () => {
  it('keeps anonymous nouns and qualifiers indefinite and in Arabic', () => {
    for (const n of ANON_NOUNS) {
      expect(n, n).toMatch(ARABIC_WORD);
      expect(n.startsWith('ال'), n).toBe(false);
    }
    for (const q of ANON_QUALIFIERS) {
      expect(isArabicPhrase(q), q).toBe(true);
      expect(q.split(' ')[0].startsWith('ال'), q).toBe(false);
    }
    for (const n of ['مصدر', 'مصادر', 'مسؤول', 'مسؤولون', 'مسؤولين', 'مسؤولة', 'دبلوماسي', 'دبلوماسيون', 'دبلوماسيين', 'شخص', 'أشخاص', 'مطلعون', 'مقربون', 'أوساط', 'دوائر', 'جهات']) {
      expect(ANON_NOUNS, n).toContain(n);
    }
    for (const q of ['مطلع', 'مطلعة', 'رفيع المستوى', 'مقرب من', 'أمني', 'عسكري', 'حكومي', 'غربي', 'أمريكي', 'مجهول', 'مجهولة', 'مسؤول']) {
      expect(ANON_QUALIFIERS, q).toContain(q);
    }
  });

  it('keeps spokespersons and generic groups out of the anonymous nouns', () => {
    const anon = new Set(ANON_NOUNS.map(fold));
    for (const s of SPOKESPERSON_FORMS) expect(anon.has(fold(s)), s).toBe(false);
    for (const g of GENERIC_GROUPS) expect(anon.has(fold(g)), g).toBe(false);
    for (const g of ['شهود عيان', 'سكان', 'ناشطون', 'مراقبون', 'محللون', 'خبراء']) expect(GENERIC_GROUPS, g).toContain(g);
    for (const g of GENERIC_GROUPS) expect(isArabicPhrase(g), g).toBe(true);
  });

  it('has concealment phrases whose pronoun agrees with the verb', () => {
    const folded = ANON_PHRASES.map(fold);
    expect(new Set(folded).size).toBe(folded.length);
    const feminineHeads = new Set(['طلبت', 'رفضت', 'فضلت', 'مشترطة', 'طالبة', 'تكشف', 'ترغب'].map(fold));
    const pluralHeads = new Set(['طلبوا', 'رفضوا', 'فضلوا', 'مشترطين', 'طالبين', 'يكشفوا', 'يرغبوا'].map(fold));
    for (const phrase of ANON_PHRASES) {
      expect(isArabicPhrase(phrase), phrase).toBe(true);
      expect(/هوي|اسم|مخول|مصادر/.test(fold(phrase)), phrase).toBe(true);
      const words = phrase.split(' ').map(fold);
      const last = words[words.length - 1];
      if (words.some((w) => feminineHeads.has(w))) expect(last.endsWith('ها'), phrase).toBe(true);
      if (words.some((w) => pluralHeads.has(w))) expect(last.endsWith('هم'), phrase).toBe(true);
    }
    for (const p of [
      'لم يكشف عن هويته', 'لم يكشف عن هويتها', 'طلب عدم الكشف عن هويته', 'طلب عدم ذكر اسمه', 'رفض ذكر اسمه',
      'رفض الكشف عن اسمه', 'فضل عدم الكشف عن هويته', 'شريطة عدم الكشف عن هويته', 'شريطة عدم الكشف عن هويتهم',
      'مشترطا عدم ذكر اسمه', 'لم يرغب في ذكر اسمه', 'طلبت عدم ذكر اسمها', 'رفضوا ذكر أسمائهم', 'بحسب المصادر',
    ]) {
      expect(folded, p).toContain(fold(p));
    }
  });
});

describe('NOMINAL_HEADS', () => {
  it('are definite nominals pointing at a head they name', () => {
    const forms = NOMINAL_HEADS.map((n) => fold(n.form));
    expect(new Set(forms).size).toBe(forms.length);
    for (const n of NOMINAL_HEADS) {
      expect(isArabicPhrase(n.form), n.form).toBe(true);
      expect(n.form.split(' ').some((w) => w.startsWith('ال')), n.form).toBe(true);
      expect(['PERSON', 'ORG', 'GPE'], n.form).toContain(n.refersTo);
      const head = fold(n.head);
      const bare = fold(n.form.replace(/^ال/, ''));
      expect(head.includes(fold(n.form)) || head.includes(bare), n.form).toBe(true);
      if (n.refersTo === 'PERSON') expect(n.head, n.form).toBe(n.form);
      else expect(n.head.startsWith('ال'), n.form).toBe(false);
    }
  });

  it('has the usual back-references and no documents', () => {
    const by = new Map(NOMINAL_HEADS.map((n) => [n.form, n]));
    expect(by.get('الوزارة')).toEqual({ form: 'الوزارة', refersTo: 'ORG', head: 'وزارة' });
    expect(by.get('الخارجية')).toEqual({ form: 'الخارجية', refersTo: 'ORG', head: 'وزارة الخارجية' });
    expect(by.get('الرئيس')?.refersTo).toBe('PERSON');
    for (const f of ['الموقع', 'الصحيفة', 'الوكالة', 'القناة', 'الحركة', 'الحزب', 'المنظمة', 'الشركة', 'الجيش', 'الحكومة', 'الرئاسة']) {
      expect(by.get(f)?.refersTo, f).toBe('ORG');
    }
    for (const f of ['الوزير', 'الوزيرة', 'المتحدث', 'المتحدثة', 'المبعوث', 'السفير', 'المسؤول', 'الأمين العام', 'المدرب', 'اللاعب']) {
      expect(by.get(f)?.refersTo, f).toBe('PERSON');
    }
    const reporting = new Set(REPORTING_NOUNS.map(fold));
    for (const n of NOMINAL_HEADS) expect(reporting.has(fold(n.form.replace(/^ال/, ''))), n.form).toBe(false);
    expect(by.has('البيان')).toBe(false);
  });
});

describe('SPEAKER_STOPS', () => {
  it('separates Arabic word tokens from single punctuation marks', () => {
    for (const t of SPEAKER_STOPS.tokens) expect(isArabicPhrase(t), t).toBe(true);
    for (const p of SPEAKER_STOPS.punct) {
      expect([...p].length, p).toBe(1);
      expect(p, p).toMatch(/^\p{P}$/u);
    }
    const tokens = SPEAKER_STOPS.tokens.map(fold);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(new Set(SPEAKER_STOPS.punct).size).toBe(SPEAKER_STOPS.punct.length);
  });

  it('stops at prepositions, complementizers, time words, commas, colons and every quotation mark', () => {
    const tokens = new Set(SPEAKER_STOPS.tokens.map(fold));
    for (const t of ['في', 'خلال', 'إن', 'أن', 'بأن', 'على', 'إلى', 'عن', 'لـ', 'أمام', 'عبر', 'من خلال', 'اليوم', 'أمس', 'الاثنين', 'الأحد', 'صباح', 'مساء', 'حسب', 'بحسب', 'وفقا']) {
      expect(tokens.has(fold(t)), t).toBe(true);
    }
    expect(tokens.has('من')).toBe(false);
    for (const p of ['،', ':', '.']) expect(SPEAKER_STOPS.punct, p).toContain(p);
    for (const m of [...OPENING_MARKS, ...CLOSING_MARKS]) expect(SPEAKER_STOPS.punct, m).toContain(m);
  });
});

describe('REPORTING_NOUNS', () => {
  it('are Arabic, indefinite, distinct, and not speakers', () => {
    const folded = REPORTING_NOUNS.map(fold);
    expect(new Set(folded).size).toBe(folded.length);
    const anon = new Set(ANON_NOUNS.map(fold));
    for (const n of REPORTING_NOUNS) {
      expect(isArabicPhrase(n), n).toBe(true);
      expect(n.startsWith('ال'), n).toBe(false);
      expect(anon.has(fold(n)), n).toBe(false);
    }
    for (const n of ['بيان', 'تقرير', 'تصريح', 'تصريحات', 'مقابلة', 'تغريدة', 'منشور', 'رسالة', 'مؤتمر صحفي', 'كلمة', 'خطاب']) {
      expect(REPORTING_NOUNS, n).toContain(n);
    }
  });
});

describe('quotation marks', () => {
  it('has distinct pairs of single punctuation marks outside the Arabic block', () => {
    const keys = QUOTE_PAIRS.map((p) => p.open + p.close);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { open, close, note } of QUOTE_PAIRS) {
      for (const m of [open, close]) {
        expect([...m].length, m).toBe(1);
        expect(m, m).toMatch(/^\p{P}$/u);
        expect(m, m).not.toMatch(/\p{Script=Arabic}/u);
      }
      expect(note.length).toBeGreaterThan(0);
    }
  });

  it('derives the opening, closing and symmetric sets from the pairs', () => {
    expect(OPENING_MARKS).toEqual(new Set(QUOTE_PAIRS.map((p) => p.open)));
    expect(CLOSING_MARKS).toEqual(new Set(QUOTE_PAIRS.map((p) => p.close)));
    expect(SYMMETRIC_MARKS).toEqual(new Set(['"', "'"]));
    for (const m of SYMMETRIC_MARKS) {
      expect(OPENING_MARKS.has(m) && CLOSING_MARKS.has(m), m).toBe(true);
      expect(CLOSERS_BY_OPENER.get(m), m).toContain(m);
    }
  });

  it('knows which marks open, close or do both', () => {
    for (const m of ['«', '“', '”', '„', '‹', '‘', '"', "'", '\uFD3F']) expect(OPENING_MARKS.has(m), m).toBe(true);
    for (const m of ['»', '”', '“', '›', '’', '"', "'", '\uFD3E']) expect(CLOSING_MARKS.has(m), m).toBe(true);
    // guillemets have one direction only; the curly quotes are used both ways in Arabic text
    expect(CLOSING_MARKS.has('«')).toBe(false);
    expect(OPENING_MARKS.has('»')).toBe(false);
    expect(CLOSING_MARKS.has('„')).toBe(false);
    expect(SYMMETRIC_MARKS.has('“')).toBe(false);
    // the Qur'anic ornate parentheses agree with their Unicode categories
    expect('\uFD3F').toMatch(/\p{Ps}/u);
    expect('\uFD3E').toMatch(/\p{Pe}/u);
  });

  it('maps each opener to the closers it pairs with', () => {
    expect([...CLOSERS_BY_OPENER.keys()].sort()).toEqual([...OPENING_MARKS].sort());
    for (const { open, close } of QUOTE_PAIRS) expect(CLOSERS_BY_OPENER.get(open), open).toContain(close);
    expect(CLOSERS_BY_OPENER.get('«')).toEqual(['»']);
    expect(CLOSERS_BY_OPENER.get('„')).toEqual(['“', '”']);
    const total = [...CLOSERS_BY_OPENER.values()].reduce((n, l) => n + l.length, 0);
    expect(total).toBe(QUOTE_PAIRS.length);
  });
});
