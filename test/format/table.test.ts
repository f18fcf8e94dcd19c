import { describe, expect, it } from 'vitest';
import { createTableFormatter, clip, sourcingLine, variantsCell, cuesCell } from '../../src/format/table.js';
import type { DocumentReport } from '../../src/report.js';
import type { FormatContext, RunSummary } from '../../src/format/types.js';
import { makeChalk } from '../../src/cli/color.js';
import { ctx, reportA, reportEmpty, summaryOf } from './fixtures.js';

function render(reports: DocumentReport[], c: FormatContext, summary: RunSummary = summaryOf(reports, c.top)): string {
  const f = createTableFormatter();
  let out = f.begin(c);
  reports.forEach((r, i) => (out += f.document(r, i, c)));
  return out + f.end(summary, c);
}

/** Columns a line takes in a terminal, measured without string-width: marks take none. */
const columns = (line: string) => [...line.replace(/\p{M}/gu, '')].length;

/** The bordered tables of an output, each as its lines. */
function tables(out: string): string[][] {
  const blocks: string[][] = [];
  let cur: string[] | null = null;
  for (const line of out.split('\n')) {
    if (/^[┌│├└]/.test(line)) {
      if (line.startsWith('┌') || !cur) blocks.push((cur = []));
      cur.push(line);
    } else cur = null;
  }
  return blocks;
}

/** The table printed under a section title ("entities", "attribution"). */
function section(out: string, title: string): string[] {
  const lines = out.split('\n');
  const at = lines.indexOf(title);
  expect(at, `section ${title}`).toBeGreaterThanOrEqual(0);
  const rest: string[] = [];
  for (const l of lines.slice(at + 1)) {
    if (!/^[┌│├└]/.test(l)) break;
    rest.push(l);
  }
  return rest;
}

const rows = (table: string[]) => table.filter((l) => l.startsWith('│')).slice(1).map((l) => l.split('│').slice(1, -1).map((c) => c.trim()));

