/**
 * CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
 * quoted and inner quotes doubled). One table per --table NAME, each starting with its header
 * row; several tables are separated by an empty line. Rows carry the source file; corpus
 * rows (the summary) use the source `*`.
 */
import type { Formatter, FormatContext, RunSummary } from './types.js';
import { isError, type FileRecord, type DocumentReport } from '../report.js';
import type { FrequencyTop } from '../stats/frequencies.js';

export const CSV_TABLES = ['documents', 'words', 'stems', 'bigrams'] as const;

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: unknown[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

const HEADERS: Record<string, string[]> = {
  documents: ['source', 'encoding', 'characters', 'words', 'types', 'sentences', 'entities', 'quotes', 'error'],
  words: ['source', 'rank', 'term', 'count', 'share'],
  stems: ['source', 'rank', 'term', 'count', 'share'],
  bigrams: ['source', 'rank', 'term', 'count', 'share'],
};

function frequencyRows(source: string, top: FrequencyTop, table: keyof FrequencyTop): string {
  return top[table].map((r, i) => csvRow([source, i + 1, r.term, r.count, r.share.toFixed(6)])).join('');
}

function documentRow(r: FileRecord): string {
  if (isError(r)) return csvRow([r.source, '', '', '', '', '', '', '', `${r.error.code}: ${r.error.message}`]);
  const d = r as DocumentReport;
  return csvRow([d.source, d.encoding, d.stats.characters, d.stats.words, d.stats.types, d.stats.sentences, d.entities.length, d.quotes.length, '']);
}

/**
 * Only one table can stream row by row with the documents; with several tables, or the
 * corpus tables, rows are written at the end, table by table.
 */
export function createCsv(): Formatter {
  const buffered = new Map<string, string[]>();
  const streaming = (ctx: FormatContext) => ctx.tables.length === 1;
  const rowsFor = (table: string, r: FileRecord, ctx: FormatContext): string => {
    if (table === 'documents') return documentRow(r);
    if (!ctx.perFile || isError(r)) return '';
    return frequencyRows(r.source, r.frequencies, table as keyof FrequencyTop);
  };
  return {
    description: 'CSV (RFC 4180), one table per --table NAME: documents, words, stems, bigrams',
    begin: (ctx) => (streaming(ctx) ? csvRow(HEADERS[ctx.tables[0]]) : ''),
    document(r, _i, ctx) {
      if (streaming(ctx)) return rowsFor(ctx.tables[0], r, ctx);
      for (const t of ctx.tables) {
        const rows = rowsFor(t, r, ctx);
        if (rows) (buffered.get(t) ?? buffered.set(t, []).get(t)!).push(rows);
      }
      return '';
    },
    end(summary: RunSummary, ctx) {
      const corpus = (t: string) =>
        t !== 'documents' && !ctx.perFile ? frequencyRows('*', summary.frequencies, t as keyof FrequencyTop) : '';
      if (streaming(ctx)) return corpus(ctx.tables[0]);
      return ctx.tables
        .map((t) => csvRow(HEADERS[t]) + (buffered.get(t) ?? []).join('') + corpus(t))
        .join('\r\n');
    },
  };
}
