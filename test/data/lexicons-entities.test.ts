import { describe, expect, it } from 'vitest';
import { COUNTRY_BY_ISO2, FORM_NOTES, GAZETTEER, GAZETTEER_BY_ID } from '../../src/data/gazetteer/index.js';
import { NAME_PARTICLES, ORG_HEADS, PLACE_HEADS } from '../../src/data/heads.js';
import { NISBA, NISBA_IRREGULAR } from '../../src/data/nisba.js';
import { PORTFOLIOS, TITLES } from '../../src/data/titles.js';

function fold(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .trim();
}

describe('nisba', () => {
  it('ties every adjective to an existing gazetteer entry', () => {
    for (const n of NISBA) {
      expect(GAZETTEER_BY_ID.has(n.ref), `${n.base} → ${n.ref}`).toBe(true);
      expect(n.en.trim()).not.toBe('');
    }
  });

  it('writes each base once, as a masculine singular ending in ي', () => {
    const bases = NISBA.map((n) => n.base);
    expect(new Set(bases).size).toBe(bases.length);
    for (const b of bases) expect(b, b).toMatch(/ي$/);
    for (const b of bases) expect(b.startsWith('ال'), b).toBe(false);
  });

  it('maps the common adjectives of Arabic news', () => {
    const ref = (base: string) => NISBA.find((n) => n.base === base)?.ref;
    expect(ref('قطري')).toBe('Q846');
    expect(ref('أمريكي')).toBe('Q30');
    expect(ref('أميركي')).toBe('Q30');
    expect(ref('إسرائيلي')).toBe(ref('اسرائيلي'));
    expect(ref('فلسطيني')).toBe(COUNTRY_BY_ISO2.get('PS')!.id);
    expect(ref('أوروبي')).toBe('Q458');
    expect(ref('خليجي')).toBe('np:gcc');
    expect(GAZETTEER_BY_ID.get(ref('أممي')!)!.en).toBe('United Nations');
    for (const b of ['سعودي', 'إماراتي', 'مصري', 'سوري', 'لبناني', 'عراقي', 'إيراني', 'تركي', 'روسي', 'أوكراني', 'صيني', 'فرنسي', 'بريطاني', 'ألماني', 'أردني', 'يمني', 'سوداني', 'ليبي', 'تونسي', 'جزائري', 'مغربي', 'كويتي', 'بحريني', 'عماني']) {
      expect(ref(b), b).toBeDefined();
      expect(GAZETTEER_BY_ID.get(ref(b)!)!.type, b).toBe('GPE');
    }
  });

  it('lists irregular forms of known bases only', () => {
    const bases = new Set(NISBA.map((n) => n.base));
    for (const f of NISBA_IRREGULAR) {
      expect(bases.has(f.base), `${f.form} → ${f.base}`).toBe(true);
      expect(f.form).not.toBe(f.base);
    }
    expect(NISBA_IRREGULAR.find((f) => f.form === 'أتراك')?.base).toBe('تركي');
  });

  it('does not confuse an adjective with a name in the gazetteer', () => {
    const names = new Set(GAZETTEER.flatMap((e) => [e.ar, ...(e.variants ?? [])]).map(fold));
    const clashes = NISBA.filter((n) => names.has(fold(n.base)) || names.has(fold(`ال${n.base}`))).map((n) => n.base);
    expect(clashes).toEqual([]);
  });
});