describe('table formatter: entity and attribution sections', () => {
  it('prints, after the frequency table, an entity table, an attribution table and the sourcing line', () => {
    const out = render([reportA()], ctx());
    const iFreq = out.indexOf('│ # │ word');
    const iEnt = out.indexOf('\nentities\n');
    const iAttr = out.indexOf('\nattribution\n');
    const iSrc = out.indexOf('sourcing: ');
    expect(iFreq).toBeGreaterThan(0);
    expect(iEnt).toBeGreaterThan(iFreq);
    expect(iAttr).toBeGreaterThan(iEnt);
    expect(iSrc).toBeGreaterThan(iAttr);

    const ents = rows(section(out, 'entities'));
    // one row per entity, most mentioned first; two written forms of the minister
    expect(ents.map((r) => r[1])).toEqual(['محمد الأمين', 'شركة النخيل', 'وادي الزيتون']);
    expect(ents[0]).toEqual(['1', 'محمد الأمين', 'Mohammed al-Amin', 'PERSON', '2', 'الأمين ×1, مُحَمَّد الأَمِين ×1']);
    expect(ents[2][2]).toBe('');

    const attr = rows(section(out, 'attribution'));
    expect(attr.map((r) => r[1])).toEqual(['محمد الأمين', 'مصدر مطلع', '—']);
    expect(attr[0].slice(2, 6)).toEqual(['named', '1', '1', 'assertion 1, statement 1']);
    expect(attr[1].slice(2, 6)).toEqual(['anonymous', '0', '1', 'report 1']);
    expect(attr[2].slice(2, 6)).toEqual(['unattributed', '0', '1', '']);
    // the first quote, cut to the column width with an ellipsis; line breaks folded
    expect(attr[0][6].endsWith('…')).toBe(true);
    expect(attr[1][6]).toBe('المشروع تأخر بسبب التمويل');

    expect(out).toContain('sourcing: 4 quotes — 2 named, 1 anonymous (25%), 1 unattributed\n');
  });

  it('keeps borders aligned with diacritized Arabic in every table', () => {
    const out = render([reportA()], ctx());
    const blocks = tables(out);
    expect(blocks.length).toBe(3);
    for (const block of blocks) {
      const widths = new Set(block.map(columns));
      expect(widths.size, block.join('\n')).toBe(1);
    }
    // the harakat are really there: the row is longer in code points than in columns
    const minister = section(out, 'entities').find((l) => l.includes('مُحَمَّد'))!;
    expect([...minister].length).toBeGreaterThan(columns(minister));
  });

  it('clips by columns, not code points, so diacritized quotes keep their visible length', () => {
    const plain = 'سنعيد بناء المدارس كلها قبل الشتاء وهذا وعد';
    const marked = 'سَنُعِيدُ بِنَاءَ المَدَارِسِ كُلِّهَا قَبْلَ الشِّتَاءِ وهذا وعد';
    expect(columns(clip(marked, 20))).toBe(20);
    expect(clip(marked, 20).replace(/\p{M}/gu, '')).toBe(clip(plain, 20));
    expect(clip('قصير', 20)).toBe('قصير');
    expect(clip('  سطر\nثان  ', 20)).toBe('سطر ثان');
  });

  it('respects --top in both tables', () => {
    const out = render([reportA()], ctx({ top: 1 }));
    expect(rows(section(out, 'entities'))).toHaveLength(1);
    expect(rows(section(out, 'attribution'))).toHaveLength(1);
    // the sourcing line still counts every quote
    expect(out).toContain('sourcing: 4 quotes');
  });

  it('prints a dim "(none)" for empty tables and "no quotes" for sourcing', () => {
    const out = render([reportEmpty()], ctx());
    expect(out).toContain('entities\n  (none)\n');
    expect(out).toContain('attribution\n  (none)\n');
    expect(out).toContain('sourcing: no quotes\n');
    const colored = render([reportEmpty()], ctx({ color: makeChalk(1) }));
    expect(colored).toContain('\u001b[2m  (none)\u001b[22m');
  });

  it('corpus summary: the same sections from summary.entities/attribution/sourcing, with a documents column', () => {
    const reports = [reportA(), { ...reportA(), source: 'c.txt' }, reportEmpty()];
    const out = render(reports, ctx({ perFile: false }));
    expect(out).toContain('corpus: 3 documents');
    const ents = rows(section(out, 'entities'));
    expect(section(out, 'entities')[1]).toMatch(/│ docs │/);
    expect(ents[0]).toEqual(['1', 'محمد الأمين', 'Mohammed al-Amin', 'PERSON', '4', '2', 'الأمين ×2, مُحَمَّد الأَمِين ×2']);
    const attr = rows(section(out, 'attribution'));
    expect(attr[0].slice(1, 5)).toEqual(['محمد الأمين', 'named', '2', '2']);
    expect(out).toContain('sourcing: 8 quotes — 4 named, 2 anonymous (25%), 2 unattributed');
    for (const block of tables(out)) expect(new Set(block.map(columns)).size).toBe(1);
  });

  it('with --per-file each document has its own sections, then the corpus', () => {
    const out = render([reportA(), reportEmpty()], ctx({ perFile: true }));
    expect(out.match(/\nentities\n/g)).toHaveLength(3);
    expect(out.match(/sourcing: /g)).toHaveLength(3);
  });
});

describe('table cells', () => {
  it('variants: most frequent first with counts, at most three, then +N', () => {
    expect(variantsCell([{ text: 'ترامب', count: 3 }])).toBe('ترامب ×3');
    const many = ['أ', 'ب', 'ت', 'ث', 'ج'].map((text, i) => ({ text, count: 5 - i }));
    expect(variantsCell(many)).toBe('أ ×5, ب ×4, ت ×3, +2');
  });

  it('cue classes by count, then name', () => {
    expect(cuesCell({ statement: 1, denial: 3, assertion: 1 })).toBe('denial 3, assertion 1, statement 1');
    expect(cuesCell({})).toBe('');
  });

  it('sourcing line: counts, anonymous share, singular', () => {
    expect(sourcingLine({ quotes: 12, named: 7, anonymous: 4, unattributed: 1 })).toBe('sourcing: 12 quotes — 7 named, 4 anonymous (33%), 1 unattributed');
    expect(sourcingLine({ quotes: 1, named: 0, anonymous: 1, unattributed: 0 })).toBe('sourcing: 1 quote — 0 named, 1 anonymous (100%), 0 unattributed');
    expect(sourcingLine({ quotes: 0, named: 0, anonymous: 0, unattributed: 0 })).toBe('sourcing: no quotes');
  });
});
