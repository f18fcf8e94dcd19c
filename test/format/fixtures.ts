/**
 * Plain report data for formatter tests, built by hand (formatters see only this data).
 */
import type { Entity, Quote } from '../../src/document.js';
import type { DocumentReport } from '../../src/report.js';
import type { RunSummary } from '../../src/format/types.js';
import { sourcingOf } from '../../src/stats/attribution.js';
import { EntityTable } from '../../src/stats/entities.js';
import { AttributionTable } from '../../src/stats/attribution.js';
import type { FormatContext } from '../../src/format/types.js';
import { makeChalk } from '../../src/cli/color.js';

export function ctx(over: Partial<FormatContext> = {}): FormatContext {
  return { color: makeChalk(0), top: 20, perFile: false, tables: ['words'], ...over };
}

const ent = (start: number, text: string, type: Entity['type'], entityId: string, label: string, labelEn?: string): Entity => ({
  start,
  end: start + [...text].length,
  text,
  type,
  entityId,
  label,
  ...(labelEn ? { labelEn } : {}),
  source: 'gazetteer',
});

/** A diacritized report: a minister with harakat, a town, a named and an anonymous source. */
export function reportA(): DocumentReport {
  const entities: Entity[] = [
    ent(11, 'مُحَمَّد الأَمِين', 'PERSON', 'np:test-amin', 'محمد الأمين', 'Mohammed al-Amin'),
    ent(40, 'وادي الزَّيْتُون', 'GPE', 'np:test-zaytoun', 'وادي الزيتون'),
    ent(90, 'الأمين', 'PERSON', 'np:test-amin', 'محمد الأمين', 'Mohammed al-Amin'),
    ent(120, 'شركة "النخيل"', 'ORG', 'np:test-nakheel', 'شركة النخيل', 'Nakheel Company'),
  ];
  const quotes: Quote[] = [
    {
      start: 60,
      end: 88,
      text: 'سَنُعِيدُ بِنَاءَ المَدَارِسِ كُلِّهَا قَبْلَ الشِّتَاءِ، وهذا وعد',
      kind: 'direct',
      cue: { start: 50, end: 54, text: 'وقال', class: 'statement', lemma: 'قال' },
      speaker: { start: 11, end: 27, text: 'مُحَمَّد الأَمِين', entityId: 'np:test-amin', sourceType: 'named', resolution: 'explicit' },
    },
    {
      start: 100,
      end: 118,
      text: 'الميزانية "لن تكفي"، بحسب تقديره',
      kind: 'indirect',
      cue: { start: 92, end: 96, text: 'وأكد', class: 'assertion', lemma: 'أكد' },
      speaker: { start: 90, end: 96, text: 'الأمين', entityId: 'np:test-amin', sourceType: 'named', resolution: 'explicit' },
    },
    {
      start: 140,
      end: 160,
      text: 'المشروع تأخر\nبسبب التمويل',
      kind: 'indirect',
      cue: { start: 130, end: 134, text: 'وذكر', class: 'report', lemma: 'ذكر' },
      speaker: { start: 135, end: 139, text: 'مصدر مطلع', entityId: null, sourceType: 'anonymous', resolution: 'explicit' },
      via: { start: 120, end: 133, text: 'شركة "النخيل"', entityId: 'np:test-nakheel', sourceType: 'named' },
    },
    {
      start: 170,
      end: 180,
      text: 'لا تغيير في الخطة',
      kind: 'indirect',
      cue: null,
      speaker: null,
    },
  ];
  return {
    source: 'a.txt',
    encoding: 'utf-8',
    stats: { characters: 200, words: 40, types: 35, sentences: 4, tokens: 48 },
    frequencies: {
      words: [
        { term: 'الامين', count: 2, share: 0.05 },
        { term: 'المدارس', count: 1, share: 0.025 },
      ],
      stems: [{ term: 'امين', count: 2, share: 0.1 }],
      bigrams: [{ term: 'وادي الزيتون', count: 1, share: 0.05 }],
    },
    entities,
    quotes,
    sourcing: sourcingOf(quotes),
    diagnostics: [],
  };
}

/** A report with words but neither entities nor quotes. */
export function reportEmpty(source = 'b.txt'): DocumentReport {
  return {
    source,
    encoding: 'utf-8',
    stats: { characters: 20, words: 4, types: 4, sentences: 1, tokens: 4 },
    frequencies: { words: [{ term: 'الطقس', count: 1, share: 0.25 }], stems: [], bigrams: [] },
    entities: [],
    quotes: [],
    sourcing: sourcingOf([]),
    diagnostics: [],
  };
}

/** The summary the aggregate would give for these reports. */
export function summaryOf(reports: DocumentReport[], top = 20): RunSummary {
  const e = new EntityTable();
  const a = new AttributionTable();
  for (const r of reports) {
    e.add(r);
    a.add(r);
  }
  return {
    documents: reports.length,
    failed: 0,
    characters: reports.reduce((s, r) => s + r.stats.characters, 0),
    words: reports.reduce((s, r) => s + r.stats.words, 0),
    sentences: reports.reduce((s, r) => s + r.stats.sentences, 0),
    tokens: reports.reduce((s, r) => s + r.stats.tokens, 0),
    types: 39,
    frequencies: reports[0].frequencies,
    entities: e.top(top),
    attribution: a.top(top),
    sourcing: { ...a.sourcing },
    errors: [],
  };
}
