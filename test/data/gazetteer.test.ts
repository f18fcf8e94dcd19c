import countries from 'i18n-iso-countries/index.js';
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/document.js';
import {
  COMMON_GIVEN_NAMES,
  COUNTRIES,
  COUNTRY_BY_ISO2,
  COUNTRY_NAME_EXCLUSIONS,
  FORM_NOTES,
  GAZETTEER,
  GAZETTEER_BY_ID,
  MEDIA,
  ORGANIZATIONS,
  PEOPLE,
  PLACES,
} from '../../src/data/gazetteer/index.js';
import type { GazetteerEntry } from '../../src/data/types.js';
import { TITLES } from '../../src/data/titles.js';

/** Light folding for comparing written forms: harakat, tatweel, alef forms, ى, ة. */
function fold(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

const formsOf = (e: GazetteerEntry): string[] => [e.ar, ...(e.variants ?? [])];
const withForm = (form: string): GazetteerEntry[] => GAZETTEER.filter((e) => formsOf(e).some((f) => fold(f) === fold(form)));
const ARABIC = /\p{Script=Arabic}/u;

describe('gazetteer: shape of every entry', () => {
  it('has unique ids of the two allowed shapes', () => {
    const ids = GAZETTEER.map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^(Q[1-9]\d*|np:[a-z0-9]+(-[a-z0-9]+)*)$/);
    expect(GAZETTEER_BY_ID.size).toBe(GAZETTEER.length);
  });

  it('has a non-empty Arabic label in Arabic script, an English label and a source', () => {
    for (const e of GAZETTEER) {
      expect(e.ar.trim(), e.id).not.toBe('');
      expect(ARABIC.test(e.ar), `${e.id} ${e.ar}`).toBe(true);
      expect(e.en.trim(), e.id).not.toBe('');
      expect(e.source.trim(), e.id).not.toBe('');
      if (e.id.startsWith('Q')) expect(e.source, e.id).toMatch(/wikidata/);
    }
  });

  it('gives each module its types', () => {
    const check = (list: GazetteerEntry[], allowed: EntityType[]) => {
      for (const e of list) expect(allowed, `${e.id} ${e.ar}`).toContain(e.type);
    };
    check(COUNTRIES, ['GPE']);
    check(PLACES, ['GPE', 'LOC']);
    check(PEOPLE, ['PERSON']);
    check(ORGANIZATIONS, ['ORG']);
    check(MEDIA, ['ORG']);
    expect(GAZETTEER.length).toBe(COUNTRIES.length + PLACES.length + PEOPLE.length + ORGANIZATIONS.length + MEDIA.length);
  });

  it('lists no form twice on one entry and writes no parentheses or stray spaces', () => {
    for (const e of GAZETTEER) {
      const forms = formsOf(e);
      expect(new Set(forms).size, `${e.id} ${forms.join('|')}`).toBe(forms.length);
      for (const f of forms) {
        expect(f, e.id).toBe(f.trim());
        expect(f, e.id).not.toMatch(/[()]|\s{2}/);
      }
    }
  });

  it('reaches the intended coverage', () => {
    expect(PEOPLE.length).toBeGreaterThanOrEqual(250);
    expect(ORGANIZATIONS.length + MEDIA.length).toBeGreaterThanOrEqual(280);
    expect(ORGANIZATIONS.length).toBeGreaterThanOrEqual(200);
    expect(MEDIA.length).toBeGreaterThanOrEqual(80);
    expect(PLACES.length).toBeGreaterThanOrEqual(200);
  });
});

