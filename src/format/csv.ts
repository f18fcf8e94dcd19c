/**
 * CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
 * quoted and inner quotes doubled). One table per --table NAME, each starting with its header
 * row; several tables are separated by an empty line. Rows carry the source file; corpus
 * rows (the summary) use the source `*`.
 *
 * - documents, entities, quotes: rows per document (entities: one row per entity of the
 *   document, with its mentions and written forms; quotes: one row per quote);
 * - words, stems, bigrams, attribution: the corpus tables (source `*`), or each document's own
 *   with --per-file; at most --top rows per table and source.
 */
import type { Formatter, FormatContext, RunSummary } from './types.js';
import { isError, type FileRecord, type DocumentReport } from '../report.js';
import type { FrequencyTop } from '../stats/frequencies.js';
import type { CueClass, Speaker } from '../document.js';
import { EntityTable } from '../stats/entities.js';
import { AttributionTable, sourceTypeOf, type AttributionRow } from '../stats/attribution.js';

export const CSV_TABLES = ['documents', 'words', 'stems', 'bigrams', 'entities', 'quotes', 'attribution'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: unknown[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export const CSV_HEADERS: Record<CsvTable, readonly string[]> = {
  documents: ['source', 'encoding', 'characters', 'words', 'types', 'sentences', 'entities', 'quotes', 'error'],
  words: ['source', 'rank', 'term', 'count', 'share'],
  stems: ['source', 'rank', 'term', 'count', 'share'],
  bigrams: ['source', 'rank', 'term', 'count', 'share'],
  entities: ['source', 'entityId', 'label', 'labelEn', 'type', 'mentions', 'variants'],
  quotes: ['source', 'start', 'end', 'kind', 'cue', 'cueClass', 'speaker', 'speakerEntityId', 'sourceType', 'via', 'text'],
  attribution: ['source', 'speaker', 'entityId', 'sourceType', 'direct', 'indirect', 'cues', 'firstQuote'],
};

/** Tables whose rows come per document whatever --per-file says. */
const PER_DOCUMENT: ReadonlySet<string> = new Set(['documents', 'entities', 'quotes']);

function frequencyRows(source: string, top: FrequencyTop, table: keyof FrequencyTop): string {
  return top[table].map((r, i) => csvRow([source, i + 1, r.term, r.count, r.share.toFixed(6)])).join('');
}

function documentRow(r: FileRecord): string {
  if (isError(r)) return csvRow([r.source, '', '', '', '', '', '', '', `${r.error.code}: ${r.error.message}`]);
  const d = r as DocumentReport;
  return csvRow([d.source, d.encoding, d.stats.characters, d.stats.words, d.stats.types, d.stats.sentences, d.entities.length, d.quotes.length, '']);
}

/** One row per entity of the document: its mentions there and the written forms, joined by |. */
function entityRows(d: DocumentReport): string {
  return new EntityTable()
    .add(d)
    .toJSON()
    .map((e) => csvRow([d.source, e.entityId, e.label, e.labelEn ?? '', e.type, e.mentions, e.variants.map((v) => v.text).join('|')]))
    .join('');
}

const speakerText = (s: Speaker | null | undefined) => (s ? s.text.replace(/\s+/g, ' ').trim() : '');

function quoteRows(d: DocumentReport): string {
  return d.quotes
    .map((q) =>
      csvRow([
        d.source,
        q.start,
        q.end,
        q.kind,
        q.cue?.text ?? '',
        q.cue?.class ?? '',
        speakerText(q.speaker),
        q.speaker?.entityId ?? '',
        sourceTypeOf(q),
        speakerText(q.via),
        q.text,
      ]),
    )
    .join('');
}

/** Cue classes with their counts, most used first: "statement:2|assertion:1". */
export function cuesField(cues: Partial<Record<CueClass, number>>): string {
  return (Object.entries(cues) as [CueClass, number][])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([c, k]) => `${c}:${k}`)
    .join('|');
}

function attributionRows(source: string, rows: readonly AttributionRow[]): string {
  return rows
    .map((r) => csvRow([source, r.speaker, r.entityId ?? '', r.sourceType, r.direct, r.indirect, cuesField(r.cues), r.first.text]))
    .join('');
}

function rowsFor(table: string, r: FileRecord, ctx: FormatContext): string {
  if (table === 'documents') return documentRow(r);
  if (isError(r)) return '';
  if (table === 'entities') return entityRows(r);
  if (table === 'quotes') return quoteRows(r);
  if (!ctx.perFile) return '';
  if (table === 'attribution') return attributionRows(r.source, new AttributionTable().add(r).top(ctx.top));
  return frequencyRows(r.source, r.frequencies, table as keyof FrequencyTop);
}

function corpusRows(table: string, summary: RunSummary, ctx: FormatContext): string {
  if (PER_DOCUMENT.has(table) || ctx.perFile) return '';
  if (table === 'attribution') return attributionRows('*', summary.attribution);
  return frequencyRows('*', summary.frequencies, table as keyof FrequencyTop);
}

/**
 * Only one table can stream row by row with the documents; with several tables, or the
 * corpus tables, rows are written at the end, table by table.
 */
export function createCsv(): Formatter {
  const buffered = new Map<string, string[]>();
  const streaming = (ctx: FormatContext) => ctx.tables.length === 1;
  return {
    description: `CSV (RFC 4180), one table per --table NAME: ${CSV_TABLES.join(', ')}`,
    begin: (ctx) => (streaming(ctx) ? csvRow([...CSV_HEADERS[ctx.tables[0] as CsvTable]]) : ''),
    document(r, _i, ctx) {
      if (streaming(ctx)) return rowsFor(ctx.tables[0], r, ctx);
      for (const t of ctx.tables) {
        const rows = rowsFor(t, r, ctx);
        if (rows) (buffered.get(t) ?? buffered.set(t, []).get(t)!).push(rows);
      }
      return '';
    },
    end(summary: RunSummary, ctx) {
      if (streaming(ctx)) return corpusRows(ctx.tables[0], summary, ctx);
      return ctx.tables
        .map((t) => csvRow([...CSV_HEADERS[t as CsvTable]]) + (buffered.get(t) ?? []).join('') + corpusRows(t, summary, ctx))
        .join('\r\n');
    },
  };
}
