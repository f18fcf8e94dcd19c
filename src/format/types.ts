import type { ChalkInstance } from 'chalk';
import type { FileRecord } from '../report.js';
import type { Summary } from '../stats/aggregate.js';
import type { ErrorRecord } from '../report.js';

export interface FormatContext {
  /** chalk instance with the color level resolved for stdout (level 0 = no color) */
  color: ChalkInstance;
  /** rows per frequency table */
  top: number;
  /** print each document's own tables (table format) or rows (csv) */
  perFile: boolean;
  /** csv: which tables to write */
  tables: string[];
  /** terminal width, when known */
  columns?: number;
}

export type RunSummary = Summary & { errors: ErrorRecord[] };

/** The one-line description of an analyzed document that a corpus overview shows. */
export interface OverviewRow {
  source: string;
  encoding: string;
  words: number;
  types: number;
  sentences: number;
}

/**
 * A formatter turns plain report data into text. It is called once before the first
 * document, once per document (in output order) and once with the summary, so output can
 * stream without holding the corpus in memory.
 */
export interface Formatter {
  /** one line shown in --help */
  description: string;
  begin(ctx: FormatContext): string;
  document(record: FileRecord, index: number, ctx: FormatContext): string;
  /**
   * A document known only by its overview row (a batch whose documents are not shown one by
   * one): formatters that implement it let the batch skip building full records.
   */
  overview?(row: OverviewRow, index: number, ctx: FormatContext): string;
  end(summary: RunSummary, ctx: FormatContext): string;
}