describe('titles', () => {
  it('writes each form once with a valid kind, gender and gloss', () => {
    const forms = TITLES.map((t) => t.form);
    expect(new Set(forms).size).toBe(forms.length);
    for (const t of TITLES) {
      expect(['office', 'honorific', 'rank', 'profession', 'role']).toContain(t.kind);
      expect(['m', 'f']).toContain(t.gender);
      expect(t.en.trim()).not.toBe('');
      expect(t.form).toBe(t.form.trim());
    }
  });

  it('has both genders where both are used', () => {
    const has = (form: string, gender: 'm' | 'f') => TITLES.some((t) => t.form === form && t.gender === gender);
    const pairs: [string, string][] = [
      ['الرئيس', 'الرئيسة'],
      ['الوزير', 'الوزيرة'],
      ['رئيس الوزراء', 'رئيسة الوزراء'],
      ['المتحدث باسم', 'المتحدثة باسم'],
      ['الناطق باسم', 'الناطقة باسم'],
      ['السفير', 'السفيرة'],
      ['الدكتور', 'الدكتورة'],
      ['الشيخ', 'الشيخة'],
      ['السيد', 'السيدة'],
      ['وزير الخارجية', 'وزيرة الخارجية'],
      ['المبعوث الخاص', 'المبعوثة الخاصة'],
    ];
    for (const [m, f] of pairs) {
      expect(has(m, 'm'), m).toBe(true);
      expect(has(f, 'f'), f).toBe(true);
    }
  });

  it('generates the minister of every portfolio', () => {
    const forms = new Set(TITLES.map((t) => t.form));
    for (const p of PORTFOLIOS) {
      expect(p.form.startsWith('ال'), p.form).toBe(true);
      expect(forms.has(`وزير ${p.form}`), p.form).toBe(true);
      expect(forms.has(`وزيرة ${p.form}`), p.form).toBe(true);
    }
    expect(TITLES.find((t) => t.form === 'نائب وزير الدفاع')).toMatchObject({ kind: 'office', gender: 'm' });
  });

  it('knows the compound and honorific titles of Gulf news', () => {
    const kind = (form: string) => TITLES.find((t) => t.form === form)?.kind;
    expect(kind('رئيس الوزراء ووزير الخارجية')).toBe('office');
    expect(kind('رئيس مجلس الوزراء وزير الخارجية')).toBe('office');
    expect(kind('الشيخ')).toBe('honorific');
    expect(kind('ولي العهد')).toBe('honorific');
    expect(kind('العقيد')).toBe('rank');
    expect(kind('المهندس')).toBe('profession');
    expect(kind('المبعوث')).toBe('role');
  });

  it('never uses a gazetteer name as a title', () => {
    const names = new Set(GAZETTEER.flatMap((e) => [e.ar, ...(e.variants ?? [])]).map(fold));
    expect(TITLES.filter((t) => names.has(fold(t.form))).map((t) => t.form)).toEqual([]);
  });
});

describe('heads and name particles', () => {
  it('lists each head once with a valid position', () => {
    for (const list of [ORG_HEADS, PLACE_HEADS]) {
      const forms = list.map((h) => h.form);
      expect(new Set(forms).size).toBe(forms.length);
      for (const h of list) expect(['inside', 'outside', 'either']).toContain(h.position);
    }
    for (const h of PLACE_HEADS) expect(['GPE', 'LOC']).toContain(h.type);
  });

  it('follows the annotation conventions', () => {
    const org = (form: string) => ORG_HEADS.find((h) => h.form === form)?.position;
    const place = (form: string) => PLACE_HEADS.find((h) => h.form === form);
    expect(org('وزارة')).toBe('inside');
    expect(org('حركة')).toBe('inside');
    expect(org('صحيفة')).toBe('outside');
    expect(org('موقع')).toBe('outside');
    expect(org('وكالة')).toBe('either');
    expect(place('مدينة')).toMatchObject({ type: 'GPE', position: 'outside' });
    expect(place('ولاية')).toMatchObject({ type: 'GPE', position: 'outside' });
    expect(place('مطار')).toMatchObject({ type: 'LOC', position: 'inside' });
  });

  it('agrees with the gazetteer: no entry writes an outside head before its own name', () => {
    // e.g. a variant "قناة الجزيرة" beside "الجزيرة" would pull the descriptor into the span
    const outsideOrg = ORG_HEADS.filter((h) => h.position === 'outside').map((h) => fold(h.form));
    const outsidePlace = PLACE_HEADS.filter((h) => h.position === 'outside').map((h) => fold(h.form));
    const bad: string[] = [];
    for (const e of GAZETTEER) {
      const heads = e.type === 'ORG' ? outsideOrg : e.type === 'PERSON' ? [] : outsidePlace;
      const forms = new Set([e.ar, ...(e.variants ?? [])].map(fold));
      for (const f of forms) {
        const space = f.indexOf(' ');
        if (space < 0) continue;
        const first = f.slice(0, space);
        const rest = f.slice(space + 1);
        if (heads.some((h) => first === h || first === `ال${h}`) && forms.has(rest)) bad.push(`${e.id}:${f}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('notes the names that keep an outside head because the bare form names something else', () => {
    const noted = new Set(FORM_NOTES.map((n) => fold(n.form)));
    for (const form of ['مدينة غزة', 'مدينة الكويت', 'ولاية الجزيرة']) expect(noted.has(fold(form)), form).toBe(true);
  });

  it('has the particles of name chains', () => {
    const role = (form: string) => NAME_PARTICLES.find((p) => p.form === form)?.role;
    expect(role('بن')).toBe('patronymic');
    expect(role('بنت')).toBe('patronymic');
    expect(role('أبو')).toBe('kunya');
    expect(role('عبد')).toBe('theophoric');
    expect(role('آل')).toBe('family');
    expect(role('ولد')).toBe('patronymic');
  });
});