describe('gazetteer: forms that would cause false matches', () => {
  const stop = new Set((stopwords as Record<string, string[]>).ar.map(fold));

  it('has no form equal to an Arabic stopword (stopwords-iso)', () => {
    const bad = GAZETTEER.flatMap((e) => formsOf(e).filter((f) => stop.has(fold(f))).map((f) => `${e.id}:${f}`));
    expect(bad).toEqual([]);
  });

  it('has no person form that is a bare common given name', () => {
    const given = new Set([...COMMON_GIVEN_NAMES, 'محمد', 'أحمد', 'علي', 'عبدالله', 'خالد', 'عمر', 'تميم', 'سلمان'].map(fold));
    const bad = PEOPLE.flatMap((e) => formsOf(e).filter((f) => given.has(fold(f))).map((f) => `${e.id}:${f}`));
    expect(bad).toEqual([]);
  });

  it('keeps titles out of person names', () => {
    const titles = TITLES.map((t) => fold(t.form)).filter((t) => t.startsWith('ال') || t.includes(' '));
    const bad = PEOPLE.flatMap((e) =>
      formsOf(e)
        .filter((f) => titles.some((t) => fold(f).startsWith(`${t} `)))
        .map((f) => `${e.id}:${f}`),
    );
    expect(bad).toEqual([]);
  });

  it('documents every form shared by two entries', () => {
    const byForm = new Map<string, Set<string>>();
    for (const e of GAZETTEER) {
      for (const f of formsOf(e)) {
        const k = fold(f);
        if (!byForm.has(k)) byForm.set(k, new Set());
        byForm.get(k)!.add(e.id);
      }
    }
    const undocumented: string[] = [];
    for (const [form, ids] of byForm) {
      if (ids.size < 2) continue;
      const ok = FORM_NOTES.some((n) => n.kind === 'shared' && fold(n.form) === form && [...ids].every((id) => n.ids.includes(id)));
      if (!ok) undocumented.push(`${form}: ${[...ids].join(', ')}`);
    }
    expect(undocumented).toEqual([]);
  });

  it('keeps its form notes true to the data', () => {
    for (const n of FORM_NOTES) {
      expect(n.form.trim()).not.toBe('');
      expect(n.note.trim()).not.toBe('');
      for (const id of n.ids) expect(GAZETTEER_BY_ID.has(id), `${n.form} → ${id}`).toBe(true);
      const holders = withForm(n.form).map((e) => e.id);
      if (n.kind === 'excluded') {
        for (const id of n.ids) expect(holders, `${n.form} must not be on ${id}`).not.toContain(id);
      } else {
        expect(n.ids.length, n.form).toBeGreaterThan(0);
        for (const id of n.ids) expect(holders, `${n.form} should be on ${id}`).toContain(id);
      }
      if (n.kind === 'shared') expect(n.ids.length, n.form).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('gazetteer: countries', () => {
  it('covers every ISO 3166-1 country and territory, once', () => {
    const codes = Object.keys(countries.getAlpha2Codes());
    expect(codes.length).toBeGreaterThanOrEqual(249);
    for (const code of codes) {
      const entry = COUNTRY_BY_ISO2.get(code);
      expect(entry, code).toBeDefined();
      expect(entry!.type).toBe('GPE');
    }
    expect(COUNTRIES.length).toBe(codes.length);
    expect(new Set(COUNTRIES).size).toBe(COUNTRIES.length);
  });

  it('drops the excluded library forms from the entries', () => {
    for (const x of COUNTRY_NAME_EXCLUSIONS) {
      const entry = COUNTRY_BY_ISO2.get(x.code)!;
      expect(formsOf(entry), `${x.code} ${x.form}`).not.toContain(x.form);
      expect(x.reason.trim()).not.toBe('');
    }
    // Mali keeps an entry under a safe label
    expect(COUNTRY_BY_ISO2.get('ML')!.ar).toBe('جمهورية مالي');
    expect(withForm('مالي')).toEqual([]);
  });

  it('knows the forms Arabic news uses', () => {
    const qa = COUNTRY_BY_ISO2.get('QA')!;
    expect(qa).toMatchObject({ id: 'Q846', type: 'GPE', ar: 'قطر' });
    const us = COUNTRY_BY_ISO2.get('US')!;
    expect(us.id).toBe('Q30');
    expect(formsOf(us)).toEqual(expect.arrayContaining(['الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'أمريكا', 'أميركا']));
    expect(formsOf(COUNTRY_BY_ISO2.get('SA')!)).toEqual(expect.arrayContaining(['السعودية', 'المملكة العربية السعودية']));
    expect(formsOf(COUNTRY_BY_ISO2.get('GB')!)).toEqual(expect.arrayContaining(['بريطانيا', 'المملكة المتحدة']));
    expect(formsOf(COUNTRY_BY_ISO2.get('SY')!)).toEqual(expect.arrayContaining(['سوريا', 'سورية']));
    expect(formsOf(COUNTRY_BY_ISO2.get('AE')!)).toEqual(expect.arrayContaining(['الإمارات', 'دولة الإمارات']));
    expect(COUNTRY_BY_ISO2.get('PS')!.id).toBe('Q219060');
    expect(withForm('روسيا الاتحادية').map((e) => e.id)).toEqual(['Q159']);
    expect(withForm('جمهورية مصر العربية').map((e) => e.id)).toEqual(['Q79']);
  });
});

describe('gazetteer: spot checks', () => {
  const only = (form: string) => {
    const hits = withForm(form);
    expect(hits.length, form).toBe(1);
    return hits[0]!;
  };

  it('finds places with their types', () => {
    expect(only('الدوحة')).toMatchObject({ id: 'Q3861', type: 'GPE' });
    expect(only('حلب').type).toBe('GPE');
    expect(only('كاليفورنيا').type).toBe('GPE');
    expect(only('اسطنبول').id).toBe(only('إسطنبول').id);
    expect(only('واشنطون').id).toBe('Q61');
    expect(only('تل ابيب').id).toBe('Q33935');
    for (const loc of ['البحر الأحمر', 'مضيق هرمز', 'الضفة الغربية', 'قطاع غزة', 'مطار حمد الدولي', 'قناة السويس', 'سيناء']) {
      expect(only(loc).type, loc).toBe('LOC');
    }
  });

  it('keeps Oman and Amman as two entries sharing one written form', () => {
    const ids = withForm('عمان').map((e) => e.id).sort();
    expect(ids).toEqual(['Q3805', 'Q842']);
  });

  it('finds people by full name, short form and spelling variant', () => {
    expect(only('ترامب').id).toBe('Q22686');
    expect(only('ترمب').id).toBe('Q22686');
    expect(only('دونالد ترامب')).toMatchObject({ id: 'Q22686', type: 'PERSON', en: 'Donald Trump' });
    expect(only('بوتن').id).toBe(only('فلاديمير بوتين').id);
    expect(only('زيلنسكي').id).toBe('Q3874799');
    expect(only('نتانياهو').id).toBe('Q43723');
    expect(only('جوتيريش').id).toBe('Q311440');
    expect(only('ويتكوف').type).toBe('PERSON');
    expect(only('محمد بن عبد الرحمن آل ثاني').type).toBe('PERSON');
    expect(withForm('محمد')).toEqual([]);
  });

  it('finds organizations and media', () => {
    expect(only('أكسيوس').type).toBe('ORG');
    expect(only('Axios').id).toBe(only('أكسيوس').id);
    expect(only('الناتو').id).toBe('Q7184');
    expect(only('حماس').id).toBe(only('حركة حماس').id);
    expect(only('وزارة الخارجية القطرية').id).toBe(only('الخارجية القطرية').id);
    expect(only('وزارة الخارجية الأمريكية').id).toBe(only('الخارجية الأميركية').id);
    expect(only('البيت الأبيض').type).toBe('ORG');
    expect(only('أ ف ب').id).toBe(only('وكالة الصحافة الفرنسية').id);
    expect(only('جوجل').id).toBe(only('غوغل').id);
    expect(withForm('فتح')).toEqual([]);
  });
});
