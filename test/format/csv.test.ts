import { describe, expect, it } from 'vitest';
import { createCsv, CSV_TABLES, CSV_HEADERS, csvField, cuesField } from '../../src/format/csv.js';
import type { DocumentReport, FileRecord } from '../../src/report.js';
import type { FormatContext } from '../../src/format/types.js';
import { ctx, reportA, reportEmpty, summaryOf } from './fixtures.js';

function render(records: FileRecord[], c: FormatContext): string {
  const f = createCsv();
  let out = f.begin(c);
  records.forEach((r, i) => (out += f.document(r, i, c)));
  const docs = records.filter((r): r is DocumentReport => !('error' in r));
  return out + f.end(summaryOf(docs, c.top), c);
}

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < src.length) {
    let field = '';
    if (src[i] === '"') {
      i++;
      for (;;) {
        if (i >= src.length) throw new Error('unterminated quoted field');
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += src[i++];
      }
    } else {
      while (i < src.length && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') {
        if (src[i] === '"') throw new Error(`bare quote at ${i}`);
        field += src[i++];
      }
    }
    row.push(field);
    if (src[i] === ',') {
      i++;
      continue;
    }
    if (src.startsWith('\r\n', i)) i += 2;
    else if (i < src.length) throw new Error(`expected CRLF at ${i}, got ${JSON.stringify(src[i])}`);
    rows.push(row);
    row = [];
  }
  return rows;
}

/** Several tables: split at the empty line between them. */
function splitTables(out: string): string[][][] {
  return out.split('\r\n\r\n').map((t) => parseCsv(t.endsWith('\r\n') ? t : t + '\r\n'));
}

describe('csv tables', () => {
  it('lists every table, with a header for each', () => {
    expect([...CSV_TABLES]).toEqual(['documents', 'words', 'stems', 'bigrams', 'entities', 'quotes', 'attribution']);
    for (const t of CSV_TABLES) expect(CSV_HEADERS[t][0]).toBe('source');
  });

  it('entities: one row per entity of each document, variants joined by |', () => {
    const out = render([reportA(), reportEmpty()], ctx({ tables: ['entities'] }));
    const rows = parseCsv(out);
    expect(rows[0]).toEqual(['source', 'entityId', 'label', 'labelEn', 'type', 'mentions', 'variants']);
    expect(rows.slice(1)).toEqual([
      ['a.txt', 'np:test-amin', 'محمد الأمين', 'Mohammed al-Amin', 'PERSON', '2', 'الأمين|مُحَمَّد الأَمِين'],
      ['a.txt', 'np:test-nakheel', 'شركة النخيل', 'Nakheel Company', 'ORG', '1', 'شركة "النخيل"'],
      ['a.txt', 'np:test-zaytoun', 'وادي الزيتون', '', 'GPE', '1', 'وادي الزَّيْتُون'],
    ]);
    // the inner quotes of a written form are doubled inside a quoted field
    expect(out).toContain(',"شركة ""النخيل"""\r\n');
  });

  it('quotes: one row per quote with cue, speaker, source type and via; line breaks stay inside quoted fields', () => {
    const rows = parseCsv(render([reportA()], ctx({ tables: ['quotes'] })));
    expect(rows[0]).toEqual(['source', 'start', 'end', 'kind', 'cue', 'cueClass', 'speaker', 'speakerEntityId', 'sourceType', 'via', 'text']);
    expect(rows).toHaveLength(5);
    expect(rows[1].slice(0, 9)).toEqual(['a.txt', '60', '88', 'direct', 'وقال', 'statement', 'مُحَمَّد الأَمِين', 'np:test-amin', 'named']);
    expect(rows[2][10]).toBe('الميزانية "لن تكفي"، بحسب تقديره');
    expect(rows[3].slice(4, 11)).toEqual(['وذكر', 'report', 'مصدر مطلع', '', 'anonymous', 'شركة "النخيل"', 'المشروع تأخر\nبسبب التمويل']);
    expect(rows[4].slice(3, 10)).toEqual(['indirect', '', '', '', '', 'unattributed', '']);
  });

  it('attribution: corpus rows with source *, or per file with --per-file', () => {
    const docs = [reportA(), { ...reportA(), source: 'c.txt' }];
    const corpus = parseCsv(render(docs, ctx({ tables: ['attribution'] })));
    expect(corpus[0]).toEqual(['source', 'speaker', 'entityId', 'sourceType', 'direct', 'indirect', 'cues', 'firstQuote']);
    expect(corpus.slice(1).map((r) => r[0])).toEqual(['*', '*', '*']);
    expect(corpus[1].slice(1, 7)).toEqual(['محمد الأمين', 'np:test-amin', 'named', '2', '2', 'assertion:2|statement:2']);
    expect(corpus[3].slice(1, 4)).toEqual(['—', '', 'unattributed']);

    const perFile = parseCsv(render(docs, ctx({ tables: ['attribution'], perFile: true })));
    expect(perFile.slice(1).map((r) => r[0])).toEqual(['a.txt', 'a.txt', 'a.txt', 'c.txt', 'c.txt', 'c.txt']);
    expect(perFile[1].slice(4, 7)).toEqual(['1', '1', 'assertion:1|statement:1']);
    // --top bounds the ranked attribution rows per source
    const top1 = parseCsv(render(docs, ctx({ tables: ['attribution'], perFile: true, top: 1 })));
    expect(top1.slice(1).map((r) => r[0])).toEqual(['a.txt', 'c.txt']);
  });

  it('several tables: each with its header, separated by an empty line; error records only in documents', () => {
    const err: FileRecord = { source: 'bad.txt', error: { code: 'EDECODE', message: 'not text' } };
    const out = render([reportA(), err, reportEmpty()], ctx({ tables: ['documents', 'entities', 'quotes', 'attribution'] }));
    const [documents, entities, quotes, attribution] = splitTables(out);
    expect(documents.map((r) => r[0])).toEqual(['source', 'a.txt', 'bad.txt', 'b.txt']);
    expect(documents[1].slice(6, 8)).toEqual(['4', '4']);
    expect(documents[2][8]).toBe('EDECODE: not text');
    expect(entities.map((r) => r[0])).toEqual(['source', 'a.txt', 'a.txt', 'a.txt']);
    expect(quotes).toHaveLength(5);
    expect(attribution[0][0]).toBe('source');
    expect(attribution.slice(1).every((r) => r[0] === '*')).toBe(true);
  });

  it('a single per-document table streams with the documents', () => {
    const f = createCsv();
    const c = ctx({ tables: ['quotes'] });
    expect(f.begin(c)).toBe(CSV_HEADERS.quotes.join(',') + '\r\n');
    expect(parseCsv(f.document(reportA(), 0, c))).toHaveLength(4);
    expect(f.end(summaryOf([reportA()]), c)).toBe('');
  });

  it('fields: RFC 4180 quoting and cue counts', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('قال "نعم"')).toBe('"قال ""نعم"""');
    expect(csvField('سطر\r\nثان')).toBe('"سطر\r\nثان"');
    expect(csvField(null)).toBe('');
    expect(cuesField({ statement: 1, denial: 2 })).toBe('denial:2|statement:1');
  });
});
